// The runtime against the real emulator: the scenario end to end, every error code the emulator
// produces surfacing as BackendlessError.code, and the same answers the official SDK gets.
import Sdk from 'backendless';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import {
  BackendlessError,
  createBackendless,
  type BackendlessApp,
  type BackendlessConfig,
} from '../../runtime/index.ts';
import { rejection as rejectedWith } from '../helpers/rejection.ts';

const ALICE = { email: 'alice@wonderland.com', password: 'wonderland' };
const TOKEN_FORMAT = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

let emulator: Emulator;
let directory: string;

function app(config: BackendlessConfig = {}): BackendlessApp {
  return createBackendless({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url, ...config });
}

/** The emulator's admin API (off the Backendless path namespace). */
async function admin(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`admin ${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : {};
}

async function aliceId(): Promise<string> {
  const { users } = (await admin('GET', 'users')) as { users: { user: { objectId: string; email: string } }[] };
  return users.find(({ user }) => user.email === ALICE.email)!.user.objectId;
}

const rejection = (promise: Promise<unknown>) => rejectedWith(promise, BackendlessError);

beforeAll(async () => {
  emulator = await startEmulator();
  directory = mkdtempSync(join(tmpdir(), 'runtime-emulator-'));
});

afterAll(async () => {
  await emulator.close();
  rmSync(directory, { recursive: true, force: true });
});

beforeEach(() => admin('POST', 'reset'));

describe('the scenario against the emulator', () => {
  it('logs in as Alice, reads the token, logs out, and the old token is no longer valid', async () => {
    const users = app().UserService;
    const user = await users.login(ALICE.email, ALICE.password);
    expect(user).toMatchObject({ email: ALICE.email, name: 'Alice', ___class: 'Users', userStatus: 'ENABLED' });
    expect(user.ownerId).toBe(user.objectId);
    expect(user).not.toHaveProperty('password');
    const token = users.getCurrentUserToken();
    expect(token).toMatch(TOKEN_FORMAT);
    expect(token).toBe(user['user-token']);
    expect(await users.isValidLogin()).toBe(true);
    expect(await users.getCurrentUser(true)).toMatchObject({ objectId: user.objectId, 'user-token': token });

    await users.logout();
    expect(users.getCurrentUserToken()).toBeNull();
    expect(await users.isValidLogin()).toBe(false);

    // Someone holding the old token: it is ended for the server.
    const holder = app().UserService;
    holder.setCurrentUser({ objectId: user.objectId, 'user-token': token! });
    expect(await holder.isValidLogin()).toBe(false);
    const error = await rejection(holder.logout());
    expect(error.code).toBe(3064);
    expect(error.message).toBe(`Not existing user token - ${token}. Relogin user to update your user token`);
    expect(holder.getCurrentUserToken()).toBeNull();
  });

  it('every login gives a new token, and each instance keeps its own session', async () => {
    // Two live sessions of one user need multiple logins on (Backendless' default ends the older one).
    await admin('PATCH', 'settings', { multipleLogins: 'allow' });
    const first = app().UserService;
    const second = app().UserService;
    await first.login(ALICE.email, ALICE.password);
    await second.login(ALICE.email, ALICE.password);
    expect(first.getCurrentUserToken()).not.toBe(second.getCurrentUserToken());
    await first.logout();
    expect(await second.isValidLogin()).toBe(true);
  });

  it('register creates a user who can then log in; register does not log in', async () => {
    const users = app().UserService;
    const saved = await users.register({ email: 'bob@example.com', password: 'builder', name: 'Bob' });
    expect(saved).toMatchObject({ email: 'bob@example.com', name: 'Bob', ___class: 'Users' });
    expect(saved.objectId).toEqual(expect.any(String));
    expect(users.getCurrentUserToken()).toBeNull();
    expect(await users.login('bob@example.com', 'builder')).toMatchObject({ objectId: saved.objectId });
  });

  it('a stayLoggedIn session in a file is restored by a new instance and still valid on the server', async () => {
    const file = join(directory, 'session.json');
    const user = await app({ storage: { file } }).UserService.login(ALICE.email, ALICE.password, true);
    const restored = app({ storage: { file } }).UserService;
    expect(restored.getCurrentUserToken()).toBe(user['user-token']);
    expect(await restored.isValidLogin()).toBe(true);
    expect(await restored.getCurrentUser()).toMatchObject({ objectId: user.objectId, email: ALICE.email });
    await restored.logout();
    expect(app({ storage: { file } }).UserService.getCurrentUserToken()).toBeNull();
  });

  it('a stale user-token does not stop a new login (the emulator ignores it there)', async () => {
    const users = app().UserService;
    users.setCurrentUser({ objectId: 'GONE', 'user-token': 'B2752110-5588-4F67-831E-AB458D7511F5' });
    await expect(users.login(ALICE.email, ALICE.password)).resolves.toMatchObject({ email: ALICE.email });
  });
});

describe('every error code the emulator produces reaches BackendlessError.code', () => {
  it('3003 for a wrong password or an unknown identity', async () => {
    expect.hasAssertions();
    for (const [login, password] of [
      [ALICE.email, 'nope'],
      ['nobody@example.com', 'x'],
    ]) {
      const error = await rejection(app().UserService.login(login!, password!));
      expect([error.code, error.status, error.message]).toEqual([3003, 400, 'Invalid login or password']);
    }
  });

  it('3006 is caught before the request, with the SDK messages (the server would answer 3006)', async () => {
    const users = app().UserService;
    expect((await rejection(users.login('', 'x'))).message).toBe('the first argument cannot be an empty value');
    expect((await rejection(users.login(ALICE.email, ''))).message).toBe(
      'the "password" value cannot be an empty value',
    );
  });

  it('3036 after too many failed logins, even with the right password', async () => {
    expect.hasAssertions();
    await admin('PATCH', 'settings', { maxFailedLogins: 2 });
    const users = app().UserService;
    for (let attempt = 0; attempt < 2; attempt++) {
      expect((await rejection(users.login(ALICE.email, 'wrong'))).code).toBe(3003);
    }
    expect((await rejection(users.login(ALICE.email, ALICE.password))).code).toBe(3036);
  });

  it('3090 for a disabled user at login, and on logout of a session whose user got disabled (which ends it)', async () => {
    const users = app().UserService;
    await users.login(ALICE.email, ALICE.password);
    await admin('PATCH', `users/${await aliceId()}`, { userStatus: 'DISABLED' });
    expect((await rejection(app().UserService.login(ALICE.email, ALICE.password))).code).toBe(3090);
    expect((await rejection(users.logout())).code).toBe(3090);
    expect(users.getCurrentUserToken()).toBeNull();
  });

  it('3000 for a user whose login is disabled, 3034 when the app disables logins', async () => {
    await admin('PATCH', `users/${await aliceId()}`, { loginDisabled: true });
    expect((await rejection(app().UserService.login(ALICE.email, ALICE.password))).code).toBe(3000);
    await admin('POST', 'reset');
    await admin('PATCH', 'settings', { loginsDisabled: true });
    expect((await rejection(app().UserService.login(ALICE.email, ALICE.password))).code).toBe(3034);
  });

  it('3002 when multiple logins are rejected, 3044 when the concurrent login limit is reached', async () => {
    await admin('PATCH', 'settings', { multipleLogins: 'reject' });
    await app().UserService.login(ALICE.email, ALICE.password);
    expect((await rejection(app().UserService.login(ALICE.email, ALICE.password))).code).toBe(3002);
    await admin('POST', 'reset');
    await admin('PATCH', 'settings', { multipleLogins: 'allow', maxConcurrentLogins: 1 });
    await app().UserService.login(ALICE.email, ALICE.password);
    expect((await rejection(app().UserService.login(ALICE.email, ALICE.password))).code).toBe(3044);
  });

  it('logout without a token resolves, as on Backendless: nobody is logged in, so no user-token header goes out', async () => {
    const users = app().UserService;
    await expect(users.logout()).resolves.toBeUndefined();
    expect(users.getCurrentUserToken()).toBeNull();
  });

  it('3064 for logout with a token the server ended (admin ended every session); the session is cleared', async () => {
    const users = app().UserService;
    await users.login(ALICE.email, ALICE.password);
    await admin('DELETE', 'sessions');
    expect(await users.isValidLogin()).toBe(false);
    expect((await rejection(users.logout())).code).toBe(3064);
    expect(users.getCurrentUserToken()).toBeNull();
  });

  it('2002 for a wrong API key, 3007 for logout with a wrong app', async () => {
    const wrong = app({ apiKey: 'WRONG-KEY' }).UserService;
    expect((await rejection(wrong.login(ALICE.email, ALICE.password))).code).toBe(2002);
    wrong.setCurrentUser({ objectId: 'X', 'user-token': 'T' });
    const error = await rejection(wrong.logout());
    expect(error.code).toBe(3007);
    // Not a session-ended code: the local session stays, as the SDK keeps it.
    expect(wrong.getCurrentUserToken()).toBe('T');
  });

  it('2014 for a login by objectId with a non-Code-Runner key', async () => {
    expect((await rejection(app().UserService.login(await aliceId()))).code).toBe(2014);
  });

  it('3033 for registering an existing identity, 3011 without a password, 3040 for a malformed email', async () => {
    const users = app().UserService;
    expect((await rejection(users.register({ email: ALICE.email, password: 'x' }))).code).toBe(3033);
    expect((await rejection(users.register({ email: 'new@example.com' }))).code).toBe(3011);
    expect((await rejection(users.register({ email: 'not-an-email', password: 'x' }))).code).toBe(3040);
  });

  it('3009 with HTTP 403 when registration is disabled', async () => {
    await admin('PATCH', 'settings', { registrationEnabled: false });
    const error = await rejection(app().UserService.register({ email: 'new@example.com', password: 'x' }));
    expect([error.code, error.status]).toEqual([3009, 403]);
  });
});

describe('the same answers as the official SDK', () => {
  interface SdkError extends Error {
    code?: number;
    status?: number;
  }
  interface SdkUsers {
    login(login: unknown, password?: unknown): Promise<Record<string, unknown>>;
    logout(): Promise<void>;
    register(user: Record<string, unknown>): Promise<Record<string, unknown>>;
    setCurrentUser(user: Record<string, unknown>): void;
  }

  let sdk: SdkUsers;
  beforeAll(() => {
    // The SDK's initApp asks GET /info; a missing answer would print "could not load backendless app info".
    vi.spyOn(console, 'error');
    const sdkApp = (Sdk as unknown as { initApp(config: object): { UserService: SdkUsers } }).initApp({
      appId: emulator.appId,
      apiKey: emulator.apiKey,
      serverURL: emulator.url,
      standalone: true,
    });
    sdk = sdkApp.UserService;
  });
  afterAll(() => {
    expect(console.error).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  const outcome = (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (error: SdkError) => ({ code: error.code, status: error.status, message: error.message }),
    );

  it.each([
    ['wrong password', (users: SdkUsers) => users.login(ALICE.email, 'wrong')],
    ['empty login', (users: SdkUsers) => users.login('', 'x')],
    ['empty password', (users: SdkUsers) => users.login(ALICE.email, '')],
    ['login not a string', (users: SdkUsers) => users.login(null, 'x')],
    ['logout while logged out', (users: SdkUsers) => users.logout()],
    [
      'duplicate register',
      (users: SdkUsers) => users.register({ email: ALICE.email, password: 'x', blUserLocale: 'en' }),
    ],
    [
      'stale token logout',
      (users: SdkUsers) => {
        users.setCurrentUser({ objectId: 'X', 'user-token': 'B2752110-5588-4F67-831E-AB458D7511F5' });
        return users.logout();
      },
    ],
  ])('%s: same code, status and message', async (_name, call) => {
    const ours = await outcome(call(app().UserService as unknown as SdkUsers));
    const theirs = await outcome(call(sdk));
    expect(ours).toEqual(theirs);
  });

  it('login resolves the same user properties, each with its own token', async () => {
    const ours = await app().UserService.login(ALICE.email, ALICE.password);
    const theirs = await sdk.login(ALICE.email, ALICE.password);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    expect({ ...ours, 'user-token': 0, lastLogin: 0 }).toEqual({ ...theirs, 'user-token': 0, lastLogin: 0 });
    await sdk.logout();
  });
});
