// Four projects: `unit` (in-process, no servers, no child processes), `integration` (the emulator, the CLI:
// anything that listens or spawns), `e2e` (Playwright driving Debian's Chromium against the playground and the
// host-editor example) and `package` (the packed package in host projects, the README's code blocks). `npm test` runs
// all four together, two files at a time, the longest known first; `npm run test:<project>` one.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { MIN_PASSWORD_COST, PASSWORD_COST_VARIABLE } from './emulator/passwords.ts';

// Vitest's workers, and every Node process a test starts (the CLI, generated programs, hosts), share Node's compile
// cache: jsdom, Blockly, the SDK and the emulator are compiled once per run, not once per process (the integration
// project's CPU time fell by about a sixth). In .tmp/ (about 25 MB); one already set in the environment is used.
process.env.NODE_COMPILE_CACHE ||= fileURLToPath(new URL('.tmp/node-compile-cache', import.meta.url));

// Every emulator the tests start — in process, the CLI's, the browser tests' — hashes passwords with scrypt's lowest
// allowed N (1024) instead of the default 16384: the suite registers and logs in some 1,700 times, and at the default
// that was over a minute of CPU (42 ms a hash here). The default cost is tested where it matters: the hash a default
// emulator writes, and the timing tests (an unknown identity costs what a wrong password costs), which set it.
process.env[PASSWORD_COST_VARIABLE] ||= String(MIN_PASSWORD_COST);

// Every Node process the run starts — Vitest's workers, the CLI, generated programs, the hosts' builds — keeps V8's
// young generation at 4 MiB a half instead of letting it grow to 16 MiB and more. The processes here are short and
// load much (jsdom and Blockly: a `codeless generate` touches 38,000 pages of memory by default, 30,000 so); where
// a fresh page costs ~11 µs, as on the 2-core CI machine, the integration project took 12–17% less CPU, the package
// project 7% less, the unit project the same. One already in NODE_OPTIONS is kept.
if (!process.env.NODE_OPTIONS?.includes('--max-semi-space-size')) {
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=4`.trim();
}

/** Projects whose tests run the built package rebuild a stale dist/ first (test/setup/dist.ts). */
const FRESH_DIST = ['test/setup/dist.ts'];

/**
 * The package as hosts get it: an npm install, bundler builds and Node lines. Their global setup packs once and
 * installs the one host project they share (test/setup/package-run.ts); the tests then run beside the others'
 * (a timing-sensitive test compares with a baseline measured in the same moment, never with a fixed figure).
 */
const PACKAGE_TESTS = [
  'test/integration/pack.test.ts',
  'test/integration/readme.test.ts',
  'test/integration/hosts/**/*.test.ts',
];

export default defineConfig({
  test: {
    // Both cores of a 2-core machine (Vitest's default is one worker fewer than the cores: one, here, which ran the
    // whole suite file after file).
    maxWorkers: 2,
    // The JSON report feeds `npm run test:timing` (the slowest files of the last run).
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // The files of a worker share one module graph (Blockly and the library load once per worker, not once per
          // file: a third of this project's time). A unit file sets up what it uses (install() may run any number of
          // times) and leaves no global changed behind; the project passes in either mode.
          isolate: false,
          setupFiles: ['test/setup/unit-isolation.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: PACKAGE_TESTS,
          // As in the unit project, the files of a worker share its modules (the emulator, Fastify, Blockly and
          // jsdom load once per worker, not once per file); a file that needs a module loaded afresh loads its own
          // copy (runtime-sdk-storage.test.ts: the SDK, after the browser globals it looks for at load).
          isolate: false,
          globalSetup: FRESH_DIST,
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'package',
          include: PACKAGE_TESTS,
          globalSetup: [...FRESH_DIST, 'test/setup/package-run.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // One Chromium and one playground dev server for the whole run, shared by every file.
          globalSetup: [...FRESH_DIST, 'test/setup/e2e-servers.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // Two files at a time (each with its own emulator; the browser and the served playground are shared).
          fileParallelism: true,
          // The files of a worker share its modules (Playwright and the emulator load once per worker, not once per
          // file): each file's state is its harness's (usePlayground, useConsole), made in its hooks.
          isolate: false,
          maxWorkers: 2,
          // A page is polled for what a test reads; 1 s (Vitest's default) is too short for a busy machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
