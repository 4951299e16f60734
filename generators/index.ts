// Every generator of the library, keyed by block type. Data only: installing them is `install()`'s job.
import type { Block } from 'blockly/core';
import type { JavascriptGenerator, Order } from 'blockly/javascript';
import {
  GET_CURRENT_USER,
  GET_ERROR,
  GET_PROPERTY,
  GET_USER_TOKEN,
  IS_VALID_LOGIN,
  LOGIN,
  LOGIN_STATEMENT,
  LOGOUT,
  NEW_USER,
  REGISTER,
  REGISTER_STATEMENT,
  SET_CURRENT_USER,
  SET_PROPERTY,
  SET_USER_TOKEN,
  TRY_CATCH,
} from '../blocks/index.ts';
import { getCurrentUser } from './get_current_user.ts';
import { getError } from './get_error.ts';
import { getProperty } from './get_property.ts';
import { getUserToken } from './get_user_token.ts';
import { isValidLogin } from './is_valid_login.ts';
import { login, loginStatement } from './login.ts';
import { logout } from './logout.ts';
import { newUser } from './new_user.ts';
import { register, registerStatement } from './register.ts';
import { setCurrentUser } from './set_current_user.ts';
import { setProperty } from './set_property.ts';
import { setUserToken } from './set_user_token.ts';
import { tryCatch } from './try_catch.ts';

/** A block-code generator, as `JavascriptGenerator.forBlock` holds them. */
export type BlockGenerator = (block: Block, generator: JavascriptGenerator) => [string, Order] | string | null;

/** The JavaScript generator of every block of the library, keyed by block type. */
export const forBlock: Readonly<Record<string, BlockGenerator>> = {
  [LOGIN]: login,
  [LOGIN_STATEMENT]: loginStatement,
  [GET_USER_TOKEN]: getUserToken,
  [LOGOUT]: logout,
  [SET_USER_TOKEN]: setUserToken,
  [GET_CURRENT_USER]: getCurrentUser,
  [SET_CURRENT_USER]: setCurrentUser,
  [IS_VALID_LOGIN]: isValidLogin,
  [REGISTER]: register,
  [REGISTER_STATEMENT]: registerStatement,
  [NEW_USER]: newUser,
  [GET_PROPERTY]: getProperty,
  [SET_PROPERTY]: setProperty,
  [TRY_CATCH]: tryCatch,
  [GET_ERROR]: getError,
};

/** Block types whose code contains `await`: a procedure holding one of them must become `async`. */
export const awaitingBlockTypes: ReadonlySet<string> = new Set([
  LOGIN,
  LOGIN_STATEMENT,
  LOGOUT,
  GET_CURRENT_USER,
  IS_VALID_LOGIN,
  REGISTER,
  REGISTER_STATEMENT,
]);

/**
 * Names generated programs rely on. Reserved in the generator, so a user variable or function with one of
 * these names is renamed (`Backendless2`) instead of shadowing it.
 */
export const reservedWords: readonly string[] = [
  'Backendless', // the runtime (or the official SDK)
  'main', // the program's entry point in workspaceToProgram's module
  'reportFailure', // its error reporter
  'console',
  'process',
  'globalThis',
];

export * from './get_current_user.ts';
export * from './get_error.ts';
export * from './get_property.ts';
export * from './get_user_token.ts';
export * from './is_valid_login.ts';
export * from './login.ts';
export * from './logout.ts';
export * from './new_user.ts';
export * from './quote.ts';
export * from './register.ts';
export * from './set_current_user.ts';
export * from './set_property.ts';
export * from './set_user_token.ts';
export * from './try_catch.ts';
