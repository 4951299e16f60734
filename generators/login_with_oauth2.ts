// Login with OAuth2 → `await Backendless.UserService.loginWithOauth2(provider, accessToken, guestUser, null,
// stayLoggedIn)`: no fields mapping (Blockly has no object blocks). The SDK takes the guest user only as the
// Backendless.User that Login as Guest gives. Both shapes; waits for the server.
import { loginWithOauth2File } from '../blocks/login_with_oauth2.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const loginWithOauth2Generators = sdkCallGenerators(loginWithOauth2File, {
  call: 'loginWithOauth2(PROVIDER, ACCESS_TOKEN, GUEST_USER, null, STAY_LOGGED_IN)',
  awaits: true,
});
