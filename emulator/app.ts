// One emulated Backendless app and what can be done with it: the user-service operations the Backendless
// routes expose, and the admin operations of `/_emulator`. Pure of HTTP: the routes only read requests and call
// these methods. Each change is committed before it is answered and undone when its write fails (app-state.ts).
import type { AdminSessionView, AdminUserView, PublicUser } from './contract.ts';
import { errors } from './errors.ts';
import { verifyPassword } from './passwords.ts';
import { AppState, type EmulatedAppConfig } from './app-state.ts';
import type { Session } from './sessions.ts';
import { validateSettings, type EmulatorSettings } from './settings.ts';
import { validateNewUser } from './user-properties.ts';
import { patchUser, toPublicUser, type StoredUser } from './users.ts';

export type { EmulatedAppConfig } from './app-state.ts';

/** One emulated Backendless application. Create with {@link EmulatedApp.create}; give its data file back with close. */
export class EmulatedApp {
  readonly #state: AppState;

  private constructor(state: AppState) {
    this.#state = state;
  }

  /** Builds an app from its seed and, when given, its data file (see {@link AppState.create}). */
  static async create(config: EmulatedAppConfig): Promise<EmulatedApp> {
    return new EmulatedApp(await AppState.create(config));
  }

  get appId(): string {
    return this.#state.appId;
  }

  get apiKey(): string {
    return this.#state.apiKey;
  }

  /** Waits for pending data-file writes, then gives the file up for another emulator. Idempotent. */
  async close(): Promise<void> {
    await this.#state.close();
  }

  // ---- the user service (what the Backendless routes call) ------------------------------------------------

  /** `GET info`: what the SDK's initApp reads (logging levels, real-time URL, the app's keys). */
  info(userToken: string | undefined, serverURL: string): Record<string, unknown> {
    if (userToken !== undefined) this.#state.resolveSession(userToken);
    // The SDK only opens a real-time socket when a page subscribes to something; the emulator has no real-time
    // server, so this points back at itself and such a socket would fail visibly.
    const { appId, apiKey } = this;
    return { appId, apiKey, rtURL: serverURL, loggers: [{ name: 'Global logger', level: 'ALL' }], emulator: true };
  }

  /** `POST users/login`. */
  async login(body: Record<string, unknown>): Promise<PublicUser> {
    const state = this.#state;
    if (body.objectId !== undefined && body.login === undefined) throw errors.loginByObjectIdNotAllowed();
    const { login, password } = body;
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
    const user = candidate && current?.passwordHash === candidate.passwordHash ? current : undefined;
    if (!passwordMatches || !user) {
      // Only a password that was checked and found wrong is a failure, counted in the table it was checked
      // against: a reset meanwhile started a new one.
      if (!passwordMatches && resets === state.resets) {
        state.failedLogins.recordFailure(identity, now, state.settings.maxFailedLogins, state.settings.lockoutMs);
      }
      throw errors.invalidLoginOrPassword();
    }
    // Account state is revealed only to someone who knows the password.
    if (user.userStatus === 'DISABLED') throw errors.userDisabled();
    if (user.loginDisabled) throw errors.userCannotLogin();
    const forgotten = state.failedLogins.clear(identity);

    const { multipleLogins, maxConcurrentLogins, sessionTimeoutMs } = state.settings;
    const live = state.sessions.liveFor(user.objectId, now, sessionTimeoutMs);
    if (live.length > 0 && multipleLogins === 'reject') throw errors.alreadyLoggedInElsewhere();
    let ended: Session[] = [];
    if (multipleLogins === 'end-previous') ended = state.sessions.endAllFor(user.objectId);
    else if (maxConcurrentLogins > 0 && live.length >= maxConcurrentLogins) throw errors.multipleLoginLimit();

    const loggedIn: StoredUser = { ...user, lastLogin: now };
    state.users.replace(user, loggedIn);
    const session = state.sessions.create(user.objectId, now);
    await state.commit(() => {
      state.sessions.end(session.token);
      for (const previous of ended) state.sessions.insert(previous);
      state.putBack(loggedIn, user);
      state.failedLogins.restore(identity, forgotten);
    });
    return { ...toPublicUser(loggedIn), 'user-token': session.token };
  }

  /** `GET users/logout`: ends the session of the `user-token` header. */
  async logout(userToken: string | undefined): Promise<void> {
    if (userToken === undefined) throw errors.logoutWithoutToken();
    const session = this.#state.resolveSession(userToken);
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

  /** `POST users/register`: creates a user (not logged in; no token). */
  async register(body: Record<string, unknown>): Promise<PublicUser> {
    if (!this.#state.settings.registrationEnabled) throw errors.registrationDisabled();
    return toPublicUser(await this.#createUser(body));
  }

  /** `GET data/Users/<objectId>`: one user; a `user-token` header, when sent, must be live. */
  getUser(objectId: string, userToken: string | undefined): PublicUser {
    if (userToken !== undefined) this.#state.resolveSession(userToken);
    const user = this.#state.users.findById(objectId);
    if (!user) throw errors.entityNotFound(objectId);
    return toPublicUser(user);
  }

  // ---- the admin side (what /_emulator calls) --------------------------------------------------------------

  /** Every user with its account state. */
  listUsers(): AdminUserView[] {
    return this.#state.users.all().map((user) => this.#state.userView(user));
  }

  /** One user with its account state; 3057 when there is none. */
  userView(objectId: string): AdminUserView {
    return this.#state.userView(this.#state.existingUser(objectId));
  }

  /** Adds a user who can log in at once; the app's registration switch does not apply (tests seed through here). */
  async addUser(body: Record<string, unknown>): Promise<AdminUserView> {
    return this.#state.userView(await this.#createUser(body));
  }

  /** Changes account state, credentials and custom columns (see {@link patchUser}); `unlock` ends a lockout. */
  async updateUser(objectId: string, body: Record<string, unknown>): Promise<AdminUserView> {
    const state = this.#state;
    const patch = await patchUser(state.existingUser(objectId), body);
    // Looked up again: the user may have logged in (a new record) or been deleted (3057) while a password hashed.
    const user = state.existingUser(objectId);
    const next = patch.apply(user, state.now());
    state.users.replace(user, next);
    const forgotten = patch.unlock ? state.failedLogins.clear(next.email) : undefined;
    await state.commit(() => {
      state.putBack(next, user);
      state.failedLogins.restore(next.email, forgotten);
    });
    return state.userView(next);
  }

  /** Removes a user, ending their sessions and forgetting their failed logins. */
  async deleteUser(objectId: string): Promise<{ deleted: string }> {
    const state = this.#state;
    const user = state.existingUser(objectId);
    const ended = state.sessions.endAllFor(user.objectId);
    state.users.remove(user.objectId);
    const forgotten = state.failedLogins.clear(user.email);
    await state.commit(() => {
      if (!state.users.findByIdentity(user.email)) state.users.insert(user);
      for (const session of ended) state.sessions.insert(session);
      state.failedLogins.restore(user.email, forgotten);
    });
    return { deleted: user.objectId };
  }

  /** Live sessions with masked tokens. */
  listSessions(): AdminSessionView[] {
    return this.#state.liveSessions().map((session) => this.#state.sessionView(session));
  }

  /** Ends one session by its id (8008 when it is not live), or every session. */
  async endSessions(sessionId?: string): Promise<{ ended: number }> {
    const state = this.#state;
    let ended: Session[];
    if (sessionId === undefined) {
      ended = state.liveSessions();
      state.sessions.clear();
    } else {
      const session = state.sessions.findBySessionId(sessionId);
      if (!session) {
        throw errors.invalidParameter(`'sessionId': no live session ${JSON.stringify(sessionId.slice(0, 40))}`);
      }
      state.sessions.end(session.token);
      ended = [session];
    }
    await state.commit(() => ended.forEach((session) => state.sessions.insert(session)));
    return { ended: ended.length };
  }

  /** The current settings (a copy). */
  get settings(): EmulatorSettings {
    return { ...this.#state.settings };
  }

  /** Validates and applies changed settings (8008 naming the first bad field); answers the settings now in force. */
  updateSettings(changes: Record<string, unknown>): EmulatorSettings {
    this.#state.settings = { ...this.#state.settings, ...validateSettings(changes) };
    return this.settings;
  }

  /** Back to the start: seed users (same objectIds), no sessions, no lockouts, initial settings. */
  async reset(): Promise<{ users: number; sessions: number }> {
    const state = this.#state;
    const { settings } = state;
    const users = state.users.all();
    state.resets += 1;
    state.restoreSeed();
    const sessions = state.sessions.clear();
    const lockouts = state.failedLogins.reset();
    state.settings = { ...state.initialSettings };
    await state.commit(() => {
      state.users.clear();
      for (const user of users) state.users.insert(user);
      for (const session of sessions) state.sessions.insert(session);
      state.failedLogins.restoreAll(lockouts);
      state.settings = settings;
    });
    return { users: state.users.size, sessions: 0 };
  }

  /** Creates a user from a register body, committed; removed again when the write fails. */
  async #createUser(body: Record<string, unknown>): Promise<StoredUser> {
    const state = this.#state;
    const user = await state.users.create(validateNewUser(body), state.now());
    await state.commit(() => {
      if (state.users.findById(user.objectId) === user) state.users.remove(user.objectId);
    });
    return user;
  }
}
