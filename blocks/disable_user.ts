// Disable User: sets a user's status to DISABLED; their logins then fail with 3090. A CloudCode block: Backendless
// allows it with the server key only (a client key gets 3054).
import { callBlockFile } from './call-block.ts';
import { objectIdOfUser } from './get_property.ts';

export const disableUserFile = callBlockFile({
  type: 'backendless_users_disable_user',
  shapes: 'statement',
  inputs: [['OBJECT_ID', 'String', objectIdOfUser()]],
  docs: 'users_disable_user.html',
  position: 260,
  texts: {
    label: 'Disable User %1 id %2',
    tooltip: 'CloudCode (server key; a client key gets 3054): logins then fail with 3090.',
  },
});
