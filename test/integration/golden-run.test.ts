// Every golden program is run for real: written to a .mjs file, started with Node 24, against the emulator,
// once with our runtime (`codeless-blocks/runtime`, the package's own build in dist/) and once with the
// official SDK (`backendless`), and its output is checked line by line.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { goldenCases, type GoldenCase } from '../fixtures/golden-cases.ts';
import { prepareBackend } from '../helpers/golden-backend.ts';
import { runProgramFile, type Runtime } from '../helpers/run-program.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the repository, so that `import 'codeless-blocks/runtime'` resolves through the package's own exports.
const workDir = `${root}.tmp/golden-run-${process.pid}/`;

let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync(`${root}dist/runtime/index.js`)) {
    throw new Error('dist/runtime is missing: run `npm run build` first (`npm test` does)');
  }
  mkdirSync(workDir, { recursive: true });
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await emulator?.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs a golden program on a fresh backend set up as its case says. */
async function runGolden(golden: GoldenCase, runtime: Runtime) {
  const source = readFileSync(`${root}test/golden/${golden.name}.js`, 'utf8');
  // A fresh backend for every program, set up as the case says; the server-only blocks run with the server key.
  const apiKey = await prepareBackend(emulator, golden);
  return runProgramFile(workDir, golden.name, source, runtime, {
    serverURL: emulator.url,
    appId: emulator.appId,
    apiKey,
  });
}

function expectLines(stdout: string, expected: Array<string | RegExp>): void {
  const lines = stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n');
  expect(lines).toHaveLength(expected.length);
  expected.forEach((line, index) => {
    if (typeof line === 'string') expect(lines[index]).toBe(line);
    else expect(lines[index]).toMatch(line);
  });
}

describe.each(['codeless-blocks', 'backendless'] as const)('golden programs run with %s', (runtime) => {
  test.each(goldenCases.map((golden) => [golden.name, golden] as const))(
    '%s prints what the blocks say',
    async (name, golden) => {
      expect.hasAssertions();
      const { stdout, stderr, exitCode } = await runGolden(golden, runtime);
      expectLines(stdout, golden.output);
      if (golden.failure) {
        expect(stderr.trim()).toBe(golden.failure);
        expect(exitCode).toBe(1);
      } else {
        expect(stderr).toBe('');
        expect(exitCode).toBe(0);
      }
    },
  );
});
