// Is Valid Login: asks the server whether the current user token is still valid.
import { USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Is Valid Login. */
export const IS_VALID_LOGIN = 'backendless_users_is_valid_login';

/** JSON definition of Is Valid Login. */
export const isValidLoginBlock: JsonBlockDefinition = {
  type: IS_VALID_LOGIN,
  message0: '%{BKY_CODELESS_USERS_IS_VALID_LOGIN}',
  output: 'Boolean',
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_IS_VALID_LOGIN_HELPURL}',
};
