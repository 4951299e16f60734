// Vite config of the playground: the dev server (`npm start`, the e2e tests) and the production build into
// playground-dist/. `bin/start.ts`, the tests and the bench call `playgroundConfig()` with the emulator they
// started; plain `npx vite` / `npx vite build` use the default export (emulator from the environment).
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';
import { codelessPlayground, type CodelessPlaygroundOptions } from './playground/server/vite-plugin.ts';
import type { EmulatorAddress } from './emulator/contract.ts';
import { DEFAULT_API_KEY, DEFAULT_APP_ID } from './emulator/index.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/** The port `npm start` gives the embedded emulator (the page learns it from `backend.json`, never assumes it). */
export const DEFAULT_EMULATOR_PORT = 3850;

/** Options of {@link playgroundConfig}. */
export interface PlaygroundConfigOptions {
  /** The running emulator the dev / preview server offers the page at `backend.json` (a function: per request). */
  emulator?: CodelessPlaygroundOptions['emulator'];
  /** Where `vite build` writes; default `playground-dist/` at the repository root. */
  outDir?: string;
}

/**
 * The playground's full Vite config (root `playground/`), ready for `createServer`, `build` and `preview`
 * (`configFile: false`: this function is the config, no file is read).
 */
export function playgroundConfig(options: PlaygroundConfigOptions = {}): InlineConfig {
  return {
    configFile: false,
    root: fileURLToPath(new URL('./playground/', import.meta.url)),
    // Relative asset URLs: playground-dist/ works from any folder of any static server.
    base: './',
    publicDir: false,
    // The playground's own pre-bundle cache, apart from any other Vite project in the repository.
    cacheDir: fileURLToPath(new URL('./node_modules/.vite/playground/', import.meta.url)),
    logLevel: 'warn',
    clearScreen: false,
    plugins: [codelessPlayground({ emulator: options.emulator })],
    server: {
      // The page imports the library from the repository root (../index.ts, ../runtime/).
      fs: { allow: [repoRoot] },
    },
    optimizeDeps: {
      // Pre-bundle Blockly up front: a dependency discovered late makes Vite reload the page mid-session.
      include: [
        'blockly/core',
        'blockly/blocks',
        'blockly/javascript',
        'blockly/msg/en',
        'blockly/msg/de',
        '@blockly/toolbox-search',
        '@blockly/plugin-workspace-search',
        '@blockly/disable-top-blocks',
      ],
    },
    worker: { format: 'es' },
    build: {
      outDir: options.outDir ?? fileURLToPath(new URL('./playground-dist/', import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      // Blockly alone is ~900 kB minified; the warning would only say that.
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        output: {
          codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
        },
      },
    },
  };
}

function emulatorFromEnvironment(): EmulatorAddress | undefined {
  const url = process.env.CODELESS_EMULATOR_URL;
  if (!url) return undefined;
  return {
    url,
    appId: process.env.CODELESS_EMULATOR_APP_ID ?? DEFAULT_APP_ID,
    apiKey: process.env.CODELESS_EMULATOR_API_KEY ?? DEFAULT_API_KEY,
  };
}

const { configFile: _configFile, ...fileConfig } = playgroundConfig({ emulator: emulatorFromEnvironment });
// From the command line (`npx vite`, `npx vite preview`) a person needs the URL Vite prints at info level.
export default defineConfig({ ...fileConfig, logLevel: 'info' });
