// What runs where: under Node, undici and the session file come from `node/`, loaded here at run time.
import type { NodeParts } from './io.ts';

/** The slice of Node's `process` this file needs; declared here so the browser-safe core needs no Node types. */
interface NodeProcess {
  getBuiltinModule?(id: 'module'): { createRequire(from: string): (id: string) => { nodeParts: NodeParts } };
}

/**
 * The Node-only parts (`node/index.ts`), or `undefined` outside Node (a browser, a worker). They are loaded as the
 * runtime loads, not at the first request: they refuse a Node older than 22.19 in one line (`node/node-version.ts`).
 * They come through a `require` made at run time: with no import for a bundler to follow, browser builds never
 * contain them (and a bundler building for a browser takes `platform-browser.ts` instead of this file).
 * `process.getBuiltinModule` (Node 22.3+) is the test for Node; the module has this file's extension (`.ts` from
 * source, `.js` when built).
 */
export const nodeParts = (globalThis as { process?: NodeProcess }).process
  ?.getBuiltinModule?.('module')
  .createRequire(import.meta.url)('./node/index' + import.meta.url.slice(-3)).nodeParts;
