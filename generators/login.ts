// Login User → `await Backendless.UserService.login(login, password, stayLoggedIn)`, as Codeless compiles it; both
// shapes wait for the server. Empty sockets fall back to values the SDK rejects with a clear message ("cannot be an
// empty value").
import { loginFile } from '../blocks/login.ts';
import { sdkCallGenerators } from './sdk-call.ts';

export const loginGenerators = sdkCallGenerators(loginFile, {
  call: 'login(LOGIN, PASSWORD, STAY_LOGGED_IN)',
  awaits: true,
});
