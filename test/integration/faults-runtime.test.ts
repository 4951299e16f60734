// Faults between the runtime and its backend: not listening, a reset mid-answer, an HTML 500, an empty 200
// where JSON is expected, an answer slower than the timeout. Each one must reject with a BackendlessError that
// says what happened (and never leaks the API key); the local session must be exactly what the official SDK's
// rules say (a failed logout keeps the whole session, never half of it); and the next call must work once
// the backend is back.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { BackendlessError, createBackendless, type BackendlessApp, type WebStorageLike } from '../../runtime/index.ts';
import { startFaultProxy, type Fault, type FaultProxy } from '../helpers/fault-proxy.ts';

const ALICE = { login: 'alice@wonderland.com', password: 'wonderland' };
// Generous for every healthy call (a login is one scrypt check, slow on a loaded CI machine)…
const TIMEOUT_MS = 10_000;
// …and short where a stalled answer is the point, to keep those cases quick.
const STALL_TIMEOUT_MS = 1_500;

let emulator: Emulator;
let proxy: FaultProxy;
let storage: Map<string, string>;
let app: BackendlessApp;

beforeAll(async () => {
  emulator = await startEmulator();
  proxy = await startFaultProxy(emulator.url);
});

afterAll(async () => {
  await proxy?.close();
  await emulator?.close();
});

afterEach(async () => {
  // A failed test must not leave the backend down for the next one.
  proxy.heal();
  await proxy.comeBack();
});

beforeEach((context) => {
  const timeout = /stall/.test(context.task.suite?.name ?? '') ? STALL_TIMEOUT_MS : TIMEOUT_MS;
  storage = new Map();
  const webStorage: WebStorageLike = {
    getItem: (key) => storage.get(key) ?? null,
    setItem: (key, value) => void storage.set(key, value),
  };
  app = createBackendless({
    appId: emulator.appId,
    apiKey: emulator.apiKey,
    serverURL: proxy.url,
    timeout,
    storage: webStorage,
  });
});

/** Everything the runtime remembers about the session, memory and storage. */
function sessionState() {
  return {
    token: app.UserService.getCurrentUserToken(),
    userId: app.UserService.getCurrentUserId(),
    stored: Object.fromEntries(storage),
  };
}

/** What the emulator says about a token, asked directly (not through the proxy). */
async function emulatorAccepts(token: string): Promise<boolean> {
  const response = await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/isvalidusertoken/${token}`);
  return (await response.json()) as boolean;
}

/** Awaits a call that must fail; returns its error, checked to be a BackendlessError. */
async function failure(call: Promise<unknown>): Promise<BackendlessError> {
  const error = await call.then(
    () => {
      throw new Error('the call succeeded, a failure was expected');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackendlessError);
  const backendlessError = error as BackendlessError;
  // Messages name the server by origin only: the URL path holds the API key (and sometimes a token).
  expect(backendlessError.message).not.toContain(emulator.apiKey);
  return backendlessError;
}

interface FaultCase {
  fault: Fault | 'not-listening';
  /** What the message must say. */
  message: RegExp;
  /** HTTP status the error carries (undefined when no answer arrived). */
  status: number | undefined;
  /** Whether logout under this fault can succeed anyway (an empty 200 is logout's normal answer). */
  logoutSucceeds?: boolean;
}

const cases: FaultCase[] = [
  { fault: 'not-listening', message: /ECONNREFUSED/, status: undefined },
  { fault: 'reset-before-answer', message: /socket|closed|reset|ECONNRESET/i, status: undefined },
  { fault: 'reset-mid-response', message: /socket|closed|reset|terminated|ECONNRESET/i, status: undefined },
  { fault: 'html-500', message: /HTTP 500 without a Backendless error/, status: 500 },
  { fault: 'empty-200', message: /HTTP 200 with an unexpected answer/, status: 200, logoutSucceeds: true },
  { fault: 'stall', message: new RegExp(`no answer within ${STALL_TIMEOUT_MS} ms`), status: undefined },
  { fault: 'stall-mid-body', message: new RegExp(`no answer within ${STALL_TIMEOUT_MS} ms`), status: undefined },
];

async function breakBackend(fault: FaultCase['fault']): Promise<void> {
  if (fault === 'not-listening') await proxy.goDown();
  else proxy.fail(fault);
}

async function restoreBackend(fault: FaultCase['fault']): Promise<void> {
  if (fault === 'not-listening') await proxy.comeBack();
  else proxy.heal();
}

describe.each(cases)('backend fault: $fault', ({ fault, message, status, logoutSucceeds }) => {
  it('login rejects with a clear BackendlessError, logs nobody in, and works once the backend is back', async () => {
    await breakBackend(fault);
    const error = await failure(app.UserService.login(ALICE.login, ALICE.password, true));
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^Backendless server http:\/\/127\.0\.0\.1:\d+: /);
    expect(error.code).toBeUndefined();
    expect(error.status).toBe(status);
    expect(sessionState()).toEqual({ token: null, userId: null, stored: {} });

    await restoreBackend(fault);
    const user = await app.UserService.login(ALICE.login, ALICE.password, true);
    expect(app.UserService.getCurrentUserToken()).toBe(user['user-token']);
    await app.UserService.logout();
  });

  it('isValidLogin rejects and leaves the session as it was', async () => {
    await app.UserService.login(ALICE.login, ALICE.password, true);
    const before = sessionState();
    await breakBackend(fault);
    const error = await failure(app.UserService.isValidLogin());
    expect(error.message).toMatch(message);
    expect(sessionState()).toEqual(before);

    await restoreBackend(fault);
    expect(await app.UserService.isValidLogin()).toBe(true);
    await app.UserService.logout();
  });

  it(
    logoutSucceeds
      ? 'logout treats the empty 200 as success and clears the whole session'
      : 'a failed logout keeps the whole session (memory and storage), and the retry ends it',
    async () => {
      const user = await app.UserService.login(ALICE.login, ALICE.password, true);
      const token = user['user-token'] as string;
      const before = sessionState();
      expect(before.stored).not.toEqual({});
      await breakBackend(fault);

      if (logoutSucceeds) {
        await app.UserService.logout();
        expect(sessionState()).toEqual({
          token: null,
          userId: null,
          stored: { [`Backendless_${emulator.appId}`]: '{}' },
        });
        // The fake 200 never reached the emulator: the real session is still open there; end it.
        await restoreBackend(fault);
        await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/logout`, {
          headers: { 'user-token': token },
        });
        return;
      }

      const error = await failure(app.UserService.logout());
      expect(error.message).toMatch(message);
      // Not half-cleared: token, user id and the remembered record are all still there.
      expect(sessionState()).toEqual(before);
      expect(await emulatorAccepts(token)).toBe(true);

      await restoreBackend(fault);
      await app.UserService.logout();
      expect(sessionState()).toEqual({
        token: null,
        userId: null,
        stored: { [`Backendless_${emulator.appId}`]: '{}' },
      });
      expect(await emulatorAccepts(token)).toBe(false);
    },
  );
});

describe('a logout whose answer is lost', () => {
  it('keeps the local session; the retry gets 3064, clears it (SDK rule) and login works again', async () => {
    const user = await app.UserService.login(ALICE.login, ALICE.password, true);
    const token = user['user-token'] as string;
    const before = sessionState();

    // The emulator ends the session, but the answer never reaches the client.
    proxy.fail('reset-after-forward', 1);
    await failure(app.UserService.logout());
    expect(sessionState()).toEqual(before);
    expect(await emulatorAccepts(token)).toBe(false);

    const retry = await failure(app.UserService.logout());
    expect(retry.code).toBe(3064);
    expect(retry.message).toContain('Not existing user token');
    expect(sessionState()).toEqual({ token: null, userId: null, stored: { [`Backendless_${emulator.appId}`]: '{}' } });

    // A stale token from a failed logout never blocks the next login (docs/ARCHITECTURE.md §6.7).
    await app.UserService.login(ALICE.login, ALICE.password);
    expect(await app.UserService.isValidLogin()).toBe(true);
    await app.UserService.logout();
  });

  it('a login whose answer is lost leaves nobody logged in locally, and the next login works', async () => {
    proxy.fail('reset-after-forward', 1);
    await failure(app.UserService.login(ALICE.login, ALICE.password, true));
    expect(sessionState()).toEqual({ token: null, userId: null, stored: {} });
    await app.UserService.login(ALICE.login, ALICE.password, true);
    expect(await app.UserService.isValidLogin()).toBe(true);
    await app.UserService.logout();
  });
});

describe('many faults in a row', () => {
  it('twenty alternating failures leave the runtime healthy and the session whole', async () => {
    expect.hasAssertions();
    await app.UserService.login(ALICE.login, ALICE.password);
    const before = sessionState();
    const faults: Fault[] = ['reset-before-answer', 'reset-mid-response', 'html-500', 'empty-200'];
    for (let round = 0; round < 20; round += 1) {
      proxy.fail(faults[round % faults.length]!, 1);
      await failure(app.UserService.isValidLogin());
    }
    expect(sessionState()).toEqual(before);
    expect(await app.UserService.isValidLogin()).toBe(true);
    await app.UserService.logout();
    expect(app.UserService.getCurrentUserToken()).toBeNull();
  });
});
