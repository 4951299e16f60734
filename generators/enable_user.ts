// Enable User → `await Backendless.UserService.enableUser(objectId);`; waits for the server.
import { enableUserFile } from '../blocks/enable_user.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const enableUserGenerators = sdkCallGenerators(enableUserFile, { call: 'enableUser(OBJECT_ID)', awaits: true });
