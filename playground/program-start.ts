// The program's start: a "when Run is pressed" block of the playground's own, the one top block a run starts from.
// Blocks under it are the program; every other block that expects to be attached (a stack dropped a few pixels off,
// a lone value) is an orphan, which Blockly's `disableOrphans` shows and keeps inactive, as Blockly's samples do.
//
// Files keep the library's format, so `codeless run` and other editors read them: on save the start block is left
// out and its stack becomes a top-level stack where the start block stood; on load the first enabled top-level
// statement stack is put back under a new start block. Orphans are saved disabled, so they stay inactive everywhere.
import type { JavascriptGenerator } from 'blockly/javascript';
import { Blockly, type BlocklyNS } from './blockly.ts';

/** Block type of the start block. */
export const PROGRAM_START = 'codeless_playground_start';

type JsonObject = Record<string, unknown>;

/** Defines the start block and its generator (which writes nothing: the blocks under it are the program). */
export function defineProgramStart(generator: JavascriptGenerator): void {
  Blockly.Blocks[PROGRAM_START] ??= {
    init(this: BlocklyNS.Block) {
      this.jsonInit({
        message0: '%{BKY_CODELESS_PLAYGROUND_START}',
        nextStatement: null,
        style: 'hat_blocks',
        tooltip: '%{BKY_CODELESS_PLAYGROUND_START}',
      });
      // The program's one entry: not deleted (so not copied either), and no "highlight" call for itself.
      this.setDeletable(false);
      this.suppressPrefixSuffix = true;
    },
  };
  generator.forBlock[PROGRAM_START] = () => '';
}

/**
 * Puts the workspace's first enabled top-level statement stack (in load order) under a new start block standing
 * where that stack stood, or adds a lone start block when there is none. Does nothing when one exists. Its
 * events are part of whatever event group is open, so a load and this step undo together.
 */
export function attachProgramStart(workspace: BlocklyNS.WorkspaceSvg): void {
  const tops = workspace.getTopBlocks(false);
  if (tops.some((block) => block.type === PROGRAM_START)) return;
  const program = tops.find(
    (block) => block.previousConnection && !block.outputConnection && block.isEnabled() && !block.isShadow(),
  );
  const start = workspace.newBlock(PROGRAM_START);
  start.initSvg();
  start.render();
  if (program) {
    const where = program.getRelativeToSurfaceXY();
    start.moveTo(where);
    start.nextConnection!.connect(program.previousConnection!);
  } else {
    start.moveTo(new Blockly.utils.Coordinate(24, 24));
  }
}

/**
 * A saved workspace without the start block: its stack (if any) becomes the first top-level stack, at the start
 * block's place. Everything else is kept as saved.
 */
export function withoutProgramStart(state: JsonObject): JsonObject {
  const blocks = state['blocks'] as { blocks?: JsonObject[] } | undefined;
  const tops = blocks?.blocks;
  if (!tops) return state;
  const index = tops.findIndex((block) => block['type'] === PROGRAM_START);
  if (index < 0) return state;
  const start = tops[index]!;
  const program = (start['next'] as { block?: JsonObject } | undefined)?.block;
  const rest = tops.filter((_, i) => i !== index);
  const placed = program ? [{ ...program, x: start['x'], y: start['y'] }] : [];
  return { ...state, blocks: { ...blocks, blocks: [...placed, ...rest] } };
}
