// Signing in and out: login with a password or (server key only) by objectId, Login as Guest, Login with OAuth2
// (a token of the local provider exchanged for a session), logout and token validation — and the one place where
// a session starts, under the app's multiple-logins policy.
import type { PublicUser } from './contract.ts';
import { errors } from './errors.ts';
import { MAX_GUEST_ACCOUNTS } from './limits.ts';
import type { ProviderProfile } from './oauth.ts';
import { verifyPassword } from './passwords.ts';
import type { AppState, Caller } from './app-state.ts';
import type { Session } from './sessions.ts';
import { COLUMN_NAME, checkEmail } from './user-properties.ts';
import { newGuestRecord, newObjectId, toPublicUser, type StoredUser } from './users.ts';

const MAX_FIELDS_MAPPING = 64;
const PROVIDER_CODE = /^[a-z0-9][a-z0-9_.-]{0,39}$/;

/** A provider code as the SDK sends it in a path (lower case); 8008 unless letters, digits, `_`, `.` and `-`. */
export function checkProviderCode(code: string): string {
  const provider = code.toLowerCase();
  if (!PROVIDER_CODE.test(provider)) {
    throw errors.invalidParameter("'providerCode': letters, digits, _, . and - (at most 40)");
  }
  return provider;
}

/** Checks a `fieldsMapping` (provider property → Users column); null or undefined is none. */
export function checkFieldsMapping(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw errors.invalidParameter("'fieldsMapping': must be an object");
  const entries = Object.entries(value);
  if (entries.length > MAX_FIELDS_MAPPING) {
    throw errors.invalidParameter(`'fieldsMapping': at most ${MAX_FIELDS_MAPPING} entries`);
  }
  for (const [from, to] of entries) {
    if (from.length > 64 || typeof to !== 'string' || !COLUMN_NAME.test(to)) {
      throw errors.invalidParameter("'fieldsMapping': each entry maps a provider property to a Users column name");
    }
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** The user-service operations that start and end sessions. */
export class LoginService {
  readonly #state: AppState;

  constructor(state: AppState) {
    this.#state = state;
  }

  /**
   * `POST users/login`: `{ login, password }` between the server logic's beforeLogin and afterLogin handlers, or
   * `{ objectId }` with the server key only (2014 otherwise; it fires no event).
   */
  async login(body: Record<string, unknown>, caller: Caller): Promise<PublicUser> {
    if (body.objectId !== undefined && body.login === undefined) return this.#loginByObjectId(body.objectId, caller);
    const { login, password } = body;
    return this.#state.userEvents.around('login', caller, { login, password }, (req) => this.#login(req));
  }

  async #login({ login, password }: Record<string, unknown>): Promise<PublicUser> {
    const state = this.#state;
    if (login === undefined || login === null) throw errors.requiredParameterNull('login');
    if (password === undefined || password === null) throw errors.requiredParameterNull('password');
    if (typeof login !== 'string' && typeof login !== 'number') {
      throw errors.invalidParameter("'login': must be a string");
    }
    if (typeof password !== 'string') throw errors.passwordNotString();
    const identity = String(login);
    if (identity === '' || password === '') throw errors.loginOrPasswordEmpty();
    if (state.settings.loginsDisabled) throw errors.loginsDisabled();
    if (state.failedLogins.isLocked(identity, state.now())) throw errors.lockedOut();

    const resets = state.resets;
    const candidate = state.users.findByIdentity(identity);
    const passwordMatches = await verifyPassword(password, candidate?.passwordHash ?? state.decoyHash);
    const now = state.now();
    // Checked again after the hash: guesses sent all at once pass the first check together, and the lock that
    // their failures set while this one was hashed must still stop it — right password or not.
    if (state.failedLogins.isLocked(identity, now)) throw errors.lockedOut();
    // The verdict is about the hash that was checked; meanwhile the user may have been removed, reset (a new
    // record with the same hash: the verdict holds) or given another password (it does not).
    const current = state.users.findByIdentity(identity);
    // A guest has no password: none signs in to one (a record that says otherwise was not made by register).
    const user =
      candidate && current?.passwordHash === candidate.passwordHash && current.userStatus !== 'GUEST'
        ? current
        : undefined;
    if (!passwordMatches || !user) {
      // Only a password that was checked and found wrong is a failure, counted in the table it was checked
      // against: a reset meanwhile started a new one.
      if (!passwordMatches && resets === state.resets) {
        state.failedLogins.recordFailure(identity, now, state.settings.maxFailedLogins, state.settings.lockoutMs);
      }
      throw errors.invalidLoginOrPassword();
    }
    // Account state is revealed only to someone who knows the password.
    checkMayLogIn(user);
    const forgotten = state.failedLogins.clear(identity);
    return this.startSession(user, () => state.failedLogins.restore(identity, forgotten));
  }

  /** CloudCode's passwordless login: the session of any enabled user, by objectId. */
  async #loginByObjectId(objectId: unknown, caller: Caller): Promise<PublicUser> {
    if (caller.key !== 'server') throw errors.loginByObjectIdNotAllowed();
    if (typeof objectId !== 'string' || objectId === '') throw errors.invalidParameter("'objectId': must be a string");
    if (this.#state.settings.loginsDisabled) throw errors.loginsDisabled();
    const user = this.#state.users.findById(objectId);
    if (!user) throw errors.unknownUser(objectId);
    checkMayLogIn(user);
    return this.startSession(user);
  }

  /** `POST users/register/guest`: a new guest account (`userStatus: 'GUEST'`) and its session. */
  async loginAsGuest(): Promise<PublicUser> {
    const state = this.#state;
    if (state.settings.loginsDisabled) throw errors.loginsDisabled();
    const now = state.now();
    const guest = newGuestRecord(now);
    state.users.insert(guest);
    const evicted = this.#evictGuests(guest);
    const session = state.sessions.create(guest.objectId, now);
    await state.commit(() => {
      state.sessions.end(session.token);
      if (state.users.findById(guest.objectId) === guest) state.users.remove(guest.objectId);
      for (const { user, sessions } of evicted) {
        if (!state.users.findById(user.objectId)) state.users.insert(user);
        for (const ended of sessions) state.sessions.insert(ended);
      }
    });
    return { ...toPublicUser(guest), 'user-token': session.token };
  }

  /** Past the guest limit, removes the oldest guests (not `keep`) with their sessions; returns what it removed. */
  #evictGuests(keep: StoredUser): Array<{ user: StoredUser; sessions: Session[] }> {
    const state = this.#state;
    const evicted: Array<{ user: StoredUser; sessions: Session[] }> = [];
    while (state.users.guestCount > MAX_GUEST_ACCOUNTS) {
      const oldest = state.users.oldestGuest();
      if (!oldest || oldest === keep) break;
      state.users.remove(oldest.objectId);
      evicted.push({ user: oldest, sessions: state.sessions.endAllFor(oldest.objectId) });
    }
    return evicted;
  }

  /**
   * `POST users/social/<provider>/login`: exchanges an access token of the local provider for the session of the
   * account it names — found by the provider's id, else by e-mail address, else made (a guest given as `guestUser`
   * with its own session becomes that account).
   */
  async socialLogin(providerCode: string, body: Record<string, unknown>, caller: Caller): Promise<PublicUser> {
    const state = this.#state;
    const provider = checkProviderCode(providerCode);
    const { accessToken, fieldsMapping, guestUser } = body;
    if (typeof accessToken !== 'string' || accessToken === '') throw errors.requiredParameterNull('accessToken');
    const mapping = checkFieldsMapping(fieldsMapping);
    const token = state.oauth.findToken(accessToken, provider, state.now());
    if (!token) {
      throw errors.invalidParameter(
        `'accessToken': not a token the emulator's local ${provider} provider handed out, or it has expired`,
      );
    }
    if (state.settings.loginsDisabled) throw errors.loginsDisabled();
    return this.signInWithProvider(provider, token.profile, mapping, caller, guestUser);
  }

  /** Finds or makes the account of a provider's person and starts its session (Login with OAuth2, the consent page). */
  async signInWithProvider(
    provider: string,
    profile: ProviderProfile,
    fieldsMapping: Record<string, string>,
    caller: Caller,
    guestUser?: unknown,
  ): Promise<PublicUser> {
    const state = this.#state;
    const known =
      state.users.findBySocialId(provider, profile.id) ??
      (profile.email === null ? undefined : state.users.findByIdentity(profile.email));
    if (known) {
      checkMayLogIn(known);
      const linked: StoredUser = known.social ? known : { ...known, social: { provider, id: profile.id } };
      if (linked !== known) state.users.replace(known, linked);
      return this.startSession(linked, () => state.putBack(linked, known));
    }
    if (!state.settings.registrationEnabled) throw errors.registrationDisabled();
    const columns: Record<string, string> = {};
    let { email, name } = profile;
    const fields: Record<string, string | null> = { ...profile }; // what the mapping may name
    for (const [from, to] of Object.entries(fieldsMapping)) {
      const value = fields[from];
      if (typeof value !== 'string') continue;
      if (to === 'email') email = value;
      else if (to === 'name') name = value;
      else columns[to] = value;
    }
    if (email !== null) checkEmail(email);
    const guest = this.#ownGuest(guestUser, caller);
    const now = state.now();
    const account: StoredUser = {
      ...(guest ?? newGuestRecord(now)),
      objectId: guest?.objectId ?? newObjectId(),
      email,
      name,
      userStatus: 'ENABLED',
      socialAccount: provider,
      social: { provider, id: profile.id },
      columns: { ...guest?.columns, ...columns },
      updated: guest ? now : null,
    };
    if (guest) state.users.replace(guest, account);
    else state.users.insert(account);
    return this.startSession(account, () => {
      if (guest) state.putBack(account, guest);
      else if (state.users.findById(account.objectId) === account) state.users.remove(account.objectId);
    });
  }

  /** The guest a request may turn into an account: one whose own session the request carries. */
  #ownGuest(guestUser: unknown, caller: Caller): StoredUser | undefined {
    const objectId = (guestUser as { objectId?: unknown } | null | undefined)?.objectId;
    if (typeof objectId !== 'string') return undefined;
    const signedIn = this.#state.callerUser(caller);
    return signedIn?.objectId === objectId && signedIn.userStatus === 'GUEST' ? signedIn : undefined;
  }

  /**
   * Starts a session for a user who may log in, under the multiple-logins policy (3002 / 3044, or the older
   * sessions end), stamps lastLogin, commits; `undoMore` also runs when the write fails. Answers the user with its
   * `user-token`.
   */
  async startSession(user: StoredUser, undoMore: () => void = () => undefined): Promise<PublicUser> {
    const state = this.#state;
    const now = state.now();
    const { multipleLogins, maxConcurrentLogins, sessionTimeoutMs } = state.settings;
    const live = state.sessions.liveFor(user.objectId, now, sessionTimeoutMs);
    if (live.length > 0 && multipleLogins === 'reject') {
      undoMore();
      throw errors.alreadyLoggedInElsewhere();
    }
    if (multipleLogins === 'allow' && maxConcurrentLogins > 0 && live.length >= maxConcurrentLogins) {
      undoMore();
      throw errors.multipleLoginLimit();
    }
    const ended = multipleLogins === 'end-previous' ? state.sessions.endAllFor(user.objectId) : [];
    const loggedIn: StoredUser = { ...user, lastLogin: now };
    state.users.replace(user, loggedIn);
    const session = state.sessions.create(user.objectId, now);
    await state.commit(() => {
      state.sessions.end(session.token);
      for (const previous of ended) state.sessions.insert(previous);
      state.putBack(loggedIn, user);
      undoMore();
    });
    return { ...toPublicUser(loggedIn), 'user-token': session.token };
  }

  /**
   * `GET users/logout`: ends the session of the `user-token` header. Without one there is no session to end and
   * the answer is 200, as Backendless answers (the SDK's e2e spec logs out right after register, which gives no token).
   */
  async logout(caller: Caller): Promise<void> {
    return this.#state.userEvents.around('logout', caller, {}, () => this.#logout(caller));
  }

  async #logout(caller: Caller): Promise<void> {
    if (caller.token === undefined) return;
    const { session } = this.#state.resolveSession(caller.token);
    this.#state.sessions.end(session.token);
    await this.#state.commit(() => this.#state.sessions.insert(session));
  }

  /** `GET users/isvalidusertoken/<token>`: true while the session lives and its user may use it. */
  isValidUserToken(token: string): boolean {
    try {
      this.#state.resolveSession(token);
      return true;
    } catch {
      return false;
    }
  }
}

/** 3090 for a disabled account, 3087 for an unconfirmed e-mail address, 3000 for an account barred from logging in. */
function checkMayLogIn(user: StoredUser): void {
  if (user.userStatus === 'DISABLED') throw errors.userDisabled();
  if (user.userStatus === 'EMAIL_CONFIRMATION_PENDING') throw errors.emailNotConfirmed();
  if (user.loginDisabled) throw errors.userCannotLogin();
}
