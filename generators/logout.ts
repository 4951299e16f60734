// Logout Current User → `await Backendless.UserService.logout();`
import type { Block } from 'blockly/core';
import type { JavascriptGenerator } from 'blockly/javascript';
import { LOGOUT } from '../blocks/logout.ts';
import { generatorFile } from './generator-file.ts';

/**
 * Logout Current User.
 *
 * @param _block The block to generate code for.
 * @param _generator The host's JavaScript generator.
 * @returns One statement.
 */
export function logout(_block: Block, _generator: JavascriptGenerator): string {
  return 'await Backendless.UserService.logout();\n';
}

/** Logout Current User: waits for the server. */
export const logoutGenerators = generatorFile({
  [LOGOUT]: { generate: logout, awaits: true },
});
