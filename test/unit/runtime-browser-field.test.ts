// package.json's `browser` field: a bundler building for a browser takes runtime/platform-browser.ts (the built
// package: dist/runtime/platform-browser.js) instead of runtime/platform.ts, so the Node loader stays out of a
// browser bundle. Each source file and its built twin are mapped, and the browser file exports what the other does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as browserPlatform from '../../runtime/platform-browser.ts';
import * as platform from '../../runtime/platform.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { browser } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  browser: Record<string, string>;
};

describe("package.json's browser field", () => {
  it('maps the platform file to its browser twin, from the sources and in the built package', () => {
    expect(browser).toEqual({
      './runtime/platform.ts': './runtime/platform-browser.ts',
      './dist/runtime/platform.js': './dist/runtime/platform-browser.js',
    });
  });

  it('maps source files that exist', () => {
    for (const [from, to] of Object.entries(browser).filter(([from]) => from.endsWith('.ts'))) {
      expect(existsSync(join(root, from)), from).toBe(true);
      expect(existsSync(join(root, to)), to).toBe(true);
    }
  });

  it('gives a browser the same exports, with no Node parts', () => {
    expect(Object.keys(browserPlatform)).toEqual(Object.keys(platform));
    // Under Node the loader finds the Node parts; the browser twin never has any.
    expect(platform.nodeParts).toBeDefined();
    expect(browserPlatform.nodeParts).toBeUndefined();
  });
});
