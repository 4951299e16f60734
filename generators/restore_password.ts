// Restore Password → `await Backendless.UserService.restorePassword(identity);`; waits for the server.
import { restorePasswordFile } from '../blocks/restore_password.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const restorePasswordGenerators = sdkCallGenerators(restorePasswordFile, {
  call: 'restorePassword(IDENTITY)',
  awaits: true,
});
