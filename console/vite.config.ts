// Vite config of the emulator console: `npm run build` writes it to dist/console/, which `codeless emulator` serves at
// /_emulator/console/. Relative asset URLs (the page lives below /_emulator/console/), no inline script or style
// (the emulator's Content-Security-Policy allows neither), nothing fetched from elsewhere.
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';

/** The console's Vite config; `outDir` defaults to the package's dist/console/. */
export function consoleConfig(outDir = fileURLToPath(new URL('../dist/console/', import.meta.url))): InlineConfig {
  return {
    configFile: false,
    root: fileURLToPath(new URL('./', import.meta.url)),
    base: './',
    publicDir: false,
    cacheDir: fileURLToPath(new URL('../node_modules/.vite/console/', import.meta.url)),
    logLevel: 'warn',
    clearScreen: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // A style or script inlined as a data: URL would be refused by the console's CSP.
      assetsInlineLimit: 0,
      // No module-preload polyfill: it is code the page does not need (one entry chunk).
      modulePreload: false,
    },
  };
}

const { configFile: _configFile, ...fileConfig } = consoleConfig();
export default defineConfig(fileConfig);
