// event handler → `Backendless.ServerCode.User.beforeRegister(async function (req) { … }, false);`, the call a
// CodeRunner handler file makes (CodeRunner's lib/server-code/api: `ServerCode.User.<event>(handler, async)`). A
// before handler gets `req` (its arguments and `req.context`), an after handler `req` and `res` (`res.result`). The
// handler's variables are its own (`let`) unless a user function uses them too.
import type { Block } from 'blockly/core';
import type { JavascriptGenerator } from 'blockly/javascript';
import { EVENT_HANDLER, isUserEvent } from '../blocks/server-logic.ts';
import { generatorFile } from './generator-file.ts';

/**
 * CodeRunner's name of a handler's registration, e.g. `beforeRestorePassword`.
 *
 * @param block An event handler block.
 * @returns The name; an event or timing no handler has is refused (a saved workspace could hold anything).
 */
export function handlerMethod(block: Block): string {
  const timing = block.getFieldValue('TIMING');
  const event = block.getFieldValue('EVENT');
  if ((timing !== 'before' && timing !== 'after') || !isUserEvent(event)) {
    throw new Error(`${EVENT_HANDLER} (block ${block.id}): no Users event ${String(timing)} ${String(event)}`);
  }
  return timing + event.charAt(0).toUpperCase() + event.slice(1);
}

/** The ids of the variables the blocks use. */
function variableIds(blocks: readonly Block[]): Set<string> {
  return new Set(blocks.flatMap((block) => block.getVarModels().map((variable) => variable.getId())));
}

/**
 * `let a, b;` for the workspace variables only this handler's blocks use, or nothing: two calls running at once
 * never share them. A variable a user function uses too stays the workspace's (Blockly's variables are global).
 */
function handlerVariables(block: Block, generator: JavascriptGenerator): string {
  const functions = PROCEDURE_DEFINITIONS.flatMap((type) => block.workspace.getBlocksByType(type, false));
  const shared = variableIds(functions.flatMap((definition) => definition.getDescendants(false)));
  const own = [...variableIds(block.getDescendants(false))].filter((id) => !shared.has(id));
  const names = own.map((id) => generator.getVariableName(id));
  return names.length > 0 ? `${generator.INDENT}let ${names.join(', ')};\n` : '';
}

const PROCEDURE_DEFINITIONS = ['procedures_defnoreturn', 'procedures_defreturn'];

/**
 * event handler, as `workspaceToServerLogic` generates it (it puts this in the generator for its length).
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The registration, one statement.
 */
export function eventHandler(block: Block, generator: JavascriptGenerator): string {
  const method = handlerMethod(block);
  const parameters = method.startsWith('before') ? 'req' : 'req, res';
  const async = block.getFieldValue('MODE') === 'ASYNC';
  const body = handlerVariables(block, generator) + generator.statementToCode(block, 'DO');
  return `Backendless.ServerCode.User.${method}(async function (${parameters}) {\n${body}}, ${async});\n`;
}

/**
 * event handler in a client program (`workspaceToProgram`, `workspaceToFunctionBody`): nothing, so one workspace may
 * hold a client program and its server logic, and a client program costs a host nothing of server logic.
 *
 * @returns No code.
 */
function leftOutOfClientPrograms(): string {
  return '';
}

export const eventHandlerGenerators = generatorFile({
  [EVENT_HANDLER]: { generate: leftOutOfClientPrograms, awaits: false },
});
