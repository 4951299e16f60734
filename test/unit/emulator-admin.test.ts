// The admin API under /_emulator: what the playground's session view and the tests use.
import { beforeEach, describe, expect, it } from 'vitest';
import { type AdminSessionView, type AdminUserView } from '../../emulator/index.ts';
import { useInProcessEmulator } from '../helpers/in-process-emulator.ts';

/** The pages the emulator is started with (`adminOrigins`), as `npm start` names the playground's. */
const PAGES = ['http://localhost:5173', 'http://127.0.0.1:4173', 'http://[::1]:5173'];
// A clock the tests can move (the emulator reads it for lastUsed, lockouts and timeouts).
let clockOffset = 0;
const admin = (path = ''): string => `${emulator.url}/_emulator${path}`;
const app = (path: string): string => `${emulator.url}/${emulator.appId}/${emulator.apiKey}${path}`;

async function send(
  method: string,
  url: string,
  json?: unknown,
): Promise<{ status: number; body: unknown; text: string }> {
  const response = await emulator.fetch(url, {
    method,
    headers: json === undefined ? {} : { 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? '' : JSON.parse(text), text };
}

async function loginAlice(): Promise<{ objectId: string; token: string }> {
  const { body } = await send('POST', app('/users/login'), { login: 'alice@wonderland.com', password: 'wonderland' });
  const user = body as Record<string, string>;
  return { objectId: user.objectId!, token: user['user-token']! };
}

async function listUsers(): Promise<AdminUserView[]> {
  return ((await send('GET', admin('/users'))).body as { users: AdminUserView[] }).users;
}

async function listSessions(): Promise<AdminSessionView[]> {
  return ((await send('GET', admin('/sessions'))).body as { sessions: AdminSessionView[] }).sessions;
}

// Before the emulator's reset, which reads the clock.
beforeEach(() => {
  clockOffset = 0;
});
const emulator = useInProcessEmulator({ now: () => Date.now() + clockOffset, adminOrigins: PAGES });

describe('admin: users', () => {
  it('lists users with account state and without passwords', async () => {
    const users = await listUsers();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({
      user: { email: 'alice@wonderland.com', name: 'Alice', ___class: 'Users' },
      loginDisabled: false,
      failedLogins: 0,
      lockedUntil: null,
      liveSessions: 0,
    });
    const text = (await send('GET', admin('/users'))).text;
    expect(text).not.toMatch(/password|wonderland"|scrypt/);
  });

  it('adds a user who can log in at once', async () => {
    const added = await send('POST', admin('/users'), {
      email: 'queen@wonderland.com',
      password: 'off-with-their-heads',
      name: 'Queen',
      title: 'Her Majesty',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ user: { email: 'queen@wonderland.com', title: 'Her Majesty' } });
    const login = await send('POST', app('/users/login'), {
      login: 'queen@wonderland.com',
      password: 'off-with-their-heads',
    });
    expect(login.status).toBe(200);
  });

  it('refuses to add a duplicate or invalid user with the register codes', async () => {
    expect((await send('POST', admin('/users'), { email: 'alice@wonderland.com', password: 'x' })).body).toMatchObject({
      code: 3033,
    });
    expect((await send('POST', admin('/users'), { email: 'nope', password: 'x' })).body).toMatchObject({ code: 3040 });
  });

  it('disables and re-enables a user', async () => {
    const { objectId, token } = await loginAlice();
    const disabled = await send('PATCH', admin(`/users/${objectId}`), { userStatus: 'DISABLED' });
    expect(disabled.body).toMatchObject({ user: { userStatus: 'DISABLED' } });
    expect((await send('GET', app(`/users/isvalidusertoken/${token}`))).body).toBe(false);
    expect(
      (await send('POST', app('/users/login'), { login: 'alice@wonderland.com', password: 'wonderland' })).body,
    ).toMatchObject({ code: 3090 });
    await send('PATCH', admin(`/users/${objectId}`), { userStatus: 'ENABLED' });
    expect((await loginAlice()).token).toBeTruthy();
  });

  it('changes a password, name and columns, and stamps updated', async () => {
    const [alice] = await listUsers();
    const updated = await send('PATCH', admin(`/users/${alice!.user.objectId}`), {
      password: 'looking-glass',
      name: 'Alice L.',
      shoeSize: 37,
    });
    expect(updated.body).toMatchObject({ user: { name: 'Alice L.', shoeSize: 37 } });
    expect(typeof (updated.body as AdminUserView).user.updated).toBe('number');
    expect(
      (await send('POST', app('/users/login'), { login: 'alice@wonderland.com', password: 'wonderland' })).body,
    ).toMatchObject({ code: 3003 });
    expect(
      (await send('POST', app('/users/login'), { login: 'alice@wonderland.com', password: 'looking-glass' })).status,
    ).toBe(200);
  });

  it('unlocks a locked-out identity', async () => {
    await send('PATCH', admin('/settings'), { maxFailedLogins: 1 });
    await send('POST', app('/users/login'), { login: 'alice@wonderland.com', password: 'wrong' });
    const [alice] = await listUsers();
    expect(alice!.lockedUntil).toBeGreaterThan(Date.now());
    await send('PATCH', admin(`/users/${alice!.user.objectId}`), { unlock: true });
    expect((await loginAlice()).token).toBeTruthy();
  });

  it('refuses bad updates with 8008 and an unknown user with 3057', async () => {
    const [alice] = await listUsers();
    expect(
      (await send('PATCH', admin(`/users/${alice!.user.objectId}`), { userStatus: 'SLEEPING' })).body,
    ).toMatchObject({ code: 8008 });
    const missing = await send('GET', admin('/users/NOT-A-USER'));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 3057 });
  });

  it('deletes a user and ends their sessions', async () => {
    const { objectId, token } = await loginAlice();
    expect((await send('DELETE', admin(`/users/${objectId}`))).body).toEqual({ deleted: objectId });
    expect((await send('GET', app(`/users/isvalidusertoken/${token}`))).body).toBe(false);
    expect(await listUsers()).toHaveLength(0);
  });
});

describe('admin: sessions', () => {
  it('lists live sessions with a masked token, never the full one', async () => {
    const { objectId, token } = await loginAlice();
    const sessions = await listSessions();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ objectId, email: 'alice@wonderland.com', name: 'Alice' });
    expect(sessions[0]!.token).toBe(`${token.slice(0, 4)}…${token.slice(-4)}`);
    expect(sessions[0]!.created).toBeLessThanOrEqual(sessions[0]!.lastUsed);
    expect((await send('GET', admin('/sessions'))).text).not.toContain(token);
  });

  it('updates lastUsed when the token is used', async () => {
    const { token } = await loginAlice();
    const [before] = await listSessions();
    clockOffset += 1_000;
    await send('GET', app(`/users/isvalidusertoken/${token}`));
    const [after] = await listSessions();
    expect(after!.lastUsed).toBeGreaterThanOrEqual(before!.lastUsed + 1_000);
  });

  it('ends one session by its id, or all of them', async () => {
    await send('PATCH', admin('/settings'), { multipleLogins: 'allow' });
    const first = await loginAlice();
    const second = await loginAlice();
    const sessions = await listSessions();
    const firstSession = sessions.find(
      (session) => session.token.startsWith(first.token.slice(0, 4)) && session.token.endsWith(first.token.slice(-4)),
    )!;
    expect((await send('DELETE', admin(`/sessions/${firstSession.sessionId}`))).body).toEqual({ ended: 1 });
    expect((await send('GET', app(`/users/isvalidusertoken/${first.token}`))).body).toBe(false);
    expect((await send('GET', app(`/users/isvalidusertoken/${second.token}`))).body).toBe(true);
    expect((await send('DELETE', admin('/sessions'))).body).toEqual({ ended: 1 });
    expect(await listSessions()).toHaveLength(0);
  });
});

describe('admin: settings and reset', () => {
  it('reads and changes settings, refusing unknown or mistyped ones with 8008', async () => {
    const initial = (await send('GET', admin('/settings'))).body;
    expect(initial).toEqual({
      registrationEnabled: true,
      emailConfirmationRequired: false,
      passwordResetMode: 'link',
      loginsDisabled: false,
      multipleLogins: 'end-previous',
      maxConcurrentLogins: 0,
      maxFailedLogins: 0,
      lockoutMs: 900_000,
      sessionTimeoutMs: 3_600_000,
      redirectOrigins: [],
      minPasswordLength: 1,
    });
    expect((await send('PATCH', admin('/settings'), { multipleLogins: 'reject' })).body).toMatchObject({
      multipleLogins: 'reject',
    });
    expect((await send('PATCH', admin('/settings'), { multipleLogins: 'sometimes' })).body).toMatchObject({
      code: 8008,
    });
    expect((await send('PATCH', admin('/settings'), { maxFailedLogins: -1 })).body).toMatchObject({ code: 8008 });
    expect((await send('PATCH', admin('/settings'), { colour: 'red' })).body).toMatchObject({ code: 8008 });
  });

  it('resets to the seed: same user ids, no sessions, no extra users, initial settings', async () => {
    const [aliceBefore] = await listUsers();
    const { token } = await loginAlice();
    await send('POST', admin('/users'), { email: 'queen@wonderland.com', password: 'x' });
    await send('PATCH', admin('/settings'), { loginsDisabled: true });

    expect((await send('POST', admin('/reset'))).body).toEqual({ users: 1, sessions: 0 });
    const users = await listUsers();
    expect(users.map((entry) => entry.user.objectId)).toEqual([aliceBefore!.user.objectId]);
    expect((await send('GET', app(`/users/isvalidusertoken/${token}`))).body).toBe(false);
    expect((await send('GET', admin('/settings'))).body).toMatchObject({ loginsDisabled: false });
  });

  it('describes the app and keeps its routes off the Backendless namespace', async () => {
    expect((await send('GET', admin())).body).toMatchObject({
      appId: emulator.appId,
      apiKey: emulator.apiKey,
      serverURL: emulator.url,
    });
    expect((await send('GET', admin('/nothing'))).status).toBe(404);
    expect((await send('GET', admin('/reset'))).status).toBe(405);
  });

  it('answers admin preflights from the pages it was started with, naming the origin', async () => {
    expect.hasAssertions();
    for (const origin of PAGES) {
      const response = await emulator.fetch(admin('/settings'), {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'content-type' },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    }
  });

  it('refuses a page of this machine it was not started with (another dev server)', async () => {
    expect.hasAssertions();
    for (const origin of ['http://localhost:5174', 'http://127.0.0.1:5173', 'http://127.0.0.2:80']) {
      const response = await emulator.fetch(admin('/export'), { headers: { origin } });
      expect(response.status, origin).toBe(403);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
    // Its own origin is the console's.
    const own = await emulator.fetch(admin('/export'), { headers: { origin: emulator.url } });
    expect(own.status).toBe(200);
  });

  it('refuses pages of other sites: no preflight, no reset, no read of users or of the API key', async () => {
    expect.hasAssertions();
    const evil = { origin: 'https://evil.example' };
    const preflight = await emulator.fetch(admin('/users/x'), {
      method: 'OPTIONS',
      headers: { ...evil, 'access-control-request-method': 'PATCH', 'access-control-request-private-network': 'true' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-private-network')).toBeNull();
    // A "simple" POST needs no preflight, so the server itself must refuse it.
    const reset = await emulator.fetch(admin('/reset'), { method: 'POST', headers: evil });
    expect(reset.status).toBe(403);
    expect(await reset.json()).toMatchObject({ code: 403, message: expect.stringContaining('https://evil.example') });
    for (const url of [admin('/users'), `${emulator.url}/`]) {
      const read = await emulator.fetch(url, { headers: evil });
      expect(read.status).toBe(403);
      expect(read.headers.get('access-control-allow-origin')).toBeNull();
    }
    // A DNS name that resolves to this machine is not trusted (DNS rebinding).
    const rebound = await emulator.fetch(admin('/users'), { headers: { origin: 'http://rebind.example:3850' } });
    expect(rebound.status).toBe(403);
    // The Backendless routes stay open to every origin, as Backendless is.
    const info = await emulator.fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/info`, { headers: evil });
    expect(info.status).toBe(200);
    expect(info.headers.get('access-control-allow-origin')).toBe('*');
  });
});
