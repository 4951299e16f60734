// Where the bubble of a block's warning or comment opens: beside the block, right of everything its inputs hold, level
// with its top. Blockly opens it over its icon, which is often over the block above (a failed run's "The run failed
// here" covered "when Run is pressed"; the scenario's comment, Login User's header).
import { Blockly, type BlocklyNS } from './blockly.ts';

// Between the block and its bubble, in workspace units.
const GAP = 16;

/** The box of `block` and of the blocks its inputs hold, without the blocks stacked under it (workspace units). */
function ownExtent(block: BlocklyNS.BlockSvg): BlocklyNS.utils.Rect {
  const stacked = new Set<BlocklyNS.Block>(block.getNextBlock()?.getDescendants(false) ?? []);
  const box = block.getBoundingRectangleWithoutChildren();
  for (const inner of block.getDescendants(false)) {
    if (inner === block || stacked.has(inner) || !(inner instanceof Blockly.BlockSvg)) continue;
    const part = inner.getBoundingRectangleWithoutChildren();
    box.top = Math.min(box.top, part.top);
    box.bottom = Math.max(box.bottom, part.bottom);
    box.left = Math.min(box.left, part.left);
    box.right = Math.max(box.right, part.right);
  }
  return box;
}

/** Moves the open bubble of `block`'s warning or comment beside the block. */
function placeBeside(block: BlocklyNS.BlockSvg, type: 'warning' | 'comment'): void {
  const icon = block.getIcon(type === 'warning' ? Blockly.icons.IconType.WARNING : Blockly.icons.IconType.COMMENT);
  const bubble = icon && Blockly.hasBubble(icon) ? icon.getBubble() : null;
  if (!bubble) return;
  const extent = ownExtent(block);
  if (block.workspace.RTL) return; // Blockly's own placement, mirrored, is kept for right-to-left.
  bubble.moveTo(extent.right + GAP, extent.top);
}

/** Places every warning or comment bubble of `workspace` beside its block as it opens. */
export function placeBubblesBeside(workspace: BlocklyNS.WorkspaceSvg): void {
  workspace.addChangeListener((event) => {
    if (event.type !== Blockly.Events.BUBBLE_OPEN) return;
    const { isOpen, blockId, bubbleType } = event as BlocklyNS.Events.BubbleOpen;
    if (!isOpen || !blockId || (bubbleType !== 'warning' && bubbleType !== 'comment')) return;
    const block = workspace.getBlockById(blockId);
    if (block) placeBeside(block, bubbleType);
  });
}
