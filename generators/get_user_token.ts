// Get Current User Token → `Backendless.UserService.getCurrentUserToken()`: synchronous in the SDK, no await.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { GET_USER_TOKEN } from '../blocks/get_user_token.ts';
import { generatorFile } from './generator-file.ts';

/**
 * Get Current User Token: the token string, or null when nobody is logged in.
 *
 * @param _block The block to generate code for.
 * @param _generator The host's JavaScript generator.
 * @returns The code and its precedence.
 */
export function getUserToken(_block: Block, _generator: JavascriptGenerator): [string, Order] {
  return ['Backendless.UserService.getCurrentUserToken()', Order.FUNCTION_CALL];
}

/** Get Current User Token: synchronous, no await. */
export const getUserTokenGenerators = generatorFile({
  [GET_USER_TOKEN]: { generate: getUserToken, awaits: false },
});
