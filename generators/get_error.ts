// code / message of error → `error?.code ?? null` / `error?.message`. Optional chaining, because anything can be
// thrown; `?? null` so that "no code" (a client-side error, not the server's) reads as null, not undefined.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { GET_ERROR } from '../blocks/get_error.ts';
import { generatorFile } from './generator-file.ts';

/**
 * code / message of error ….
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The code and its precedence.
 */
export function getError(block: Block, generator: JavascriptGenerator): [string, Order] {
  const error = generator.valueToCode(block, 'ERROR', Order.MEMBER) || 'null';
  if (block.getFieldValue('PART') === 'MESSAGE') {
    return [`${error}?.message`, Order.MEMBER];
  }
  // `??` cannot be mixed with `||` or `&&` without parentheses; CONDITIONAL is looser than both, so Blockly
  // adds the parentheses whenever this ends up beside one of them.
  return [`${error}?.code ?? null`, Order.CONDITIONAL];
}

export const getErrorGenerators = generatorFile({
  [GET_ERROR]: { generate: getError, awaits: false },
});
