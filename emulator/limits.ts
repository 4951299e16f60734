// Every bound the emulator puts on what a client (or a data file) can make it hold or do, in one place: the
// README's "Reliability" section is written from these constants. Backendless' own limits where its
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
 * Open connections served at once. Past it, the connection idle the longest (no request in flight) is closed
 * to make room; when every connection is busy, the newcomer is closed instead.
 */
export const MAX_CONNECTIONS = 1_000;

/** A connection with no request in flight — never used, or kept alive after an answer — is closed after this. */
export const IDLE_TIMEOUT_MS = 5_000;

/** Time allowed for a request's headers to arrive (Node answers 408 past it). */
export const HEADERS_TIMEOUT_MS = 20_000;

/** Time allowed for a whole request, body included, to arrive. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Largest request head (URL and headers) Node accepts: 16 KiB (its default); past it, 431. */
export const MAX_HEADER_BYTES = 16 * 1024;

/**
 * Largest data file written (64 MiB). A change that would make it larger is refused with 500 and undone, so the
 * file — and what a restart must read — stays bounded and every later write still works.
 */
export const MAX_DATA_FILE_BYTES = 64 * 1024 * 1024;
