// Unassign Role: takes one of the app's roles from a user (by identity). A CloudCode block: Backendless allows it
// with the server key only (a client key gets 2011).
import { ROLE_CHANGE_INPUTS } from './assign_role.ts';
import { callBlockFile } from './call-block.ts';

export const unassignRoleFile = callBlockFile({
  type: 'backendless_users_unassign_role',
  shapes: 'statement',
  inputs: ROLE_CHANGE_INPUTS,
  docs: 'users_user_roles.html',
  position: 240,
  texts: {
    label: 'Unassign Role %1 identity %2 role %3',
    tooltip: 'CloudCode (server key; a client key gets 2011): takes the role away.',
  },
});
