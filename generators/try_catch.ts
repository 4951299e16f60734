// try / catch → `try { … } catch (error) { … }`, as Codeless compiles it: the catch parameter is the workspace
// variable the user picked (named "error" by default), so blocks in the catch branch read it directly.
import type { Block } from 'blockly/core';
import type { JavascriptGenerator } from 'blockly/javascript';

/**
 * try / catch.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The statement.
 */
export function tryCatch(block: Block, generator: JavascriptGenerator): string {
  const body = generator.statementToCode(block, 'DO');
  const handler = generator.statementToCode(block, 'CATCH');
  // getVariableName goes through Blockly's name database: always a safe, non-reserved identifier.
  const error = generator.getVariableName(String(block.getFieldValue('ERROR')));
  return `try {\n${body}} catch (${error}) {\n${handler}}\n`;
}
