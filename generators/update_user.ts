// Update User → `await Backendless.UserService.update(user)`, both shapes; waits for the server.
import { updateUserFile } from '../blocks/update_user.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const updateUserGenerators = sdkCallGenerators(updateUserFile, { call: 'update(USER)', awaits: true });
