// Login as Guest: a guest account (userStatus GUEST) logged in at once, so a visitor can use the app before they
// register; Register User with the guest's objectId later turns the same account into a member. Like Login User it
// comes in two shapes: the guest user object, or the call alone.
import { booleanShadow } from './block-file.ts';
import { callBlockFile, GIVES_A_USER } from './call-block.ts';

export const loginAsGuestFile = callBlockFile({
  type: 'backendless_users_login_as_guest',
  ...GIVES_A_USER,
  inputs: [['STAY_LOGGED_IN', 'Boolean', booleanShadow(false)]],
  docs: 'users_guest_login.html',
  position: 72,
  texts: {
    label: 'Login as Guest %1 stay logged in %2',
    statementLabel: 'Login as Guest (no result) %1 stay logged in %2',
    tooltip:
      'Logs in a new guest account (userStatus GUEST) and gives the guest user; Register User with its objectId ' +
      'makes it a member.',
  },
});
