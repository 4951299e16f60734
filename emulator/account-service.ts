// Accounts: register (a guest with its own session becomes a member), Update User (only the signed-in user itself,
// unless the server key is used), Get User, Enable / Disable User and Verify Password (server key only), and the
// Users table's description.
import type { AppState, Caller } from './app-state.ts';
import type { JsonValue, PublicUser } from './contract.ts';
import type { EmailService } from './email-service.ts';
import { errors } from './errors.ts';
import { verifyPassword } from './passwords.ts';
import {
  mergeColumns,
  validateNewUser,
  validateUserChanges,
  withoutSystemProperties,
  type UserChanges,
} from './user-properties.ts';
import { toPublicUser, type StoredUser } from './users.ts';

/** One column of `GET users/userclassprops`, in Backendless' shape. */
export interface ColumnDescription {
  name: string;
  type: 'STRING_ID' | 'STRING' | 'DATETIME' | 'INT' | 'DOUBLE' | 'BOOLEAN' | 'JSON';
  required: boolean;
  defaultValue: null;
  identity: boolean;
  primaryKey: boolean;
}

const SYSTEM_COLUMNS: ReadonlyArray<[string, ColumnDescription['type']]> = [
  ['objectId', 'STRING_ID'],
  ['ownerId', 'STRING'],
  ['created', 'DATETIME'],
  ['updated', 'DATETIME'],
  ['email', 'STRING'],
  ['name', 'STRING'],
  ['password', 'STRING'],
  ['userStatus', 'STRING'],
  ['lastLogin', 'DATETIME'],
  ['socialAccount', 'STRING'],
  ['blUserLocale', 'STRING'],
];

/** The account operations of the user service. */
export class AccountService {
  readonly #state: AppState;
  readonly #email: EmailService;

  constructor(state: AppState, email: EmailService) {
    this.#state = state;
    this.#email = email;
  }

  /**
   * `POST users/register`: a new user (not logged in; no token), EMAIL_CONFIRMATION_PENDING with a confirmation
   * e-mail while the app requires one. A body whose `objectId` is the caller's own guest account turns that guest
   * into the member; any other objectId is 3039.
   */
  async register(body: Record<string, unknown>, caller: Caller): Promise<PublicUser> {
    return this.#state.userEvents.around('register', caller, { user: body }, (req) =>
      this.#register(req.user as Record<string, unknown>, caller),
    );
  }

  async #register(body: Record<string, unknown>, caller: Caller): Promise<PublicUser> {
    const state = this.#state;
    if (!state.settings.registrationEnabled) throw errors.registrationDisabled();
    if (body.objectId !== undefined) return this.#convertGuest(body, caller);
    const status = state.settings.emailConfirmationRequired ? 'EMAIL_CONFIRMATION_PENDING' : 'ENABLED';
    const user = await state.users.create(validateNewUser(body, state.settings.minPasswordLength), state.now(), status);
    const unmail =
      status === 'ENABLED' ? () => undefined : this.#email.mailConfirmation(user as StoredUser & { email: string });
    await state.commit(() => {
      unmail();
      if (state.users.findById(user.objectId) === user) state.users.remove(user.objectId);
    });
    return toPublicUser(user);
  }

  async #convertGuest(body: Record<string, unknown>, caller: Caller): Promise<PublicUser> {
    const state = this.#state;
    const signedIn = state.callerUser(caller);
    const objectId = body.objectId;
    if (
      signedIn?.userStatus !== 'GUEST' ||
      typeof objectId !== 'string' ||
      signedIn.objectId !== objectId.toUpperCase()
    ) {
      throw errors.objectIdNotAllowed();
    }
    // The guest object the client got back carries the system properties; they are the server's to keep.
    const properties = validateNewUser(withoutSystemProperties(body), state.settings.minPasswordLength);
    if (state.users.findByIdentity(properties.email)) throw errors.userAlreadyExists();
    const passwordHash = await state.hashPassword(properties.password);
    const guest = state.users.findById(objectId);
    if (guest?.userStatus !== 'GUEST') throw errors.objectIdNotAllowed();
    const confirm = state.settings.emailConfirmationRequired;
    const member: StoredUser = {
      ...guest,
      email: properties.email,
      name: properties.name,
      blUserLocale: properties.blUserLocale,
      columns: mergeColumns(guest.columns, properties.columns),
      passwordHash,
      userStatus: confirm ? 'EMAIL_CONFIRMATION_PENDING' : 'ENABLED',
      updated: state.now(),
    };
    state.users.replace(guest, member);
    const undoMail = confirm ? this.#email.mailConfirmation(member as StoredUser & { email: string }) : undefined;
    return this.#commitChange(member, guest, undoMail);
  }

  /** Commits `next`, already in `previous`'s place, and the e-mail `undoMail` takes back; the user as sent back. */
  async #commitChange(next: StoredUser, previous: StoredUser, undoMail = () => {}): Promise<PublicUser> {
    const state = this.#state;
    await state.commit(() => {
      undoMail();
      state.putBack(next, previous);
    });
    return toPublicUser(next);
  }

  /**
   * `PUT users/<objectId>`: changes the signed-in user's own properties (3028 without a session, 3029 for another
   * user, 3030 for an unknown objectId); the server key may change anyone's. System properties the client sends
   * back are ignored; an `objectId` naming another user is 3024; an identity another user has is 3018.
   */
  async update(objectId: string, body: Record<string, unknown>, caller: Caller): Promise<PublicUser> {
    // The handlers' req.user names the user it changes, as the SDK's update sends it.
    const user = body.objectId === undefined ? { ...body, objectId } : body;
    return this.#state.userEvents.around('update', caller, { user }, (req) =>
      this.#update(objectId, req.user as Record<string, unknown>, caller),
    );
  }

  async #update(objectId: string, body: Record<string, unknown>, caller: Caller): Promise<PublicUser> {
    const state = this.#state;
    const signedIn = state.callerUser(caller);
    if (caller.key === 'client' && !signedIn) throw errors.notLoggedIn();
    const target = state.users.findById(objectId);
    if (!target) throw errors.userIdNotFound(objectId);
    if (caller.key === 'client' && signedIn!.objectId !== target.objectId) throw errors.anotherUser();
    if (body.objectId !== undefined && String(body.objectId).toUpperCase() !== target.objectId) {
      throw errors.updateFailed('the objectId in the body names another user than the path');
    }
    const changes = validateUserChanges(withoutSystemProperties(body), state.settings.minPasswordLength);
    checkGuestChanges(target, changes);
    const passwordHash = changes.password === undefined ? undefined : await state.hashPassword(changes.password);
    // Looked up again: the user may have logged in (a new record) or been deleted while a password hashed.
    const current = state.users.findById(objectId);
    if (!current) throw errors.userIdNotFound(objectId);
    checkGuestChanges(current, changes);
    const changed = applyChanges(current, changes, passwordHash, state.now());
    // A new address is the person's only once they prove it is theirs: until its link is opened, nobody signs in
    // with it (3087 to a password, the consent page refuses it), as for a new registration.
    const reconfirm =
      state.settings.emailConfirmationRequired &&
      changed.email !== null &&
      changed.email !== current.email &&
      changed.userStatus === 'ENABLED';
    const next: StoredUser = reconfirm ? { ...changed, userStatus: 'EMAIL_CONFIRMATION_PENDING' } : changed;
    state.users.replace(current, next, errors.identityTaken);
    const undoMail = reconfirm ? this.#email.mailConfirmation(next as StoredUser & { email: string }) : undefined;
    return this.#commitChange(next, current, undoMail);
  }

  /** `PUT users/<objectId>/status`: ENABLED or DISABLED, server key only (3054 for the client key). */
  async setStatus(objectId: string, body: Record<string, unknown>, caller: Caller): Promise<void> {
    const state = this.#state;
    if (caller.key !== 'server') throw errors.onlyForServerCode();
    const { userStatus } = body;
    if (userStatus !== 'ENABLED' && userStatus !== 'DISABLED') {
      throw errors.invalidParameter("'userStatus': must be ENABLED or DISABLED");
    }
    const user = state.users.findById(objectId);
    if (!user) throw errors.unknownUser(objectId);
    if (user.userStatus === 'GUEST')
      throw errors.invalidParameter("'userStatus': a guest account's status stays GUEST");
    if (user.userStatus === userStatus) return;
    const next: StoredUser = { ...user, userStatus, updated: state.now() };
    state.users.replace(user, next);
    await state.commit(() => state.putBack(next, user));
  }

  /** `GET data/Users/<objectId>`: one user; a `user-token` header, when sent, must be live. */
  getUser(objectId: string, caller: Caller): PublicUser {
    this.#state.callerUser(caller);
    const user = this.#state.users.findById(objectId);
    if (!user) throw errors.entityNotFound(objectId);
    return toPublicUser(user);
  }

  /**
   * `POST users/verifypassowrd` (and the spelling `verifypassword`): whether a password is the signed-in user's,
   * server key only (3122 for the client key, 3121 without a session, 3064 for a dead one).
   */
  async verifyPassword(body: Record<string, unknown>, caller: Caller): Promise<{ valid: boolean }> {
    const state = this.#state;
    if (caller.key !== 'server') throw errors.passwordVerificationOnlyInCloudCode();
    if (caller.token === undefined) throw errors.noAuthenticatedUser();
    const user = state.callerUser(caller)!;
    const { password } = body;
    if (typeof password !== 'string' || password === '') {
      throw errors.invalidParameter("'password': must be a non-empty string");
    }
    return { valid: await verifyPassword(password, user.passwordHash ?? state.decoyHash) };
  }

  /**
   * `GET users/userclassprops`: the system columns, then every custom column a user has, typed by its values. No
   * session is needed; a token that is sent must be live.
   */
  async describeUserClass(caller: Caller): Promise<ColumnDescription[]> {
    return this.#state.userEvents.around('describe', caller, {}, async () => this.#describeUserClass(caller));
  }

  #describeUserClass(caller: Caller): ColumnDescription[] {
    this.#state.callerUser(caller);
    const columns = new Map<string, ColumnDescription['type']>();
    for (const user of this.#state.users.all()) {
      for (const [name, value] of Object.entries(user.columns)) {
        if (!columns.has(name)) columns.set(name, typeOf(value));
      }
    }
    return [...SYSTEM_COLUMNS, ...columns].map(([name, type]) => ({
      name,
      type,
      required: name === 'email' || name === 'password',
      defaultValue: null,
      identity: name === 'email',
      primaryKey: name === 'objectId',
    }));
  }
}

/**
 * A guest becomes a member only through register (Backendless' documented way, which obeys the registration and
 * confirmation settings): an update may set a guest's custom properties, never an identity or a password (3024).
 */
function checkGuestChanges(user: StoredUser, changes: UserChanges): void {
  if (user.userStatus === 'GUEST' && (changes.email !== undefined || changes.password !== undefined)) {
    throw errors.updateFailed(
      'a guest account gets an email address and a password through register (with its objectId), not by update',
    );
  }
}

/** The record after validated changes (the argument is not touched); 8008 when the columns grow past their limit. */
export function applyChanges(
  current: StoredUser,
  changes: UserChanges,
  passwordHash: string | undefined,
  now: number,
): StoredUser {
  return {
    ...current,
    email: changes.email ?? current.email,
    passwordHash: passwordHash ?? current.passwordHash,
    name: changes.name === undefined ? current.name : changes.name,
    blUserLocale: changes.blUserLocale ?? current.blUserLocale,
    columns: mergeColumns(current.columns, changes.columns),
    updated: now,
  };
}

function typeOf(value: JsonValue): ColumnDescription['type'] {
  if (typeof value === 'string') return 'STRING';
  if (typeof value === 'boolean') return 'BOOLEAN';
  if (typeof value === 'number') return Number.isInteger(value) ? 'INT' : 'DOUBLE';
  return 'JSON';
}
