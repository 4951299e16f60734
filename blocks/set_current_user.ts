// Set Current User: makes a user object (holding a "user-token") the current session, locally.
import { USER_CHECK, USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Set Current User. */
export const SET_CURRENT_USER = 'backendless_users_set_current_user';

/** JSON definition of Set Current User. */
export const setCurrentUserBlock: JsonBlockDefinition = {
  type: SET_CURRENT_USER,
  message0: '%{BKY_CODELESS_USERS_SET_CURRENT_USER}',
  args0: [
    { type: 'input_dummy' },
    { type: 'input_value', name: 'USER', check: USER_CHECK, align: 'RIGHT' },
    { type: 'input_value', name: 'STAY_LOGGED_IN', check: 'Boolean', align: 'RIGHT' },
  ],
  previousStatement: null,
  nextStatement: null,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_SET_CURRENT_USER_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_SET_CURRENT_USER_HELPURL}',
};
