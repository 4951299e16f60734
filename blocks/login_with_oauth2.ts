// Login with OAuth2: exchanges a login provider's access token for a Backendless session ("Sign in with …" through
// the provider's own SDK). With the guest user from Login as Guest, the guest account becomes this user. Two
// shapes: the user object, or the call alone.
import { booleanShadow, textShadow } from './block-file.ts';
import { callBlockFile, GIVES_A_USER, nullShadow } from './call-block.ts';
import { USER_CHECK } from './types.ts';

export const loginWithOauth2File = callBlockFile({
  type: 'backendless_users_login_with_oauth2',
  ...GIVES_A_USER,
  inputs: [
    ['PROVIDER', 'String', textShadow('googleplus')],
    ['ACCESS_TOKEN', 'String', textShadow('')],
    ['GUEST_USER', USER_CHECK, nullShadow()],
    ['STAY_LOGGED_IN', 'Boolean', booleanShadow(false)],
  ],
  docs: 'users_oauth2_login_api.html',
  position: 76,
  texts: {
    label: 'Login with OAuth2 %1 provider %2 access token %3 guest user %4 stay logged in %5',
    statementLabel: 'Login with OAuth2 (no result) %1 provider %2 access token %3 guest user %4 stay logged in %5',
    tooltip: "Logs in with the provider's access token and gives the user.",
  },
});
