// Is Valid Login: asks the server whether the current user token is still valid.
import { blockFile, JS_DOCS } from './block-file.ts';
import { USERS_STYLE, type JsonBlockDefinition } from './types.ts';

/** Block type of Is Valid Login. */
export const IS_VALID_LOGIN = 'backendless_users_is_valid_login';

/** JSON definition of Is Valid Login. */
export const isValidLoginBlock: JsonBlockDefinition = {
  type: IS_VALID_LOGIN,
  message0: '%{BKY_CODELESS_USERS_IS_VALID_LOGIN}',
  output: 'Boolean',
  style: USERS_STYLE,
  tooltip: '%{BKY_CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP}',
  helpUrl: '%{BKY_CODELESS_USERS_IS_VALID_LOGIN_HELPURL}',
};

/** Is Valid Login: definition, toolbox entry and English texts. */
export const isValidLoginFile = blockFile({
  definitions: [isValidLoginBlock],
  toolbox: { position: 40, entries: [{ kind: 'block', type: IS_VALID_LOGIN }] },
  messages: {
    CODELESS_USERS_IS_VALID_LOGIN: 'Is Valid Login',
    CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP:
      'Asks the server whether the current user token is still valid: true or false (false, without asking, ' +
      'when there is no token).',
    CODELESS_USERS_IS_VALID_LOGIN_HELPURL: JS_DOCS + 'users_validating_user_login.html',
  },
});
