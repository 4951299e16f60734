// Four projects: `unit` (in-process, no servers, no child processes), `integration` (the emulator, the CLI:
// anything that listens or spawns), `e2e` (Playwright driving Debian's Chromium against the playground and the
// host-editor example) and `package` (the packed package in fresh host projects, the README's code blocks; after the
// others). `npm test` runs all four; `npm run test:<project>` one.
import { defineConfig } from 'vitest/config';

/** Projects whose tests run the built package rebuild a stale dist/ first (test/setup/dist.ts). */
const FRESH_DIST = ['test/setup/dist.ts'];

/**
 * The package as hosts get it: npm installs, bundler builds and Node lines, minutes of CPU each. They run as their
 * own project after the others, so they never slow a timing-sensitive integration test down.
 */
const PACKAGE_TESTS = [
  'test/integration/pack.test.ts',
  'test/integration/readme.test.ts',
  'test/integration/hosts/**/*.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
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
          globalSetup: FRESH_DIST,
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 600_000,
          sequence: { groupOrder: 1 },
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
          // Two files at a time (each with its own emulator; the browser and the dev server are shared).
          fileParallelism: true,
          maxWorkers: 2,
          // A page is polled for what a test reads; 1 s (Vitest's default) is too short for a busy machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
