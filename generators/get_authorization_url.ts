// Get Authorization URL → `await Backendless.UserService.getAuthorizationUrlLink(provider, null, scope, false,
// redirectAfterLogin)`: no fields mapping (Blockly has no object blocks), and `redirect` false, so that the server
// answers the URL instead of redirecting to it. Waits for the server.
import { getAuthorizationUrlFile } from '../blocks/get_authorization_url.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const getAuthorizationUrlGenerators = sdkCallGenerators(getAuthorizationUrlFile, {
  call: 'getAuthorizationUrlLink(PROVIDER, null, SCOPE, false, REDIRECT_AFTER_LOGIN)',
  awaits: true,
});
