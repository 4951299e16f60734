// The emulator's Users table: records, validation of new users, the public (password-free) shape the
// wire sees, and the failed-login lockout.
import { randomUUID } from 'node:crypto';
import { errors } from './errors.ts';
import { hashPassword, isPasswordHash } from './passwords.ts';

/** Any JSON value a custom Users column can hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** `userStatus` values the emulator knows (Backendless also has GUEST and EMAIL_CONFIRMATION_PENDING). */
export type UserStatus = 'ENABLED' | 'DISABLED';

/** One row of the Users table as the emulator keeps it (with the password hash, never sent). */
export interface StoredUser {
  objectId: string;
  email: string;
  name: string | null;
  created: number;
  updated: number | null;
  lastLogin: number | null;
  userStatus: UserStatus;
  blUserLocale: string;
  /** The app's own columns (everything that is not a system column). */
  columns: Record<string, JsonValue>;
  passwordHash: string;
  /** Login disabled for this account only: login answers 3000 ("User cannot be logged in"). */
  loginDisabled: boolean;
}

/** The user object as Backendless sends it: system columns, custom columns, never a password. */
export type PublicUser = Record<string, JsonValue>;

/** Properties of a user to create, validated: what register and seeding both produce. */
export interface NewUserProperties {
  email: string;
  password: string;
  name: string | null;
  blUserLocale: string;
  columns: Record<string, JsonValue>;
}

// System columns a client may not set on register; each has its own Backendless error.
const SERVER_OWNED = new Set([
  'ownerId',
  'userStatus',
  'lastLogin',
  'socialAccount',
  'user-token',
  '___class',
  'password',
]);
const COLUMN_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
// Pragmatic shape check (what Backendless's 3040 "wrong format" rejects): one @, no spaces, a dotted domain.
const EMAIL_FORMAT = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_EMAIL_LENGTH = 254;
const MAX_COLUMNS = 64;
const DEFAULT_LOCALE = 'en';

/** Identity lookups ignore case: `Alice@Wonderland.com` and `alice@wonderland.com` are one account. */
export function normalizeIdentity(identity: string): string {
  return identity.toLowerCase();
}

/** Backendless object ids: upper-case UUIDs. */
export function newObjectId(): string {
  return randomUUID().toUpperCase();
}

/**
 * Validates the properties of a user to register (the body of `POST users/register`, or a seed user)
 * and splits them into identity, password and custom columns. Throws {@link EmulatorError}s with the
 * codes Backendless uses.
 */
export function validateNewUser(body: Record<string, unknown>): NewUserProperties {
  if ('objectId' in body) throw errors.objectIdNotAllowed();
  if ('created' in body) throw errors.createdNotAllowed();
  if ('updated' in body) throw errors.updatedNotAllowed();

  const { password, email, name, blUserLocale } = body;
  if (password === undefined || password === null || password === '') throw errors.passwordRequired();
  if (typeof password !== 'string') throw errors.passwordNotString();
  if (email === undefined || email === null || email === '') throw errors.identityMissing('email');
  if (typeof email !== 'string' || email.length > MAX_EMAIL_LENGTH || !EMAIL_FORMAT.test(email)) {
    throw errors.wrongEmailFormat();
  }
  if (name !== undefined && name !== null && typeof name !== 'string') {
    throw errors.invalidParameter("'name': must be a string");
  }
  if (
    blUserLocale !== undefined &&
    blUserLocale !== null &&
    (typeof blUserLocale !== 'string' || blUserLocale.length > 35)
  ) {
    throw errors.invalidParameter("'blUserLocale': must be a language tag such as 'en'");
  }

  const custom = Object.entries(body).filter(
    ([key]) => !['password', 'email', 'name', 'blUserLocale', '___class'].includes(key),
  );
  if (custom.length > MAX_COLUMNS) throw errors.invalidParameter(`: at most ${MAX_COLUMNS} custom columns`);
  for (const [key] of custom) {
    if (SERVER_OWNED.has(key)) throw errors.reservedProperty(key);
    if (!COLUMN_NAME.test(key)) {
      throw errors.invalidParameter(
        `'${key.slice(0, 80)}': column names start with a letter and use letters, digits and _`,
      );
    }
  }
  return {
    email,
    password,
    name: typeof name === 'string' ? name : null,
    blUserLocale: typeof blUserLocale === 'string' && blUserLocale !== '' ? blUserLocale : DEFAULT_LOCALE,
    // fromEntries defines own properties, so a column can never reach Object.prototype.
    columns: Object.fromEntries(custom) as Record<string, JsonValue>,
  };
}

/** A new, enabled user record from validated properties and their password hash. */
export function newUserRecord(properties: NewUserProperties, passwordHash: string, now: number): StoredUser {
  return {
    objectId: newObjectId(),
    email: properties.email,
    name: properties.name,
    created: now,
    updated: null,
    lastLogin: null,
    userStatus: 'ENABLED',
    blUserLocale: properties.blUserLocale,
    columns: properties.columns,
    passwordHash,
    loginDisabled: false,
  };
}

/** The Users table. Identity (email) is unique, case-insensitively. */
export class UserStore {
  readonly #byId = new Map<string, StoredUser>();
  readonly #idByIdentity = new Map<string, string>();

  /** Every user, in insertion order. */
  all(): StoredUser[] {
    return [...this.#byId.values()];
  }

  get size(): number {
    return this.#byId.size;
  }

  findById(objectId: string): StoredUser | undefined {
    return this.#byId.get(objectId) ?? this.#byId.get(objectId.toUpperCase());
  }

  findByIdentity(identity: string): StoredUser | undefined {
    const id = this.#idByIdentity.get(normalizeIdentity(identity));
    return id === undefined ? undefined : this.#byId.get(id);
  }

  /** Creates a user from validated properties; 3033 when the identity is taken. */
  async create(properties: NewUserProperties, now: number): Promise<StoredUser> {
    if (this.findByIdentity(properties.email)) throw errors.userAlreadyExists();
    const passwordHash = await hashPassword(properties.password);
    // Checked again: a concurrent register of the same identity may have won while we hashed.
    if (this.findByIdentity(properties.email)) throw errors.userAlreadyExists();
    const user = newUserRecord(properties, passwordHash, now);
    this.insert(user);
    return user;
  }

  /** Puts a complete record in the table (loading from a data file, or create). */
  insert(user: StoredUser): void {
    const identity = normalizeIdentity(user.email);
    const holder = this.#idByIdentity.get(identity);
    if (holder !== undefined && holder !== user.objectId) throw errors.userAlreadyExists();
    this.#byId.set(user.objectId, user);
    this.#idByIdentity.set(identity, user.objectId);
  }

  /** Changes a user's email, keeping the identity index right; 3033 when the new one is taken. */
  changeEmail(user: StoredUser, email: string): void {
    const holder = this.findByIdentity(email);
    if (holder && holder !== user) throw errors.userAlreadyExists();
    this.#idByIdentity.delete(normalizeIdentity(user.email));
    user.email = email;
    this.#idByIdentity.set(normalizeIdentity(email), user.objectId);
  }

  remove(objectId: string): StoredUser | undefined {
    const user = this.findById(objectId);
    if (!user) return undefined;
    this.#byId.delete(user.objectId);
    this.#idByIdentity.delete(normalizeIdentity(user.email));
    return user;
  }

  clear(): void {
    this.#byId.clear();
    this.#idByIdentity.clear();
  }
}

/** The user object the wire sees: the Backendless shape, custom columns included, never a password. */
export function toPublicUser(user: StoredUser): PublicUser {
  return {
    ...user.columns,
    objectId: user.objectId,
    ownerId: user.objectId,
    ___class: 'Users',
    email: user.email,
    name: user.name,
    created: user.created,
    updated: user.updated,
    lastLogin: user.lastLogin,
    userStatus: user.userStatus,
    socialAccount: 'BACKENDLESS',
    blUserLocale: user.blUserLocale,
  };
}

/** Checks a record read from a data file; throws a plain Error naming the problem. */
export function checkStoredUser(value: unknown, where: string): StoredUser {
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not an object');
  const user = value as Record<string, unknown>;
  if (typeof user.objectId !== 'string' || user.objectId === '') fail('objectId must be a non-empty string');
  if (typeof user.email !== 'string' || user.email === '') fail('email must be a non-empty string');
  if (user.name !== null && typeof user.name !== 'string') fail('name must be a string or null');
  if (typeof user.created !== 'number') fail('created must be a number');
  if (user.updated !== null && typeof user.updated !== 'number') fail('updated must be a number or null');
  if (user.lastLogin !== null && typeof user.lastLogin !== 'number') fail('lastLogin must be a number or null');
  if (user.userStatus !== 'ENABLED' && user.userStatus !== 'DISABLED') fail('userStatus must be ENABLED or DISABLED');
  if (typeof user.blUserLocale !== 'string') fail('blUserLocale must be a string');
  if (typeof user.columns !== 'object' || user.columns === null || Array.isArray(user.columns))
    fail('columns must be an object');
  if (!isPasswordHash(user.passwordHash)) fail('passwordHash is not an scrypt hash written by the emulator');
  if (typeof user.loginDisabled !== 'boolean') fail('loginDisabled must be a boolean');
  return {
    objectId: user.objectId as string,
    email: user.email as string,
    name: user.name as string | null,
    created: user.created as number,
    updated: user.updated as number | null,
    lastLogin: user.lastLogin as number | null,
    userStatus: user.userStatus as UserStatus,
    blUserLocale: user.blUserLocale as string,
    columns: Object.fromEntries(Object.entries(user.columns as object)) as Record<string, JsonValue>,
    passwordHash: user.passwordHash as string,
    loginDisabled: user.loginDisabled as boolean,
  };
}

/**
 * Failed-login counting and lockout (3036), keyed by the identity typed — whether or not such a user
 * exists, so a lockout never reveals which identities are registered. Bounded, so a flood of random
 * identities cannot grow it without limit.
 */
export class FailedLoginTracker {
  readonly #entries = new Map<string, { failures: number; lockedUntil: number }>();
  readonly #capacity: number;

  constructor(capacity = 10_000) {
    this.#capacity = capacity;
  }

  /** True while `identity` is locked out at time `now`. An expired lock is forgotten. */
  isLocked(identity: string, now: number): boolean {
    const key = normalizeIdentity(identity);
    const entry = this.#entries.get(key);
    if (!entry || entry.lockedUntil === 0) return false;
    if (entry.lockedUntil > now) return true;
    this.#entries.delete(key);
    return false;
  }

  /** Counts a failure; locks the identity for `lockoutMs` once `maxFailures` is reached (0 = never). */
  recordFailure(identity: string, now: number, maxFailures: number, lockoutMs: number): void {
    if (maxFailures <= 0) return;
    const key = normalizeIdentity(identity);
    const entry = this.#entries.get(key) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    if (entry.failures >= maxFailures) entry.lockedUntil = now + lockoutMs;
    // Re-insert so the Map's order is "least recently failed first", then evict from the front.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#capacity) this.#evict(now);
  }

  /**
   * Makes room, oldest first — but an identity that is locked right now goes last: otherwise a flood of failed
   * logins for random identities would push a locked account out and give its attacker fresh guesses.
   */
  #evict(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.#capacity) return;
      if (entry.lockedUntil <= now) this.#entries.delete(key);
    }
    // Every entry is a live lock: memory stays bounded, the oldest locks go.
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.#capacity) return;
      this.#entries.delete(key);
    }
  }

  /** A successful login (or an admin unlock) forgets the failures. */
  clear(identity: string): void {
    this.#entries.delete(normalizeIdentity(identity));
  }

  /** Failures counted and lock end for an identity, for the admin view. */
  status(identity: string, now: number): { failedLogins: number; lockedUntil: number | null } {
    const locked = this.isLocked(identity, now);
    const entry = this.#entries.get(normalizeIdentity(identity));
    return { failedLogins: entry?.failures ?? 0, lockedUntil: locked && entry ? entry.lockedUntil : null };
  }

  reset(): void {
    this.#entries.clear();
  }
}
