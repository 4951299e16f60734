// What runs where: in Node, undici and the session file come from `node.ts`, loaded here at run time.

/**
 * The Node-only module (`node.ts`), or `undefined` outside Node (a browser, a worker). It is loaded through
 * a `require` made at run time: with no import for a bundler to follow, browser builds never contain it.
 * `process.getBuiltinModule` (Node 22.3+) is the test for Node; the module has this file's extension
 * (`.ts` from source, `.js` when built).
 */
export function nodeOnly(): typeof import('./node.ts') | undefined {
  const requireFromHere = globalThis.process?.getBuiltinModule?.('module').createRequire(import.meta.url);
  return requireFromHere?.('./node' + import.meta.url.slice(-3));
}
