// Loading a saved workspace safely. Blockly's own `serialization.workspaces.load` clears the workspace first and
// then throws halfway on the first unknown block type ("Invalid block definition for type: x"), leaving the
// user with an empty or half-loaded workspace. Here the saved state is checked first, every problem is named
// with its place in the file, and if Blockly still fails, the previous workspace is put back.
import type { Workspace } from 'blockly/core';
import { Blockly } from './blockly-core.ts';

/** How many problems a message lists before summing up the rest. */
const MAX_LISTED_PROBLEMS = 5;

/** Every load error ends with this, so the user knows nothing was lost. */
const UNTOUCHED = 'The current workspace was left as it was.';

type JsonObject = Record<string, unknown>;

/** The message of an `Error`, or the thrown value itself as text (blocks/ has its own: it imports no other layer). */
function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How deep blocks may sit inside one another (a stack counts too: each `next` block is saved inside the one
 * above it). Blockly's own loading and code generation recurse per level and overflow the stack somewhere
 * between 1,000 and 2,000 levels, so deeper files are refused with a message instead.
 */
export const MAX_BLOCK_NESTING = 1000;

/**
 * The largest size a block may ask its mutator for (`extraState.itemCount` of a text join, `elseIfCount` of an
 * if, the parameters of a function). A 100-byte file asking for a billion inputs would otherwise hang the page.
 */
export const MAX_MUTATOR_SIZE = 1000;

// Unpaired UTF-16 surrogates: Blockly passes variable and function names through `encodeURI`, which throws on them.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What the check of a saved workspace has found so far. */
interface Findings {
  problems: string[];
  unknownTypes: Map<string, string[]>;
}

/** The problems of a block's own parts (type, fields, mutator state); its child blocks are walked by the caller. */
function checkOwnParts(block: JsonObject, path: string, findings: Findings): void {
  const type = block['type'];
  if (typeof type !== 'string' || type === '') {
    findings.problems.push(`${path} has no block "type"`);
  } else if (!Blockly.Blocks[type]) {
    const places = findings.unknownTypes.get(type) ?? [];
    places.push(path);
    findings.unknownTypes.set(type, places);
  }
  const fields = block['fields'];
  if (fields !== undefined && !isObject(fields)) {
    findings.problems.push(`${path}.fields is not an object`);
  } else if (
    fields &&
    typeof type === 'string' &&
    type.startsWith('procedures_') &&
    typeof fields['NAME'] === 'string'
  ) {
    if (LONE_SURROGATE.test(fields['NAME']))
      findings.problems.push(`${path} names a function with an unpaired surrogate character`);
  }
  const extraState = block['extraState'];
  if (isObject(extraState)) {
    for (const [key, value] of Object.entries(extraState)) {
      const size = Array.isArray(value) ? value.length : /count$/i.test(key) ? value : 0;
      if (typeof size === 'number' && !(size <= MAX_MUTATOR_SIZE)) {
        findings.problems.push(
          `${path}.extraState.${key} asks for ${String(size)} items; at most ${MAX_MUTATOR_SIZE} are loaded`,
        );
      }
    }
  }
}

/** Walks the blocks of one top block (without recursion, so no file can overflow the stack). */
function checkBlockTree(top: unknown, topPath: string, findings: Findings, seen: Set<object>): void {
  const pending: Array<{ block: unknown; path: string; depth: number }> = [{ block: top, path: topPath, depth: 1 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { block, path, depth } = item;
    if (!isObject(block)) {
      findings.problems.push(`${path} is not a block object`);
      continue;
    }
    // Only a workspace built in memory can hold itself; a parsed file cannot.
    if (seen.has(block)) {
      findings.problems.push(`${path} contains itself (a cycle)`);
      continue;
    }
    seen.add(block);
    if (depth > MAX_BLOCK_NESTING) {
      findings.problems.push(
        `blocks are nested more than ${MAX_BLOCK_NESTING} deep under ${topPath}; split long stacks into functions`,
      );
      continue;
    }
    checkOwnParts(block, path, findings);
    const children: Array<[unknown, string]> = [];
    const inputs = block['inputs'];
    if (inputs !== undefined) {
      if (!isObject(inputs)) findings.problems.push(`${path}.inputs is not an object`);
      else
        children.push(
          ...Object.entries(inputs).map(([name, input]): [unknown, string] => [input, `${path}.inputs.${name}`]),
        );
    }
    if (block['next'] !== undefined) children.push([block['next'], `${path}.next`]);
    const next: typeof pending = [];
    for (const [connection, connectionPath] of children) {
      if (!isObject(connection)) {
        findings.problems.push(`${connectionPath} is not an object with "block" or "shadow"`);
        continue;
      }
      for (const kind of ['shadow', 'block'] as const) {
        if (connection[kind] !== undefined)
          next.push({ block: connection[kind], path: `${connectionPath}.${kind}`, depth: depth + 1 });
      }
    }
    // Reversed onto the stack, so blocks are visited (and problems listed) in the order they appear in the file.
    pending.push(...next.reverse());
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
      throw new Error(`The workspace file is not valid JSON: ${errorMessage(error)}. ${UNTOUCHED}`, {
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
  const findings: Findings = { problems: [], unknownTypes: new Map() };
  const { problems, unknownTypes } = findings;
  const blocks = state['blocks'];
  if (blocks !== undefined) {
    if (!isObject(blocks) || !Array.isArray(blocks['blocks'])) {
      problems.push('"blocks" must be an object with a "blocks" array');
    } else {
      const seen = new Set<object>();
      blocks['blocks'].forEach((block, index) => checkBlockTree(block, `blocks.blocks[${index}]`, findings, seen));
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
        } else if (LONE_SURROGATE.test(variable['name'])) {
          problems.push(`variables[${index}] has a name with an unpaired surrogate character`);
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
export function loadWorkspaceJson(workspace: Workspace, json: unknown): void {
  const state = checkWorkspaceJson(json);
  const previous = Blockly.serialization.workspaces.save(workspace);
  try {
    Blockly.serialization.workspaces.load(state, workspace);
  } catch (error) {
    Blockly.serialization.workspaces.load(previous, workspace);
    throw new Error(`The workspace cannot be loaded: ${errorMessage(error)}. ${UNTOUCHED}`, { cause: error });
  }
}
