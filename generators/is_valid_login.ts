// Is Valid Login → `await Backendless.UserService.isValidLogin()`.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { IS_VALID_LOGIN } from '../blocks/is_valid_login.ts';
import { generatorFile } from './generator-file.ts';

/**
 * Is Valid Login: true or false.
 *
 * @param _block The block to generate code for.
 * @param _generator The host's JavaScript generator.
 * @returns The code and its precedence.
 */
export function isValidLogin(_block: Block, _generator: JavascriptGenerator): [string, Order] {
  return ['await Backendless.UserService.isValidLogin()', Order.AWAIT];
}

/** Is Valid Login: waits for the server. */
export const isValidLoginGenerators = generatorFile({
  [IS_VALID_LOGIN]: { generate: isValidLogin, awaits: true },
});
