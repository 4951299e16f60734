// Set Current User Token → `Backendless.UserService.setCurrentUserToken(token);` (synchronous in the SDK).
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';

/**
 * Set Current User Token.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns One statement.
 */
export function setUserToken(block: Block, generator: JavascriptGenerator): string {
  const token = generator.valueToCode(block, 'TOKEN', Order.NONE) || 'null';
  return `Backendless.UserService.setCurrentUserToken(${token});\n`;
}
