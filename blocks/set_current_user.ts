// Set Current User: makes a user object (holding a "user-token") the current session, locally.
import { blockFile, booleanShadow, JS_DOCS } from './block-file.ts';
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

/** Set Current User: definition, toolbox entry (with the `user` variable plugged in) and English texts. */
export const setCurrentUserFile = blockFile({
  definitions: [setCurrentUserBlock],
  toolbox: {
    position: 60,
    entries: [
      {
        kind: 'block',
        type: SET_CURRENT_USER,
        inputs: {
          USER: { block: { type: 'variables_get', fields: { VAR: { name: 'user' } } } },
          STAY_LOGGED_IN: booleanShadow(false),
        },
      },
    ],
  },
  messages: {
    CODELESS_USERS_SET_CURRENT_USER: 'Set Current User %1 user %2 stay logged in %3',
    CODELESS_USERS_SET_CURRENT_USER_TOOLTIP:
      'Makes a user object (one that holds a "user-token", e.g. from Login User) the current session, without ' +
      'asking the server.',
    CODELESS_USERS_SET_CURRENT_USER_HELPURL: JS_DOCS + 'users_set_current_user.html',
  },
});
