// The runtime's Node-only parts, loaded by `../platform.ts` at run time under Node and never imported
// statically, so browser bundles contain none of it (nor undici, nor node:fs).
import './node-version.ts';
import type { NodeParts } from '../io.ts';
import { fileStorage } from './session-file.ts';
import { nodeTransport } from './transport.ts';

/** What the runtime uses under Node (see `NodeParts`). */
export const nodeParts: NodeParts = {
  nodeTransport,
  fileStorage,
  builtinStorage: () => !!Object.getOwnPropertyDescriptor(globalThis, 'localStorage')?.get,
};
