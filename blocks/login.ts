// Login User: Codeless' own block, in two shapes. The value shape returns the user object (for "set user to
// Login User …"); the statement shape is the same call for programs that do not need the user object, so it
// stacks like any other step — labelled "(no result)", so a person can tell the two apart in the flyout.
import { booleanShadow, textShadow } from './block-file.ts';
import { callBlockFile, GIVES_A_USER } from './call-block.ts';

/** In the toolbox both shapes hold alice's credentials. */
export const loginFile = callBlockFile({
  type: 'backendless_users_login',
  ...GIVES_A_USER,
  // The scenario user the emulator is seeded with, so a dropped Login User runs against it as it is.
  inputs: [
    ['LOGIN', 'String', textShadow('alice@wonderland.com')],
    ['PASSWORD', 'String', textShadow('wonderland')],
    ['STAY_LOGGED_IN', 'Boolean', booleanShadow(false)],
  ],
  docs: 'users_login.html',
  position: 10,
  texts: {
    label: 'Login User %1 login %2 password %3 stay logged in %4',
    statementLabel: 'Login User (no result) %1 login %2 password %3 stay logged in %4',
    tooltip:
      'Logs a user in by identity (email by default) and password and gives the user; "stay logged in" keeps the ' +
      'session over a page reload.',
  },
});
