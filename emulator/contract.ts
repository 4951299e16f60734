// What code outside the emulator may know of it, browser code included: where it listens, how a user token is
// shown without revealing it, its settings, and the shapes its admin API answers with (the emulator console
// builds on these). Types and pure functions only, no Node APIs.

/** Where an emulator listens and the app it serves: what `startEmulator()` resolves to (without `close` and the
 * server key), what `/emulator.json` and `codeless emulator --json` print. */
export interface EmulatorAddress {
  /** Its base URL, e.g. `http://127.0.0.1:3850`. */
  url: string;
  /** The application id of the app it serves. */
  appId: string;
  /** The client API key of that app: what pages and the blocks use (Backendless' JS / REST API key). */
  apiKey: string;
}

/** A user token as the admin side and the playground show it: its first and last four characters. */
export function maskToken(token: string): string {
  return token.length <= 10 ? '…' : `${token.slice(0, 4)}…${token.slice(-4)}`;
}

/** Any JSON value a custom Users column can hold. */
/** Properties the server keeps: a user object sent back (by update, or a guest's register) may carry them. */
export const SYSTEM_PROPERTIES: readonly string[] = [
  'objectId',
  'ownerId',
  'created',
  'updated',
  'lastLogin',
  'userStatus',
  'socialAccount',
  'user-token',
  '___class',
];

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A user object as Backendless sends it: system columns and custom columns, never a password. */
export type PublicUser = Record<string, JsonValue>;

/** Backendless' `userStatus` values. */
export type UserStatus = 'ENABLED' | 'DISABLED' | 'GUEST' | 'EMAIL_CONFIRMATION_PENDING';

/**
 * What happens when a user who already has a live session logs in again (Backendless Console → Users → Login):
 * - `end-previous`: the older sessions end — Backendless' default (multiple logins off, "First user" terminated);
 * - `reject`: the new login fails with 3002 (multiple logins off, "Second user" blocked);
 * - `allow`: sessions live side by side (multiple logins on), up to `maxConcurrentLogins` (3044).
 */
export type MultipleLoginsPolicy = 'end-previous' | 'reject' | 'allow';

/** How Restore Password helps a user in: an e-mailed link to a page that sets a new password, or a new password. */
export type PasswordResetMode = 'link' | 'generated-password';

/** The app's user-service settings, as Backendless Console shows them under Users → Registration / Login. */
export interface EmulatorSettings {
  /** false → register answers 3009 (HTTP 403). Default true. */
  registrationEnabled: boolean;
  /** true → a new user is EMAIL_CONFIRMATION_PENDING until the e-mailed link is opened; login answers 3087. */
  emailConfirmationRequired: boolean;
  /** Default `link`. */
  passwordResetMode: PasswordResetMode;
  /** true → every login answers 3034 ("User login is disabled"). Default false. */
  loginsDisabled: boolean;
  /** See {@link MultipleLoginsPolicy}. Default `end-previous`. */
  multipleLogins: MultipleLoginsPolicy;
  /** Under `allow`: live sessions one user may hold; the next login answers 3044. 0 = no limit (default). */
  maxConcurrentLogins: number;
  /** Failed logins in a row that lock an identity out (3036). 0 = never lock (Backendless' default). */
  maxFailedLogins: number;
  /** How long a lockout lasts, in milliseconds. Default 15 minutes. */
  lockoutMs: number;
  /** Idle time after which a session ends (3064). Default 1 hour (Backendless'), at most 30 days; 0 = never. */
  sessionTimeoutMs: number;
  /**
   * Origins (`https://app.example`) the local OAuth2 provider's consent page may send a person and a token to, besides
   * loopback ones (`localhost`, `127.x.x.x`, `[::1]`), which it always may — like Firebase's authorized domains.
   * Default none.
   */
  redirectOrigins: string[];
}

/** What `GET /_emulator` answers: how to reach the app, both keys included (this machine only). */
export interface AdminAppView {
  serverURL: string;
  appId: string;
  /** The client key (pages, the blocks). */
  apiKey: string;
  /** The server key (CloudCode): server-only calls such as assignRole or login by objectId accept it. */
  serverKey: string;
  /** `<serverURL>/<appId>/<apiKey>`. */
  appBase: string;
  /** `<serverURL>/<appId>/<serverKey>`. */
  serverBase: string;
}

/** A user as the admin API (`GET /_emulator/users`) lists it: the public object plus account state. */
export interface AdminUserView {
  user: PublicUser;
  loginDisabled: boolean;
  /** Custom roles assigned to the user (system roles follow from the account and are not stored). */
  roles: string[];
  /** Failed logins counted for the user's email since the last success. */
  failedLogins: number;
  /** When the lockout ends (epoch milliseconds), or null when not locked out. */
  lockedUntil: number | null;
  liveSessions: number;
}

/** A live session as the admin API (`GET /_emulator/sessions`) lists it: its token masked, never whole. */
export interface AdminSessionView {
  /** Names the session for `DELETE /_emulator/sessions/<sessionId>` without revealing its token. */
  sessionId: string;
  /** The user's objectId. */
  objectId: string;
  email: string | null;
  name: string | null;
  userStatus: UserStatus | null;
  created: number;
  lastUsed: number;
  /** The token through {@link maskToken}. */
  token: string;
}

/** A role as `GET /_emulator/roles` lists it. */
export interface AdminRoleView {
  name: string;
  /** System roles are Backendless' own: they cannot be added, deleted, assigned or unassigned. */
  system: boolean;
  /** Users who hold the role now (for system roles: who it is given to). */
  users: number;
}

/** What an e-mail of the user service is for. */
export type OutboxKind = 'email-confirmation' | 'password-reset-link' | 'generated-password';

/** An e-mail the emulator would have sent, kept in its outbox (`GET /_emulator/outbox`). Nothing leaves the machine. */
export interface OutboxMessage {
  id: string;
  kind: OutboxKind;
  /** The user's objectId. */
  userId: string;
  to: string;
  subject: string;
  /** Plain text, as the e-mail would read. */
  text: string;
  /** The links in it, each opened on the emulator (a confirmation, a page that sets a new password). */
  links: Array<{ label: string; url: string }>;
  /** Epoch milliseconds. */
  created: number;
}

/**
 * The whole data of an app as `GET /_emulator/export` hands it out and `POST /_emulator/import` takes it: the data
 * file's document without its sessions. Users carry password hashes (scrypt), never passwords.
 */
export interface EmulatorDataDocument {
  format: 'codeless-emulator';
  version: number;
  appId: string;
  settings?: Partial<EmulatorSettings>;
  roles?: string[];
  users: Array<Record<string, unknown>>;
  outbox?: OutboxMessage[];
  [key: string]: unknown;
}
