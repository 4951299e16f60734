// Every bound the emulator puts on what a client (or a data file) can make it hold or do, in one place: the
// table of docs/reliability.md is written from these constants. Backendless' own limits where its
// documentation states one; otherwise ours, chosen so that one unauthenticated request costs little.

/** Largest request body read (1 MiB); a larger one gets 413 / 8002 and its connection is closed unread. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Deepest JSON nesting accepted in a request body; a user object never needs more. */
export const MAX_JSON_DEPTH = 32;

/** Custom columns one register (or admin add) may set. */
export const MAX_CUSTOM_COLUMNS = 64;

/** Longest text property (and `name`): Backendless' STRING column, "alphanumeric data for up to 500 characters". */
export const MAX_TEXT_PROPERTY_LENGTH = 500;

/** Largest object or array property, serialized (ours: Backendless stores such values only in JSON columns). */
export const MAX_JSON_PROPERTY_BYTES = 8 * 1024;

/** Deepest object or array property: the value itself counts as level 1 (ours). */
export const MAX_JSON_PROPERTY_DEPTH = 8;

/** All custom properties of one user together, serialized (ours). */
export const MAX_USER_PROPERTIES_BYTES = 32 * 1024;

/**
 * Identities the failed-login table remembers. Entries are keyed by a fixed-size digest of the identity, so the
 * table's size in bytes is bounded too (about {@link FAILED_LOGIN_ENTRY_BYTES} each), whatever was typed.
 */
export const MAX_FAILED_LOGIN_ENTRIES = 10_000;

/** Upper estimate of one failed-login entry in memory: a 43-character digest key, a small record, Map overhead. */
export const FAILED_LOGIN_ENTRY_BYTES = 200;

/**
 * Open connections served at once. Past it, room is made for the newcomer: the connection idle the longest (no
 * request in flight) is closed, else the one furthest behind {@link MIN_BODY_BYTES_PER_SECOND} while its body
 * arrives; only when every connection is busy at a fair pace is the newcomer closed instead.
 */
export const MAX_CONNECTIONS = 1_000;

/**
 * A connection with no request in flight — never used, or kept alive after an answer — is closed after this. It
 * bounds the time a request head takes too: the head must be complete within this time of the connection opening
 * (or of the previous answer).
 */
export const IDLE_TIMEOUT_MS = 5_000;

/** Time allowed for a request's headers to arrive once they have begun (Node answers 408 past it). */
export const HEADERS_TIMEOUT_MS = 5_000;

/** Time a request body may take whatever its pace; past it the body must keep up {@link MIN_BODY_BYTES_PER_SECOND}. */
export const BODY_GRACE_MS = 5_000;

/**
 * Slowest pace a request body may arrive at, on average since its headers, once {@link BODY_GRACE_MS} has passed
 * (Apache's `mod_reqtimeout` default MinRate). A slower one is answered 408 and its connection closed.
 */
export const MIN_BODY_BYTES_PER_SECOND = 500;

/** Time allowed for a whole request, body included, to arrive (408 past it). */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Largest request head (URL and headers) Node accepts: 16 KiB (its default); past it, 431. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** The bounds the HTTP server applies to connections and requests (emulator/http/server.ts, connections.ts). */
export interface Limits {
  maxConnections: number;
  idleTimeoutMs: number;
  headersTimeoutMs: number;
  bodyGraceMs: number;
  minBodyBytesPerSecond: number;
  requestTimeoutMs: number;
  maxHeaderBytes: number;
}

/** The server's bounds as the constants above set them. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxConnections: MAX_CONNECTIONS,
  idleTimeoutMs: IDLE_TIMEOUT_MS,
  headersTimeoutMs: HEADERS_TIMEOUT_MS,
  bodyGraceMs: BODY_GRACE_MS,
  minBodyBytesPerSecond: MIN_BODY_BYTES_PER_SECOND,
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  maxHeaderBytes: MAX_HEADER_BYTES,
});

/**
 * {@link DEFAULT_LIMITS} with `overrides` (tests make them small, so a timeout takes milliseconds). Each must be a
 * positive whole number, and the head's time no longer than the whole request's (Node's own rule).
 */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const [name, value] of Object.entries(overrides)) {
    if (!(name in DEFAULT_LIMITS)) throw new TypeError(`limits: unknown limit "${name}"`);
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value <= 0)
      throw new TypeError(`limits.${name} must be a positive whole number, got ${String(value)}`);
    limits[name as keyof Limits] = value;
  }
  // A shorter request time shortens the head's time with it, unless that is given too.
  if (overrides.headersTimeoutMs === undefined)
    limits.headersTimeoutMs = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  if (limits.headersTimeoutMs > limits.requestTimeoutMs)
    throw new TypeError('limits.headersTimeoutMs must not exceed limits.requestTimeoutMs');
  return limits;
}

/**
 * Largest data file written (64 MiB). A change that would make it larger is refused with 500 and undone, so the
 * file — and what a restart must read — stays bounded and every later write still works.
 */
export const MAX_DATA_FILE_BYTES = 64 * 1024 * 1024;

/** Custom roles an app may define; a role name is at most {@link MAX_ROLE_NAME_LENGTH} characters (ours). */
export const MAX_CUSTOM_ROLES = 1_000;

// Longest custom role name (ours; Backendless documents none): in the contract, so the console's form knows it too.
export { MAX_ROLE_NAME_LENGTH } from './contract.ts';

/** E-mails kept in the outbox; past it the oldest one goes (ours). */
export const MAX_OUTBOX_MESSAGES = 1_000;

/** Confirmation and password-reset links that can be open at once (one of each kind per user); oldest go first. */
export const MAX_OPEN_EMAIL_LINKS = 10_000;

/** How long an e-mailed confirmation or password-reset link works (ours; Backendless documents none). */
export const EMAIL_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Guest accounts kept (each Login as Guest creates one, with no password check to slow a flood down); past it the
 * oldest guest is removed with its sessions (ours).
 */
export const MAX_GUEST_ACCOUNTS = 1_000;

/** OAuth2 sign-ins waiting on the consent page, and how long each waits (ours). */
export const MAX_PENDING_OAUTH_REQUESTS = 1_000;
export const OAUTH_REQUEST_LIFETIME_MS = 10 * 60 * 1000;

/** Access tokens the local OAuth2 provider has handed out and still honours, and for how long (ours). */
export const MAX_PROVIDER_TOKENS = 10_000;
export const PROVIDER_TOKEN_LIFETIME_MS = 60 * 60 * 1000;

/** Longest URL a sign-in may redirect to, and longest scope text (ours). */
export const MAX_REDIRECT_URL_LENGTH = 2_048;
export const MAX_OAUTH_SCOPE_LENGTH = 1_000;

/** Largest body `POST /_emulator/import` reads: a whole app's data, more than any other request (ours). */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

/** Largest page size of Find Users by Role, and the one used when none is asked for (Backendless' data paging). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;
