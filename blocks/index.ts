// Every user-service block definition, in toolbox order. Data only: nothing is registered here.
import { getCurrentUserBlock } from './get_current_user.ts';
import { getErrorBlock } from './get_error.ts';
import { getPropertyBlock } from './get_property.ts';
import { getUserTokenBlock } from './get_user_token.ts';
import { isValidLoginBlock } from './is_valid_login.ts';
import { loginBlock, loginStatementBlock } from './login.ts';
import { logoutBlock } from './logout.ts';
import { newUserBlock } from './new_user.ts';
import { registerBlock, registerStatementBlock } from './register.ts';
import { setCurrentUserBlock } from './set_current_user.ts';
import { setPropertyBlock } from './set_property.ts';
import { setUserTokenBlock } from './set_user_token.ts';
import { tryCatchBlock } from './try_catch.ts';
import type { JsonBlockDefinition } from './types.ts';

/** The JSON definitions of every block of the library. */
export const userBlocks: readonly JsonBlockDefinition[] = [
  loginBlock,
  loginStatementBlock,
  getUserTokenBlock,
  logoutBlock,
  setUserTokenBlock,
  getCurrentUserBlock,
  setCurrentUserBlock,
  isValidLoginBlock,
  registerBlock,
  registerStatementBlock,
  newUserBlock,
  getPropertyBlock,
  setPropertyBlock,
  tryCatchBlock,
  getErrorBlock,
];

/** The type names of every block of the library. */
export const userBlockTypes: readonly string[] = userBlocks.map((block) => block.type);

export * from './get_current_user.ts';
export * from './get_error.ts';
export * from './get_property.ts';
export * from './get_user_token.ts';
export * from './is_valid_login.ts';
export * from './login.ts';
export * from './logout.ts';
export * from './new_user.ts';
export * from './register.ts';
export * from './set_current_user.ts';
export * from './set_property.ts';
export * from './set_user_token.ts';
export * from './try_catch.ts';
export * from './types.ts';
