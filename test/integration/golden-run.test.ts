// Every golden program is run for real: written to a .mjs file, started with Node 24, against the emulator,
// once with our runtime (`codeless-blocks/runtime`, the package's own build in dist/) and once with the
// official SDK (`backendless`), and its output is checked line by line.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { goldenCases, type GoldenCase } from '../fixtures/golden-cases.ts';
import { prepareBackend } from '../helpers/golden-backend.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const node = `${root}node_modules/.bin/node`;
// Inside the repository, so that `import 'codeless-blocks/runtime'` resolves through the package's own exports.
const workDir = `${root}.tmp/golden-run-${process.pid}/`;
const OUR_IMPORT = "import Backendless from 'codeless-blocks/runtime';";

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

/** Runs a golden program after a runner has called `initApp` on the same `Backendless` the program imports. */
async function runGolden(golden: GoldenCase, runtime: 'codeless-blocks' | 'backendless') {
  const { name } = golden;
  const source = readFileSync(`${root}test/golden/${name}.js`, 'utf8');
  expect(source).toContain(OUR_IMPORT);
  const runtimeModule = runtime === 'backendless' ? 'backendless' : 'codeless-blocks/runtime';
  const program = source.replace(OUR_IMPORT, `import Backendless from '${runtimeModule}';`);
  const programFile = `${workDir}${name}.${runtime}.mjs`;
  const runnerFile = `${workDir}${name}.${runtime}.runner.mjs`;
  writeFileSync(programFile, program);
  // A fresh backend for every program, set up as the case says; the server-only blocks run with the server key.
  const apiKey = await prepareBackend(emulator, golden);
  writeFileSync(
    runnerFile,
    `import Backendless from '${runtimeModule}';\n` +
      `Backendless.initApp(${JSON.stringify({ serverURL: emulator.url, appId: emulator.appId, apiKey })});\n` +
      `await import('./${name}.${runtime}.mjs');\n`,
  );
  try {
    const { stdout, stderr } = await run(node, [runnerFile], { cwd: root, timeout: 25_000, encoding: 'utf8' });
    return { stdout, stderr, exitCode: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number | string };
    return { stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', exitCode: failed.code };
  }
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
