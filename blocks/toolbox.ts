// The Users toolbox category (JSON). Every input that needs a value comes with a shadow block holding a
// working default, so a block dropped from the toolbox runs as it is: the credentials are those of the
// scenario user the emulator is seeded with. It uses Blockly's built-in `text`, `logic_boolean`, `text_print`,
// `text_join` and `variables_get` blocks, which every host that loads `blockly` (or `blockly/blocks`) has.
import { GET_CURRENT_USER } from './get_current_user.ts';
import { GET_ERROR } from './get_error.ts';
import { GET_PROPERTY } from './get_property.ts';
import { GET_USER_TOKEN } from './get_user_token.ts';
import { IS_VALID_LOGIN } from './is_valid_login.ts';
import { LOGIN, LOGIN_STATEMENT } from './login.ts';
import { LOGOUT } from './logout.ts';
import { NEW_USER } from './new_user.ts';
import { REGISTER, REGISTER_STATEMENT } from './register.ts';
import { SET_CURRENT_USER } from './set_current_user.ts';
import { SET_PROPERTY } from './set_property.ts';
import { SET_USER_TOKEN } from './set_user_token.ts';
import { TRY_CATCH } from './try_catch.ts';
import { USERS_CATEGORY_STYLE } from './types.ts';

/** A block in a toolbox or a saved workspace: the part of Blockly's `BlockInfo` this category uses. */
export interface ToolboxBlock {
  kind?: 'block';
  type: string;
  fields?: Record<string, unknown>;
  extraState?: unknown;
  inputs?: Record<string, { shadow?: ToolboxBlock; block?: ToolboxBlock }>;
}

/** A JSON toolbox category. */
export interface ToolboxCategory {
  kind: 'category';
  name: string;
  categorystyle: string;
  contents: ToolboxBlock[];
}

const text = (value: string): { shadow: ToolboxBlock } => ({ shadow: { type: 'text', fields: { TEXT: value } } });
const boolean = (value: boolean): { shadow: ToolboxBlock } => ({
  shadow: { type: 'logic_boolean', fields: { BOOL: value ? 'TRUE' : 'FALSE' } },
});
// The variable try / catch puts the error in; toolbox entries name it explicitly so that the catch branch's
// blocks refer to the same variable in every locale.
const errorVariable = { name: 'error' };
const errorPart = (part: 'CODE' | 'MESSAGE'): ToolboxBlock => ({
  kind: 'block',
  type: GET_ERROR,
  fields: { PART: part },
  inputs: { ERROR: { block: { type: 'variables_get', fields: { VAR: errorVariable } } } },
});
// The user a property block reads or writes when dropped: the current user (real blocks, not shadows, so they
// can be dragged out or replaced, e.g. by the `user` variable that Login User was stored in).
const currentUser: ToolboxBlock = { type: GET_CURRENT_USER, fields: { RELOAD: false } };
const userVariable: ToolboxBlock = { type: 'variables_get', fields: { VAR: { name: 'user' } } };
// A real (not shadow) New User block inside Register User, so it can be dragged out or replaced.
const newBob = (): ToolboxBlock => ({
  type: NEW_USER,
  inputs: { EMAIL: text('bob@wonderland.com'), PASSWORD: text('builder'), NAME: text('Bob') },
});
const loginInputs = {
  LOGIN: text('alice@wonderland.com'),
  PASSWORD: text('wonderland'),
  STAY_LOGGED_IN: boolean(false),
};

/** The Users toolbox category: every block of the library, with shadow blocks filled in. */
export const toolboxCategory: ToolboxCategory = {
  kind: 'category',
  name: '%{BKY_CODELESS_USERS_CATEGORY}',
  categorystyle: USERS_CATEGORY_STYLE,
  contents: [
    { kind: 'block', type: LOGIN, inputs: loginInputs },
    { kind: 'block', type: LOGIN_STATEMENT, inputs: loginInputs },
    { kind: 'block', type: GET_USER_TOKEN },
    { kind: 'block', type: LOGOUT },
    { kind: 'block', type: IS_VALID_LOGIN },
    { kind: 'block', type: GET_CURRENT_USER, fields: { RELOAD: false } },
    {
      kind: 'block',
      type: SET_CURRENT_USER,
      inputs: { USER: { block: userVariable }, STAY_LOGGED_IN: boolean(false) },
    },
    { kind: 'block', type: SET_USER_TOKEN, inputs: { TOKEN: text('') } },
    { kind: 'block', type: REGISTER, inputs: { USER: { block: newBob() } } },
    { kind: 'block', type: REGISTER_STATEMENT, inputs: { USER: { block: newBob() } } },
    { kind: 'block', ...newBob() },
    { kind: 'block', type: GET_PROPERTY, inputs: { PROPERTY: text('name'), USER: { block: currentUser } } },
    {
      kind: 'block',
      type: SET_PROPERTY,
      inputs: { PROPERTY: text('name'), USER: { block: currentUser }, VALUE: text('') },
    },
    {
      kind: 'block',
      type: TRY_CATCH,
      fields: { ERROR: errorVariable },
      inputs: {
        CATCH: {
          block: {
            type: 'text_print',
            inputs: {
              TEXT: {
                block: {
                  type: 'text_join',
                  extraState: { itemCount: 3 },
                  inputs: {
                    ADD0: { block: errorPart('CODE') },
                    ADD1: text(' '),
                    ADD2: { block: errorPart('MESSAGE') },
                  },
                },
              },
            },
          },
        },
      },
    },
    errorPart('CODE'),
    errorPart('MESSAGE'),
  ],
};
