// Disable User → `await Backendless.UserService.disableUser(objectId);`; waits for the server.
import { disableUserFile } from '../blocks/disable_user.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const disableUserGenerators = sdkCallGenerators(disableUserFile, {
  call: 'disableUser(OBJECT_ID)',
  awaits: true,
});
