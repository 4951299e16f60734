// The host's Blockly core, reached in the one way every bundler and plain Node accept. Bundlers (webpack, Vite,
// Rollup, esbuild) resolve `blockly/core` to an ES module with named exports and no default; Node resolves it to
// CommonJS (`core-node.js`) whose names only show on `default`. Reading `.default` off the namespace in place is a
// static import of a name the ES module lacks — an error in webpack, IMPORT_IS_UNDEFINED in Vite and Rollup — so
// the namespace is read with `Reflect.get`, which no bundler treats as an import.
import * as BlocklyModule from 'blockly/core';

/**
 * Blockly's core: the same object the host's `import * as Blockly from 'blockly'` (or `blockly/core`) gets — the
 * CommonJS exports when Node wrapped a CommonJS module, else the namespace itself.
 */
export const Blockly: typeof BlocklyModule =
  (Reflect.get(BlocklyModule, 'default') as typeof BlocklyModule | undefined) ?? BlocklyModule;
