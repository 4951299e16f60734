// try / catch → `try { … } catch (caught) { error = caught; … }`. The caught error is stored in the workspace
// variable the user picked (named "error" by default), not only bound as the catch parameter: a parameter of
// that name would shadow the variable, and functions called from the catch branch or blocks after it would
// read the variable's old value.
import type { Block } from 'blockly/core';
import type { JavascriptGenerator } from 'blockly/javascript';
import { TRY_CATCH } from '../blocks/try_catch.ts';
import { generatorFile } from './generator-file.ts';

/**
 * try / catch; with `codes`, the catch branch of try / catch code … (try_catch_codes.ts), which throws every other
 * error on unchanged.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @param codes An array expression of the codes to catch; every error is caught without it.
 * @returns The statement.
 */
export function tryCatch(block: Block, generator: JavascriptGenerator, codes?: string): string {
  const body = generator.statementToCode(block, 'DO');
  const handler = generator.statementToCode(block, 'CATCH');
  // getVariableName goes through Blockly's name database: always a safe, non-reserved identifier.
  const error = generator.getVariableName(String(block.getFieldValue('ERROR')));
  // A name no user variable or function has (Blockly's name database hands out fresh ones during generation).
  const caught = generator.nameDB_!.getDistinctName('caught', 'VARIABLE');
  const others = codes ? `${generator.INDENT}if (!${codes}.includes(${caught}?.code)) throw ${caught};\n` : '';
  return `try {\n${body}} catch (${caught}) {\n${others}${generator.INDENT}${error} = ${caught};\n${handler}}\n`;
}

/** try / catch: its own code waits for nothing (the blocks inside it may). */
export const tryCatchGenerators = generatorFile({
  [TRY_CATCH]: { generate: tryCatch, awaits: false },
});
