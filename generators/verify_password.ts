// Verify Password → `await Backendless.UserService.verifyPassword(password)`; waits for the server.
import { verifyPasswordFile } from '../blocks/verify_password.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const verifyPasswordGenerators = sdkCallGenerators(verifyPasswordFile, {
  call: 'verifyPassword(PASSWORD)',
  awaits: true,
});
