// Three projects: `unit` (in-process, no servers, no child processes), `integration` (the emulator, the CLI, the
// packed package: anything that listens or spawns) and `e2e` (Playwright driving Debian's Chromium against the
// playground and the host-editor example). `npm test` runs all three; `npm run test:<project>` one.
import { defineConfig } from 'vitest/config';

// TEMPORARY: these test/unit/ files start the emulator, a stub server or the CLI, so they run as integration
// tests until they move to test/integration/ (other branches edit them now).
const SERVER_TESTS_IN_UNIT = [
  'test/unit/emulator*.test.ts',
  'test/unit/runtime.test.ts',
  'test/unit/generators.test.ts',
];

/** Projects whose tests run the built package rebuild a stale dist/ first (test/setup/dist.ts). */
const FRESH_DIST = ['test/setup/dist.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: SERVER_TESTS_IN_UNIT,
          setupFiles: ['test/setup/unit-isolation.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', ...SERVER_TESTS_IN_UNIT],
          globalSetup: FRESH_DIST,
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: FRESH_DIST,
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
