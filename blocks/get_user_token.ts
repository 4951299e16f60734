// Get Current User Token: Codeless' own block. A value: the token, or null when nobody is logged in.
import { blockFile, JS_DOCS } from './block-file.ts';
import { USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Get Current User Token. */
export const GET_USER_TOKEN = 'backendless_users_get_user_token';

/** JSON definition of Get Current User Token. */
export const getUserTokenBlock: JsonBlockDefinition = {
  type: GET_USER_TOKEN,
  message0: '%{BKY_CODELESS_USERS_GET_USER_TOKEN}',
  output: 'String',
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_GET_USER_TOKEN_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_GET_USER_TOKEN_HELPURL}',
};

/** Get Current User Token: definition, toolbox entry and English texts. */
export const getUserTokenFile = blockFile({
  definitions: [getUserTokenBlock],
  toolbox: { position: 20, entries: [{ kind: 'block', type: GET_USER_TOKEN }] },
  messages: {
    CODELESS_USERS_GET_USER_TOKEN: 'Get Current User Token',
    CODELESS_USERS_GET_USER_TOKEN_TOOLTIP: 'The user token of the current session, or null when nobody is logged in.',
    CODELESS_USERS_GET_USER_TOKEN_HELPURL: JS_DOCS + 'users_get_current_user_token.html',
  },
});
