// The two keys over HTTP: the client key (pages, blocks) and the server key (CloudCode). Server-only routes refuse
// the client key with Backendless' own codes and messages and work with the server key; both keys name the same
// app (same users, same sessions); the domain form `/api` is the client's; any other key is 2002.
import { describe, expect, it } from 'vitest';
import { DEFAULT_API_KEY, DEFAULT_SERVER_KEY } from '../../emulator/index.ts';
import { inProcessEmulator, useInProcessEmulator } from '../helpers/in-process-emulator.ts';

const ALICE = { login: 'alice@wonderland.com', password: 'wonderland' };

async function call(
  method: string,
  path: string,
  options: { json?: unknown; token?: string; key?: 'client' | 'server' | string } = {},
): Promise<{ status: number; body: unknown; text: string }> {
  const key =
    options.key === undefined || options.key === 'client'
      ? emulator.apiKey
      : options.key === 'server'
        ? emulator.serverKey
        : options.key;
  const headers: Record<string, string> = {};
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers['user-token'] = options.token;
  const url = path.startsWith('/_emulator')
    ? `${emulator.url}${path}`
    : `${emulator.url}/${emulator.appId}/${key}${path}`;
  const response = await emulator.fetch(url, {
    method,
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? '' : JSON.parse(text), text };
}

async function aliceId(): Promise<string> {
  const { users } = (await call('GET', '/_emulator/users')).body as { users: Array<{ user: { objectId: string } }> };
  return users[0]!.user.objectId;
}

const emulator = useInProcessEmulator({ roles: ['Admin'] });

describe('the server key', () => {
  it('is its own UUID, shown to this machine by the admin API, and not part of the client address', async () => {
    expect(emulator.serverKey).toBe(DEFAULT_SERVER_KEY);
    expect(DEFAULT_SERVER_KEY).not.toBe(DEFAULT_API_KEY);
    expect((await call('GET', '/_emulator')).body).toMatchObject({
      apiKey: emulator.apiKey,
      serverKey: emulator.serverKey,
      serverBase: `${emulator.url}/${emulator.appId}/${emulator.serverKey}`,
    });
    const start = (await emulator.fetch(`${emulator.url}/`).then((response) => response.text())) as string;
    expect(start).not.toContain(emulator.serverKey);
  });

  it('names the same app: a session started with one key is valid with the other, in either case', async () => {
    const login = await call('POST', '/users/login', { json: ALICE, key: 'server' });
    const token = (login.body as Record<string, string>)['user-token']!;
    expect((await call('GET', `/users/isvalidusertoken/${token}`)).body).toBe(true);
    expect(
      (await call('GET', `/users/isvalidusertoken/${token}`, { key: emulator.serverKey.toLowerCase() })).body,
    ).toBe(true);
    expect((await call('GET', '/info', { key: 'server' })).body).toMatchObject({ apiKey: emulator.serverKey });
    expect((await call('GET', '/info')).body).toMatchObject({ apiKey: emulator.apiKey });
  });

  it('any other key is 2002 (3007 on logout)', async () => {
    expect((await call('GET', '/info', { key: 'NOT-A-KEY' })).body).toMatchObject({ code: 2002 });
    expect((await call('GET', '/users/logout', { key: 'NOT-A-KEY' })).body).toMatchObject({ code: 3007 });
  });
});

describe('server-only routes', () => {
  it('refuse the client key with the codes and messages Backendless answers', async () => {
    const id = await aliceId();
    const token = ((await call('POST', '/users/login', { json: ALICE })).body as Record<string, string>)['user-token']!;
    const refusals = [
      [
        await call('POST', '/users/login', { json: { objectId: id } }),
        2014,
        'Login by object id is allowed only for Code Runner API key',
      ],
      [
        await call('PUT', `/users/${id}/status`, { json: { userStatus: 'DISABLED' }, token }),
        3054,
        'Operation allowed only for BL logic.',
      ],
      [
        await call('POST', '/users/assignRole', { json: { user: ALICE.login, roleName: 'Admin' }, token }),
        2011,
        undefined,
      ],
      [
        await call('POST', '/users/unassignRole', { json: { user: ALICE.login, roleName: 'Admin' }, token }),
        2011,
        undefined,
      ],
      [await call('GET', `/users/userroles/${id}`, { token }), 2011, undefined],
      [
        await call('POST', '/users/verifypassowrd', { json: { password: 'x' }, token }),
        3122,
        'Password verification allowed only from CloudCode',
      ],
      [
        await call('POST', '/users/verifypassword', { json: { password: 'x' }, token }),
        3122,
        'Password verification allowed only from CloudCode',
      ],
    ] as const;
    for (const [reply, code, message] of refusals) {
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ code, ...(message ? { message } : {}) });
    }
    // Nothing changed.
    expect((await call('GET', '/_emulator/users')).body).toMatchObject({
      users: [{ user: { userStatus: 'ENABLED' }, roles: [] }],
    });
  });

  it('work with the server key', async () => {
    const id = await aliceId();
    const session = await call('POST', '/users/login', { json: { objectId: id }, key: 'server' });
    expect(session.body).toMatchObject({ objectId: id, 'user-token': expect.any(String) });
    const token = (session.body as Record<string, string>)['user-token']!;
    const verify = (password: string) =>
      call('POST', '/users/verifypassowrd', { json: { password }, token, key: 'server' });
    expect((await verify('wonderland')).body).toEqual({ valid: true });
    expect((await verify('nope')).body).toEqual({ valid: false });
    expect(
      (await call('POST', '/users/assignRole', { json: { user: id, roleName: 'Admin' }, key: 'server' })).status,
    ).toBe(200);
    expect((await call('GET', `/users/userroles/${id}`, { key: 'server' })).body).toEqual([
      'AuthenticatedUser',
      'Admin',
    ]);
    const disable = await call('PUT', `/users/${id}/status`, { json: { userStatus: 'DISABLED' }, key: 'server' });
    expect(disable.status).toBe(200);
    expect(disable.text).toBe('');
    expect((await call('POST', '/users/login', { json: ALICE })).body).toMatchObject({ code: 3090 });
  });

  it('with the server key still check what they are given', async () => {
    const id = await aliceId();
    expect(
      (await call('POST', '/users/verifypassowrd', { json: { password: 'x' }, key: 'server' })).body,
    ).toMatchObject({
      code: 3121,
      message: 'No authenticated user is associated with request',
    });
    expect(
      (await call('POST', '/users/verifypassowrd', { json: { password: 'x' }, token: 'dead', key: 'server' })).body,
    ).toMatchObject({ code: 3064 });
    expect(
      (await call('PUT', `/users/${id}/status`, { json: { userStatus: 'SLEEPING' }, key: 'server' })).body,
    ).toMatchObject({ code: 8008 });
    expect(
      (
        await call('PUT', '/users/00000000-0000-0000-0000-000000000000/status', {
          json: { userStatus: 'DISABLED' },
          key: 'server',
        })
      ).body,
    ).toMatchObject({ code: 3057 });
    expect((await call('POST', '/users/login', { json: { objectId: 'NOPE' }, key: 'server' })).body).toMatchObject({
      code: 3057,
    });
    expect(
      (await call('POST', '/users/assignRole', { json: { user: 'nobody@x.com', roleName: 'Admin' }, key: 'server' }))
        .body,
    ).toMatchObject({ code: 3057 });
  });

  it('the domain form /api is the client key', async () => {
    const reply = await emulator.fetch(`${emulator.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ objectId: await aliceId() }),
    });
    expect(await reply.json()).toMatchObject({ code: 2014 });
  });

  it('startEmulator refuses a server key that is the client key or not a key', async () => {
    await expect(inProcessEmulator({ serverKey: DEFAULT_API_KEY.toLowerCase() })).rejects.toThrow(/must differ/);
    await expect(inProcessEmulator({ serverKey: 'a/b' })).rejects.toThrow(/serverKey/);
  });
});
