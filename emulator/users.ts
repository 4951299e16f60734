// The emulator's Users table: records (members, guests, social accounts), the identity index, the public
// (password-free) shape the wire sees, and the check of records read from a data file or an import.
import { randomUUID } from 'node:crypto';
import {
  emailProblem,
  errorMessage,
  nameProblem,
  normalizeEmail,
  type JsonValue,
  type PublicUser,
  type UserStatus,
} from './contract.ts';
import { errors } from './errors.ts';
import { isPasswordHash } from './passwords.ts';
import { validateStoredColumns, type NewUserProperties } from './user-properties.ts';

export type { UserStatus } from './contract.ts';

/** `socialAccount` of an account registered with an identity and a password. */
const NATIVE_ACCOUNT = 'BACKENDLESS';

/** One row of the Users table as the emulator keeps it (with the password hash, never sent). */
export interface StoredUser {
  objectId: string;
  /** The identity; null for a guest, and for a social account whose provider gave none. */
  email: string | null;
  name: string | null;
  created: number;
  updated: number | null;
  lastLogin: number | null;
  userStatus: UserStatus;
  blUserLocale: string;
  /** `BACKENDLESS`, or the provider code of the OAuth2 provider the account signed in with first. */
  socialAccount: string;
  /** The provider's id for the person, for a social account: how the next sign-in finds the same account. */
  social: { provider: string; id: string } | null;
  /** Custom roles assigned to the user. */
  roles: string[];
  /** The app's own columns (everything that is not a system column). */
  columns: Record<string, JsonValue>;
  /** Null for accounts that have no password (guests, social accounts): no password login reaches them. */
  passwordHash: string | null;
  /** Login disabled for this account only: login answers 3000 ("User cannot be logged in"). */
  loginDisabled: boolean;
}

const STATUSES: readonly UserStatus[] = ['ENABLED', 'DISABLED', 'GUEST', 'EMAIL_CONFIRMATION_PENDING'];

/** True for a `userStatus` value Backendless knows. */
function isUserStatus(value: unknown): value is UserStatus {
  return STATUSES.includes(value as UserStatus);
}

/**
 * The key identities are compared by: ASCII letters fold to lower case, nothing else changes — so
 * `Alice@Wonderland.com` is `alice@wonderland.com`, but the Kelvin sign `\u212A` never becomes `k` (as
 * `toLowerCase()` would make it) and no other Unicode character is folded into ASCII.
 */
export function normalizeIdentity(identity: string): string {
  return normalizeEmail(identity).replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** Backendless object ids: upper-case UUIDs. */
export function newObjectId(): string {
  return randomUUID().toUpperCase();
}

/** A new user record with an identity and a password hash (`ENABLED` unless told otherwise). */
export function newUserRecord(
  properties: NewUserProperties,
  passwordHash: string,
  now: number,
  userStatus: UserStatus = 'ENABLED',
): StoredUser {
  return {
    objectId: newObjectId(),
    email: properties.email,
    name: properties.name,
    created: now,
    updated: null,
    lastLogin: null,
    userStatus,
    blUserLocale: properties.blUserLocale,
    socialAccount: NATIVE_ACCOUNT,
    social: null,
    roles: [],
    columns: properties.columns,
    passwordHash,
    loginDisabled: false,
  };
}

/** A new guest: no identity, no password, `userStatus: 'GUEST'`. */
export function newGuestRecord(now: number): StoredUser {
  return {
    objectId: newObjectId(),
    email: null,
    name: null,
    created: now,
    updated: null,
    lastLogin: now,
    userStatus: 'GUEST',
    blUserLocale: 'en',
    socialAccount: NATIVE_ACCOUNT,
    social: null,
    roles: [],
    columns: {},
    passwordHash: null,
    loginDisabled: false,
  };
}

/** The Users table. Identity (email) is unique among the users that have one, ASCII case folded. */
export class UserStore {
  readonly #byId = new Map<string, StoredUser>();
  readonly #idByIdentity = new Map<string, string>();
  // Guests' objectIds, oldest first (a Set iterates in insertion order): counted and evicted without a scan.
  readonly #guests = new Set<string>();
  readonly #hash: (password: string) => Promise<string>;

  /** `hash` turns a new user's password into what is stored (the app's scrypt cost). */
  constructor(hash: (password: string) => Promise<string>) {
    this.#hash = hash;
  }

  /** Every user, in insertion order. */
  all(): StoredUser[] {
    return [...this.#byId.values()];
  }

  get size(): number {
    return this.#byId.size;
  }

  /** How many guest accounts there are. */
  get guestCount(): number {
    return this.#guests.size;
  }

  /** The guest account made first (of those still guests), or undefined. */
  oldestGuest(): StoredUser | undefined {
    const [first] = this.#guests;
    return first === undefined ? undefined : this.#byId.get(first);
  }

  findById(objectId: string): StoredUser | undefined {
    return this.#byId.get(objectId) ?? this.#byId.get(objectId.toUpperCase());
  }

  findByIdentity(identity: string): StoredUser | undefined {
    const id = this.#idByIdentity.get(normalizeIdentity(identity));
    return id === undefined ? undefined : this.#byId.get(id);
  }

  /** The user an identity or an objectId names (role operations accept either). */
  findByIdentityOrId(value: string): StoredUser | undefined {
    return this.findByIdentity(value) ?? this.findById(value);
  }

  /** The account a provider's person signed in with before. */
  findBySocialId(provider: string, id: string): StoredUser | undefined {
    for (const user of this.#byId.values()) {
      if (user.social?.provider === provider && user.social.id === id) return user;
    }
    return undefined;
  }

  /** Creates a user from validated properties; 3033 when the identity is taken. */
  async create(properties: NewUserProperties, now: number, userStatus: UserStatus = 'ENABLED'): Promise<StoredUser> {
    if (this.findByIdentity(properties.email)) throw errors.userAlreadyExists();
    const passwordHash = await this.#hash(properties.password);
    // Checked again: a concurrent register of the same identity may have won while we hashed.
    if (this.findByIdentity(properties.email)) throw errors.userAlreadyExists();
    const user = newUserRecord(properties, passwordHash, now, userStatus);
    this.insert(user);
    return user;
  }

  /** Puts a complete record in the table (loading from a data file, or create). */
  insert(user: StoredUser): void {
    if (user.email !== null) {
      const identity = normalizeIdentity(user.email);
      const holder = this.#idByIdentity.get(identity);
      if (holder !== undefined && holder !== user.objectId) throw errors.userAlreadyExists();
      this.#idByIdentity.set(identity, user.objectId);
    }
    this.#byId.set(user.objectId, user);
    if (user.userStatus === 'GUEST') this.#guests.add(user.objectId);
  }

  /**
   * Puts `next` where `current` is (same objectId), keeping the identity index right when the email changed;
   * 3033 (or `taken()`) when the new email is someone else's. Records are replaced, never edited in place, so an
   * undo is the same call the other way round.
   */
  replace(current: StoredUser, next: StoredUser, taken = errors.userAlreadyExists): void {
    const holder = next.email === null ? undefined : this.findByIdentity(next.email);
    if (holder && holder.objectId !== current.objectId) throw taken();
    if (current.email !== null) this.#idByIdentity.delete(normalizeIdentity(current.email));
    this.#byId.set(current.objectId, next);
    if (next.email !== null) this.#idByIdentity.set(normalizeIdentity(next.email), current.objectId);
    if (next.userStatus !== 'GUEST') this.#guests.delete(current.objectId);
    else if (current.userStatus !== 'GUEST') this.#guests.add(current.objectId);
  }

  remove(objectId: string): StoredUser | undefined {
    const user = this.findById(objectId);
    if (!user) return undefined;
    this.#byId.delete(user.objectId);
    if (user.email !== null) this.#idByIdentity.delete(normalizeIdentity(user.email));
    this.#guests.delete(user.objectId);
    return user;
  }

  clear(): void {
    this.#byId.clear();
    this.#idByIdentity.clear();
    this.#guests.clear();
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
    socialAccount: user.socialAccount,
    blUserLocale: user.blUserLocale,
  };
}

/**
 * Checks a record read from a data file or an import; throws a plain Error naming the problem. Records written by
 * the first data-file version (no `socialAccount`, `social`, `roles`) read as native accounts without roles.
 */
export function checkStoredUser(value: unknown, where: string): StoredUser {
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not an object');
  const user = value as Record<string, unknown>;
  if (typeof user.objectId !== 'string' || !/^[A-Za-z0-9-]{1,100}$/.test(user.objectId))
    fail('objectId must be letters, digits and dashes');
  if (!isUserStatus(user.userStatus)) fail(`userStatus must be one of ${STATUSES.join(', ')}`);
  const hasIdentity = typeof user.email === 'string' && user.email !== '';
  if (!hasIdentity && !(user.email === null && (user.userStatus === 'GUEST' || user.social))) {
    fail('email must be a non-empty string (null only for guests and social accounts)');
  }
  if (hasIdentity) {
    const problem = emailProblem(user.email);
    if (problem !== undefined) fail(`email: ${problem}`);
  }
  const badName = user.name === undefined ? 'a name is text or null' : nameProblem(user.name);
  if (badName !== undefined) fail(`name: ${badName}`);
  if (typeof user.created !== 'number') fail('created must be a number');
  if (user.updated !== null && typeof user.updated !== 'number') fail('updated must be a number or null');
  if (user.lastLogin !== null && typeof user.lastLogin !== 'number') fail('lastLogin must be a number or null');
  if (typeof user.blUserLocale !== 'string' || user.blUserLocale.length > 35)
    fail('blUserLocale must be a language tag');
  if (typeof user.columns !== 'object' || user.columns === null || Array.isArray(user.columns))
    fail('columns must be an object');
  if (user.passwordHash !== null && !isPasswordHash(user.passwordHash))
    fail('passwordHash is not an scrypt hash written by the emulator');
  if (typeof user.loginDisabled !== 'boolean') fail('loginDisabled must be a boolean');
  const socialAccount = user.socialAccount ?? NATIVE_ACCOUNT;
  if (typeof socialAccount !== 'string' || socialAccount === '') fail('socialAccount must be a non-empty string');
  const social = checkSocial(user.social ?? null, fail);
  const roles = user.roles ?? [];
  if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string')) fail('roles must be an array of names');
  let columns: Record<string, JsonValue> = {};
  try {
    columns = validateStoredColumns(user.columns as Record<string, unknown>);
  } catch (error) {
    fail(`columns: ${errorMessage(error).replace(/^Invalid parameter /, '')}`);
  }
  return {
    objectId: user.objectId as string,
    email: hasIdentity ? normalizeEmail(user.email as string) : null,
    name: user.name as string | null,
    created: user.created as number,
    updated: user.updated as number | null,
    lastLogin: user.lastLogin as number | null,
    userStatus: user.userStatus as UserStatus,
    blUserLocale: user.blUserLocale as string,
    socialAccount: socialAccount as string,
    social,
    roles: [...new Set(roles as string[])],
    columns,
    passwordHash: user.passwordHash as string | null,
    loginDisabled: user.loginDisabled as boolean,
  };
}

function checkSocial(value: unknown, fail: (what: string) => never): StoredUser['social'] {
  if (value === null) return null;
  const social = value as { provider?: unknown; id?: unknown };
  if (typeof social !== 'object' || typeof social.provider !== 'string' || typeof social.id !== 'string') {
    return fail('social must be null or { provider, id }');
  }
  return { provider: social.provider, id: social.id };
}
