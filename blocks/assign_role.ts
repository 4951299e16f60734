// Assign Role: gives a user (by identity) one of the app's roles. A CloudCode block: Backendless allows it with the
// server key only (a client key gets 2011).
import { textShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';

/** Who and which role: the inputs of Assign Role, and of Unassign Role, its opposite. */
export const ROLE_CHANGE_INPUTS = [
  ['IDENTITY', 'String', textShadow('alice@wonderland.com')],
  ['ROLE', 'String', textShadow('Reader')],
] as const;

export const assignRoleFile = callBlockFile({
  type: 'backendless_users_assign_role',
  shapes: 'statement',
  inputs: ROLE_CHANGE_INPUTS,
  docs: 'users_user_roles.html',
  position: 230,
  texts: {
    label: 'Assign Role %1 identity %2 role %3',
    tooltip: 'CloudCode (server key; a client key gets 2011): gives the user the role.',
  },
});
