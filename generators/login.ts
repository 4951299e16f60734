// Login User → `await Backendless.UserService.login(login, password, stayLoggedIn)`, as Codeless compiles it.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { LOGIN, LOGIN_STATEMENT } from '../blocks/login.ts';
import { generatorFile } from './generator-file.ts';

function loginCall(block: Block, generator: JavascriptGenerator): string {
  // Empty sockets fall back to values the SDK rejects with a clear message ("cannot be an empty value").
  const login = generator.valueToCode(block, 'LOGIN', Order.NONE) || "''";
  const password = generator.valueToCode(block, 'PASSWORD', Order.NONE) || "''";
  const stayLoggedIn = generator.valueToCode(block, 'STAY_LOGGED_IN', Order.NONE) || 'false';
  return `await Backendless.UserService.login(${login}, ${password}, ${stayLoggedIn})`;
}

/**
 * Login User, value shape: the user object.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The code and its precedence (`await` binds like a unary operator).
 */
export function login(block: Block, generator: JavascriptGenerator): [string, Order] {
  return [loginCall(block, generator), Order.AWAIT];
}

/**
 * Login User, statement shape.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns One statement.
 */
export function loginStatement(block: Block, generator: JavascriptGenerator): string {
  return `${loginCall(block, generator)};\n`;
}

/** Login User, both shapes: both wait for the server. */
export const loginGenerators = generatorFile({
  [LOGIN]: { generate: login, awaits: true },
  [LOGIN_STATEMENT]: { generate: loginStatement, awaits: true },
});
