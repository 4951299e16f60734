// Get Current User Token: Codeless' own block. A value: the token, or null when nobody is logged in.
import { USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Get Current User Token. */
export const GET_USER_TOKEN = 'backendless_users_get_user_token';

/** JSON definition of Get Current User Token. */
export const getUserTokenBlock: JsonBlockDefinition = {
  type: GET_USER_TOKEN,
  message0: '%{BKY_CODELESS_USERS_GET_USER_TOKEN}',
  output: 'String',
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_GET_USER_TOKEN_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_GET_USER_TOKEN_HELPURL}',
};
