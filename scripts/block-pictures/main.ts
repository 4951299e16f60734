// Renders one toolbox entry of the Users and Server logic categories at a time, for scripts/block-pictures.ts to
// photograph.
import * as Blockly from 'blockly';
import { codelessThemes, installServerLogic, serverLogicCategory, toolboxCategory } from '../../index.ts';

installServerLogic();
const workspace = Blockly.inject('workspace', {
  media: './',
  theme: codelessThemes().classic,
  renderer: 'geras',
  trashcan: false,
  zoom: { startScale: 1 },
  move: { scrollbars: false, drag: false, wheel: false },
});

const entries = [...toolboxCategory.contents, ...serverLogicCategory.contents];

/** Shows toolbox entry `index` alone at the top left; answers its block type. */
function show(index: number): string {
  // Without events: a server-logic block alone would disable itself (it belongs in a handler), as it must not here.
  Blockly.Events.disable();
  workspace.clear();
  const entry = entries[index]!;
  const { kind: _kind, ...state } = entry;
  const block = Blockly.serialization.blocks.append(state as Blockly.serialization.blocks.State, workspace);
  (block as Blockly.BlockSvg).moveTo(new Blockly.utils.Coordinate(10, 10));
  Blockly.Events.enable();
  return block.type;
}

Object.assign(window, { codelessBlockCount: entries.length, codelessShowBlock: show });
document.documentElement.dataset['ready'] = 'true';
