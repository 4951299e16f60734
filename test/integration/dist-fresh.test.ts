// Tests that run dist/ never run old code: the `integration` and `e2e` projects rebuild a dist/ that is older
// than its sources (test/setup/dist.ts). Shown on a copy of the repository whose build goes stale three ways.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist, ensureFreshDist, staleDistReason } from '../setup/dist.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = ['index.ts', 'blocks', 'generators', 'runtime', 'emulator', 'bin', 'console'];
const CONFIGS = ['package.json', 'tsconfig.base.json', 'tsconfig.build.json'];

let copy: string;

/** Marks `path` (relative to the copy) as changed a minute from now, later than anything built before. */
function touchLater(path: string): void {
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(copy, path), later, later);
}

beforeAll(async () => {
  copy = `${mkdtempSync(join(tmpdir(), 'codeless-dist-'))}/`;
  for (const entry of [...BUILT, ...CONFIGS]) cpSync(`${root}${entry}`, `${copy}${entry}`, { recursive: true });
  symlinkSync(`${root}node_modules`, `${copy}node_modules`);
  // The repository's dist/ is fresh (this project's global setup rebuilt it if not): copied after the sources, its
  // files are newer than theirs, as after `npm run build`. One build fewer than building the copy; the rebuild
  // below still runs the real `npm run build`.
  if (staleDistReason(root) === undefined) cpSync(`${root}dist`, `${copy}dist`, { recursive: true });
  else await buildDist(copy);
}, 300_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a stale dist/', () => {
  it('is fresh when its outputs are newer than its sources and configs', () => {
    expect(staleDistReason(copy)).toBeUndefined();
  });

  it('is rebuilt when a source changed, so the tests run the new code', { timeout: 300_000 }, async () => {
    const marker = `export const BUILT_FROM = 'the changed source ${process.pid}';\n`;
    // Written now, after the build of beforeAll: the source is newer than its output, as after an edit.
    writeFileSync(`${copy}runtime/errors.ts`, readFileSync(`${copy}runtime/errors.ts`, 'utf8') + marker);
    expect(staleDistReason(copy)).toBe('dist/runtime/errors.js is older than runtime/errors.ts');

    await ensureFreshDist(copy);
    expect(staleDistReason(copy)).toBeUndefined();
    expect(readFileSync(`${copy}dist/runtime/errors.js`, 'utf8')).toContain(`the changed source ${process.pid}`);
  });

  it('is stale when a source is gone but its output is still there (a moved file)', () => {
    writeFileSync(`${copy}dist/runtime/moved-away.js`, 'export {};\n');
    expect(staleDistReason(copy)).toBe('dist/runtime/moved-away.js has no source any more');
    rmSync(`${copy}dist/runtime/moved-away.js`);
  });

  it('is stale when an output is missing', () => {
    const output = `${copy}dist/generators/quote.js`;
    const built = readFileSync(output);
    rmSync(output);
    expect(staleDistReason(copy)).toBe('dist/generators/quote.js is missing (source generators/quote.ts)');
    writeFileSync(output, built);
  });

  it('is stale when the build config changed', () => {
    const { atime, mtime } = statSync(`${copy}tsconfig.build.json`);
    touchLater('tsconfig.build.json');
    expect(staleDistReason(copy)).toMatch(/^dist\/.+\.js is older than the build's tsconfig$/);
    utimesSync(`${copy}tsconfig.build.json`, atime, mtime);
  });

  it('is stale when the emulator console (built by Vite into dist/console/) is missing or older than its source', () => {
    const { atime, mtime } = statSync(`${copy}console/style.css`);
    touchLater('console/style.css');
    expect(staleDistReason(copy)).toBe('dist/console/ is older than console/style.css');
    utimesSync(`${copy}console/style.css`, atime, mtime);
    const page = `${copy}dist/console/index.html`;
    const built = readFileSync(page);
    rmSync(page);
    expect(staleDistReason(copy)).toBe('dist/console/index.html is missing');
    writeFileSync(page, built);
  });

  it('is fresh again once each of those is undone', () => {
    expect(staleDistReason(copy)).toBeUndefined();
  });
});
