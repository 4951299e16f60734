// What runs where: Node gets undici and the session file from `node.ts`, loaded here at run time.

/** Node (22.3+, which has `process.getBuiltinModule`), as opposed to a browser or a worker. */
export const inNode = typeof process == 'object' && !!process.getBuiltinModule;

/**
 * The Node-only module, through a `require` made at run time: with no import for a bundler to follow,
 * browser builds never contain it. It has this file's extension (`.ts` from source, `.js` when built).
 * Node only: check `inNode` first.
 */
export function nodeOnly(): typeof import('./node.ts') {
  const requireFromHere = process.getBuiltinModule('module').createRequire(import.meta.url);
  return requireFromHere('./node' + import.meta.url.slice(-3));
}
