// Login by Object Id: Codeless' CloudCode Login, which logs a user in by objectId alone, no password. Backendless
// allows it with the server key only (a client key gets 2014). Two shapes: the user object, or the call alone.
import { booleanShadow } from './block-file.ts';
import { callBlockFile, GIVES_A_USER } from './call-block.ts';
import { objectIdOfUser } from './get_property.ts';

export const loginByObjectIdFile = callBlockFile({
  type: 'backendless_users_login_by_object_id',
  ...GIVES_A_USER,
  inputs: [
    ['OBJECT_ID', 'String', objectIdOfUser()],
    ['STAY_LOGGED_IN', 'Boolean', booleanShadow(false)],
  ],
  docs: 'users_passwordless_login.html',
  position: 220,
  texts: {
    label: 'Login by Object Id %1 object id %2 stay logged in %3',
    statementLabel: 'Login by Object Id (no result) %1 object id %2 stay logged in %3',
    tooltip: 'CloudCode (server key; a client key gets 2014): logs the user in without a password.',
  },
});
