// Assign Role → `await Backendless.UserService.assignRole(identity, role);`; waits for the server.
import { assignRoleFile } from '../blocks/assign_role.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const assignRoleGenerators = sdkCallGenerators(assignRoleFile, {
  call: 'assignRole(IDENTITY, ROLE)',
  awaits: true,
});
