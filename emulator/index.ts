// `codeless-blocks/emulator`: a local Backendless-compatible backend for the user service — the REST routes and
// error codes of login, guest and social login, logout, token validation, register, update, password reset, e-mail
// confirmation, roles and the rest of Backendless' Users API — with CORS, a client key and a server key, an outbox
// instead of e-mail, a local OAuth2 provider, an admin API for this machine, server logic (Users event handlers,
// run as Backendless' CodeRunner runs them, in a worker), in-memory state by default and optional atomic file
// persistence. Think Firebase's Auth emulator: fast to start, seeded with the scenario's user
// (alice@wonderland.com / wonderland).
import './node-version.ts';
import type { AddressInfo } from 'node:net';
import type { EmulatorAddress } from './contract.ts';
import { buildEmulator, type EmulatorOptions } from './build.ts';

export type {
  AdminAppView,
  AdminLogicHandlerView,
  AdminLogicRunView,
  AdminLogicView,
  AdminRoleView,
  AdminSessionView,
  AdminUserView,
  EmulatorAddress,
  EmulatorDataDocument,
  EmulatorSettings,
  JsonValue,
  MultipleLoginsPolicy,
  OutboxKind,
  OutboxMessage,
  PasswordResetMode,
  PublicUser,
  UserStatus,
} from './contract.ts';

export type { SeedUser } from './seed.ts';
export type { EmulatorOptions, LogicOption } from './build.ts';
export { DEFAULT_API_KEY, DEFAULT_APP_ID, DEFAULT_SERVER_KEY } from './build.ts';
export { SYSTEM_ROLES } from './roles.ts';
export { DEFAULT_SEED_USERS } from './seed.ts';
export { DEFAULT_SETTINGS } from './settings.ts';
export { MAX_BODY_BYTES, MAX_JSON_DEPTH } from './limits.ts';

/** A running emulator: where it listens and the app it serves, and how to stop it. */
export interface Emulator extends EmulatorAddress {
  /** The server key (CloudCode), for Node code that acts as server logic; not part of {@link EmulatorAddress}. */
  serverKey: string;
  /** Stops listening, drops open connections, waits for pending data-file writes and frees the file. Idempotent. */
  close(): Promise<void>;
}

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
  const { port = 0, host = '127.0.0.1' } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new TypeError(`port must be an integer 0–65535, got ${String(port)}`);
  if (typeof host !== 'string' || host === '') throw new TypeError('host must be a non-empty string');
  const { app, server } = await buildEmulator(options);
  try {
    await server.listen({ port, host });
  } catch (error) {
    await server.close();
    await app.close();
    const { code } = error as NodeJS.ErrnoException;
    // The message reads well on its own; the code lets callers react (e.g. take another port on EADDRINUSE).
    throw Object.assign(new Error(listenErrorMessage(error as NodeJS.ErrnoException, host, port), { cause: error }), {
      code,
    });
  }
  const address = server.server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  app.serverURL = url;

  let closing: Promise<void> | null = null;
  return {
    url,
    appId: app.appId,
    apiKey: app.apiKey,
    serverKey: app.serverKey,
    close() {
      closing ??= (async () => {
        await server.close();
        await app.close();
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
