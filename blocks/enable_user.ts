// Enable User: sets a user's status to ENABLED (after Disable User, or instead of a pending e-mail confirmation).
// A CloudCode block: Backendless allows it with the server key only (a client key gets 3054).
import { callBlockFile } from './call-block.ts';
import { objectIdOfUser } from './get_property.ts';

export const enableUserFile = callBlockFile({
  type: 'backendless_users_enable_user',
  shapes: 'statement',
  inputs: [['OBJECT_ID', 'String', objectIdOfUser()]],
  docs: 'users_enable_user.html',
  position: 250,
  texts: {
    label: 'Enable User %1 id %2',
    tooltip: 'CloudCode (server key; a client key gets 3054): the user may log in again.',
  },
});
