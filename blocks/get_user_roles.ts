// Get User Roles: the roles of the current session's user — system roles such as AuthenticatedUser, and the app's
// own; NotAuthenticatedUser when nobody is logged in.
import { callBlockFile } from './call-block.ts';

export const getUserRolesFile = callBlockFile({
  type: 'backendless_users_get_user_roles',
  shapes: 'value',
  output: 'Array',
  inputs: [],
  docs: 'users_user_roles.html',
  position: 180,
  texts: {
    label: 'Get User Roles',
    tooltip: "The current user's roles (NotAuthenticatedUser when nobody is logged in).",
  },
});
