// Set Current User Token: Codeless' own block. A statement, since the SDK's setCurrentUserToken is synchronous
// and returns nothing useful.
import { blockFile, JS_DOCS, textShadow } from './block-file.ts';
import { USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Set Current User Token. */
export const SET_USER_TOKEN = 'backendless_users_set_user_token';

/** JSON definition of Set Current User Token. */
export const setUserTokenBlock: JsonBlockDefinition = {
  type: SET_USER_TOKEN,
  message0: '%{BKY_CODELESS_USERS_SET_USER_TOKEN}',
  args0: [{ type: 'input_value', name: 'TOKEN', check: 'String' }],
  previousStatement: null,
  nextStatement: null,
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_SET_USER_TOKEN_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_SET_USER_TOKEN_HELPURL}',
};

/** Set Current User Token: definition, toolbox entry and English texts. */
export const setUserTokenFile = blockFile({
  definitions: [setUserTokenBlock],
  toolbox: { position: 70, entries: [{ kind: 'block', type: SET_USER_TOKEN, inputs: { TOKEN: textShadow('') } }] },
  messages: {
    CODELESS_USERS_SET_USER_TOKEN: 'Set Current User Token %1',
    CODELESS_USERS_SET_USER_TOKEN_TOOLTIP:
      'Replaces the user token of the current session (as the Backendless SDK does: it has no effect when ' +
      'nobody is logged in).',
    CODELESS_USERS_SET_USER_TOKEN_HELPURL: JS_DOCS + 'users_set_current_user_token.html',
  },
});
