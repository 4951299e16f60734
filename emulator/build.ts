// Builds an emulator from its options — checked, with their defaults — as an app and its HTTP server, not
// listening yet: index.ts's startEmulator listens next; tests answer requests in process through `server.inject`.
import type { FastifyInstance } from 'fastify';
import { EmulatedApp } from './app.ts';
import { parseOrigin } from './http/access.ts';
import { createHttpServer } from './http/server.ts';
import type { Limits } from './limits.ts';
import { LogicLoadError } from './logic/logic-worker.ts';
import { roleListProblem } from './roles.ts';
import {
  DEFAULT_PASSWORD_COST,
  isPasswordCost,
  MIN_PASSWORD_COST,
  parsePasswordCost,
  PASSWORD_COST_VARIABLE,
} from './passwords.ts';
import { DEFAULT_SEED_USERS, type SeedUser } from './seed.ts';
import { DEFAULT_SETTINGS, validateSettings, type EmulatorSettings } from './settings.ts';
import { errorMessage } from './contract.ts';

/**
 * The application id every emulator uses unless told otherwise. Fixed, so saved settings, exported
 * programs and tests can name it: `C0DE1E55-B10C-4E55-A11C-E0000000A11C`.
 */
export const DEFAULT_APP_ID = 'C0DE1E55-B10C-4E55-A11C-E0000000A11C';

/** The client key (Backendless' REST / JS API key) every emulator uses unless told otherwise. */
export const DEFAULT_API_KEY = 'E30CA7E1-A11C-4E55-B10C-C0DE1E55AB1E';

/**
 * The server key (Backendless' CloudCode API key) every emulator uses unless told otherwise: server-only calls
 * (assign / unassign role, enable / disable user, login by objectId, verify password) accept it and refuse the client
 * key with Backendless' own codes. Keep it out of browser code, as a real app's.
 */
export const DEFAULT_SERVER_KEY = '5E4BE4C0-DE55-4E55-B10C-C0DE1E55C0DE';

/** How to start an emulator. Every field is optional. */
export interface EmulatorOptions extends Partial<EmulatorSettings> {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (the admin API has no authentication: keep it local). */
  host?: string;
  /** Default {@link DEFAULT_APP_ID}. */
  appId?: string;
  /** The client key. Default {@link DEFAULT_API_KEY}. */
  apiKey?: string;
  /** The server key (CloudCode). Default {@link DEFAULT_SERVER_KEY}; must differ from the client key. */
  serverKey?: string;
  /** The Users table at start (and after a reset). Default: alice@wonderland.com / wonderland, name Alice. */
  users?: SeedUser[];
  /** The app's custom roles at start (and after a reset); seed users may hold them (`roles: [...]`). */
  roles?: string[];
  /**
   * A JSON file that keeps the app's data — users, roles, sessions, settings, the outbox — across restarts. Read
   * at start (created from `users` and `roles` when missing); rewritten atomically after every change. Lockouts
   * stay in memory. Settings given as options win over the file's. One emulator at a time: a second one on the
   * same file is refused. A symbolic link is written through to its target.
   */
  dataFile?: string;
  /** Clock in epoch milliseconds (tests pass a fake one to step over lockouts and session timeouts). */
  now?: () => number;
  /** The built emulator console served at `/_emulator/console/`. Default: the package's `dist/console/`. */
  consoleDir?: string;
  /**
   * Origins of pages that may use the emulator's own routes (the admin API, the start page, the console) besides
   * the emulator's own, e.g. the playground's dev server: `['http://127.0.0.1:5173']`. Each is `http(s)://host[:port]`.
   * Clients that send no Origin (Node code, the CLI, curl) are answered anyway; every other page gets 403.
   */
  adminOrigins?: string[];
  /**
   * Server logic: a module as `workspaceToServerLogic(…, { target: 'emulator' })` generates it —
   * `export default function (Backendless) { Backendless.ServerCode.User.beforeRegister(async (req) => …); … }` —
   * whose handlers run around the Users API as Backendless' CodeRunner runs them (docs/server-logic.md). `name`
   * is what the admin API shows. A module that does not load stops the start with an error saying why.
   */
  logic?: LogicOption;
  /** How long each handler may run, in milliseconds. Default 5000. */
  logicTimeLimitMs?: number;
  /**
   * scrypt's N for the passwords the emulator hashes: a power of two from 1024 to 16384. Default 16384 (Node's
   * default), or the environment's `CODELESS_EMULATOR_PASSWORD_COST`. Each registration, login and password check
   * runs one hash, tens of milliseconds at the default; a test suite that does hundreds of them can lower it (1024
   * is 16× cheaper). Hashes of every allowed cost are read, so a data file written at one cost works at another.
   */
  passwordCost?: number;
  /**
   * @internal The HTTP server's bounds of `emulator/limits.ts` to change — for tests, which make them small so a
   * timeout takes milliseconds. Not a stable option.
   */
  limits?: Partial<Limits>;
}

/** The option, else the environment's value, else the default; a TypeError names a bad one. */
function passwordCost(option: number | undefined): number {
  const fromEnvironment = process.env[PASSWORD_COST_VARIABLE];
  if (option === undefined && (fromEnvironment === undefined || fromEnvironment === '')) return DEFAULT_PASSWORD_COST;
  const cost = option ?? parsePasswordCost(fromEnvironment!);
  if (isPasswordCost(cost)) return cost;
  const given =
    option === undefined
      ? `${PASSWORD_COST_VARIABLE}=${JSON.stringify(fromEnvironment)}`
      : `passwordCost ${String(option)}`;
  throw new TypeError(
    `${given}: scrypt's N must be a power of two from ${MIN_PASSWORD_COST} to ${DEFAULT_PASSWORD_COST}`,
  );
}

/** Server logic to run: the module's text and a name for it. */
export interface LogicOption {
  source: string;
  name?: string;
}

const KEY_FORMAT = /^[A-Za-z0-9-]{1,100}$/;

/** An emulator's app and its HTTP server, built from checked options but not listening yet. */
export interface BuiltEmulator {
  app: EmulatedApp;
  server: FastifyInstance;
}

/**
 * Checks `options` and builds the app and its server without listening: {@link startEmulator} listens next; tests
 * answer requests in process through `server.inject` (no port, no socket). Not part of the
 * package's API (index.ts exports startEmulator only).
 */
export async function buildEmulator(options: EmulatorOptions = {}): Promise<BuiltEmulator> {
  const { appId = DEFAULT_APP_ID, apiKey = DEFAULT_API_KEY, serverKey = DEFAULT_SERVER_KEY } = options;
  if (typeof appId !== 'string' || !KEY_FORMAT.test(appId))
    throw new TypeError('appId must be letters, digits and dashes (a UUID)');
  if (typeof apiKey !== 'string' || !KEY_FORMAT.test(apiKey))
    throw new TypeError('apiKey must be letters, digits and dashes (a UUID)');
  if (typeof serverKey !== 'string' || !KEY_FORMAT.test(serverKey))
    throw new TypeError('serverKey must be letters, digits and dashes (a UUID)');
  if (serverKey.toLowerCase() === apiKey.toLowerCase()) throw new TypeError('serverKey must differ from apiKey');
  if (appId.toLowerCase() === 'api' || appId.toLowerCase() === '_emulator')
    throw new TypeError(`appId "${appId}" is reserved`);
  checkLogicOptions(options);
  const explicitSettings = startSettings(options);
  const origins = adminOrigins(options.adminOrigins);
  const roles = options.roles ?? [];
  const rolesProblem = roleListProblem(roles);
  if (rolesProblem !== undefined) throw new TypeError(rolesProblem);

  const app = await EmulatedApp.create({
    appId,
    apiKey,
    serverKey,
    settings: { ...DEFAULT_SETTINGS, ...explicitSettings },
    explicitSettings,
    seedUsers: options.users ?? DEFAULT_SEED_USERS,
    seedRoles: [...new Set(roles)],
    dataFile: options.dataFile,
    now: options.now ?? Date.now,
    passwordCost: passwordCost(options.passwordCost),
  });

  await deployLogic(app, options).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });

  const server = await createHttpServer(app, {
    consoleDir: options.consoleDir,
    limits: options.limits,
    adminOrigins: origins,
  }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  return { app, server };
}

/** The `adminOrigins` option, checked: an array of origins (`http://localhost:5173`). */
function adminOrigins(origins: unknown): string[] {
  if (origins === undefined) return [];
  if (!Array.isArray(origins)) throw new TypeError('adminOrigins must be an array of origins');
  for (const origin of origins as unknown[]) {
    if (typeof origin !== 'string' || parseOrigin(origin) === undefined)
      throw new TypeError(
        `adminOrigins: ${JSON.stringify(origin)} is not an origin (http://host:port, no path), e.g. http://localhost:5173`,
      );
  }
  return origins as string[];
}

/** The settings the options name (each checked; the rest keep their defaults, or a data file's values). */
function startSettings(options: EmulatorOptions): Partial<EmulatorSettings> {
  const named: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS)) named[key] = options[key as keyof EmulatorSettings];
  try {
    return validateSettings(named);
  } catch (error) {
    throw new TypeError(errorMessage(error).replace(/^Invalid parameter /, 'invalid option '), { cause: error });
  }
}

/** The `logic` and `logicTimeLimitMs` options, checked (the module itself is checked by loading it). */
function checkLogicOptions({ logic, logicTimeLimitMs }: EmulatorOptions): void {
  if (
    logicTimeLimitMs !== undefined &&
    (!Number.isInteger(logicTimeLimitMs) || logicTimeLimitMs < 1 || logicTimeLimitMs > 600_000)
  )
    throw new TypeError('logicTimeLimitMs must be an integer number of milliseconds, 1–600000');
  if (logic === undefined) return;
  if (typeof logic !== 'object' || logic === null || typeof logic.source !== 'string')
    throw new TypeError("logic must be { source, name? }: the server logic module's text");
  if (logic.name !== undefined && typeof logic.name !== 'string') throw new TypeError('logic.name must be a string');
}

/** Starts the app's server logic, if any; a module that does not load is a TypeError saying why. */
async function deployLogic(app: EmulatedApp, { logic, logicTimeLimitMs }: EmulatorOptions): Promise<void> {
  if (logicTimeLimitMs !== undefined) app.logic.timeLimitMs = logicTimeLimitMs;
  if (logic === undefined) return;
  try {
    await app.logic.deploy(logic.source, logic.name);
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    const reason = cause instanceof LogicLoadError ? `the module does not load: ${cause.message}` : errorMessage(error);
    throw new TypeError(`logic: ${reason}`, { cause: error });
  }
}
