// `npm run lint` itself (the eslint binary with the project's config) exits non-zero on a forbidden import;
// test/unit/boundaries.test.ts goes through every boundary with ESLint's API.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the eslint binary on `source` as if it were the file `path`; answers its exit code and output. */
function eslintStdin(path: string, source: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      `${root}node_modules/.bin/eslint`,
      ['--stdin', '--stdin-filename', path],
      { cwd: root, timeout: 60_000 },
      (error, stdout) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout });
      },
    );
    child.stdin!.end(source);
  });
}

describe('the eslint binary', () => {
  it('fails on runtime/ importing generators/ and passes the same file importing its own folder', async () => {
    const forbidden = await eslintStdin(
      'runtime/probe.ts',
      "import { quoteJs } from '../generators/quote.ts';\nexport default quoteJs;\n",
    );
    expect(forbidden.code).toBe(1);
    expect(forbidden.stdout).toMatch(/runtime\/ never imports .*import-x\/no-restricted-paths/s);

    const allowed = await eslintStdin(
      'runtime/probe.ts',
      "import { BackendlessError } from './errors.ts';\nexport default BackendlessError;\n",
    );
    expect(allowed).toEqual({ code: 0, stdout: '' });
  });
});
