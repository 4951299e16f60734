// The floor bench/playground.bench.ts measures the playground against: a bare page that injects Blockly with the
// playground's toolbox (the same categories and blocks, our block styles) and nothing else — no scenario, no code
// panel, no plugins, no backend. It sets the same mark the playground sets once a person can drag a block.
import 'blockly/blocks';
import * as BlocklyNS from 'blockly/core';
import * as En from 'blockly/msg/en';
import { codelessThemes, install, toolboxCategory } from '../../index.ts';
import { blockCategories } from '../../playground/toolbox.ts';
import { en } from '../../playground/ui-messages.ts';

const Blockly = ((BlocklyNS as unknown as { default?: typeof BlocklyNS }).default ?? BlocklyNS) as typeof BlocklyNS;

Blockly.setLocale(En as unknown as Record<string, string>);
Object.assign(Blockly.Msg, {
  CODELESS_PLAYGROUND_CATEGORY_LOGIC: en.categoryLogic,
  CODELESS_PLAYGROUND_CATEGORY_LOOPS: en.categoryLoops,
  CODELESS_PLAYGROUND_CATEGORY_MATH: en.categoryMath,
  CODELESS_PLAYGROUND_CATEGORY_TEXT: en.categoryText,
  CODELESS_PLAYGROUND_CATEGORY_VARIABLES: en.categoryVariables,
  CODELESS_PLAYGROUND_CATEGORY_FUNCTIONS: en.categoryFunctions,
});
install();
Blockly.inject(document.getElementById('blockly')!, {
  toolbox: {
    kind: 'categoryToolbox',
    contents: blockCategories(toolboxCategory, en),
  } as BlocklyNS.utils.toolbox.ToolboxDefinition,
  media: new URL('blockly-media/', document.baseURI).href,
  theme: codelessThemes().classic,
});
performance.mark('codeless:interactive');
document.documentElement.dataset.ready = 'true';
