// Get Current User Token → `Backendless.UserService.getCurrentUserToken()`. Synchronous in the SDK, so not awaited.
import { getUserTokenFile } from '../blocks/get_user_token.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const getUserTokenGenerators = sdkCallGenerators(getUserTokenFile, {
  call: 'getCurrentUserToken()',
  awaits: false,
});
