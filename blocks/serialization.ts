// Loading a saved workspace safely. Blockly's own `serialization.workspaces.load` clears the workspace first and
// then throws halfway on the first unknown block type ("Invalid block definition for type: x"), leaving the
// user with an empty or half-loaded workspace. Here the saved state is checked first, every problem is named
// with its place in the file, and if Blockly still fails, the previous workspace is put back.
import * as BlocklyNS from 'blockly/core';

// In Node ESM `blockly/core` is a CommonJS module whose names only show up on `default`; bundlers give the names.
const Blockly = ((BlocklyNS as unknown as { default?: typeof BlocklyNS }).default ?? BlocklyNS) as typeof BlocklyNS;

/** How many problems a message lists before summing up the rest. */
const MAX_LISTED_PROBLEMS = 5;

/** Every load error ends with this, so the user knows nothing was lost. */
const UNTOUCHED = 'The current workspace was left as it was.';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects the problems of one saved block and of the blocks inside it. */
function checkBlock(block: unknown, path: string, problems: string[], unknownTypes: Map<string, string[]>): void {
  if (!isObject(block)) {
    problems.push(`${path} is not a block object`);
    return;
  }
  if (typeof block['type'] !== 'string' || block['type'] === '') {
    problems.push(`${path} has no block "type"`);
  } else if (!Blockly.Blocks[block['type']]) {
    const places = unknownTypes.get(block['type']) ?? [];
    places.push(path);
    unknownTypes.set(block['type'], places);
  }
  if (block['fields'] !== undefined && !isObject(block['fields'])) {
    problems.push(`${path}.fields is not an object`);
  }
  const inputs = block['inputs'];
  if (inputs !== undefined) {
    if (!isObject(inputs)) {
      problems.push(`${path}.inputs is not an object`);
    } else {
      for (const [name, input] of Object.entries(inputs)) {
        const inputPath = `${path}.inputs.${name}`;
        if (!isObject(input)) {
          problems.push(`${inputPath} is not an object with "block" or "shadow"`);
          continue;
        }
        for (const kind of ['shadow', 'block'] as const) {
          if (input[kind] !== undefined) checkBlock(input[kind], `${inputPath}.${kind}`, problems, unknownTypes);
        }
      }
    }
  }
  const next = block['next'];
  if (next !== undefined) {
    if (!isObject(next)) {
      problems.push(`${path}.next is not an object with "block" or "shadow"`);
    } else {
      for (const kind of ['shadow', 'block'] as const) {
        if (next[kind] !== undefined) checkBlock(next[kind], `${path}.next.${kind}`, problems, unknownTypes);
      }
    }
  }
}

/**
 * Checks a saved workspace (Blockly's JSON serialization) without touching any workspace.
 *
 * @param json The saved state, parsed or as JSON text.
 * @returns The parsed state, when it can be loaded.
 * @throws Error naming what is wrong: not JSON, not a workspace, malformed blocks, unknown block types.
 */
export function checkWorkspaceJson(json: unknown): JsonObject {
  let state: unknown = json;
  if (typeof json === 'string') {
    try {
      state = JSON.parse(json);
    } catch (error) {
      throw new Error(`The workspace file is not valid JSON: ${(error as Error).message}. ${UNTOUCHED}`, {
        cause: error,
      });
    }
  }
  if (!isObject(state)) {
    throw new Error(
      `A saved workspace must be a JSON object like {"blocks": {"languageVersion": 0, "blocks": […]}}, got ${
        state === null ? 'null' : Array.isArray(state) ? 'an array' : typeof state
      }. ${UNTOUCHED}`,
    );
  }
  const problems: string[] = [];
  const unknownTypes = new Map<string, string[]>();
  const blocks = state['blocks'];
  if (blocks !== undefined) {
    if (!isObject(blocks) || !Array.isArray(blocks['blocks'])) {
      problems.push('"blocks" must be an object with a "blocks" array');
    } else {
      blocks['blocks'].forEach((block, index) => checkBlock(block, `blocks.blocks[${index}]`, problems, unknownTypes));
    }
  }
  const variables = state['variables'];
  if (variables !== undefined) {
    if (!Array.isArray(variables)) {
      problems.push('"variables" must be an array');
    } else {
      variables.forEach((variable, index) => {
        if (!isObject(variable) || typeof variable['name'] !== 'string' || typeof variable['id'] !== 'string') {
          problems.push(`variables[${index}] must have a string "name" and "id"`);
        }
      });
    }
  }
  for (const [type, places] of unknownTypes) {
    const where = places.length === 1 ? `at ${places[0]}` : `${places.length} times, first at ${places[0]}`;
    problems.unshift(`unknown block type "${type}" (${where})`);
  }
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    const more = problems.length - listed.length;
    throw new Error(
      `The workspace cannot be loaded: ${listed.join('; ')}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}. ` +
        (unknownTypes.size > 0 ? 'Unknown blocks come from a library that is not installed in this editor. ' : '') +
        UNTOUCHED,
    );
  }
  return state;
}

/**
 * Loads a saved workspace, but only if it can be loaded completely: it is checked first (see
 * `checkWorkspaceJson`), and if Blockly still fails (e.g. a field value it rejects), the workspace is put back as
 * it was.
 *
 * @param workspace The workspace to replace the contents of.
 * @param json The saved state, parsed or as JSON text.
 * @throws Error naming what is wrong; the workspace then keeps its current contents.
 */
export function loadWorkspaceJson(workspace: BlocklyNS.Workspace, json: unknown): void {
  const state = checkWorkspaceJson(json);
  const previous = Blockly.serialization.workspaces.save(workspace);
  try {
    Blockly.serialization.workspaces.load(state, workspace);
  } catch (error) {
    Blockly.serialization.workspaces.load(previous, workspace);
    throw new Error(
      `The workspace cannot be loaded: ${(error as Error).message}. ${UNTOUCHED}`,
      { cause: error },
    );
  }
}
