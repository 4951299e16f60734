// Set Current User Token → `Backendless.UserService.setCurrentUserToken(token);` (synchronous in the SDK).
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { SET_USER_TOKEN } from '../blocks/set_user_token.ts';
import { generatorFile } from './generator-file.ts';

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

/** Set Current User Token: synchronous, no await. */
export const setUserTokenGenerators = generatorFile({
  [SET_USER_TOKEN]: { generate: setUserToken, awaits: false },
});
