// Golden programs run for real: written to a .mjs file, started with Node 24, against the emulator, and their
// output checked line by line. With the official SDK (`backendless`), every one of them: this is where each block's
// call is shown to be the SDK's. With our runtime (`codeless-blocks/runtime`), a sample: generators.test.ts runs
// every golden program in process against our runtime and checks the same lines and failure, so here only what a
// process adds is shown — the exported module importing the built package (dist/), its real console and exit code —
// on the scenario, a procedure awaited at a module's top level, and both ways a program fails (one line on stderr,
// exit code 1). A Node process costs some 0.4 s of CPU, mostly loading the runtime's HTTP client: the 33 other
// programs, run here with our runtime too before, were the suite's costliest duplicate.
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

/** The golden programs run with our runtime as well (see above). */
const OUR_RUNTIME_SAMPLE = ['alice', 'async_procedures', 'uncaught_error', 'throw_error'];
const ourRuntimeCases = goldenCases.filter((golden) => OUR_RUNTIME_SAMPLE.includes(golden.name));

describe.each([
  ['codeless-blocks', ourRuntimeCases],
  ['backendless', goldenCases],
] as const)('golden programs run with %s', (runtime, cases) => {
  test.each(cases.map((golden) => [golden.name, golden] as const))(
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

test('every program of the sample run with our runtime is a golden case, and both kinds of failure are in it', () => {
  expect(ourRuntimeCases.map((golden) => golden.name).sort()).toEqual([...OUR_RUNTIME_SAMPLE].sort());
  expect(ourRuntimeCases.filter((golden) => golden.failure).length).toBe(2);
});
