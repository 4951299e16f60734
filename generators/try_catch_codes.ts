// try / catch code … → `try { … } catch (caught) { if (![3003].includes(caught?.code)) throw caught; error = caught;
// … }`: an error with another code (or none) is thrown on unchanged. A number literal or a list literal is written as
// it is; anything else goes through `[].concat(…)`, so a number and a list both work.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { TRY_CATCH_CODES } from '../blocks/try_catch_codes.ts';
import { generatorFile } from './generator-file.ts';
import { tryCatch } from './try_catch.ts';

/**
 * try / catch code ….
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The statement.
 */
export function tryCatchCodes(block: Block, generator: JavascriptGenerator): string {
  const codes = generator.valueToCode(block, 'CODES', Order.NONE) || '[]';
  return tryCatch(
    block,
    generator,
    /^\d+$/.test(codes) ? `[${codes}]` : codes[0] === '[' ? codes : `[].concat(${codes})`,
  );
}

/** try / catch code …: its own code waits for nothing (the blocks inside it may). */
export const tryCatchCodesGenerators = generatorFile({
  [TRY_CATCH_CODES]: { generate: tryCatchCodes, awaits: false },
});
