// What one emulated app holds — its Users table, sessions, lockouts, settings, clock and data file — and the
// rules every operation on it shares: a change is committed (on disk, when there is a data file, before it is
// answered) or undone, a token resolves to a live session or to 3064 / 3090, and records are replaced rather
// than edited so that an undo is the same step backwards. The operations themselves are in app.ts.
import { randomUUID } from 'node:crypto';
import { maskToken, type AdminSessionView, type AdminUserView } from './contract.ts';
import { formatDataFile, parseDataFile, type StoredState } from './data-file.ts';
import { errors } from './errors.ts';
import { FailedLoginTracker } from './lockout.ts';
import { hashPassword } from './passwords.ts';
import { DataFile } from './persistence.ts';
import { seedRecords, type SeedUser } from './seed.ts';
import { SessionStore, type Session } from './sessions.ts';
import type { EmulatorSettings } from './settings.ts';
import { UserStore, toPublicUser, type StoredUser } from './users.ts';

/** Everything needed to build an app. */
export interface EmulatedAppConfig {
  appId: string;
  apiKey: string;
  settings: EmulatorSettings;
  seedUsers: readonly SeedUser[];
  dataFile?: string;
  now: () => number;
}

/** The state of one app, for the operations of app.ts (not part of the package's API). */
export class AppState {
  readonly appId: string;
  readonly apiKey: string;
  settings: EmulatorSettings;
  readonly initialSettings: EmulatorSettings;
  readonly users = new UserStore();
  readonly sessions = new SessionStore();
  readonly failedLogins = new FailedLoginTracker();
  readonly now: () => number;
  /** Bumped by every reset: a login whose password check spans a reset counts no failure in the cleared table. */
  resets = 0;
  /**
   * A hash of nothing anyone knows: unknown identities are checked against it so that they cost the same scrypt
   * run as a wrong password, and timing does not reveal which identities exist.
   */
  decoyHash = '';
  #seed: StoredUser[] = [];
  #file: DataFile | null = null;

  private constructor(config: EmulatedAppConfig) {
    this.appId = config.appId;
    this.apiKey = config.apiKey;
    this.settings = { ...config.settings };
    this.initialSettings = { ...config.settings };
    this.now = config.now;
  }

  /**
   * Hashes the seed users, then takes and loads the data file when there is one (a new file is written from the
   * seed). Throws a plain Error naming the problem for a bad seed or data file, or one another emulator holds.
   */
  static async create(config: EmulatedAppConfig): Promise<AppState> {
    const state = new AppState(config);
    state.decoyHash = await hashPassword(randomUUID());
    state.#seed = await seedRecords(config.seedUsers, config.now());
    state.restoreSeed();
    if (config.dataFile === undefined) return state;
    const file = await DataFile.open(config.dataFile);
    try {
      const text = await file.read();
      if (text !== undefined) state.#load(parseDataFile(text, `data file ${config.dataFile}`));
      file.setSnapshot(() => formatDataFile(state.appId, state.#stored()));
      state.#file = file;
      if (text === undefined) await file.save();
    } catch (error) {
      await file.close();
      throw error;
    }
    return state;
  }

  /** Saves the change just made; when the write fails, `undo` has run and this throws the 500 that says so. */
  async commit(undo: () => void): Promise<void> {
    if (!this.#file) return;
    try {
      await this.#file.save(undo);
    } catch (error) {
      throw errors.storageFailed(error);
    }
  }

  /** Waits for pending writes, then gives the data file up. */
  async close(): Promise<void> {
    await this.#file?.close();
  }

  /**
   * The live session of a token, touched; 3064 for an unknown, ended or timed-out token, 3090 (and the session
   * ends) when its user has been disabled.
   */
  resolveSession(token: string): Session {
    const now = this.now();
    const session = this.sessions.find(token, now, this.settings.sessionTimeoutMs);
    const user = session ? this.users.findById(session.userId) : undefined;
    if (!session || !user) {
      if (session) this.sessions.end(token);
      throw errors.notExistingUserToken(token);
    }
    if (user.userStatus === 'DISABLED') {
      this.sessions.end(token);
      throw errors.userDisabled();
    }
    session.lastUsed = now;
    return session;
  }

  /** Puts `previous` back where `replacement` is — unless another change has replaced that record since. */
  putBack(replacement: StoredUser, previous: StoredUser): void {
    if (this.users.findById(replacement.objectId) === replacement) this.users.replace(replacement, previous);
  }

  /** The user with this objectId; 3057 when there is none. */
  existingUser(objectId: string): StoredUser {
    const user = this.users.findById(objectId);
    if (!user) throw errors.userNotFound(objectId);
    return user;
  }

  /** A user with its account state, as the admin API lists it. */
  userView(user: StoredUser): AdminUserView {
    const now = this.now();
    const lockout = this.failedLogins.status(user.email, now);
    return {
      user: toPublicUser(user),
      loginDisabled: user.loginDisabled,
      failedLogins: lockout.failedLogins,
      lockedUntil: lockout.lockedUntil,
      liveSessions: this.sessions.liveFor(user.objectId, now, this.settings.sessionTimeoutMs).length,
    };
  }

  /** A session as the admin API lists it: the token masked. */
  sessionView(session: Session): AdminSessionView {
    const user = this.users.findById(session.userId);
    const { sessionId, userId, created, lastUsed, token } = session;
    return {
      sessionId,
      objectId: userId,
      email: user?.email ?? null,
      name: user?.name ?? null,
      created,
      lastUsed,
      token: maskToken(token),
    };
  }

  /** The sessions that are live now (timed-out ones are dropped on the way). */
  liveSessions(): Session[] {
    return this.sessions.all(this.now(), this.settings.sessionTimeoutMs);
  }

  /** The Users table as the seed made it: the same records, objectIds included. */
  restoreSeed(): void {
    this.users.clear();
    for (const record of this.#seed) this.users.insert(structuredClone(record));
  }

  #stored(): StoredState {
    return { users: this.users.all(), sessions: this.liveSessions() };
  }

  #load(stored: StoredState): void {
    this.users.clear();
    for (const user of stored.users) this.users.insert(user);
    this.sessions.clear();
    for (const session of stored.sessions) this.sessions.insert(session);
  }
}
