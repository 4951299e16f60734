// Get Current User Token: Codeless' own block. A value: the token, or null when nobody is logged in.
import { callBlockFile } from './call-block.ts';

export const getUserTokenFile = callBlockFile({
  type: 'backendless_users_get_user_token',
  shapes: 'value',
  output: 'String',
  inputs: [],
  docs: 'users_get_current_user_token.html',
  position: 20,
  texts: {
    label: 'Get Current User Token',
    tooltip: 'The user token of the current session, or null when nobody is logged in.',
  },
});
