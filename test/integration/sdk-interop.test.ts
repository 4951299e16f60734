// The official `backendless` SDK (v8) against the emulator: the wire contract seen from the real client.
// If these pass, programs written for Backendless run unchanged against the emulator.
import Backendless from 'backendless';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { rejection as rejectedWith } from '../helpers/rejection.ts';

// The SDK's typings do not declare everything it has (getCurrentUserToken, standalone, appInfoPromise).
interface SdkError extends Error {
  code?: number;
  status?: number;
}
interface SdkUser {
  objectId: string;
  email: string;
  name?: string;
  'user-token'?: string;
  [key: string]: unknown;
}
interface SdkApp {
  appPath: string;
  appInfoPromise(): Promise<Record<string, unknown>>;
  UserService: {
    login(login: string, password: string, stayLoggedIn?: boolean): Promise<SdkUser>;
    logout(): Promise<void>;
    register(user: Record<string, unknown>): Promise<SdkUser>;
    isValidLogin(): Promise<boolean>;
    getCurrentUserToken(): string | null;
    getCurrentUser(reload?: boolean): Promise<SdkUser | null>;
    loggedInUser(): string | null;
  };
}
const sdk = Backendless as unknown as { initApp(config: Record<string, unknown> | string): SdkApp };

const ALICE = { email: 'alice@wonderland.com', password: 'wonderland' };

let emulator: Emulator;
let consoleError: MockInstance<typeof console.error>;

function standaloneApp(): SdkApp {
  return sdk.initApp({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url, standalone: true });
}

const rejection = (promise: Promise<unknown>) => rejectedWith<SdkError>(promise);

async function rawIsValid(token: string): Promise<unknown> {
  const response = await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/isvalidusertoken/${token}`);
  return response.json();
}

beforeAll(async () => {
  emulator = await startEmulator();
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  // The SDK prints "could not load backendless app info" when GET /info fails: it never may.
  expect(consoleError.mock.calls.flat().join(' ')).not.toMatch(/could not load|logging levels/i);
  consoleError.mockRestore();
});

describe('official backendless SDK against the emulator', () => {
  it('loads the app info initApp asks for (logging levels, rtURL)', async () => {
    const app = standaloneApp();
    const info = await app.appInfoPromise();
    expect(info.loggers).toEqual([{ name: 'Global logger', level: 'ALL' }]);
    expect(typeof info.rtURL).toBe('string');
  });

  it('logs in, validates, logs out, and the old token is no longer valid', async () => {
    const app = standaloneApp();
    const user = await app.UserService.login(ALICE.email, ALICE.password);
    expect(user).toMatchObject({ email: ALICE.email, name: 'Alice', ___class: 'Users', userStatus: 'ENABLED' });
    expect(user).not.toHaveProperty('password');

    const token = app.UserService.getCurrentUserToken();
    expect(token).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(await app.UserService.isValidLogin()).toBe(true);

    await app.UserService.logout();
    expect(await rawIsValid(token!)).toBe(false);
    expect(app.UserService.getCurrentUserToken()).toBeNull();
    expect(await app.UserService.isValidLogin()).toBe(false);
  });

  it('gives every login a new token', async () => {
    const app = standaloneApp();
    await app.UserService.login(ALICE.email, ALICE.password);
    const first = app.UserService.getCurrentUserToken();
    await app.UserService.login(ALICE.email, ALICE.password);
    const second = app.UserService.getCurrentUserToken();
    expect(second).not.toBe(first);
  });

  it('rejects a wrong password with code 3003 and keeps nobody logged in', async () => {
    const app = standaloneApp();
    const error = await rejection(app.UserService.login(ALICE.email, 'not-the-password'));
    expect(error.code).toBe(3003);
    expect(error.message).toBe('Invalid login or password');
    expect(app.UserService.getCurrentUserToken()).toBeNull();
  });

  it('registers a user who can then log in, and a duplicate register fails with 3033', async () => {
    const app = standaloneApp();
    const registered = await app.UserService.register({
      email: 'bob@wonderland.com',
      password: 'rabbit-hole',
      name: 'Bob',
      age: 7,
    });
    expect(registered).toMatchObject({ email: 'bob@wonderland.com', name: 'Bob', age: 7, ___class: 'Users' });
    expect(registered).not.toHaveProperty('user-token');
    expect(registered).not.toHaveProperty('password');
    expect(app.UserService.getCurrentUserToken()).toBeNull();

    const duplicate = await rejection(app.UserService.register({ email: 'bob@wonderland.com', password: 'another' }));
    expect(duplicate.code).toBe(3033);

    const loggedIn = await app.UserService.login('bob@wonderland.com', 'rabbit-hole');
    expect(loggedIn.objectId).toBe(registered.objectId);
  });

  it('rejects logout with a stale token with 3064 and clears its local user', async () => {
    const app = standaloneApp();
    await app.UserService.login(ALICE.email, ALICE.password);
    const token = app.UserService.getCurrentUserToken()!;
    // Another client ends the session behind the SDK's back.
    const ended = await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/logout`, {
      headers: { 'user-token': token },
    });
    expect(ended.status).toBe(200);

    const error = await rejection(app.UserService.logout());
    expect(error.code).toBe(3064);
    expect(error.message).toBe(`Not existing user token - ${token}. Relogin user to update your user token`);
    expect(app.UserService.getCurrentUserToken()).toBeNull();
    expect(app.UserService.loggedInUser()).toBeNull();
  });

  it('logs in again after a stale token without logging out first (the stale header is ignored)', async () => {
    const app = standaloneApp();
    await app.UserService.login(ALICE.email, ALICE.password);
    await fetch(`${emulator.url}/_emulator/sessions`, { method: 'DELETE' });
    // The SDK sends the stale token along with the new login.
    const user = await app.UserService.login(ALICE.email, ALICE.password);
    expect(user['user-token']).toBe(app.UserService.getCurrentUserToken());
    expect(await app.UserService.isValidLogin()).toBe(true);
  });

  it('reloads the current user from data/Users with the session token', async () => {
    const app = standaloneApp();
    const user = await app.UserService.login(ALICE.email, ALICE.password);
    const reloaded = await app.UserService.getCurrentUser(true);
    expect(reloaded).toMatchObject({ objectId: user.objectId, email: ALICE.email, 'user-token': user['user-token'] });
  });

  it('ends the local session when the account was disabled (3090)', async () => {
    const app = standaloneApp();
    const user = await app.UserService.login(ALICE.email, ALICE.password);
    await fetch(`${emulator.url}/_emulator/users/${user.objectId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userStatus: 'DISABLED' }),
    });
    const error = await rejection(app.UserService.logout());
    expect(error.code).toBe(3090);
    expect(app.UserService.getCurrentUserToken()).toBeNull();
  });

  it('works through the domain form initApp("http://host:port") with the /api base', async () => {
    const app = sdk.initApp(emulator.url);
    expect(app.appPath).toBe(`${emulator.url}/api`);
    await app.appInfoPromise();
    const user = await app.UserService.login(ALICE.email, ALICE.password);
    expect(user.email).toBe(ALICE.email);
    await app.UserService.logout();
    expect(app.UserService.getCurrentUserToken()).toBeNull();
  });

  it('keeps two standalone apps logged in independently while multiple logins are on', async () => {
    await fetch(`${emulator.url}/_emulator/settings`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ multipleLogins: 'allow' }),
    });
    const first = standaloneApp();
    const second = standaloneApp();
    await first.UserService.login(ALICE.email, ALICE.password);
    await second.UserService.login(ALICE.email, ALICE.password);
    await first.UserService.logout();
    expect(await second.UserService.isValidLogin()).toBe(true);
  });
});
