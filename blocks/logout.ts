// Logout Current User: Codeless' own block. A statement; it returns nothing.
import { USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Logout Current User. */
export const LOGOUT = 'backendless_users_logout';

/** JSON definition of Logout Current User. */
export const logoutBlock: JsonBlockDefinition = {
  type: LOGOUT,
  message0: '%{BKY_CODELESS_USERS_LOGOUT}',
  previousStatement: null,
  nextStatement: null,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_LOGOUT_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_LOGOUT_HELPURL}',
};
