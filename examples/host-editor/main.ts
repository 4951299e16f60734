// A host editor of its own: Blockly from `blockly/core`, German texts, its own block and toolbox — and the
// codeless-blocks Users category added with one import and one install() call.
import * as Blockly from 'blockly/core';
import 'blockly/blocks';
import { javascriptGenerator, Order } from 'blockly/javascript';
import * as De from 'blockly/msg/de';
import { codelessThemes, install, messages, toolboxCategory } from 'codeless-blocks';

// The host's locale comes first: Blockly's German texts, our German texts, and one text of the host's own.
// install() only fills in texts that are still missing, so all of these win over our English defaults.
// The texts as a plain object: a module namespace has no index signature for `setLocale`'s type (and TypeScript
// gives it a `default`, which the ES module has not).
const { default: _namespace, ...deTexts } = De;
Blockly.setLocale(deTexts);
Object.assign(Blockly.Msg, messages.de, { CODELESS_USERS_CATEGORY: 'Benutzer (Backendless)' });

// The host's own block and generator.
Blockly.common.defineBlocks(
  Blockly.common.createBlockDefinitionsFromJsonArray([
    {
      type: 'host_greet',
      message0: 'begrüße %1',
      args0: [{ type: 'input_value', name: 'NAME', check: 'String' }],
      previousStatement: null,
      nextStatement: null,
      style: 'text_blocks',
    },
  ]),
);
javascriptGenerator.forBlock['host_greet'] = (block, generator) =>
  `greet(${generator.valueToCode(block, 'NAME', Order.NONE) || "''"});\n`;

install({ generator: javascriptGenerator });

const workspace = Blockly.inject('workspace', {
  // Offline: Blockly's media comes from this server (vite.config.ts serves node_modules/blockly/media).
  media: './',
  theme: codelessThemes().classic,
  toolbox: {
    kind: 'categoryToolbox',
    contents: [
      {
        kind: 'category',
        name: 'Gastgeber',
        categorystyle: 'text_category',
        contents: [
          {
            kind: 'block',
            type: 'host_greet',
            inputs: { NAME: { shadow: { type: 'text', fields: { TEXT: 'Welt' } } } },
          },
          { kind: 'block', type: 'text' },
        ],
      },
      toolboxCategory,
    ],
  },
});

const code = document.getElementById('code')!;
workspace.addChangeListener((event) => {
  if (event.isUiEvent) return;
  code.textContent = javascriptGenerator.workspaceToCode(workspace);
});
document.documentElement.dataset['ready'] = 'true';
