// What one emulated app holds — its keys, Users table, roles, sessions, lockouts, outbox and open e-mail links,
// OAuth2 sign-ins, settings, clock and data file — and the rules every operation on it shares: a change is
// committed (on disk, when there is a data file, before it is answered) or undone, a token resolves to a live
// session or to 3064 / 3090, and records are replaced rather than edited so that an undo is the same step
// backwards. The operations themselves are in the *-service.ts files.
import { randomUUID } from 'node:crypto';
import { maskToken, type AdminSessionView, type AdminUserView, type OutboxMessage } from './contract.ts';
import { formatDataFile, parseDataFile, type ReadState, type StoredState } from './data-file.ts';
import { errors } from './errors.ts';
import { FailedLoginTracker, type FailedLogins } from './lockout.ts';
import { OAuthStore } from './oauth.ts';
import { EmailLinks, Outbox, type EmailLink } from './outbox.ts';
import { hashPassword } from './passwords.ts';
import { DataFile } from './persistence.ts';
import { RoleStore } from './roles.ts';
import { seedRecords, type SeedUser } from './seed.ts';
import { SessionStore, type Session } from './sessions.ts';
import type { UserOperation } from './logic/events.ts';
import type { EmulatorSettings } from './settings.ts';
import { UserStore, toPublicUser, type StoredUser } from './users.ts';

/** Which of the app's two keys a request carries: the client key (pages, blocks) or the server key (CloudCode). */
export type KeyKind = 'client' | 'server';

/** Who is calling: the key of the request and its `user-token` header, if any. */
export interface Caller {
  key: KeyKind;
  token?: string;
  /** A call server logic makes (logic/user-calls.ts): it fires no event, so a handler never triggers itself. */
  serverLogic?: boolean;
}

/** Everything needed to build an app. */
export interface EmulatedAppConfig {
  appId: string;
  apiKey: string;
  serverKey: string;
  /** The settings to start with; `explicitSettings` are those the caller set (they win over a data file's). */
  settings: EmulatorSettings;
  explicitSettings: Partial<EmulatorSettings>;
  seedUsers: readonly SeedUser[];
  seedRoles: readonly string[];
  dataFile?: string;
  now: () => number;
  /** scrypt's N for the passwords this app hashes (checked by buildEmulator: passwords.ts's isPasswordCost). */
  passwordCost: number;
}

/** A copy of the whole state, to put back when a reset or an import could not be saved. */
interface Snapshot {
  users: StoredUser[];
  sessions: Session[];
  roles: string[];
  outbox: OutboxMessage[];
  links: EmailLink[];
  settings: EmulatorSettings;
  lockouts: ReadonlyMap<string, FailedLogins>;
}

/** The state of one app, for the operations of the *-service.ts files (not part of the package's API). */
export class AppState {
  readonly appId: string;
  readonly apiKey: string;
  readonly serverKey: string;
  settings: EmulatorSettings;
  initialSettings: EmulatorSettings;
  readonly users = new UserStore((password) => this.hashPassword(password));
  readonly roles = new RoleStore();
  readonly sessions = new SessionStore();
  readonly failedLogins = new FailedLoginTracker();
  readonly outbox = new Outbox();
  readonly links = new EmailLinks();
  readonly oauth = new OAuthStore();
  readonly now: () => number;
  readonly passwordCost: number;
  /** The emulator's base URL once it listens (links in e-mails and OAuth2 URLs start with it). */
  serverURL = '';
  /** Runs the Users operations between their server-logic handlers (none until the app deploys logic). */
  userEvents: UserEventHooks = { around: (_operation, _caller, req, call) => call(req) };
  /** Bumped by every reset and import: a login whose password check spans one counts no failure in the cleared table. */
  resets = 0;
  /**
   * A hash of nothing anyone knows: unknown identities are checked against it so that they cost the same scrypt
   * run as a wrong password, and timing does not reveal which identities exist.
   */
  decoyHash = '';
  #seed: StoredUser[] = [];
  #seedRoles: string[] = [];
  #file: DataFile | null = null;

  private constructor(config: EmulatedAppConfig) {
    this.appId = config.appId;
    this.apiKey = config.apiKey;
    this.serverKey = config.serverKey;
    this.settings = { ...config.settings };
    this.initialSettings = { ...config.settings };
    this.now = config.now;
    this.passwordCost = config.passwordCost;
  }

  /** A password hashed at this app's cost, to store. */
  hashPassword(password: string): Promise<string> {
    return hashPassword(password, this.passwordCost);
  }

  /**
   * Hashes the seed users, then takes and loads the data file when there is one (a new file is written from the
   * seed). Throws a plain Error naming the problem for a bad seed or data file, or one another emulator holds.
   */
  static async create(config: EmulatedAppConfig): Promise<AppState> {
    const state = new AppState(config);
    state.decoyHash = await state.hashPassword(randomUUID());
    state.#seedRoles = [...config.seedRoles];
    state.roles.replaceAll(state.#seedRoles);
    state.#seed = await seedRecords(
      config.seedUsers,
      config.now(),
      (role) => state.roles.hasCustom(role),
      config.settings.minPasswordLength,
      (password) => state.hashPassword(password),
    );
    state.restoreSeed();
    if (config.dataFile === undefined) return state;
    const file = await DataFile.open(config.dataFile);
    try {
      const text = await file.read();
      if (text !== undefined) {
        state.load(parseDataFile(text, `data file ${config.dataFile}`, config.now()));
        // Settings given at start (options, flags) are a deliberate act of this start: they win over the file's.
        state.settings = { ...state.settings, ...config.explicitSettings };
        state.initialSettings = { ...state.settings };
      }
      file.setSnapshot(() => formatDataFile(state.appId, state.stored()));
      state.#file = file;
      await file.save();
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
  resolveSession(token: string): { session: Session; user: StoredUser } {
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
    return { session, user };
  }

  /** The signed-in user of a caller, or undefined without a token (a token that is sent must be live). */
  callerUser(caller: Caller): StoredUser | undefined {
    return caller.token === undefined ? undefined : this.resolveSession(caller.token).user;
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
    const lockout = this.failedLogins.status(user.email ?? '', now);
    return {
      user: toPublicUser(user),
      loginDisabled: user.loginDisabled,
      roles: [...user.roles],
      failedLogins: user.email === null ? 0 : lockout.failedLogins,
      lockedUntil: user.email === null ? null : lockout.lockedUntil,
      // A disabled user's sessions answer 3090 and end on their next use: none is live.
      liveSessions:
        user.userStatus === 'DISABLED'
          ? 0
          : this.sessions.liveFor(user.objectId, now, this.settings.sessionTimeoutMs).length,
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
      userStatus: user?.userStatus ?? null,
      created,
      lastUsed,
      token: maskToken(token),
    };
  }

  /** The sessions that are live now (timed-out ones are dropped on the way). */
  liveSessions(): Session[] {
    return this.sessions.all(this.now(), this.settings.sessionTimeoutMs);
  }

  /** The Users table and custom roles as the seed made them: the same records, objectIds included. */
  restoreSeed(): void {
    this.roles.replaceAll(this.#seedRoles);
    this.users.clear();
    for (const record of this.#seed) this.users.insert(structuredClone(record));
  }

  /** Everything the data file keeps. */
  stored(): StoredState {
    return {
      settings: this.settings,
      roles: this.roles.custom(),
      users: this.users.all(),
      sessions: this.liveSessions(),
      outbox: this.outbox.list(),
      links: this.links.all(),
    };
  }

  /** Replaces the state with a document's (a data file at start, or an import); its settings apply on top. */
  load(read: ReadState): void {
    this.settings = { ...this.settings, ...read.settings };
    this.#replaceRecords(read);
  }

  /** A copy of the whole state (records are never edited in place, so shallow copies suffice). */
  capture(): Snapshot {
    return {
      users: this.users.all(),
      sessions: this.sessions.all(Number.NEGATIVE_INFINITY, 0),
      roles: this.roles.custom(),
      outbox: this.outbox.list(),
      links: this.links.all(),
      settings: { ...this.settings },
      lockouts: this.failedLogins.snapshot(),
    };
  }

  /** Puts a {@link capture} back. */
  restore(snapshot: Snapshot): void {
    this.#replaceRecords(snapshot);
    this.settings = snapshot.settings;
    this.failedLogins.restoreAll(snapshot.lockouts);
  }

  /** Replaces the users, sessions, custom roles, e-mails and open links with `records`. */
  #replaceRecords(records: Pick<Snapshot, 'users' | 'sessions' | 'roles' | 'outbox' | 'links'>): void {
    this.users.clear();
    for (const user of records.users) this.users.insert(user);
    this.sessions.clear();
    for (const session of records.sessions) this.sessions.insert(session);
    this.roles.replaceAll(records.roles);
    this.outbox.replaceAll(records.outbox);
    this.links.replaceAll(records.links);
  }
}

/** Runs a Users operation between its before and after handlers (the services call this; `logic/server-logic.ts` is the one with handlers). */
export interface UserEventHooks {
  around<R>(
    operation: UserOperation,
    caller: Caller | undefined,
    req: Record<string, unknown>,
    call: (req: Record<string, unknown>) => Promise<R>,
  ): Promise<R>;
}
