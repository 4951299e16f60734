// Get Current User → `await Backendless.UserService.getCurrentUser()` (or `(true)` to reload from the server).
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { GET_CURRENT_USER } from '../blocks/get_current_user.ts';
import { generatorFile } from './generator-file.ts';

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

/** Get Current User: awaits (the SDK's getCurrentUser returns a promise, even without reload). */
export const getCurrentUserGenerators = generatorFile({
  [GET_CURRENT_USER]: { generate: getCurrentUser, awaits: true },
});
