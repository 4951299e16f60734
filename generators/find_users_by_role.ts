// Find Users by Role → `await Backendless.UserService.findByRole(role, loadRoles)`; waits for the server.
import { findUsersByRoleFile } from '../blocks/find_users_by_role.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const findUsersByRoleGenerators = sdkCallGenerators(findUsersByRoleFile, {
  call: 'findByRole(ROLE, LOAD_ROLES)',
  awaits: true,
});
