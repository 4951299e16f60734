// set Response Result to … → `res.result = value;`: what an after handler leaves in `res.result` is what CodeRunner
// sends the client.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { SET_RESPONSE_RESULT } from '../blocks/set_response_result.ts';
import { generatorFile } from './generator-file.ts';
import { requireHandlerPlace } from './handler-context.ts';

/**
 * set Response Result to ….
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns One statement.
 */
function setResponseResult(block: Block, generator: JavascriptGenerator): string {
  requireHandlerPlace(block);
  const value = generator.valueToCode(block, 'VALUE', Order.ASSIGNMENT) || 'null';
  return `res.result = ${value};\n`;
}

export const setResponseResultGenerators = generatorFile({
  [SET_RESPONSE_RESULT]: { generate: setResponseResult, awaits: false },
});
