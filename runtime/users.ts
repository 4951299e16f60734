// Backendless.UserService: the SDK v8 user calls we cover, with its argument rules and session rules.
import { appPath, type Settings } from './config.ts';
import { BackendlessError } from './errors.ts';
import { send, type Shape } from './http.ts';
import {
  checkToken,
  CURRENT_USER_ID,
  isObject,
  isToken,
  STAY_LOGGED_IN,
  USER_TOKEN,
  type SessionStore,
} from './storage.ts';

/** A user object as Backendless returns it (never with a password); `user-token` only after login. */
export interface BackendlessUser {
  objectId?: string;
  email?: string;
  name?: string;
  'user-token'?: string;
  ___class?: string;
  [property: string]: unknown;
}

/**
 * The non-blocking calling style: pass it as the last argument. The call still returns its promise;
 * that promise never causes an unhandled rejection, because the fault goes to `handleFault` (a
 * responder without `handleFault` lets the fault surface as an unhandled rejection, so it is not lost).
 */
export interface Responder<T> {
  handleResponse?(result: T): void;
  handleFault?(error: BackendlessError): void;
}

/** `Backendless.UserService` (alias `Backendless.Users`). */
export interface UserService {
  /**
   * `POST users/login`. Only `stayLoggedIn === true` remembers the session in storage. With a string
   * `login` and no password (or a boolean second argument) it logs in by objectId, as the SDK does.
   */
  login(
    login: string | number,
    password?: string,
    stayLoggedIn?: boolean,
    responder?: Responder<BackendlessUser>,
  ): Promise<BackendlessUser>;
  login(login: string | number, password: string, responder: Responder<BackendlessUser>): Promise<BackendlessUser>;
  login(
    objectId: string,
    stayLoggedIn?: boolean | Responder<BackendlessUser>,
    responder?: Responder<BackendlessUser>,
  ): Promise<BackendlessUser>;
  /**
   * `GET users/logout`, then forgets the session. If the server says the session is already over
   * (codes 3023, 3064, 3090, 3091) the session is forgotten too and the call still rejects. Any other
   * failure (network down, 2002, a timeout…) keeps the session, so logout can be retried. The SDK's
   * rule; the session is cleared in one step, never half.
   */
  logout(responder?: Responder<void>): Promise<void>;
  /** The current user token, or `null` (synchronous, as in the SDK). */
  getCurrentUserToken(): string | null;
  /**
   * SDK semantics: sets the token on the in-memory current user if there is one, and in storage only
   * if storage already holds a token; otherwise nothing happens. A token that could not go into a header
   * (not text of visible ASCII characters, e.g. with a line break) throws a BackendlessError and changes nothing.
   */
  setCurrentUserToken(token: string | null): void;
  /** The in-memory user; else, with a remembered user id, `GET data/Users/<id>`; else `null`. */
  getCurrentUser(reload?: boolean, responder?: Responder<BackendlessUser | null>): Promise<BackendlessUser | null>;
  getCurrentUser(responder: Responder<BackendlessUser | null>): Promise<BackendlessUser | null>;
  /**
   * `false` without a request when there is no token; else `GET users/isvalidusertoken/<token>`, whose answer
   * must be `true` or `false` (anything else is a BackendlessError).
   */
  isValidLogin(responder?: Responder<boolean>): Promise<boolean>;
  /** `POST users/register`; resolves with the saved user. Does not log in (the SDK neither). */
  register(user: BackendlessUser, responder?: Responder<BackendlessUser>): Promise<BackendlessUser>;
  /** The current user's objectId, or `null` (synchronous). */
  loggedInUser(): string | null;
  /** The same as `loggedInUser()`. */
  getCurrentUserId(): string | null;
  /**
   * Makes `user` current; `stayLoggedIn` true remembers it, anything else erases a remembered one. A user whose
   * `user-token` could not go into a header throws a BackendlessError and changes nothing.
   */
  setCurrentUser(user: BackendlessUser | null, stayLoggedIn?: boolean): BackendlessUser | null;
}

/** The state a UserService works on; `initApp` replaces the settings and `store` and drops the user. */
export interface AppState extends Settings {
  store: SessionStore;
  /** The current user, in memory. */
  user: BackendlessUser | null;
  /** The `GET data/Users/<id>` under way, which concurrent `getCurrentUser` calls share. */
  userRequest?: Promise<BackendlessUser> | undefined;
}

const SESSION_KEYS = [USER_TOKEN, CURRENT_USER_ID, STAY_LOGGED_IN];

/** Logout faults that mean "this session is already over" (the SDK's list). */
const SESSION_ENDED_CODES = [3023, 3064, 3090, 3091];

const isResponder = (value: unknown): value is Responder<unknown> =>
  !!value &&
  typeof value === 'object' &&
  (typeof (value as Responder<unknown>).handleResponse === 'function' ||
    typeof (value as Responder<unknown>).handleFault === 'function');

/** Accepts a responder as the last argument (see `Responder`). */
function withResponder<T>(operation: (...args: never[]) => Promise<T>) {
  return (...args: unknown[]): Promise<T> => {
    const responder = isResponder(args.at(-1)) ? (args.pop() as Responder<T>) : undefined;
    const result = operation(...(args as never[]));
    if (responder) {
      result.then(
        (value) => responder.handleResponse?.(value),
        (error) => (responder.handleFault ? responder.handleFault(error) : Promise.reject(error)),
      );
    }
    return result;
  };
}

// What each answer must be: a server that answers anything else gets a BackendlessError, never a wrong result.
const LOGGED_IN_USER: Shape = (data) => isObject(data) && isToken(data[USER_TOKEN]);
const BOOLEAN: Shape = (data) => typeof data === 'boolean';

/** The SDK tags user objects as Users (its `User` class sets `___class`). */
const asUser = (data: unknown): BackendlessUser => ({ ...(data as object), ___class: 'Users' });

/** Two-letter browser language; the SDK adds it to a registered user as `blUserLocale`. */
function clientLocale(): string {
  const { navigator } = globalThis as { navigator?: Partial<Navigator> };
  return (navigator?.languages?.[0] || navigator?.language || '').slice(0, 2).toLowerCase();
}

/** Builds the UserService of one app instance. */
export function createUserService(app: AppState): UserService {
  const request = (method: 'GET' | 'POST', path: string, body?: object, shape?: Shape) =>
    send({ base: appPath(app), timeout: app.timeout, token: getCurrentUserToken() }, method, path, body, shape);

  function getCurrentUserToken(): string | null {
    return (app.user?.[USER_TOKEN] || app.store.read()[USER_TOKEN] || null) as string | null;
  }

  function getCurrentUserId(): string | null {
    const id = app.user ? app.user.objectId : app.store.read()[CURRENT_USER_ID];
    return (id as string) || null;
  }

  function setCurrentUser(user: BackendlessUser | null, stayLoggedIn?: boolean): BackendlessUser | null {
    checkToken(user?.[USER_TOKEN]);
    const current = user ? asUser(user) : null;
    const record = app.store.read();
    for (const key of SESSION_KEYS) delete record[key];
    if (current && stayLoggedIn) {
      record[STAY_LOGGED_IN] = true;
      record[USER_TOKEN] = current[USER_TOKEN];
      record[CURRENT_USER_ID] = current.objectId;
    }
    // Storage first: if it throws, memory is untouched and the session is still whole.
    app.store.write(record);
    return (app.user = current);
  }

  return {
    login: withResponder(async (login: unknown, password?: unknown, stayLoggedIn?: unknown) => {
      if (typeof login !== 'string' && typeof login !== 'number') {
        throw new BackendlessError('the first argument must be either a string or a number');
      }
      if (!login) throw new BackendlessError('the first argument cannot be an empty value');
      if (typeof password === 'boolean') {
        stayLoggedIn = password;
        password = undefined;
      }
      let body: object;
      if (typeof login === 'string' && password === undefined) {
        body = { objectId: login };
      } else {
        if (!password) throw new BackendlessError('the "password" value cannot be an empty value');
        body = { login, password };
      }
      // setCurrentUser tags the answer as a Users object.
      const user = (await request('POST', '/users/login', body, LOGGED_IN_USER)) as BackendlessUser;
      return setCurrentUser(user, stayLoggedIn === true)!;
    }),

    logout: withResponder(async () => {
      try {
        await request('GET', '/users/logout');
      } catch (error) {
        if (SESSION_ENDED_CODES.includes((error as BackendlessError).code!)) setCurrentUser(null);
        throw error;
      }
      setCurrentUser(null);
    }),

    getCurrentUserToken,

    setCurrentUserToken(token) {
      checkToken(token);
      token ||= null;
      if (app.user) app.user[USER_TOKEN] = token as string;
      const record = app.store.read();
      if (record[USER_TOKEN]) {
        record[USER_TOKEN] = token;
        app.store.write(record);
      }
    },

    getCurrentUser: withResponder(async (reload?: boolean) => {
      if (app.user && !reload) return app.user;
      if (app.userRequest) return app.userRequest;
      const id = getCurrentUserId();
      if (!id) return null;
      // Concurrent calls share one request, as in the SDK.
      return (app.userRequest = request('GET', '/data/Users/' + encodeURIComponent(id), undefined, isObject)
        .then((data) => {
          const user = asUser(data);
          // Keep the in-memory token (a reload must not lose it); after a restart the token stays in storage.
          user[USER_TOKEN] = app.user?.[USER_TOKEN] || undefined;
          return (app.user = user);
        })
        .finally(() => (app.userRequest = undefined)));
    }),

    isValidLogin: withResponder(async () => {
      const token = getCurrentUserToken();
      if (!token) return false;
      const path = '/users/isvalidusertoken/' + encodeURIComponent(token);
      return (await request('GET', path, undefined, BOOLEAN)) as boolean;
    }),

    register: withResponder(async (user: BackendlessUser) => {
      const body = { ...user };
      body.blUserLocale ||= clientLocale() || undefined;
      return asUser(await request('POST', '/users/register', body, isObject));
    }),

    loggedInUser: getCurrentUserId,
    getCurrentUserId,
    setCurrentUser,
  } as UserService;
}
