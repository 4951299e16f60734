// `blockly/core` as the page uses it: one namespace object, whichever way the module system hands it over.
import * as BlocklyNS from 'blockly/core';

/** Blockly's core API. Bundlers give `blockly/core`'s names directly; Node's CommonJS interop puts them on `default`. */
export const Blockly = ((BlocklyNS as unknown as { default?: typeof BlocklyNS }).default ??
  BlocklyNS) as typeof BlocklyNS;

/** Blockly's types (`BlocklyNS.WorkspaceSvg`, `BlocklyNS.Theme`, …) for the page's modules. */
export type { BlocklyNS };
