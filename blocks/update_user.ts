// Update User: saves the changed properties of a user object (e.g. after "set property"). Only the logged-in user
// may update itself (3028 without a session, 3029 for another user). Two shapes: the updated user object, or the
// call alone.
import { currentUserBlock } from './get_current_user.ts';
import { callBlockFile, GIVES_A_USER } from './call-block.ts';
import { USER_CHECK } from './types.ts';

/** In the toolbox the current user is plugged in. */
export const updateUserFile = callBlockFile({
  type: 'backendless_users_update_user',
  ...GIVES_A_USER,
  inputs: [['USER', USER_CHECK, { block: currentUserBlock() }]],
  docs: 'users_update_user_properties.html',
  position: 95,
  texts: {
    label: 'Update User %1 user %2',
    statementLabel: 'Update User (no result) %1 user %2',
    tooltip: 'Saves the changed properties of the logged-in user and gives the updated user. 3029: another user.',
  },
});
