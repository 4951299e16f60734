// throw error → `throw Object.assign(new Error(message), { code });`: an Error (a stack, `message`) that carries a
// `code` as Backendless' errors do, so "code of error", try / catch code and the program's failure report read it
// alike. An empty code socket throws an error without a code.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { THROW_ERROR } from '../blocks/throw_error.ts';
import { generatorFile } from './generator-file.ts';

/**
 * throw error.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The statement.
 */
function throwError(block: Block, generator: JavascriptGenerator): string {
  const message = generator.valueToCode(block, 'MESSAGE', Order.NONE) || "''";
  const code = generator.valueToCode(block, 'CODE', Order.NONE);
  return code ? `throw Object.assign(new Error(${message}), { code: ${code} });\n` : `throw new Error(${message});\n`;
}

export const throwErrorGenerators = generatorFile({
  [THROW_ERROR]: { generate: throwError, awaits: false },
});
