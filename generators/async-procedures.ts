// User functions that wait for the backend. Our calls are `await` expressions, so a user function (Blockly
// procedure) holding one — directly or through the functions it calls, recursion included — must be declared
// `async`, and every call of it awaited, or its steps would run out of the order drawn. Blockly's own procedure
// generators know nothing of this; these wrap them.
import type { Block, Workspace } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import type { BlockGenerator } from './generator-file.ts';
import { adjustable } from './generator-members.ts';
import { awaitingBlockTypes } from './library.ts';

const PROCEDURE_DEFINITIONS = ['procedures_defreturn', 'procedures_defnoreturn'];
const PROCEDURE_CALLS = ['procedures_callreturn', 'procedures_callnoreturn'];

/**
 * The key of a procedure name: Blockly's names are case-insensitive (`Blockly.Names.equals` compares them in lower
 * case), so a call "DoLogin" calls the function "doLogin" and must be awaited like it.
 */
function procedureKey(name: unknown): string {
  return String(name).toLowerCase();
}

/**
 * The user procedures whose code waits, by `procedureKey`: those holding one of our awaiting blocks, or calling a
 * procedure that does (to any depth, recursion included).
 */
function findAwaitingProcedures(workspace: Workspace): Set<string> {
  const definitions = PROCEDURE_DEFINITIONS.flatMap((type) => workspace.getBlocksByType(type, false));
  const awaiting = new Set<string>();
  const callsByProcedure = new Map<string, string[]>();
  for (const definition of definitions) {
    const name = procedureKey(definition.getFieldValue('NAME'));
    const calls = callsByProcedure.get(name) ?? [];
    for (const block of definition.getDescendants(false)) {
      if (awaitingBlockTypes.has(block.type)) awaiting.add(name);
      else if (PROCEDURE_CALLS.includes(block.type)) calls.push(procedureKey(block.getFieldValue('NAME')));
    }
    callsByProcedure.set(name, calls);
  }
  // Spread "waits" backwards along calls until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, calls] of callsByProcedure) {
      if (!awaiting.has(name) && calls.some((callee) => awaiting.has(callee))) {
        awaiting.add(name);
        changed = true;
      }
    }
  }
  return awaiting;
}

/**
 * Generators for Blockly's procedure blocks that make the workspace's waiting procedures `async` and await
 * their calls, each wrapping the generator the host has for that type (a type the host has none for is left out).
 *
 * @param workspace The workspace about to be generated.
 * @param current The generator's `forBlock`, holding Blockly's procedure generators.
 * @returns Replacements, keyed by block type, for the length of one generation.
 */
export function asyncProcedureGenerators(
  workspace: Workspace,
  current: Readonly<Record<string, BlockGenerator | undefined>>,
): Record<string, BlockGenerator> {
  const awaitingProcedures = findAwaitingProcedures(workspace);
  const replacements: Record<string, BlockGenerator> = {};

  for (const type of PROCEDURE_DEFINITIONS) {
    const defineProcedure = current[type];
    if (!defineProcedure) continue;
    replacements[type] = function (block: Block, gen: JavascriptGenerator) {
      const result = defineProcedure(block, gen);
      const name = String(block.getFieldValue('NAME'));
      if (awaitingProcedures.has(procedureKey(name))) {
        // Blockly stores the function under '%' + its code name, possibly after `//` comment lines.
        const definitions = adjustable(gen).definitions_;
        const key = '%' + gen.getProcedureName(name);
        const code = definitions[key];
        if (code !== undefined) {
          definitions[key] = code.replace(/^((?:\/\/[^\n]*\n)*)function /, '$1async function ');
        }
      }
      return result;
    };
  }
  const callWithResult = current['procedures_callreturn'];
  if (callWithResult) {
    replacements['procedures_callreturn'] = function (block: Block, gen: JavascriptGenerator) {
      const result = callWithResult(block, gen);
      if (!awaitingProcedures.has(procedureKey(block.getFieldValue('NAME'))) || !Array.isArray(result)) return result;
      return [`await ${result[0]}`, Order.AWAIT];
    };
  }
  const callWithoutResult = current['procedures_callnoreturn'];
  if (callWithoutResult) {
    replacements['procedures_callnoreturn'] = function (block: Block, gen: JavascriptGenerator) {
      const result = callWithoutResult(block, gen);
      // Blockly's statement call is built from the value call, which may already be awaited (above).
      if (
        !awaitingProcedures.has(procedureKey(block.getFieldValue('NAME'))) ||
        typeof result !== 'string' ||
        result.startsWith('await ')
      ) {
        return result;
      }
      return `await ${result}`;
    };
  }
  return replacements;
}
