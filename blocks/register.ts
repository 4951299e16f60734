// Register User: creates an account from an object of properties. Like Login User it comes in two shapes: a
// value (the new user object) and a statement for when the result is not needed. A user object that carries a
// guest's objectId (the user Login as Guest gave, with email and password set on it) turns that guest account into
// a member, as Backendless' guest login documents.
import { callBlockFile, GIVES_A_USER } from './call-block.ts';
import { newBobBlock } from './new_user.ts';
import { USER_CHECK } from './types.ts';

/** In the toolbox both shapes register Bob. */
export const registerFile = callBlockFile({
  type: 'backendless_users_register',
  ...GIVES_A_USER,
  inputs: [['USER', USER_CHECK, { block: newBobBlock() }]],
  docs: 'users_user_registration.html',
  position: 80,
  texts: {
    label: 'Register User %1 user %2',
    statementLabel: 'Register User (no result) %1 user %2',
    tooltip:
      "Creates an account (email and password at least), not logged in, and gives the new user; a guest's objectId " +
      'makes that guest a member.',
  },
});
