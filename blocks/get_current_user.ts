// Get Current User: the logged-in user object, or null. "reload" is a checkbox, as in Codeless.
import { USER_CHECK, USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Get Current User. */
export const GET_CURRENT_USER = 'backendless_users_get_current_user';

/** JSON definition of Get Current User. */
export const getCurrentUserBlock: JsonBlockDefinition = {
  type: GET_CURRENT_USER,
  message0: '%{BKY_CODELESS_USERS_GET_CURRENT_USER}',
  args0: [{ type: 'input_dummy' }, { type: 'field_checkbox', name: 'RELOAD', checked: false }],
  output: USER_CHECK,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_GET_CURRENT_USER_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_GET_CURRENT_USER_HELPURL}',
};
