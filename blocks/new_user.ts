// New User: an object of user properties built on the spot, the usual input of Register User. Core Blockly has
// no object blocks, so without this one registering would need hand-written code.
import { USER_CHECK, USER_OBJECT_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of New User. */
export const NEW_USER = 'backendless_users_new_user';

/** JSON definition of New User. */
export const newUserBlock: JsonBlockDefinition = {
  type: NEW_USER,
  message0: '%{BKY_CODELESS_USERS_NEW_USER}',
  args0: [
    { type: 'input_dummy' },
    { type: 'input_value', name: 'EMAIL', check: 'String', align: 'RIGHT' },
    { type: 'input_value', name: 'PASSWORD', check: 'String', align: 'RIGHT' },
    { type: 'input_value', name: 'NAME', check: 'String', align: 'RIGHT' },
  ],
  output: USER_CHECK,
  style: USER_OBJECT_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_NEW_USER_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_NEW_USER_HELPURL}',
};
