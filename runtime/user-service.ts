// The shape of Backendless.UserService: every call the runtime covers, with the official SDK v8's arguments,
// results and rules. Types only; the calls are built in users.ts, accounts.ts and roles.ts.
import type { BackendlessUser, Responder, User } from './user.ts';

/** A find query for `findByRole`: the keys of the SDK's `DataQueryBuilder.toJSON()`, sent as the SDK sends them. */
export interface UserQuery {
  pageSize?: number;
  offset?: number;
  properties?: string[];
  excludeProps?: string[];
  where?: string;
  having?: string;
  sortBy?: string | string[];
  groupBy?: string | string[];
  relations?: string[];
  relationsDepth?: number;
  relationsPageSize?: number;
  distinct?: boolean;
  fileReferencePrefix?: string;
}

/**
 * `Backendless.UserService` (alias `Backendless.Users`). Every asynchronous call also takes a responder
 * `{ handleResponse, handleFault }` as its last argument. Argument errors reject with the SDK's own messages and
 * no `code`; the server's errors carry its `code`, `message`, `status`, `headers` and `body`.
 */
export interface UserService {
  /**
   * `POST users/login`. Only `stayLoggedIn === true` remembers the session in storage. With a string
   * `login` and no password (or a boolean second argument) it logs in by objectId, as the SDK does — which
   * Backendless allows only with a CloudCode (server) API key.
   */
  login(login: string | number, password?: string, stayLoggedIn?: boolean, responder?: Responder<User>): Promise<User>;
  login(login: string | number, password: string, responder: Responder<User>): Promise<User>;
  login(objectId: string, stayLoggedIn?: boolean | Responder<User>, responder?: Responder<User>): Promise<User>;
  /** `POST users/register/guest`: a new guest account (`userStatus: 'GUEST'`), logged in like `login`. */
  loginAsGuest(stayLoggedIn?: boolean, responder?: Responder<User>): Promise<User>;
  /**
   * `POST users/social/<provider>/login` with an OAuth 2.0 access token the program got from the provider: logs
   * in (or signs up) the provider's user, mapping its fields to user properties with `fieldsMapping`. A guest
   * user (a `Backendless.User`) given third becomes that account. As in the SDK the guest may be left out
   * (`(provider, token, fieldsMapping, stayLoggedIn)`), and a truthy `stayLoggedIn` remembers the session.
   */
  loginWithOauth2(
    providerCode: string,
    accessToken: string,
    guestUser?: User | Record<string, string> | boolean,
    fieldsMapping?: Record<string, string> | boolean,
    stayLoggedIn?: boolean,
  ): Promise<User>;
  /**
   * `POST users/oauth/<provider>/request_url`: the provider's authorization URL to send the person to; after the
   * consent the provider hands back what `loginWithOauth2` (or Backendless' own redirect) needs.
   */
  getAuthorizationUrlLink(
    providerCode: string,
    fieldsMapping?: Record<string, string>,
    scope?: string,
    redirect?: boolean,
    redirectAfterLoginUrl?: string,
    callbackUrlDomain?: string,
  ): Promise<string>;
  /**
   * `GET users/logout`, then forgets the session. If the server says the session is already over
   * (codes 3023, 3064, 3090, 3091) the session is forgotten too and the call still rejects. Any other
   * failure (network down, 2002, a timeout…) keeps the session, so logout can be retried. The SDK's
   * rule; the session is cleared in one step, never half. With nobody logged in the request is still sent
   * (without a token), as the SDK does; Backendless answers it with success.
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
  getCurrentUser(reload?: boolean, responder?: Responder<User | null>): Promise<User | null>;
  getCurrentUser(responder: Responder<User | null>): Promise<User | null>;
  /**
   * `false` without a request when there is no token; else `GET users/isvalidusertoken/<token>`, whose answer
   * must be `true` or `false` (anything else is a BackendlessError).
   */
  isValidLogin(responder?: Responder<boolean>): Promise<boolean>;
  /**
   * `POST users/register`; resolves with the saved user (an empty answer resolves with `''`, as in the SDK). Does
   * not log in (the SDK neither). A user carrying the `objectId` of the logged-in guest turns that guest account
   * into a registered one. The browser's language goes along as `blUserLocale` unless the user has one.
   */
  register(user: BackendlessUser, responder?: Responder<User>): Promise<User>;
  /** `PUT users/<objectId>`: saves the given properties of that user and resolves with the whole saved user. */
  update(user: BackendlessUser, responder?: Responder<User>): Promise<User>;
  /**
   * `POST users/verifypassowrd` (the SDK's spelling): whether `password` is the logged-in user's. Backendless
   * answers it for a CloudCode (server) API key only (3122 otherwise).
   */
  verifyPassword(password: string, responder?: Responder<boolean>): Promise<boolean>;
  /** `GET users/restorepassword/<identity>`: the reset e-mail (3020 for an unknown identity). */
  restorePassword(identity: string, responder?: Responder<unknown>): Promise<unknown>;
  /** `POST users/resendconfirmation/<identity>`: the e-mail confirmation again. */
  resendEmailConfirmation(identity: string | number, responder?: Responder<unknown>): Promise<unknown>;
  /** `POST users/createEmailConfirmationURL/<identity>`: `{ confirmationURL }` without sending an e-mail. */
  createEmailConfirmationURL(
    identity: string | number,
    responder?: Responder<{ confirmationURL: string }>,
  ): Promise<{ confirmationURL: string }>;
  /** `GET users/userroles[/<userId>]`: the role names of the logged-in user (or of `userId`). */
  getUserRoles(userId?: string, responder?: Responder<string[]>): Promise<string[]>;
  /** `GET users/role/<role>`: the users who have `role`, with their `roles` when `loadRoles` is true. */
  findByRole(roleName: string, loadRoles?: boolean | null, query?: UserQuery | null): Promise<User[]>;
  /** `POST users/assignRole` `{ user, roleName }` (CloudCode key only); `identity` is the user's identity value. */
  assignRole(identity: string | number, roleName: string, responder?: Responder<unknown>): Promise<unknown>;
  /** `POST users/unassignRole` `{ user, roleName }` (CloudCode key only). */
  unassignRole(identity: string | number, roleName: string, responder?: Responder<unknown>): Promise<unknown>;
  /** `PUT users/<userId>/status` `{ userStatus: 'ENABLED' }` (CloudCode key only; 3054 otherwise). */
  enableUser(userId: string | number, responder?: Responder<unknown>): Promise<unknown>;
  /** `PUT users/<userId>/status` `{ userStatus: 'DISABLED' }` (CloudCode key only; 3054 otherwise). */
  disableUser(userId: string | number, responder?: Responder<unknown>): Promise<unknown>;
  /** `PUT users/<userId>/status` `{ userStatus }`, what enableUser and disableUser send. */
  updateUserStatus(userId: string | number, userStatus: string, responder?: Responder<unknown>): Promise<unknown>;
  /** `GET users/userclassprops`: the Users table's columns (`{ name, type, required, … }`). */
  describeUserClass(responder?: Responder<Record<string, unknown>[]>): Promise<Record<string, unknown>[]>;
  /** The current user's objectId, or `null` (synchronous). */
  loggedInUser(): string | null;
  /** The same as `loggedInUser()`. */
  getCurrentUserId(): string | null;
  /**
   * Makes `user` current (as a `Backendless.User`; one already is stays the same object); `stayLoggedIn` true
   * remembers it, anything else erases a remembered one. A user whose `user-token` could not go into a header
   * throws a BackendlessError and changes nothing.
   */
  setCurrentUser(user: BackendlessUser | null, stayLoggedIn?: boolean): User | null;
}
