// Login as Guest → `await Backendless.UserService.loginAsGuest(stayLoggedIn)`, both shapes; waits for the server.
import { loginAsGuestFile } from '../blocks/login_as_guest.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const loginAsGuestGenerators = sdkCallGenerators(loginAsGuestFile, {
  call: 'loginAsGuest(STAY_LOGGED_IN)',
  awaits: true,
});
