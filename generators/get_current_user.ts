// Get Current User → `await Backendless.UserService.getCurrentUser()` (or `(true)` to reload from the server).
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';

/**
 * Get Current User: the user object, or null.
 *
 * @param block The block to generate code for.
 * @param _generator The host's JavaScript generator.
 * @returns The code and its precedence.
 */
export function getCurrentUser(block: Block, _generator: JavascriptGenerator): [string, Order] {
  // A checkbox's value is 'TRUE' or 'FALSE'; compared, never spliced.
  const reload = block.getFieldValue('RELOAD') === 'TRUE' ? 'true' : '';
  return [`await Backendless.UserService.getCurrentUser(${reload})`, Order.AWAIT];
}
