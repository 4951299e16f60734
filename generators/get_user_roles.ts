// Get User Roles → `await Backendless.UserService.getUserRoles()`; waits for the server.
import { getUserRolesFile } from '../blocks/get_user_roles.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const getUserRolesGenerators = sdkCallGenerators(getUserRolesFile, { call: 'getUserRoles()', awaits: true });
