// Set Current User → `Backendless.UserService.setCurrentUser(user, stayLoggedIn);` (local, synchronous).
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { SET_CURRENT_USER } from '../blocks/set_current_user.ts';
import { generatorFile } from './generator-file.ts';

/**
 * Set Current User.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns One statement.
 */
export function setCurrentUser(block: Block, generator: JavascriptGenerator): string {
  const user = generator.valueToCode(block, 'USER', Order.NONE) || 'null';
  const stayLoggedIn = generator.valueToCode(block, 'STAY_LOGGED_IN', Order.NONE) || 'false';
  return `Backendless.UserService.setCurrentUser(${user}, ${stayLoggedIn});\n`;
}

/** Set Current User: local and synchronous, no await. */
export const setCurrentUserGenerators = generatorFile({
  [SET_CURRENT_USER]: { generate: setCurrentUser, awaits: false },
});
