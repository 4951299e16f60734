// The login calls of Backendless.UserService: by identity and password, by objectId, as a guest, with an OAuth2
// provider's access token, and the provider's sign-in page. SDK v8's arguments, messages and URLs.
import { checkArgument, isText } from './errors.ts';
import { segment, type Call } from './http.ts';
import { User } from './user.ts';

/** Sends a login to `path` and makes its user current, remembered in storage when `stayLoggedIn` is true. */
export type LogIn = (path: string, body: object | undefined, stayLoggedIn: unknown) => Promise<User>;

/** The calls above, for `createUserService` to add to the service. */
export function loginCalls(request: Call, logIn: LogIn) {
  return {
    login(login: unknown, password?: unknown, stayLoggedIn?: unknown) {
      checkArgument(
        typeof login === 'string' || typeof login === 'number',
        'the first argument must be either a string or a number',
      );
      checkArgument(login, 'the first argument cannot be an empty value');
      if (typeof password === 'boolean') {
        stayLoggedIn = password;
        password = undefined;
      }
      let body: object;
      if (typeof login === 'string' && password === undefined) {
        body = { objectId: login };
      } else {
        checkArgument(password, 'the "password" value cannot be an empty value');
        body = { login, password };
      }
      return logIn('users/login', body, stayLoggedIn === true);
    },

    loginAsGuest: (stayLoggedIn?: unknown) => logIn('users/register/guest', undefined, stayLoggedIn === true),

    loginWithOauth2(
      providerCode: unknown,
      accessToken: unknown,
      guestUser?: unknown,
      fieldsMapping?: unknown,
      stayLoggedIn?: unknown,
    ) {
      checkArgument(isText(providerCode), '"providerCode" must be non empty string.');
      checkArgument(isText(accessToken), '"accessToken" must be non empty string.');
      // The SDK's shifts: a guest that is not a User is the fields mapping, a boolean mapping is stayLoggedIn.
      if (guestUser && !(guestUser instanceof User)) {
        stayLoggedIn = fieldsMapping;
        fieldsMapping = guestUser;
        guestUser = undefined;
      }
      if (typeof fieldsMapping === 'boolean') {
        stayLoggedIn = fieldsMapping;
        fieldsMapping = undefined;
      }
      const path = `users/social/${segment(providerCode.toLowerCase())}/login`;
      return logIn(path, { accessToken, fieldsMapping, guestUser }, stayLoggedIn);
    },

    getAuthorizationUrlLink: (
      providerCode: string,
      fieldsMapping?: unknown,
      permissions?: unknown,
      redirect?: unknown,
      redirectAfterLoginUrl?: unknown,
      callbackUrlDomain?: unknown,
    ) =>
      request('POST', `users/oauth/${segment(providerCode.toLowerCase())}/request_url`, isText, {
        fieldsMapping,
        permissions,
        redirect,
        redirectAfterLoginUrl,
        callbackUrlDomain,
      }),
  };
}
