// Set Current User Token: Codeless' own block. A statement, since the SDK's setCurrentUserToken is synchronous
// and returns nothing useful.
import { textShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';

export const setUserTokenFile = callBlockFile({
  type: 'backendless_users_set_user_token',
  shapes: 'statement',
  inputs: [['TOKEN', 'String', textShadow('')]],
  docs: 'users_set_current_user_token.html',
  position: 70,
  texts: {
    label: 'Set Current User Token %1 token %2',
    tooltip: 'Replaces the user token of the current session (as the SDK does: not when nobody is logged in).',
  },
});
