// Set Current User Token → `Backendless.UserService.setCurrentUserToken(token);`. Synchronous in the SDK, so not
// awaited; an empty socket passes null (no token), as before.
import { setUserTokenFile } from '../blocks/set_user_token.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const setUserTokenGenerators = sdkCallGenerators(setUserTokenFile, {
  call: 'setCurrentUserToken(TOKEN|null)',
  awaits: false,
});
