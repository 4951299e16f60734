// `blockly/core` as the page uses it: the library's one way to Blockly's core (blocks/blockly-core.ts), which no
// bundler warns about, and its types for the page's modules.
import type * as BlocklyNS from 'blockly/core';

export { Blockly } from '../blocks/blockly-core.ts';

/** Blockly's types (`BlocklyNS.WorkspaceSvg`, `BlocklyNS.Theme`, …) for the page's modules. */
export type { BlocklyNS };
