// Logout Current User → `await Backendless.UserService.logout();`; waits for the server.
import { logoutFile } from '../blocks/logout.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const logoutGenerators = sdkCallGenerators(logoutFile, { call: 'logout()', awaits: true });
