// set property → `user['name'] = value;`
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';

/**
 * set property … of user … to ….
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns One statement.
 */
export function setProperty(block: Block, generator: JavascriptGenerator): string {
  // Without a user there is nothing to set: `null[…] = …` is valid code that fails when it runs with a
  // TypeError naming the property, which is what the drawing asks for.
  const user = generator.valueToCode(block, 'USER', Order.MEMBER) || 'null';
  const property = generator.valueToCode(block, 'PROPERTY', Order.NONE) || "''";
  const value = generator.valueToCode(block, 'VALUE', Order.ASSIGNMENT) || 'null';
  return `${user}[${property}] = ${value};\n`;
}
