// The emulator's Users table: records, the identity index, the public (password-free) shape the wire sees,
// and the check of records read from a data file.
import { randomUUID } from 'node:crypto';
import { errors } from './errors.ts';
import { hashPassword, isPasswordHash } from './passwords.ts';
import type { JsonValue, PublicUser } from './contract.ts';
import { checkColumnsSize, checkName, validateNewUser, type NewUserProperties } from './user-properties.ts';

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

/**
 * The key identities are compared by: ASCII letters fold to lower case, nothing else changes — so
 * `Alice@Wonderland.com` is `alice@wonderland.com`, but the Kelvin sign `\u212A` never becomes `k` (as
 * `toLowerCase()` would make it) and no other Unicode character is folded into ASCII.
 */
export function normalizeIdentity(identity: string): string {
  return identity.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** Backendless object ids: upper-case UUIDs. */
export function newObjectId(): string {
  return randomUUID().toUpperCase();
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

/** The Users table. Identity (email) is unique, ASCII case folded (see {@link normalizeIdentity}). */
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

  /**
   * Puts `next` where `current` is (same objectId), keeping the identity index right when the email changed;
   * 3033 when the new email is someone else's. Records are replaced, never edited in place, so an undo is the
   * same call the other way round.
   */
  replace(current: StoredUser, next: StoredUser): void {
    const holder = this.findByIdentity(next.email);
    if (holder && holder.objectId !== current.objectId) throw errors.userAlreadyExists();
    this.#idByIdentity.delete(normalizeIdentity(current.email));
    this.#byId.set(current.objectId, next);
    this.#idByIdentity.set(normalizeIdentity(next.email), current.objectId);
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

/** A checked admin update: `apply` builds the updated record from the one current when it is applied. */
export interface UserPatch {
  /** The updated record (the argument is not touched); 8008 when the merged properties grow past their limit. */
  apply(current: StoredUser, now: number): StoredUser;
  /** Whether the update also ends a lockout. */
  unlock: boolean;
}

/**
 * Validates an admin update — account state, credentials, custom columns (null removes one) — and hashes a new
 * password. Throws EmulatorErrors before anything changes. The record is built only when the update is applied,
 * from the record current then: a login or another update may have replaced it while the password was hashed.
 */
export async function patchUser(user: StoredUser, body: Record<string, unknown>): Promise<UserPatch> {
  const { userStatus, loginDisabled, password, email, name, unlock, ...columns } = body;
  if (userStatus !== undefined && userStatus !== 'ENABLED' && userStatus !== 'DISABLED') {
    throw errors.invalidParameter("'userStatus': must be ENABLED or DISABLED");
  }
  if (loginDisabled !== undefined && typeof loginDisabled !== 'boolean') {
    throw errors.invalidParameter("'loginDisabled': must be true or false");
  }
  if (unlock !== undefined && typeof unlock !== 'boolean') {
    throw errors.invalidParameter("'unlock': must be true or false");
  }
  checkName(name);
  // Register's rules for the identity, the password and the column names and values.
  const checked = validateNewUser({ email: email ?? user.email, password: password ?? 'unchanged', ...columns });
  const passwordHash = password === undefined ? undefined : await hashPassword(checked.password);
  return {
    unlock: unlock === true,
    apply(current, now) {
      const merged: Record<string, JsonValue> = { ...current.columns };
      for (const [column, value] of Object.entries(checked.columns)) {
        if (value === null) delete merged[column];
        else merged[column] = value;
      }
      checkColumnsSize(merged);
      return {
        ...current,
        email: email === undefined ? current.email : checked.email,
        passwordHash: passwordHash ?? current.passwordHash,
        name: name === undefined ? current.name : (name as string | null),
        userStatus: (userStatus as UserStatus | undefined) ?? current.userStatus,
        loginDisabled: (loginDisabled as boolean | undefined) ?? current.loginDisabled,
        columns: merged,
        updated: now,
      };
    },
  };
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
