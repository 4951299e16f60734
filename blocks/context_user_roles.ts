// Context User Roles: the roles of the user whose call the handler runs for (`req.context.userRoles`).
import { blockFile } from './block-file.ts';
import { CONTEXT_DOCS, serverLogicValue } from './server-logic.ts';

export const contextUserRolesFile = blockFile({
  definitions: [serverLogicValue('backendless_users_context_user_roles', 'Array', CONTEXT_DOCS)],
  toolbox: {
    category: 'serverLogic',
    position: 1100,
    entries: [{ kind: 'block', type: 'backendless_users_context_user_roles' }],
  },
  messages: {
    CODELESS_USERS_CONTEXT_USER_ROLES: 'Context User Roles',
    CODELESS_USERS_CONTEXT_USER_ROLES_TOOLTIP: 'The role names of the user who made the call (e.g. AuthenticatedUser).',
  },
});
