// The program's start: a "when Run is pressed" block of the playground's own, the one top block a run starts from.
// Blocks under it are the program; every other block that expects to be attached (a stack dropped a few pixels off,
// a lone value) is an orphan, which Blockly's `disableOrphans` shows and keeps inactive, as Blockly's samples do.
//
// Files keep the library's format, so `codeless run` and other editors read them: on save the start block is left
// out and its stack becomes a top-level stack where the start block stood; on load the first enabled top-level
// statement stack is put back under a new start block (in the saved state, before Blockly draws anything). Orphans
// are saved disabled, so they stay inactive everywhere.
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

// Whether blocks of a type start a statement stack (have a previous connection and no output), by type.
const statementTypes = new Map<string, boolean>();

function isStatementType(type: unknown): boolean {
  if (typeof type !== 'string' || !Blockly.Blocks[type]) return false;
  let known = statementTypes.get(type);
  if (known === undefined) {
    // Asked of one block of the type on a workspace of its own (Blockly's definitions say it only once built).
    const probe = new Blockly.Workspace();
    try {
      const block = probe.newBlock(type);
      known = !!block.previousConnection && !block.outputConnection;
    } catch {
      known = false;
    } finally {
      probe.dispose();
    }
    statementTypes.set(type, known);
  }
  return known;
}

/**
 * A saved workspace with the start block: the first enabled top-level statement stack (in file order) put under a
 * new start block standing where that stack stood, or a lone start block when there is none. Unchanged when it has
 * one. Done on the saved state, before loading, so the blocks are drawn once.
 */
export function withProgramStart(state: JsonObject): JsonObject {
  const blocks = (state['blocks'] as { blocks?: JsonObject[] } | undefined) ?? { languageVersion: 0, blocks: [] };
  const tops = blocks.blocks ?? [];
  if (tops.some((block) => block['type'] === PROGRAM_START)) return state;
  const index = tops.findIndex(
    (block) =>
      isStatementType(block['type']) &&
      block['enabled'] !== false &&
      !(Array.isArray(block['disabledReasons']) && block['disabledReasons'].length > 0),
  );
  const program = index >= 0 ? tops[index]! : null;
  const start: JsonObject = program
    ? { type: PROGRAM_START, x: program['x'] ?? 0, y: program['y'] ?? 0, next: { block: withoutPlace(program) } }
    : { type: PROGRAM_START, x: 24, y: 24 };
  const rest = tops.filter((_, i) => i !== index);
  return { ...state, blocks: { languageVersion: 0, ...blocks, blocks: [start, ...rest] } };
}

function withoutPlace(block: JsonObject): JsonObject {
  const { x: _x, y: _y, ...rest } = block;
  return rest;
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
