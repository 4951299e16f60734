// Login User: Codeless' own block, in two shapes. The value shape returns the user object (for "set user to
// Login User …"); the statement shape is the same call for programs that do not need the user object, so it
// stacks like any other step. Both generate the same SDK call.
import { blockFile, booleanShadow, JS_DOCS, textShadow } from './block-file.ts';
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

// The scenario user the emulator is seeded with, so a dropped Login User runs against it as it is.
const loginInputs = {
  LOGIN: textShadow('alice@wonderland.com'),
  PASSWORD: textShadow('wonderland'),
  STAY_LOGGED_IN: booleanShadow(false),
};

/** Login User, both shapes: definitions, toolbox entries and English texts. */
export const loginFile = blockFile({
  definitions: [loginBlock, loginStatementBlock],
  toolbox: {
    position: 10,
    entries: [
      { kind: 'block', type: LOGIN, inputs: loginInputs },
      { kind: 'block', type: LOGIN_STATEMENT, inputs: loginInputs },
    ],
  },
  messages: {
    CODELESS_USERS_LOGIN: 'Login User %1 login %2 password %3 stay logged in %4',
    CODELESS_USERS_LOGIN_TOOLTIP:
      'Logs a user in with their identity (by default the email) and password, and returns the user object. ' +
      'With "stay logged in", the session is remembered across page reloads.',
    CODELESS_USERS_LOGIN_STATEMENT_TOOLTIP:
      'Logs a user in with their identity (by default the email) and password; use this shape when you do not ' +
      'need the user object. With "stay logged in", the session is remembered across page reloads.',
    CODELESS_USERS_LOGIN_HELPURL: JS_DOCS + 'users_login.html',
  },
});
