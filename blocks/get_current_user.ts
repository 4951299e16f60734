// Get Current User: the logged-in user object, or null. "reload" is a checkbox, as in Codeless.
import { blockFile, JS_DOCS, type ToolboxBlock } from './block-file.ts';
import { USER_CHECK, USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Get Current User. */
export const GET_CURRENT_USER = 'backendless_users_get_current_user';

/** JSON definition of Get Current User. */
const getCurrentUserBlock: JsonBlockDefinition = {
  type: GET_CURRENT_USER,
  message0: '%{BKY_CODELESS_USERS_GET_CURRENT_USER}',
  args0: [{ type: 'input_dummy' }, { type: 'field_checkbox', name: 'RELOAD', checked: false }],
  output: USER_CHECK,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_GET_CURRENT_USER_TOOLTIP}',
  helpUrl: JS_DOCS + 'users_get_current_user.html',
};

/**
 * Get Current User without reloading, as other toolbox entries plug it in: a real block (not a shadow), so it
 * can be dragged out or replaced, e.g. by the `user` variable that Login User was stored in.
 *
 * @returns A fresh copy of the saved block.
 */
export function currentUserBlock(): ToolboxBlock {
  return { type: GET_CURRENT_USER, fields: { RELOAD: false } };
}

export const getCurrentUserFile = blockFile({
  definitions: [getCurrentUserBlock],
  toolbox: { position: 50, entries: [{ kind: 'block', ...currentUserBlock() }] },
  messages: {
    CODELESS_USERS_GET_CURRENT_USER: 'Get Current User %1 reload %2',
    CODELESS_USERS_GET_CURRENT_USER_TOOLTIP:
      'The logged-in user, or null. With "reload", fetched from the server (3064 once the session has ended).',
  },
});
