// One emulated Backendless app: its settings, Users table, sessions and lockouts, and the user-service
// operations the REST routes expose. Pure of HTTP: server.ts maps requests onto these methods.
import { randomUUID } from 'node:crypto';
import { errors } from './errors.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { AtomicJsonFile } from './persistence.ts';
import { SessionStore, type Session } from './sessions.ts';
import {
  FailedLoginTracker,
  UserStore,
  checkStoredUser,
  newUserRecord,
  toPublicUser,
  validateNewUser,
  type PublicUser,
  type StoredUser,
} from './users.ts';

/**
 * What happens when a user who already has a live session logs in again:
 * - `allow`: both sessions live (Backendless's default);
 * - `end-previous`: the older sessions end (their tokens turn invalid; `isvalidusertoken` → false);
 * - `reject`: the new login fails with 3002.
 */
export type MultipleLoginsPolicy = 'allow' | 'end-previous' | 'reject';

/** The app's user-service settings (Backendless Console → Users → Login / Registration). */
export interface EmulatorSettings {
  /** false → register answers 3009 (HTTP 403). Default true. */
  registrationEnabled: boolean;
  /** true → every login answers 3034 ("User login is disabled"). Default false. */
  loginsDisabled: boolean;
  /** See {@link MultipleLoginsPolicy}. Default `allow`. */
  multipleLogins: MultipleLoginsPolicy;
  /** Live sessions one user may hold; the next login answers 3044. 0 = no limit (default). */
  maxConcurrentLogins: number;
  /** Failed logins in a row that lock an identity out (3036). 0 = never lock. Default 5. */
  maxFailedLogins: number;
  /** How long a lockout lasts, in milliseconds. Default 15 minutes. */
  lockoutMs: number;
  /** Idle time after which a session ends (its token then answers 3064). 0 = never (default). */
  sessionTimeoutMs: number;
}

/** Settings a new emulator starts with. */
export const DEFAULT_SETTINGS: Readonly<EmulatorSettings> = Object.freeze({
  registrationEnabled: true,
  loginsDisabled: false,
  multipleLogins: 'allow',
  maxConcurrentLogins: 0,
  maxFailedLogins: 5,
  lockoutMs: 15 * 60 * 1000,
  sessionTimeoutMs: 0,
});

const POLICIES: readonly MultipleLoginsPolicy[] = ['allow', 'end-previous', 'reject'];

/**
 * Checks a partial settings object (from options or the admin route); returns it typed, throws an
 * 8008 error naming the first bad field.
 */
export function validateSettings(input: Record<string, unknown>): Partial<EmulatorSettings> {
  const result: Partial<EmulatorSettings> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    switch (key) {
      case 'registrationEnabled':
      case 'loginsDisabled':
        if (typeof value !== 'boolean') throw errors.invalidParameter(`'${key}': must be true or false`);
        result[key] = value;
        break;
      case 'multipleLogins':
        if (!POLICIES.includes(value as MultipleLoginsPolicy)) {
          throw errors.invalidParameter(`'multipleLogins': must be one of ${POLICIES.join(', ')}`);
        }
        result.multipleLogins = value as MultipleLoginsPolicy;
        break;
      case 'maxConcurrentLogins':
      case 'maxFailedLogins':
      case 'lockoutMs':
      case 'sessionTimeoutMs':
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
          throw errors.invalidParameter(`'${key}': must be a whole number ≥ 0`);
        }
        result[key] = value;
        break;
      default:
        throw errors.invalidParameter(
          `'${key.slice(0, 80)}': not a setting (known: ${Object.keys(DEFAULT_SETTINGS).join(', ')})`,
        );
    }
  }
  return result;
}

/** A seed user: identity, password, optional name and any custom columns. */
export interface SeedUser {
  email: string;
  password: string;
  name?: string;
  [column: string]: unknown;
}

/** The scenario's user: DESIGN §6. */
export const DEFAULT_SEED_USERS: readonly SeedUser[] = Object.freeze([
  Object.freeze({ email: 'alice@wonderland.com', password: 'wonderland', name: 'Alice' }),
]);

const DATA_FORMAT = 'codeless-emulator';
const DATA_VERSION = 1;

/** A user as the admin side lists it: the public object plus account state, never a password. */
export interface AdminUserView {
  user: PublicUser;
  loginDisabled: boolean;
  failedLogins: number;
  lockedUntil: number | null;
  liveSessions: number;
}

/** A session as the admin side lists it: never the full token. */
export interface AdminSessionView {
  sessionId: string;
  objectId: string;
  email: string | null;
  name: string | null;
  created: number;
  lastUsed: number;
  token: string;
}

/** Everything needed to build an app. */
export interface EmulatedAppConfig {
  appId: string;
  apiKey: string;
  settings: EmulatorSettings;
  seedUsers: readonly SeedUser[];
  dataFile?: string;
  now: () => number;
}

/** One emulated Backendless application. Create with {@link EmulatedApp.create}. */
export class EmulatedApp {
  readonly appId: string;
  readonly apiKey: string;
  settings: EmulatorSettings;
  readonly users = new UserStore();
  readonly sessions = new SessionStore();
  readonly failedLogins = new FailedLoginTracker();
  readonly now: () => number;
  readonly #initialSettings: EmulatorSettings;
  #seedRecords: StoredUser[] = [];
  // A hash of nothing anyone knows: unknown identities are checked against it so that they cost the
  // same scrypt run as a wrong password, and timing does not reveal which identities exist.
  #decoyHash = '';
  readonly #file: AtomicJsonFile | null;

  private constructor(config: EmulatedAppConfig) {
    this.appId = config.appId;
    this.apiKey = config.apiKey;
    this.settings = { ...config.settings };
    this.#initialSettings = { ...config.settings };
    this.now = config.now;
    this.#file = config.dataFile ? new AtomicJsonFile(config.dataFile, () => this.#snapshot()) : null;
  }

  /**
   * Builds an app: hashes the seed users, then loads the data file when there is one (a new file is
   * written from the seed). Throws a plain Error naming the problem for a bad seed or data file.
   */
  static async create(config: EmulatedAppConfig): Promise<EmulatedApp> {
    const app = new EmulatedApp(config);
    app.#decoyHash = await hashPassword(randomUUID());
    app.#seedRecords = await seedRecords(config.seedUsers, config.now());
    if (app.#file) {
      const stored = await app.#file.read();
      if (stored === undefined) {
        app.#restoreSeed();
        await app.#file.save();
      } else {
        app.#load(stored);
      }
    } else {
      app.#restoreSeed();
    }
    return app;
  }

  // ---- the user service (what the REST routes call) -------------------------------------------------

  /** `GET info`: what the SDK's initApp reads (logging levels, real-time URL, the app's keys). */
  info(userToken: string | undefined, serverURL: string): Record<string, unknown> {
    if (userToken !== undefined) this.#resolveSession(userToken);
    return {
      appId: this.appId,
      apiKey: this.apiKey,
      // The SDK only opens a real-time socket when a page subscribes to something; the emulator has no
      // real-time server, so this points back at itself and such a socket would fail visibly.
      rtURL: serverURL,
      loggers: [{ name: 'Global logger', level: 'ALL' }],
      emulator: true,
    };
  }

  /** `POST users/login`. */
  async login(body: Record<string, unknown>): Promise<PublicUser> {
    if (body.objectId !== undefined && body.login === undefined) throw errors.loginByObjectIdNotAllowed();
    const { login, password } = body;
    if (login === undefined || login === null) throw errors.requiredParameterNull('login');
    if (password === undefined || password === null) throw errors.requiredParameterNull('password');
    if (typeof login !== 'string' && typeof login !== 'number')
      throw errors.invalidParameter("'login': must be a string");
    if (typeof password !== 'string') throw errors.passwordNotString();
    const identity = String(login);
    if (identity === '' || password === '') throw errors.loginOrPasswordEmpty();
    if (this.settings.loginsDisabled) throw errors.loginsDisabled();
    if (this.failedLogins.isLocked(identity, this.now())) throw errors.lockedOut();

    const candidate = this.users.findByIdentity(identity);
    const passwordMatches = await verifyPassword(password, candidate?.passwordHash ?? this.#decoyHash);
    // Looked up again: the user may have been removed or reset while the hash was computed.
    const user = candidate && this.users.findById(candidate.objectId) === candidate ? candidate : undefined;
    const now = this.now();
    // Checked again after the hash: guesses sent all at once pass the first check together, and the lock that
    // their failures set while this one was hashed must still stop it — right password or not.
    if (this.failedLogins.isLocked(identity, now)) throw errors.lockedOut();
    if (!user || !passwordMatches) {
      this.failedLogins.recordFailure(identity, now, this.settings.maxFailedLogins, this.settings.lockoutMs);
      throw errors.invalidLoginOrPassword();
    }
    // Account state is revealed only to someone who knows the password.
    if (user.userStatus === 'DISABLED') throw errors.userDisabled();
    if (user.loginDisabled) throw errors.userCannotLogin();
    this.failedLogins.clear(identity);

    const live = this.sessions.liveFor(user.objectId, now, this.settings.sessionTimeoutMs);
    if (live.length > 0 && this.settings.multipleLogins === 'reject') throw errors.alreadyLoggedInElsewhere();
    if (this.settings.multipleLogins === 'end-previous') {
      this.sessions.endAllFor(user.objectId);
    } else if (this.settings.maxConcurrentLogins > 0 && live.length >= this.settings.maxConcurrentLogins) {
      throw errors.multipleLoginLimit();
    }

    user.lastLogin = now;
    const session = this.sessions.create(user.objectId, now);
    await this.persist();
    return { ...toPublicUser(user), 'user-token': session.token };
  }

  /** `GET users/logout`: ends the session of the `user-token` header. */
  async logout(userToken: string | undefined): Promise<void> {
    if (userToken === undefined) throw errors.logoutWithoutToken();
    const session = this.#resolveSession(userToken);
    this.sessions.end(session.token);
    await this.persist();
  }

  /** `GET users/isvalidusertoken/<token>`: true while the session lives and its user may use it. */
  isValidUserToken(token: string): boolean {
    try {
      this.#resolveSession(token);
      return true;
    } catch {
      return false;
    }
  }

  /** `POST users/register`: creates a user (not logged in; no token). */
  async register(body: Record<string, unknown>): Promise<PublicUser> {
    if (!this.settings.registrationEnabled) throw errors.registrationDisabled();
    const properties = validateNewUser(body);
    const user = await this.users.create(properties, this.now());
    await this.persist();
    return toPublicUser(user);
  }

  /** `GET data/Users/<objectId>`: one user; a `user-token` header, when sent, must be live. */
  getUser(objectId: string, userToken: string | undefined): PublicUser {
    if (userToken !== undefined) this.#resolveSession(userToken);
    const user = this.users.findById(objectId);
    if (!user) throw errors.entityNotFound(objectId);
    return toPublicUser(user);
  }

  /**
   * The live session of a token, touched; 3064 for an unknown, ended or timed-out token, 3090 (and
   * the session ends) when its user has been disabled.
   */
  #resolveSession(token: string): Session {
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

  // ---- the admin side --------------------------------------------------------------------------------

  /** A user with its account state, for the admin routes. */
  adminView(user: StoredUser): AdminUserView {
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

  /** Live sessions with masked tokens. */
  sessionViews(mask: (token: string) => string): AdminSessionView[] {
    return this.sessions.all(this.now(), this.settings.sessionTimeoutMs).map((session) => {
      const user = this.users.findById(session.userId);
      return {
        sessionId: session.sessionId,
        objectId: session.userId,
        email: user?.email ?? null,
        name: user?.name ?? null,
        created: session.created,
        lastUsed: session.lastUsed,
        token: mask(session.token),
      };
    });
  }

  /** Applies validated settings. */
  updateSettings(changes: Partial<EmulatorSettings>): EmulatorSettings {
    this.settings = { ...this.settings, ...changes };
    return { ...this.settings };
  }

  /** Back to the start: seed users (same objectIds), no sessions, no lockouts, initial settings. */
  async reset(): Promise<void> {
    this.#restoreSeed();
    this.sessions.clear();
    this.failedLogins.reset();
    this.settings = { ...this.#initialSettings };
    await this.persist();
  }

  /** Writes the data file (when there is one) and waits until the change is on disk. */
  async persist(): Promise<void> {
    await this.#file?.save();
  }

  /** Waits for pending writes (used by close). */
  async flush(): Promise<void> {
    await this.#file?.flush();
  }

  #restoreSeed(): void {
    this.users.clear();
    for (const record of this.#seedRecords) this.users.insert(structuredClone(record));
  }

  #snapshot(): unknown {
    const now = this.now();
    return {
      format: DATA_FORMAT,
      version: DATA_VERSION,
      appId: this.appId,
      users: this.users.all(),
      sessions: this.sessions.all(now, this.settings.sessionTimeoutMs),
    };
  }

  #load(stored: unknown): void {
    const where = `data file ${this.#file?.path}`;
    const document = stored as { format?: unknown; version?: unknown; users?: unknown; sessions?: unknown } | null;
    if (typeof document !== 'object' || document === null || document.format !== DATA_FORMAT) {
      throw new Error(`${where} was not written by the codeless emulator (no "format": "${DATA_FORMAT}")`);
    }
    if (document.version !== DATA_VERSION) {
      throw new Error(`${where} has version ${String(document.version)}; this emulator reads version ${DATA_VERSION}`);
    }
    if (!Array.isArray(document.users)) throw new Error(`${where}: "users" must be an array`);
    this.users.clear();
    document.users.forEach((value, index) => {
      const user = checkStoredUser(value, `${where}, users[${index}]`);
      if (this.users.findByIdentity(user.email) || this.users.findById(user.objectId)) {
        throw new Error(`${where}, users[${index}]: duplicate email or objectId`);
      }
      this.users.insert(user);
    });
    this.sessions.clear();
    if (Array.isArray(document.sessions)) {
      for (const value of document.sessions) {
        const session = value as Partial<Session> | null;
        const valid =
          session !== null &&
          typeof session === 'object' &&
          typeof session.token === 'string' &&
          typeof session.sessionId === 'string' &&
          typeof session.userId === 'string' &&
          typeof session.created === 'number' &&
          typeof session.lastUsed === 'number' &&
          this.users.findById(session.userId) !== undefined;
        // A session that does not check out is dropped, not fatal: its user simply logs in again.
        if (valid) this.sessions.insert({ ...(session as Session) });
      }
    }
  }
}

/** Validates and hashes seed users into records; throws a plain Error naming the bad entry. */
async function seedRecords(seed: readonly SeedUser[], now: number): Promise<StoredUser[]> {
  if (!Array.isArray(seed)) throw new Error('users must be an array of { email, password, name?, ...columns }');
  const validated: Array<ReturnType<typeof validateNewUser>> = [];
  const store = new UserStore();
  for (const [index, entry] of seed.entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new Error(`users[${index}] must be an object { email, password, name?, ...columns }`);
    }
    let properties;
    try {
      properties = validateNewUser(entry as Record<string, unknown>);
    } catch (error) {
      throw new Error(`users[${index}] (${String((entry as SeedUser).email)}): ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (store.findByIdentity(properties.email)) throw new Error(`users[${index}]: ${properties.email} is listed twice`);
    store.insert({ objectId: String(index), email: properties.email } as StoredUser);
    validated.push(properties);
  }
  // Hashed in parallel: scrypt runs on libuv's thread pool, so a larger seed starts several times faster.
  return Promise.all(
    validated.map(async (properties) => newUserRecord(properties, await hashPassword(properties.password), now)),
  );
}
