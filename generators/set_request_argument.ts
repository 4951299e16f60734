// set Request … to … → `req.login = value;`: CodeRunner sends the request's arguments on from `req` once a before
// handler is done, so the call goes on with the new value.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { SET_REQUEST_ARGUMENT } from '../blocks/server-logic.ts';
import { generatorFile } from './generator-file.ts';
import { requireHandlerPlace } from './handler-context.ts';

const ARGUMENTS: ReadonlySet<string> = new Set(['user', 'login', 'password', 'email']);

/**
 * set Request … to ….
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns One statement.
 */
function setRequestArgument(block: Block, generator: JavascriptGenerator): string {
  const argument = String(block.getFieldValue('ARGUMENT'));
  // The name becomes code: only the four a request has (a saved workspace could hold anything).
  if (!ARGUMENTS.has(argument)) throw new Error(`${SET_REQUEST_ARGUMENT}: unknown request argument ${argument}`);
  requireHandlerPlace(block);
  const value = generator.valueToCode(block, 'VALUE', Order.ASSIGNMENT) || 'null';
  return `req.${argument} = ${value};\n`;
}

export const setRequestArgumentGenerators = generatorFile({
  [SET_REQUEST_ARGUMENT]: { generate: setRequestArgument, awaits: false },
});
