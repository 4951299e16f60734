// Unassign Role: takes one of the app's roles from a user (by identity). A CloudCode block: Backendless allows it
// with the server key only (a client key gets 2011).
import { textShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';

export const unassignRoleFile = callBlockFile({
  type: 'backendless_users_unassign_role',
  shapes: 'statement',
  inputs: [
    ['IDENTITY', 'String', textShadow('alice@wonderland.com')],
    ['ROLE', 'String', textShadow('Reader')],
  ],
  docs: 'users_user_roles.html',
  position: 240,
  messages: {
    CODELESS_USERS_UNASSIGN_ROLE: 'Unassign Role %1 identity %2 role %3',
    CODELESS_USERS_UNASSIGN_ROLE_TOOLTIP: 'CloudCode (server key; a client key gets 2011): takes the role away.',
  },
});
