// Login User: Codeless' own block, in two shapes. The value shape returns the user object (for "set user to
// Login User …"); the statement shape is the same call for programs that do not need the user object, so it
// stacks like any other step. Both generate the same SDK call.
import { USER_CHECK, USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Login User (value: the user object). */
export const LOGIN = 'backendless_users_login';

/** Block type of Login User as a statement (no value wanted). */
export const LOGIN_STATEMENT = 'backendless_users_login_statement';

const loginArguments = [
  { type: 'input_dummy' },
  { type: 'input_value', name: 'LOGIN', check: 'String', align: 'RIGHT' },
  { type: 'input_value', name: 'PASSWORD', check: 'String', align: 'RIGHT' },
  { type: 'input_value', name: 'STAY_LOGGED_IN', check: 'Boolean', align: 'RIGHT' },
];

/** JSON definition of Login User returning the user object. */
export const loginBlock: JsonBlockDefinition = {
  type: LOGIN,
  message0: '%{BKY_CODELESS_USERS_LOGIN}',
  args0: loginArguments,
  output: USER_CHECK,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_LOGIN_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_LOGIN_HELPURL}',
};

/** JSON definition of Login User as a statement. */
export const loginStatementBlock: JsonBlockDefinition = {
  type: LOGIN_STATEMENT,
  message0: '%{BKY_CODELESS_USERS_LOGIN}',
  args0: loginArguments,
  previousStatement: null,
  nextStatement: null,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_LOGIN_STATEMENT_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_LOGIN_HELPURL}',
};
