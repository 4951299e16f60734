// `codeless-blocks/emulator`: a local Backendless-compatible backend for the user service — the REST
// routes and error codes of login, logout, token validation, register and get-user — with CORS, an
// admin API, in-memory state by default and optional atomic file persistence. Think Firebase's Auth
// emulator: fast to start, seeded with the scenario's user (alice@wonderland.com / wonderland).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEFAULT_SEED_USERS,
  DEFAULT_SETTINGS,
  EmulatedApp,
  validateSettings,
  type EmulatorSettings,
  type SeedUser,
} from './app.ts';
import { createRequestListener } from './server.ts';

export type { EmulatorSettings, MultipleLoginsPolicy, SeedUser, AdminUserView, AdminSessionView } from './app.ts';
export { DEFAULT_SEED_USERS, DEFAULT_SETTINGS } from './app.ts';
export { MAX_BODY_BYTES, MAX_JSON_DEPTH } from './http.ts';

/**
 * The application id every emulator uses unless told otherwise. Fixed, so saved settings, exported
 * programs and tests can name it: `C0DE1E55-B10C-4E55-A11C-E0000000A11C`.
 */
export const DEFAULT_APP_ID = 'C0DE1E55-B10C-4E55-A11C-E0000000A11C';

/** The REST / JS API key every emulator uses unless told otherwise: `E30CA7E1-A11C-4E55-B10C-C0DE1E55AB1E`. */
export const DEFAULT_API_KEY = 'E30CA7E1-A11C-4E55-B10C-C0DE1E55AB1E';

/** How to start an emulator. Every field is optional. */
export interface EmulatorOptions extends Partial<EmulatorSettings> {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (the admin API has no authentication: keep it local). */
  host?: string;
  /** Default {@link DEFAULT_APP_ID}. */
  appId?: string;
  /** Default {@link DEFAULT_API_KEY}. */
  apiKey?: string;
  /** The Users table at start (and after a reset). Default: alice@wonderland.com / wonderland, name Alice. */
  users?: SeedUser[];
  /**
   * A JSON file that keeps users and sessions across restarts. Read at start (created from `users` when
   * missing); rewritten atomically after every change. Settings and lockouts stay in memory.
   */
  dataFile?: string;
  /** Clock in epoch milliseconds (tests pass a fake one to step over lockouts and session timeouts). */
  now?: () => number;
}

/** A running emulator. */
export interface Emulator {
  /** The serverURL for clients, e.g. `http://127.0.0.1:40123`; apps live under `${url}/${appId}/${apiKey}/…`. */
  url: string;
  appId: string;
  apiKey: string;
  /** Stops listening, drops open connections and waits for pending data-file writes. Idempotent. */
  close(): Promise<void>;
}

const KEY_FORMAT = /^[A-Za-z0-9-]{1,100}$/;

/**
 * Starts an emulator and resolves once it is listening.
 *
 * @example
 * const emulator = await startEmulator();
 * Backendless.initApp({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url });
 * // …
 * await emulator.close();
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { port = 0, host = '127.0.0.1', appId = DEFAULT_APP_ID, apiKey = DEFAULT_API_KEY } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new TypeError(`port must be an integer 0–65535, got ${String(port)}`);
  if (typeof host !== 'string' || host === '') throw new TypeError('host must be a non-empty string');
  if (typeof appId !== 'string' || !KEY_FORMAT.test(appId))
    throw new TypeError('appId must be letters, digits and dashes (a UUID)');
  if (typeof apiKey !== 'string' || !KEY_FORMAT.test(apiKey))
    throw new TypeError('apiKey must be letters, digits and dashes (a UUID)');
  if (appId.toLowerCase() === 'api' || appId.toLowerCase() === '_emulator')
    throw new TypeError(`appId "${appId}" is reserved`);

  let settings: EmulatorSettings;
  try {
    const {
      maxFailedLogins,
      lockoutMs,
      registrationEnabled,
      loginsDisabled,
      multipleLogins,
      maxConcurrentLogins,
      sessionTimeoutMs,
    } = options;
    settings = {
      ...DEFAULT_SETTINGS,
      ...validateSettings({
        maxFailedLogins,
        lockoutMs,
        registrationEnabled,
        loginsDisabled,
        multipleLogins,
        maxConcurrentLogins,
        sessionTimeoutMs,
      }),
    };
  } catch (error) {
    throw new TypeError((error as Error).message.replace(/^Invalid parameter /, 'invalid option '), { cause: error });
  }

  const app = await EmulatedApp.create({
    appId,
    apiKey,
    settings,
    seedUsers: options.users ?? DEFAULT_SEED_USERS,
    dataFile: options.dataFile,
    now: options.now ?? Date.now,
  });

  let url = '';
  const server: Server = createServer(
    // Generous header timeout for slow CI machines; keep-alive so clients reuse connections.
    { keepAlive: true, requestTimeout: 30_000, headersTimeout: 20_000 },
    createRequestListener({ app, serverURL: () => url }),
  );
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      // The message reads well on its own; the code lets callers react (e.g. take another port on EADDRINUSE).
      reject(Object.assign(new Error(listenErrorMessage(error, host, port), { cause: error }), { code: error.code }));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    appId,
    apiKey,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await app.flush();
      })();
      return closing;
    },
  };
}

function listenErrorMessage(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use`;
    case 'EACCES':
      return `no permission to listen on ${host}:${port}`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on host ${host}: not an address of this machine`;
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`;
  }
}
