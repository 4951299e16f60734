// Lint: ESLint's and typescript-eslint's recommended rules over every TypeScript source, the architecture's
// import boundaries as errors (docs/ARCHITECTURE.md, "Boundaries"), Prettier owns the layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;
const SEE = 'See docs/ARCHITECTURE.md, "Boundaries".';

/**
 * Browser code, as globs (the zones' `target`). Node code that lives beside it (runtime/node/, playground/server/,
 * vite configs) is left out by the globs' shape.
 */
const BROWSER = [
  './index.ts',
  './blocks/**',
  './generators/**',
  './runtime/*.ts',
  './emulator/contract.ts',
  './playground/*.ts',
  './playground/!(server)/**',
  './console/!(vite.config).ts',
  './examples/host-editor/!(vite.config).ts',
  // The page scripts/block-pictures.ts photographs: it runs in Chromium, not in Node.
  './scripts/block-pictures/main.ts',
];

/** The Node code browser code must never import (besides Node's builtins, checked by `no-nodejs-modules`). */
const NODE_CODE = [
  './runtime/node',
  './playground/server',
  './bin',
  './vite.config.ts',
  './vitest.config.ts',
  './node_modules/undici',
];

/** Everything but test/ and bench/: the product. */
const PRODUCT = [
  './index.ts',
  './blocks',
  './generators',
  './runtime',
  './emulator',
  './bin',
  './playground',
  './console',
  './scripts',
  './examples',
  './vite.config.ts',
  './vitest.config.ts',
];

const FRONT_DOOR = './index.ts'; // imports blocks/ and generators/: a layer below them must not import it
const BLOCKLY = './node_modules/blockly';

/**
 * The boundaries, one zone each: files under `target` must not import anything that resolves under `from`
 * (relative paths, package names and dynamic `import()` alike, since the import is resolved first).
 */
const zones = [
  {
    target: './runtime',
    from: [BLOCKLY, './blocks', './generators', './emulator', './playground', FRONT_DOOR],
    message: `runtime/ never imports Blockly, blocks/, generators/, emulator/ or playground/: programs reach it as text. ${SEE}`,
  },
  {
    target: './blocks',
    from: ['./generators', './runtime', './emulator', './playground', FRONT_DOOR],
    message: `blocks/ never imports generators/, runtime/, emulator/ or playground/. ${SEE}`,
  },
  {
    target: './generators',
    from: ['./runtime', './emulator', './playground', FRONT_DOOR],
    message: `generators/ never imports runtime/, emulator/ or playground/: generated code names the runtime, it does not load it. ${SEE}`,
  },
  {
    target: './emulator',
    from: [BLOCKLY, './blocks', './generators', './runtime', './playground', './console', FRONT_DOOR],
    message: `emulator/ shares nothing with blocks/, generators/, runtime/ or playground/ but the wire contract. ${SEE}`,
  },
  {
    target: './emulator/contract.ts',
    from: './emulator',
    message: `emulator/contract.ts is what browser code may import of the emulator: it imports nothing of the Node side. ${SEE}`,
  },
  {
    target: BROWSER,
    from: './emulator',
    except: ['./contract.ts'],
    message: `Browser code may import only emulator/contract.ts of the emulator. ${SEE}`,
  },
  {
    target: BROWSER,
    from: './scripts',
    except: ['./block-pictures'],
    message: `Browser code never imports the Node dev scripts of scripts/. ${SEE}`,
  },
  {
    target: BROWSER,
    from: NODE_CODE,
    message: `Browser code never imports Node code (undici, runtime/node/, playground/server/, bin/, configs). ${SEE}`,
  },
  {
    target: PRODUCT,
    from: ['./test', './bench'],
    message: `Product code never imports test/ or bench/. ${SEE}`,
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'playground-dist/', 'node_modules/', 'test/golden/', '**/*.js', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      // Imports are resolved as Node resolves them; `.js` may name a `.ts` source (TypeScript's convention).
      // Symlinks are kept, not followed: a package stays under ./node_modules/<name> (the zones' `from`) even when
      // node_modules or the package is a link (pnpm, a shared install).
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.json'],
          extensionAlias: { '.js': ['.ts', '.js'] },
          symlinks: false,
        }),
      ],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }] },
  },
  {
    files: BROWSER.map((glob) => glob.replace(/^\.\//, '')),
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    // The package's own name resolves to the built dist/ (its `exports`), not to the sources beside this file.
    // Only the example, which plays a host project, imports it by name.
    files: ['**/*.ts'],
    ignores: ['test/**', 'bench/**', 'examples/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['codeless-blocks', 'codeless-blocks/*'],
              message: `Import the sources by relative path: 'codeless-blocks' resolves to the built dist/. ${SEE}`,
            },
          ],
        },
      ],
    },
  },
  {
    // A function does one thing: at most 80 lines, blank lines and comments not counted, nested functions counted
    // in the function that holds them; a file at most 350 lines. The package's front door, its layers, the emulator,
    // the CLI, the scripts, the console, the playground, the example and the root configs: all product code.
    files: [
      '*.ts',
      'index.ts',
      'blocks/**/*.ts',
      'generators/**/*.ts',
      'runtime/**/*.ts',
      'emulator/**/*.ts',
      'bin/**/*.ts',
      'scripts/**/*.ts',
      'console/**/*.ts',
      'playground/**/*.ts',
      'examples/**/*.ts',
    ],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 350 }],
    },
  },
  prettier,
);
