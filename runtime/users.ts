// Backendless.UserService: the session (token, current user, logout) and the user record (register, update), with
// the SDK v8's argument rules and session rules; the login, account and role calls join it from logins.ts,
// accounts.ts and roles.ts.
import { accountCalls } from './accounts.ts';
import type { Settings } from './config.ts';
import type { BackendlessError } from './errors.ts';
import { segment, send, type Call, type Shape } from './http.ts';
import { loginCalls } from './logins.ts';
import { roleCalls } from './roles.ts';
import { checkToken, isObject, isToken, type SessionStore } from './storage.ts';
import { asUser, User, type BackendlessUser, type Responder } from './user.ts';
import type { UserService } from './user-service.ts';

/** The state a UserService works on; `initApp` replaces the settings and `store` and drops the user. */
export interface AppState extends Settings {
  store: SessionStore;
  /** The current user, in memory. */
  user: User | null;
}

const SESSION_KEYS = ['user-token', 'current-user-id', 'stayLoggedIn'];

/** Logout faults that mean "this session is already over" (the SDK's list). */
const SESSION_ENDED_CODES = [3023, 3064, 3090, 3091];

const isResponder = (value: unknown): value is Responder<unknown> =>
  typeof (value as Responder<unknown> | undefined)?.handleResponse === 'function' ||
  typeof (value as Responder<unknown> | undefined)?.handleFault === 'function';

/** A call as the service offers it: its own arguments, then an optional responder for its result. */
type WithResponder<Operation> = Operation extends (...args: infer Args) => Promise<infer Result>
  ? (...args: [...Args, responder?: Responder<Result>]) => Promise<Result>
  : never;

/**
 * Adds every call to `service`, each accepting a responder as the last argument (see `Responder`) and turning an
 * argument error thrown before the first `await` into a rejection, as the SDK's async functions do — while the
 * request still starts synchronously. Each call keeps its arguments and result, for the compiler to check the
 * service against `UserService`.
 */
function withResponders<Service extends object, Calls extends Record<string, (...args: never[]) => Promise<unknown>>>(
  service: Service,
  calls: Calls,
) {
  for (const [name, operation] of Object.entries(calls)) {
    (service as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const responder = isResponder(args.at(-1)) ? (args.pop() as Responder<unknown>) : undefined;
      // The executor runs at once (so does the request); a throw in it rejects.
      const result = new Promise((resolve) => resolve(operation(...(args as never[]))));
      if (responder) {
        result.then(
          (value) => responder.handleResponse?.(value),
          (error) => (responder.handleFault ? responder.handleFault(error) : Promise.reject(error)),
        );
      }
      return result;
    };
  }
  return service as Service & { [Name in keyof Calls]: WithResponder<Calls[Name]> };
}

// What each answer must be: a server that answers anything else gets a BackendlessError, never a wrong result.
const LOGGED_IN_USER: Shape<BackendlessUser> = (data): data is BackendlessUser =>
  isObject(data) && isToken(data['user-token']);
const BOOLEAN: Shape<boolean> = (data) => typeof data === 'boolean';
/** A saved user, or an empty answer (the SDK resolves an empty answer with `''`). */
const SAVED_USER: Shape<'' | BackendlessUser> = (data) => data === '' || isObject(data);

/** The browser's language in two letters, found as the SDK finds it; the SDK adds it to a registered user. */
function clientLocale(): string | undefined {
  // The standard properties and the older ones of some browsers, none of them sure to be there.
  type Languages = { [name in 'userLanguage' | 'language' | 'browserLanguage' | 'systemLanguage']?: string } & {
    languages?: readonly string[];
  };
  const found = (globalThis as { navigator?: Languages }).navigator;
  // `languages[0]`, else the older properties in the SDK's order (an empty list has no first one either).
  const language =
    found?.languages?.[0] || found?.userLanguage || found?.language || found?.browserLanguage || found?.systemLanguage;
  return language?.slice(0, 2).toLowerCase();
}

/** The session of one app instance: who is logged in, in memory and in storage. */
function sessionOf(app: AppState) {
  function getCurrentUserToken(): string | null {
    return (app.user?.['user-token'] || app.store.read()['user-token'] || null) as string | null;
  }

  function getCurrentUserId(): string | null {
    const id = app.user ? app.user.objectId : app.store.read()['current-user-id'];
    return (id as string) || null;
  }

  function setCurrentUser(user: BackendlessUser | null, stayLoggedIn?: unknown): User | null {
    checkToken(user?.['user-token']);
    const current = user ? (user instanceof User ? user : asUser(user)) : null;
    const record = app.store.read();
    for (const key of SESSION_KEYS) delete record[key];
    if (current && stayLoggedIn) {
      record.stayLoggedIn = true;
      record['user-token'] = current['user-token'];
      record['current-user-id'] = current.objectId;
    }
    // Storage first: if it throws, memory is untouched and the session is still whole.
    app.store.write(record);
    return (app.user = current);
  }

  return {
    getCurrentUserToken,
    setCurrentUserToken(token: string | null) {
      checkToken(token);
      token ||= null;
      if (app.user) app.user['user-token'] = token as string;
      const record = app.store.read();
      if (record['user-token']) {
        record['user-token'] = token;
        app.store.write(record);
      }
    },
    loggedInUser: getCurrentUserId,
    getCurrentUserId,
    setCurrentUser,
  };
}

/** Builds the UserService of one app instance. */
export function createUserService(app: AppState): UserService {
  const session = sessionOf(app);
  const { getCurrentUserToken, setCurrentUser } = session;
  const request: Call = (method, path, shape, body) => send(app, getCurrentUserToken(), method, path, shape, body);
  /** The `GET data/Users/<id>` under way, which concurrent `getCurrentUser` calls share. */
  let userRequest: Promise<User> | undefined;

  /**
   * Sends a user record to be saved; resolves with the saved one. An empty answer resolves `''`, as in the SDK, whose
   * types promise a User all the same (so do ours: no Backendless server answers a save with nothing).
   */
  const save = async (method: 'POST' | 'PUT', path: string, user: BackendlessUser) => {
    const saved = await request(method, path, SAVED_USER, user);
    return (saved && asUser(saved)) as User;
  };

  const calls = {
    async logout() {
      try {
        await request('GET', 'users/logout');
      } catch (error) {
        if (SESSION_ENDED_CODES.includes((error as BackendlessError).code!)) setCurrentUser(null);
        throw error;
      }
      setCurrentUser(null);
    },

    // `reload` is unknown: a responder may stand in its place (withResponders takes it off first).
    async getCurrentUser(reload?: unknown) {
      if (app.user && !reload) return app.user;
      if (userRequest) return userRequest;
      const id = session.getCurrentUserId();
      if (!id) return null;
      // Concurrent calls share one request, as in the SDK.
      return (userRequest = request('GET', 'data/Users/' + segment(id), isObject)
        .then((data) => {
          const user = asUser(data);
          // Keep the in-memory token (a reload must not lose it); after a restart the token stays in storage.
          user['user-token'] = app.user?.['user-token'] || undefined;
          return (app.user = user);
        })
        .finally(() => (userRequest = undefined)));
    },

    async isValidLogin() {
      const token = getCurrentUserToken();
      return !!token && (await request('GET', 'users/isvalidusertoken/' + segment(token), BOOLEAN));
    },

    register(user: BackendlessUser) {
      const body = { ...user };
      body.blUserLocale ||= clientLocale() || undefined;
      return save('POST', 'users/register', body);
    },

    update: (user: BackendlessUser) => save('PUT', 'users/' + segment(user.objectId), user),

    // A login of any kind makes its user current.
    ...loginCalls(request, async (path, body, stayLoggedIn) =>
      setCurrentUser(await request('POST', path, LOGGED_IN_USER, body), stayLoggedIn)!,
    ),
    ...accountCalls(request, getCurrentUserToken),
    ...roleCalls(request),
  };

  return withResponders(session, calls);
}
