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

/** The text of an error as a person reads it: `code message` (no code: the message alone). */
export function codeMessage(code: number | null | undefined, message: string): string {
  return code ? `${code} ${message}` : message;
}

/** The message of an `Error`, or the thrown value itself as text (a string, a number, `null` …). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
  redirectOrigins: readonly string[];
  /** The shortest password register, update, the admin API and the reset page accept. Default 1 (Backendless'). */
  minPasswordLength: number;
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
  /** Sessions that still work: a disabled user's sessions answer 3090 and end on their next use, so count none. */
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

/** A server-logic handler the emulator runs: its event (`beforeRegister` …), and whether the call waits for it. */
export interface AdminLogicHandlerView {
  event: string;
  timing: 'before' | 'after';
  operation: string;
  async: boolean;
}

/** One run of a handler: when (ISO time), how long, how it ended, what it logged (`console.*`). */
export interface AdminLogicRunView {
  id: number;
  event: string;
  async: boolean;
  at: string;
  durationMs: number;
  /** ok; refused (it threw a Backendless error: the call got it); failed (threw anything else); timed-out. */
  outcome: 'ok' | 'refused' | 'failed' | 'timed-out';
  error?: { code: number; message: string };
  logs: string[];
}

/** `GET /_emulator/logic`: the server logic deployed (none: `name` null, no handlers) and its latest runs. */
export interface AdminLogicView {
  name: string | null;
  timeLimitMs: number;
  handlers: AdminLogicHandlerView[];
  /** Newest first. */
  runs: AdminLogicRunView[];
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

/** Whether an e-mailed link still works: `open`, `expired`, or `closed` (used, or replaced by a newer e-mail). */
export type OutboxLinkState = 'open' | 'expired' | 'closed';

/** An e-mail as the admin API (`GET /_emulator/outbox`) lists it: each link with whether it still works. */
export interface AdminOutboxMessage extends Omit<OutboxMessage, 'links'> {
  links: Array<{ label: string; url: string; state: OutboxLinkState }>;
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

// ---- what every way in accepts ----------------------------------------------------------------------------------
// One rule per kind of value, used by register, update, the admin API, the data file, import, the pages behind the
// e-mailed links and the console's forms alike, so nothing enters by one door that another refuses. Each answers
// the problem in words, or undefined when the value is fine; the emulator turns a problem into its error code.

/** The longest password any door accepts (scrypt hashes any length; a bound keeps one request cheap). */
export const MAX_PASSWORD_LENGTH = 1024;

/** A password's problem under the app's `minPasswordLength`, or undefined. */
export function passwordProblem(password: unknown, minPasswordLength = 1): string | undefined {
  if (typeof password !== 'string' || password === '') return 'a password is required';
  const length = [...password].length;
  if (length < minPasswordLength) return `a password has at least ${minPasswordLength} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `a password has at most ${MAX_PASSWORD_LENGTH} characters`;
  return undefined;
}

/** The longest email address (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254;
/** The longest `name`, and any text column: Backendless' STRING column. */
export const MAX_NAME_LENGTH = 500;
/** A Users column name: a letter, then letters, digits and `_` (64 at most). */
export const COLUMN_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** A custom role's name: a letter, then letters, digits, `_` and `-`. */
export const ROLE_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Longest custom role name (ours; Backendless documents none). */
export const MAX_ROLE_NAME_LENGTH = 64;
/** Names that are never custom columns: the system properties, the identity, the password and the roles. */
export const RESERVED_COLUMNS: readonly string[] = [
  ...SYSTEM_PROPERTIES,
  'email',
  'name',
  'password',
  'blUserLocale',
  'roles',
];

// Pragmatic shape check (what Backendless's 3040 "wrong format" rejects): one @, no spaces, a dotted domain.
const EMAIL_FORMAT = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// Control and format characters (zero-width spaces and joiners, bidirectional marks, embeddings, overrides and
// isolates, the byte-order mark, soft hyphens) and line / paragraph separators: invisible, or reordering what is seen.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** `U+200B`: how a character is named in a message. */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * An identity as it is stored and compared: Unicode NFC, so `jose\u0301` and `josé` are one address. (ASCII letters
 * are also folded to lower case when identities are compared; no other character is folded.)
 */
export function normalizeEmail(email: string): string {
  return email.normalize('NFC');
}

/** An email address's problem (the identity), or undefined: its format, length and no invisible characters. */
export function emailProblem(email: unknown): string | undefined {
  if (typeof email !== 'string' || email === '') return 'an email address is required';
  const hidden = INVISIBLE.exec(email);
  if (hidden) {
    return `an email address may not hold invisible or bidirectional control characters (it holds ${codePoint(hidden[0])})`;
  }
  if (email.length > MAX_EMAIL_LENGTH) return `an email address has at most ${MAX_EMAIL_LENGTH} characters`;
  if (!EMAIL_FORMAT.test(email)) return 'an email address has one @, no spaces and a dotted domain';
  return undefined;
}

/** A user's `name`'s problem (null or text of at most 500 characters, no control characters), or undefined. */
export function nameProblem(name: unknown): string | undefined {
  if (name === undefined || name === null) return undefined;
  if (typeof name !== 'string') return 'a name is text';
  if (name.length > MAX_NAME_LENGTH) return `a name has at most ${MAX_NAME_LENGTH} characters`;
  const hidden = /[\p{Cc}]/u.exec(name);
  if (hidden) return `a name may not hold control characters (it holds ${codePoint(hidden[0])})`;
  return undefined;
}

/** A custom column name's problem (its shape, or a reserved name), or undefined. */
export function columnNameProblem(name: string): string | undefined {
  if (RESERVED_COLUMNS.includes(name)) return `${name} is reserved for system purposes`;
  if (!COLUMN_NAME.test(name)) return 'column names start with a letter and use letters, digits and _ (64 at most)';
  return undefined;
}

/** A custom role name's shape problem, or undefined (whether it names a system role is the emulator's to say). */
export function roleNameProblem(name: unknown): string | undefined {
  if (typeof name === 'string' && name.length <= MAX_ROLE_NAME_LENGTH && ROLE_NAME.test(name)) return undefined;
  return `a role name starts with a letter and has at most ${MAX_ROLE_NAME_LENGTH} letters, digits, _ and -`;
}

/** The pages an e-mailed link may open: the emulator's own, by their path. */
const EMULATOR_LINK_PATH = /^\/_emulator\/(confirm-email|reset-password)\/[A-Za-z0-9_-]{32}$/;

/**
 * An outbox link's problem, or undefined: a link points at one of the emulator's own pages (a confirmation or a reset
 * page) on a loopback address (`localhost`, `127.x.x.x`, `[::1]`), and nowhere else.
 */
export function emulatorLinkProblem(url: unknown): string | undefined {
  let parsed: URL | undefined;
  try {
    parsed = typeof url === 'string' && url.length <= 2048 ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  const loopback =
    parsed !== undefined &&
    (['localhost', '[::1]', '0.0.0.0', '[::]'].includes(parsed.hostname) ||
      /^127(\.\d{1,3}){3}$/.test(parsed.hostname));
  if (
    !parsed ||
    (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') ||
    !loopback ||
    parsed.username !== '' ||
    parsed.password !== '' ||
    parsed.search !== '' ||
    parsed.hash !== '' ||
    !EMULATOR_LINK_PATH.test(parsed.pathname)
  ) {
    return 'an e-mailed link points at a confirmation or reset page of the emulator on this machine';
  }
  return undefined;
}

/**
 * How to tell a look-alike identity apart: each character outside ASCII named by its code point
 * (`аlice@x.test` → `U+0430 а`), or undefined for an all-ASCII one. The console shows it beside the address.
 */
export function revealNonAscii(text: string): string | undefined {
  const others = [...new Set([...text].filter((character) => character.codePointAt(0)! > 0x7e))];
  return others.length === 0 ? undefined : others.map((character) => `${codePoint(character)} ${character}`).join(', ');
}
