// Register User → `await Backendless.UserService.register(user)`.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { REGISTER, REGISTER_STATEMENT } from '../blocks/register.ts';
import { generatorFile } from './generator-file.ts';

function registerCall(block: Block, generator: JavascriptGenerator): string {
  // An empty socket registers an empty object: the server answers with its own clear error (3011 and co).
  const user = generator.valueToCode(block, 'USER', Order.NONE) || '{}';
  return `await Backendless.UserService.register(${user})`;
}

/**
 * Register User, value shape: the new user object.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The code and its precedence.
 */
export function register(block: Block, generator: JavascriptGenerator): [string, Order] {
  return [registerCall(block, generator), Order.AWAIT];
}

/**
 * Register User, statement shape.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns One statement.
 */
export function registerStatement(block: Block, generator: JavascriptGenerator): string {
  return `${registerCall(block, generator)};\n`;
}

/** Register User, both shapes: both wait for the server. */
export const registerGenerators = generatorFile({
  [REGISTER]: { generate: register, awaits: true },
  [REGISTER_STATEMENT]: { generate: registerStatement, awaits: true },
});
