// English texts of the user-service blocks: the default locale, and the list of every message key the blocks use.
// Block definitions refer to these as `%{BKY_<key>}`; `install()` copies them into `Blockly.Msg` only where a
// key is still absent, so a locale the host loaded first wins.

const DOCS = 'https://backendless.com/docs/js/';

/** English messages, keyed by `Blockly.Msg` key. */
export const en = {
  CODELESS_USERS_CATEGORY: 'Users',

  CODELESS_USERS_LOGIN: 'Login User %1 login %2 password %3 stay logged in %4',
  CODELESS_USERS_LOGIN_TOOLTIP:
    'Logs a user in with their identity (by default the email) and password, and returns the user object. ' +
    'With "stay logged in", the session is remembered across page reloads.',
  CODELESS_USERS_LOGIN_STATEMENT_TOOLTIP:
    'Logs a user in with their identity (by default the email) and password; use this shape when you do not ' +
    'need the user object. With "stay logged in", the session is remembered across page reloads.',
  CODELESS_USERS_LOGIN_HELPURL: DOCS + 'users_login.html',

  CODELESS_USERS_GET_USER_TOKEN: 'Get Current User Token',
  CODELESS_USERS_GET_USER_TOKEN_TOOLTIP: 'The user token of the current session, or null when nobody is logged in.',
  CODELESS_USERS_GET_USER_TOKEN_HELPURL: DOCS + 'users_get_current_user_token.html',

  CODELESS_USERS_LOGOUT: 'Logout Current User',
  CODELESS_USERS_LOGOUT_TOOLTIP:
    'Ends the current session on the server and forgets it locally. The user token stops being valid.',
  CODELESS_USERS_LOGOUT_HELPURL: DOCS + 'users_logout.html',

  CODELESS_USERS_SET_USER_TOKEN: 'Set Current User Token %1',
  CODELESS_USERS_SET_USER_TOKEN_TOOLTIP:
    'Replaces the user token of the current session (as the Backendless SDK does: it has no effect when ' +
    'nobody is logged in).',
  CODELESS_USERS_SET_USER_TOKEN_HELPURL: DOCS + 'users_set_current_user_token.html',

  CODELESS_USERS_GET_CURRENT_USER: 'Get Current User %1 reload %2',
  CODELESS_USERS_GET_CURRENT_USER_TOOLTIP:
    'The logged-in user object, or null when nobody is logged in. With "reload", it is fetched again from ' +
    'the server (which fails with 3064 when the session has ended).',
  CODELESS_USERS_GET_CURRENT_USER_HELPURL: DOCS + 'users_get_current_user.html',

  CODELESS_USERS_SET_CURRENT_USER: 'Set Current User %1 user %2 stay logged in %3',
  CODELESS_USERS_SET_CURRENT_USER_TOOLTIP:
    'Makes a user object (one that holds a "user-token", e.g. from Login User) the current session, without ' +
    'asking the server.',
  CODELESS_USERS_SET_CURRENT_USER_HELPURL: DOCS + 'users_set_current_user.html',

  CODELESS_USERS_IS_VALID_LOGIN: 'Is Valid Login',
  CODELESS_USERS_IS_VALID_LOGIN_TOOLTIP:
    'Asks the server whether the current user token is still valid: true or false (false, without asking, ' +
    'when there is no token).',
  CODELESS_USERS_IS_VALID_LOGIN_HELPURL: DOCS + 'users_validating_user_login.html',

  CODELESS_USERS_REGISTER: 'Register User %1 user %2',
  CODELESS_USERS_REGISTER_TOOLTIP:
    'Creates a user account from an object of properties (email and password at least) and returns the new ' +
    'user object. It does not log the user in.',
  CODELESS_USERS_REGISTER_STATEMENT_TOOLTIP:
    'Creates a user account from an object of properties (email and password at least); use this shape when ' +
    'you do not need the new user object. It does not log the user in.',
  CODELESS_USERS_REGISTER_HELPURL: DOCS + 'users_user_registration.html',

  CODELESS_USERS_NEW_USER: 'New User %1 email %2 password %3 name %4',
  CODELESS_USERS_NEW_USER_TOOLTIP:
    'An object of user properties, e.g. for Register User. Empty inputs are left out; add more properties ' +
    'with "set property".',
  CODELESS_USERS_NEW_USER_HELPURL: DOCS + 'users_user_registration.html',

  CODELESS_USERS_GET_PROPERTY: 'get property %1 of user %2',
  CODELESS_USERS_GET_PROPERTY_TOOLTIP:
    'The value of one property of a user object, e.g. "name", "email", "objectId" or "user-token".',
  CODELESS_USERS_GET_PROPERTY_HELPURL: 'https://backendless.com/docs/rest/users_user_properties.html',

  CODELESS_USERS_SET_PROPERTY: 'set property %1 of user %2 to %3',
  CODELESS_USERS_SET_PROPERTY_TOOLTIP: 'Sets one property of a user object (locally; Register User sends it).',
  CODELESS_USERS_SET_PROPERTY_HELPURL: 'https://backendless.com/docs/rest/users_user_properties.html',

  CODELESS_USERS_TRY: 'try %1',
  CODELESS_USERS_CATCH: 'catch %1 %2',
  CODELESS_USERS_CATCH_VARIABLE: 'error',
  CODELESS_USERS_TRY_CATCH_TOOLTIP:
    'Runs the "try" blocks; if one of them fails, runs the "catch" blocks with the error in the variable, ' +
    'e.g. code 3003 "Invalid login or password".',
  CODELESS_USERS_TRY_CATCH_HELPURL: DOCS + 'shared_error_handling.html',

  CODELESS_USERS_GET_ERROR: '%1 of error %2',
  CODELESS_USERS_ERROR_CODE: 'code',
  CODELESS_USERS_ERROR_MESSAGE: 'message',
  CODELESS_USERS_GET_ERROR_TOOLTIP:
    'The Backendless error code (e.g. 3003) or the message of an error caught by try / catch. The code is ' +
    'null for errors that did not come from the server.',
  CODELESS_USERS_GET_ERROR_HELPURL: DOCS + 'shared_error_handling.html',
};

/** A message key used by the blocks. */
export type MessageKey = keyof typeof en;

/** A complete set of texts for one locale. */
export type Messages = Record<MessageKey, string>;
