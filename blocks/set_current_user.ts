// Set Current User: makes a user object (holding a "user-token") the current session, locally.
import { booleanShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';
import { USER_CHECK } from './types.ts';

/** In the toolbox the `user` variable is plugged in. */
export const setCurrentUserFile = callBlockFile({
  type: 'backendless_users_set_current_user',
  shapes: 'statement',
  inputs: [
    ['USER', USER_CHECK, { block: { type: 'variables_get', fields: { VAR: { name: 'user' } } } }],
    ['STAY_LOGGED_IN', 'Boolean', booleanShadow(false)],
  ],
  docs: 'users_set_current_user.html',
  position: 60,
  texts: {
    label: 'Set Current User %1 user %2 stay logged in %3',
    tooltip:
      'Makes a user object that holds a "user-token" (e.g. from Login User) the current session, without asking ' +
      'the server.',
  },
});
