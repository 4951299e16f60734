// Is Valid Login → `await Backendless.UserService.isValidLogin()`; waits for the server.
import { isValidLoginFile } from '../blocks/is_valid_login.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const isValidLoginGenerators = sdkCallGenerators(isValidLoginFile, { call: 'isValidLogin()', awaits: true });
