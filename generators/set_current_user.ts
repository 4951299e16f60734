// Set Current User → `Backendless.UserService.setCurrentUser(user, stayLoggedIn);`. Synchronous in the SDK (it
// returns the user at once), so not awaited.
import { setCurrentUserFile } from '../blocks/set_current_user.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const setCurrentUserGenerators = sdkCallGenerators(setCurrentUserFile, {
  call: 'setCurrentUser(USER, STAY_LOGGED_IN)',
  awaits: false,
});
