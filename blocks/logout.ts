// Logout Current User: Codeless' own block. A statement; it returns nothing.
import { blockFile, JS_DOCS } from './block-file.ts';
import { USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Logout Current User. */
export const LOGOUT = 'backendless_users_logout';

/** JSON definition of Logout Current User. */
export const logoutBlock: JsonBlockDefinition = {
  type: LOGOUT,
  message0: '%{BKY_CODELESS_USERS_LOGOUT}',
  previousStatement: null,
  nextStatement: null,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_LOGOUT_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_LOGOUT_HELPURL}',
};

/** Logout Current User: definition, toolbox entry and English texts. */
export const logoutFile = blockFile({
  definitions: [logoutBlock],
  toolbox: { position: 30, entries: [{ kind: 'block', type: LOGOUT }] },
  messages: {
    CODELESS_USERS_LOGOUT: 'Logout Current User',
    CODELESS_USERS_LOGOUT_TOOLTIP:
      'Ends the current session on the server and forgets it locally. The user token stops being valid.',
    CODELESS_USERS_LOGOUT_HELPURL: JS_DOCS + 'users_logout.html',
  },
});
