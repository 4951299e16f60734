// New User: an object of user properties built on the spot, the usual input of Register User. Core Blockly has
// no object blocks, so without this one registering would need hand-written code. It has the layout of the call
// blocks (call-block.ts), in the style of the blocks that work on user objects locally.
import { textShadow, type ToolboxBlock } from './block-file.ts';
import { callBlockFile } from './call-block.ts';
import { USER_CHECK, USER_OBJECT_STYLE } from './types.ts';

/** Block type of New User. */
export const NEW_USER = 'backendless_users_new_user';

const bob = { EMAIL: textShadow('bob@wonderland.com'), PASSWORD: textShadow('builder'), NAME: textShadow('Bob') };

/**
 * New User filled in for bob@wonderland.com, as the toolbox offers it (alone, and inside Register User as a real
 * block, so it can be dragged out or replaced).
 *
 * @returns A fresh copy of the saved block.
 */
export function newBobBlock(): ToolboxBlock {
  return { type: NEW_USER, inputs: { ...bob } };
}

export const newUserFile = callBlockFile({
  type: NEW_USER,
  shapes: 'value',
  output: USER_CHECK,
  style: USER_OBJECT_STYLE,
  inputs: [
    ['EMAIL', 'String', bob.EMAIL],
    ['PASSWORD', 'String', bob.PASSWORD],
    ['NAME', 'String', bob.NAME],
  ],
  docs: 'users_user_registration.html',
  position: 90,
  texts: {
    label: 'New User %1 email %2 password %3 name %4',
    tooltip:
      'An object of user properties, e.g. for Register User; empty inputs are left out. More with "set property".',
  },
});
