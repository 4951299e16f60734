// New User: an object of user properties built on the spot, the usual input of Register User. Core Blockly has
// no object blocks, so without this one registering would need hand-written code.
import { blockFile, JS_DOCS, textShadow, type ToolboxBlock } from './block-file.ts';
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

/**
 * New User filled in for bob@wonderland.com, as the toolbox offers it (alone, and inside Register User as a real
 * block, so it can be dragged out or replaced).
 *
 * @returns A fresh copy of the saved block.
 */
export function newBobBlock(): ToolboxBlock {
  return {
    type: NEW_USER,
    inputs: { EMAIL: textShadow('bob@wonderland.com'), PASSWORD: textShadow('builder'), NAME: textShadow('Bob') },
  };
}

/** New User: definition, toolbox entry and English texts. */
export const newUserFile = blockFile({
  definitions: [newUserBlock],
  toolbox: { position: 90, entries: [{ kind: 'block', ...newBobBlock() }] },
  messages: {
    CODELESS_USERS_NEW_USER: 'New User %1 email %2 password %3 name %4',
    CODELESS_USERS_NEW_USER_TOOLTIP:
      'An object of user properties, e.g. for Register User. Empty inputs are left out; add more properties ' +
      'with "set property".',
    CODELESS_USERS_NEW_USER_HELPURL: JS_DOCS + 'users_user_registration.html',
  },
});
