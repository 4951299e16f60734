// Find Users by Role: the users who have a role, each with its roles when "load roles" is ticked.
import { booleanShadow, textShadow } from './block-file.ts';
import { callBlockFile } from './call-block.ts';

export const findUsersByRoleFile = callBlockFile({
  type: 'backendless_users_find_users_by_role',
  shapes: 'value',
  output: 'Array',
  inputs: [
    ['ROLE', 'String', textShadow('Reader')],
    ['LOAD_ROLES', 'Boolean', booleanShadow(false)],
  ],
  docs: 'users_user_roles.html',
  position: 190,
  texts: {
    label: 'Find Users by Role %1 role %2 load roles %3',
    tooltip: 'A list of the users who have the role (with their roles, if loaded).',
  },
});
