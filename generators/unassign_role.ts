// Unassign Role → `await Backendless.UserService.unassignRole(identity, role);`; waits for the server.
import { unassignRoleFile } from '../blocks/unassign_role.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const unassignRoleGenerators = sdkCallGenerators(unassignRoleFile, {
  call: 'unassignRole(IDENTITY, ROLE)',
  awaits: true,
});
