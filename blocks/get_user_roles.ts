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
  messages: {
    CODELESS_USERS_GET_USER_ROLES: 'Get User Roles',
    CODELESS_USERS_GET_USER_ROLES_TOOLTIP: "The current user's roles (NotAuthenticatedUser when nobody is logged in).",
  },
});
