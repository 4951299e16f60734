// Context User Roles → `req.context.userRoles`: the calling user's roles, from the invocation context.
import { handlerValueGenerators } from './handler-context.ts';

export const contextUserRolesGenerators = handlerValueGenerators(
  'backendless_users_context_user_roles',
  'req.context.userRoles',
);
