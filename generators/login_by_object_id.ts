// Login by Object Id → `await Backendless.UserService.login(objectId, stayLoggedIn)`: the SDK's login with a
// boolean second argument logs in by objectId. Both shapes; waits for the server.
import { loginByObjectIdFile } from '../blocks/login_by_object_id.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const loginByObjectIdGenerators = sdkCallGenerators(loginByObjectIdFile, {
  call: 'login(OBJECT_ID, STAY_LOGGED_IN)',
  awaits: true,
});
