// Register User: creates an account from an object of properties. Like Login User it comes in two shapes: a
// value (the new user object) and a statement for when the result is not needed.
import { blockFile, JS_DOCS } from './block-file.ts';
import { newBobBlock } from './new_user.ts';
import { USER_CHECK, USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Register User (value: the new user object). */
export const REGISTER = 'backendless_users_register';

/** Block type of Register User as a statement. */
export const REGISTER_STATEMENT = 'backendless_users_register_statement';

const registerArguments = [
  { type: 'input_dummy' },
  { type: 'input_value', name: 'USER', check: USER_CHECK, align: 'RIGHT' },
];

/** JSON definition of Register User returning the new user object. */
export const registerBlock: JsonBlockDefinition = {
  type: REGISTER,
  message0: '%{BKY_CODELESS_USERS_REGISTER}',
  args0: registerArguments,
  output: USER_CHECK,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_REGISTER_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_REGISTER_HELPURL}',
};

/** JSON definition of Register User as a statement. */
export const registerStatementBlock: JsonBlockDefinition = {
  type: REGISTER_STATEMENT,
  message0: '%{BKY_CODELESS_USERS_REGISTER}',
  args0: registerArguments,
  previousStatement: null,
  nextStatement: null,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_REGISTER_STATEMENT_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_REGISTER_HELPURL}',
};

/** Register User, both shapes: definitions, toolbox entries (registering Bob) and English texts. */
export const registerFile = blockFile({
  definitions: [registerBlock, registerStatementBlock],
  toolbox: {
    position: 80,
    entries: [
      { kind: 'block', type: REGISTER, inputs: { USER: { block: newBobBlock() } } },
      { kind: 'block', type: REGISTER_STATEMENT, inputs: { USER: { block: newBobBlock() } } },
    ],
  },
  messages: {
    CODELESS_USERS_REGISTER: 'Register User %1 user %2',
    CODELESS_USERS_REGISTER_TOOLTIP:
      'Creates a user account from an object of properties (email and password at least) and returns the new ' +
      'user object. It does not log the user in.',
    CODELESS_USERS_REGISTER_STATEMENT_TOOLTIP:
      'Creates a user account from an object of properties (email and password at least); use this shape when ' +
      'you do not need the new user object. It does not log the user in.',
    CODELESS_USERS_REGISTER_HELPURL: JS_DOCS + 'users_user_registration.html',
  },
});
