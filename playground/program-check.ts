// What the page says about a program before it runs: a block whose required input is empty carries Blockly's warning
// while a person edits, and a run does not start until it is filled (the console names the block, which is marked
// and brought into view): the server would only answer with a code, and not say which block sent the call. Stacks
// not attached to the program's start (inactive, so they generate nothing) are named as skipped when a run starts.
import { missingInputs } from '../index.ts';
import type { BlocklyNS } from './blockly.ts';
import { fill, type UiMessages } from './ui-messages.ts';

// The warning of an empty required input, apart from a block's other warnings (a failed run's).
const MISSING_INPUT_WARNING = 'codeless-playground-missing-input';
// Blockly's reason for the blocks `disableOrphans` turns off.
const ORPHANED = 'ORPHANED_BLOCK';
// How much of a block's text names it in a console line.
const NAME_LENGTH = 40;

/** A block a run cannot start with: its id, its name and its empty inputs, as the page shows them. */
export interface MissingInput {
  blockId: string;
  block: string;
  inputs: string;
}

/** The labels of `names` on `block` (its texts beside each input), quoted as `text` quotes them. */
function inputLabels(block: BlocklyNS.Block, names: readonly string[], text: UiMessages): string {
  return names
    .map((name) => {
      const label = block
        .getInput(name)
        ?.fieldRow.map((field) => field.getText())
        .join(' ')
        .trim();
      return fill(text.inputName, { name: label || name });
    })
    .join(', ');
}

/**
 * Keeps Blockly's warning on every block of `workspace` whose required inputs are empty, and only on those. The
 * blocks are looked over once per batch of events Blockly fires together (a load, a drag, a paste), not once per event.
 */
export function watchMissingInputs(workspace: BlocklyNS.WorkspaceSvg, text: UiMessages): void {
  let queued = false;
  const mark = () => {
    queued = false;
    for (const block of workspace.getAllBlocks(false)) {
      if (block.isShadow() || block.isDeadOrDying()) continue;
      const missing = missingInputs(block);
      const warning =
        missing.length > 0 ? fill(text.inputMissing, { inputs: inputLabels(block, missing, text) }) : null;
      block.setWarningText(warning, MISSING_INPUT_WARNING);
    }
  };
  workspace.addChangeListener((event) => {
    if (event.isUiEvent || queued) return;
    // After the listeners of this batch: Blockly calls them one event after another, without a break between.
    queued = true;
    queueMicrotask(mark);
  });
}

/** The first block, top to bottom, that would run with a required input empty; null when there is none. */
export function firstMissingInput(workspace: BlocklyNS.WorkspaceSvg, text: UiMessages): MissingInput | null {
  for (const block of workspace.getAllBlocks(true)) {
    if (!block.isEnabled() || block.isShadow()) continue;
    const missing = missingInputs(block);
    if (missing.length > 0) {
      return { blockId: block.id, block: block.toString(NAME_LENGTH), inputs: inputLabels(block, missing, text) };
    }
  }
  return null;
}

/** The stacks a run skips because they are not attached to the program, each named by its first block. */
export function skippedStacks(workspace: BlocklyNS.WorkspaceSvg): string[] {
  return workspace
    .getTopBlocks(true)
    .filter((block) => block.hasDisabledReason(ORPHANED))
    .map((block) => block.toString(NAME_LENGTH));
}
