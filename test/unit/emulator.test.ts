// The emulator's Backendless routes, spoken to with fetch (answered in process through Fastify's inject): every
// success and every error code. What needs a socket — listening, a port in use, keep-alive — is in
// test/integration/emulator-listen.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_API_KEY, DEFAULT_APP_ID } from '../../emulator/index.ts';
import { inProcessEmulator, useInProcessEmulator, type JsonReply } from '../helpers/in-process-emulator.ts';

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;
const ALICE = { login: 'alice@wonderland.com', password: 'wonderland' };

// A clock the tests can move, for lockout expiry and session timeouts.
let clockOffset = 0;
const now = (): number => Date.now() + clockOffset;

const base = (): string => `${emulator.url}/${emulator.appId}/${emulator.apiKey}`;

type Reply = JsonReply;

/** `method` on a path of the app (or a whole URL), with an optional JSON body, user-token and headers. */
function call(
  method: string,
  path: string,
  options: { json?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers['user-token'] = options.token;
  return emulator.call(method, path.startsWith('http') ? path : `${base()}${path}`, options.json, headers);
}

const login = (credentials: Record<string, unknown> = ALICE, token?: string): Promise<Reply> =>
  call('POST', '/users/login', { json: credentials, token });
const logout = (token?: string): Promise<Reply> => call('GET', '/users/logout', { token });
const isValid = (token: string): Promise<Reply> => call('GET', `/users/isvalidusertoken/${token}`);
const register = (user: Record<string, unknown>, token?: string): Promise<Reply> =>
  call('POST', '/users/register', { json: user, token });
const settings = (changes: Record<string, unknown>): Promise<Reply> =>
  call('PATCH', `${emulator.url}/_emulator/settings`, { json: changes });

async function loginToken(credentials: Record<string, unknown> = ALICE): Promise<string> {
  const reply = await login(credentials);
  expect(reply.status).toBe(200);
  return (reply.body as Record<string, string>)['user-token']!;
}

function expectError(reply: Reply, code: number, status = 400): void {
  expect(reply.body).toMatchObject({ code });
  expect(typeof (reply.body as { message: unknown }).message).toBe('string');
  expect(reply.status).toBe(status);
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
}

// Before the emulator's reset, which reads the clock.
beforeEach(() => {
  clockOffset = 0;
});
const emulator = useInProcessEmulator({
  now,
  users: [
    { email: 'alice@wonderland.com', password: 'wonderland', name: 'Alice', favouriteColour: 'blue' },
    { email: 'hatter@wonderland.com', password: 'tea-party', name: 'Hatter' },
  ],
});

describe('an emulator', () => {
  it('uses the documented default keys', () => {
    expect(emulator.appId).toBe(DEFAULT_APP_ID);
    expect(emulator.apiKey).toBe(DEFAULT_API_KEY);
    expect(DEFAULT_APP_ID).toMatch(UUID);
    expect(DEFAULT_API_KEY).toMatch(UUID);
  });

  it('seeds alice@wonderland.com / wonderland by default', async () => {
    const own = await inProcessEmulator();
    try {
      const response = await own.fetch(`${own.url}/${own.appId}/${own.apiKey}/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ALICE),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ email: 'alice@wonderland.com', name: 'Alice' });
    } finally {
      await own.close();
    }
  });

  it('rejects bad options with a clear error', async () => {
    await expect(inProcessEmulator({ appId: 'a/b' })).rejects.toThrow(/appId/);
    await expect(inProcessEmulator({ maxFailedLogins: -3 })).rejects.toThrow(/maxFailedLogins/);
    await expect(inProcessEmulator({ users: [{ email: 'not-an-email', password: 'x' }] })).rejects.toThrow(
      /users\[0\].*email/,
    );
    await expect(inProcessEmulator({ users: [{ email: 'a@b.co', password: '' }] })).rejects.toThrow(/password/);
  });
});

describe('POST users/login', () => {
  it('answers the user object with a new upper-case UUID user-token and no password', async () => {
    const before = now();
    const reply = await login();
    expect(reply.status).toBe(200);
    const user = reply.body as Record<string, unknown>;
    expect(user).toMatchObject({
      email: 'alice@wonderland.com',
      name: 'Alice',
      ___class: 'Users',
      userStatus: 'ENABLED',
      socialAccount: 'BACKENDLESS',
      blUserLocale: 'en',
      favouriteColour: 'blue',
      updated: null,
    });
    expect(user.objectId).toMatch(UUID);
    expect(user.ownerId).toBe(user.objectId);
    expect(user['user-token']).toMatch(UUID);
    expect(user['user-token']).not.toBe(user.objectId);
    expect(user.lastLogin).toBeGreaterThanOrEqual(before);
    expect(typeof user.created).toBe('number');
    expect(user).not.toHaveProperty('password');
    expect(reply.text).not.toMatch(/wonderland"|scrypt/);
  });

  it('gives a new token on every login and never stores it in the Users table', async () => {
    const first = await loginToken();
    const second = await loginToken();
    expect(second).not.toBe(first);
    const userRead = await call('GET', `/data/Users/${((await login()).body as { objectId: string }).objectId}`);
    expect(userRead.body).not.toHaveProperty('user-token');
    const adminUsers = await call('GET', `${emulator.url}/_emulator/users`);
    expect(adminUsers.text).not.toContain(first);
  });

  it('treats the identity case-insensitively', async () => {
    expect((await login({ login: 'Alice@Wonderland.COM', password: 'wonderland' })).status).toBe(200);
  });

  it('rejects a wrong password with 3003', async () => {
    const reply = await login({ login: ALICE.login, password: 'wrong' });
    expectError(reply, 3003);
    expect(reply.body).toEqual({ code: 3003, message: 'Invalid login or password' });
  });

  it('rejects an unknown identity with the same 3003', async () => {
    const reply = await login({ login: 'nobody@wonderland.com', password: 'wonderland' });
    expect(reply.body).toEqual({ code: 3003, message: 'Invalid login or password' });
  });

  it('takes as long for an unknown identity as for a wrong password', async () => {
    expect.hasAssertions();
    await settings({ maxFailedLogins: 0 });
    const median = async (credentials: Record<string, unknown>): Promise<number> => {
      const times: number[] = [];
      for (let round = 0; round < 5; round += 1) {
        const start = performance.now();
        await login(credentials);
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const wrongPassword = await median({ login: ALICE.login, password: 'wrong' });
    const unknownUser = await median({ login: 'nobody@wonderland.com', password: 'wrong' });
    // Both run one scrypt; an unknown user answering without hashing would be ~100× faster.
    expect(unknownUser).toBeGreaterThan(wrongPassword / 4);
    expect(unknownUser).toBeLessThan(wrongPassword * 4);
  });

  it('rejects an empty login or password with 3006', async () => {
    expectError(await login({ login: '', password: 'wonderland' }), 3006);
    expectError(await login({ login: ALICE.login, password: '' }), 3006);
  });

  it('rejects a missing or null login or password with 3038', async () => {
    expectError(await login({ password: 'wonderland' }), 3038);
    expectError(await login({ login: ALICE.login, password: null }), 3038);
  });

  it('rejects a password that is not a string with 3050', async () => {
    expectError(await login({ login: ALICE.login, password: 12345 }), 3050);
  });

  it('refuses login by objectId (only for Code Runner keys) with 2014', async () => {
    expectError(await login({ objectId: 'ABC' }), 2014);
  });

  it('answers 3034 while logins are disabled for the app', async () => {
    await settings({ loginsDisabled: true });
    expectError(await login(), 3034);
    await settings({ loginsDisabled: false });
    expect((await login()).status).toBe(200);
  });

  it('answers 3000 when login is disabled for the account', async () => {
    const users = (await call('GET', `${emulator.url}/_emulator/users`)).body as {
      users: Array<{ user: { objectId: string; email: string } }>;
    };
    const alice = users.users.find((entry) => entry.user.email === ALICE.login)!;
    await call('PATCH', `${emulator.url}/_emulator/users/${alice.user.objectId}`, { json: { loginDisabled: true } });
    expectError(await login(), 3000);
  });

  it('answers 3090 for a disabled account, but only to someone who knows the password', async () => {
    const { objectId } = (await login()).body as { objectId: string };
    await call('PATCH', `${emulator.url}/_emulator/users/${objectId}`, { json: { userStatus: 'DISABLED' } });
    expect((await login()).body).toEqual({ code: 3090, message: 'User account is disabled' });
    expectError(await login({ login: ALICE.login, password: 'wrong' }), 3003);
  });

  it('locks an identity out with 3036 after maxFailedLogins failures, even for the right password', async () => {
    expect.hasAssertions();
    await settings({ maxFailedLogins: 3, lockoutMs: 60_000 });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expectError(await login({ login: ALICE.login, password: `wrong-${attempt}` }), 3003);
    }
    expectError(await login(), 3036);
    // Other accounts are not affected.
    expect((await login({ login: 'hatter@wonderland.com', password: 'tea-party' })).status).toBe(200);
    clockOffset = 60_001;
    expect((await login()).status).toBe(200);
  });

  it('forgets failures after a successful login', async () => {
    await settings({ maxFailedLogins: 2 });
    expectError(await login({ login: ALICE.login, password: 'wrong' }), 3003);
    expect((await login()).status).toBe(200);
    expectError(await login({ login: ALICE.login, password: 'wrong' }), 3003);
    expect((await login()).status).toBe(200);
  });

  it('locks unknown identities too, so a lockout does not reveal who is registered', async () => {
    await settings({ maxFailedLogins: 2 });
    const stranger = { login: 'nobody@wonderland.com', password: 'guess' };
    expectError(await login(stranger), 3003);
    expectError(await login(stranger), 3003);
    expectError(await login(stranger), 3036);
  });

  it("by default ends the older session when the same user logs in again (Backendless' default)", async () => {
    const first = await loginToken();
    const second = await loginToken();
    expect((await isValid(first)).body).toBe(false);
    expect((await isValid(second)).body).toBe(true);
  });

  it("by default allows unlimited failed logins (Backendless' default): the right password still logs in", async () => {
    expect.hasAssertions();
    for (let attempt = 0; attempt < 12; attempt += 1) {
      expectError(await login({ login: ALICE.login, password: `wrong-${attempt}` }), 3003);
    }
    expect((await login()).status).toBe(200);
  });

  it('answers 3002 under the "reject" multiple-logins policy while a session lives', async () => {
    await settings({ multipleLogins: 'reject' });
    const token = await loginToken();
    expectError(await login(), 3002);
    await logout(token);
    expect((await login()).status).toBe(200);
  });

  it('ends the older session under the "end-previous" policy', async () => {
    await settings({ multipleLogins: 'end-previous' });
    const first = await loginToken();
    const second = await loginToken();
    expect((await isValid(first)).body).toBe(false);
    expect((await isValid(second)).body).toBe(true);
  });

  it('answers 3044 once maxConcurrentLogins sessions are live while multiple logins are allowed', async () => {
    await settings({ multipleLogins: 'allow', maxConcurrentLogins: 2 });
    const first = await loginToken();
    await loginToken();
    expectError(await login(), 3044);
    await logout(first);
    expect((await login()).status).toBe(200);
  });

  it('ignores a stale user-token header', async () => {
    const stale = await loginToken();
    await logout(stale);
    expect((await login(ALICE, stale)).status).toBe(200);
  });
});

describe('GET users/logout', () => {
  it('ends the session with 200 and an empty body', async () => {
    const token = await loginToken();
    const reply = await logout(token);
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
  });

  it('rejects the old token afterwards with 3064 and the Backendless message', async () => {
    const token = await loginToken();
    await logout(token);
    const again = await logout(token);
    expectError(again, 3064);
    expect((again.body as { message: string }).message).toBe(
      `Not existing user token - ${token}. Relogin user to update your user token`,
    );
    expect((await isValid(token)).body).toBe(false);
    expectError(await call('GET', '/info', { token }), 3064);
  });

  it('ends only its own session', async () => {
    await settings({ multipleLogins: 'allow' });
    const first = await loginToken();
    const second = await loginToken();
    await logout(first);
    expect((await isValid(second)).body).toBe(true);
  });

  it('answers 200 with an empty body when no user-token is sent, as Backendless does', async () => {
    const token = await loginToken();
    const reply = await logout();
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    // Nobody's session was touched.
    expect((await isValid(token)).body).toBe(true);
  });

  it('answers 3064 for a token that never existed', async () => {
    expectError(await logout('B2752110-5588-4F67-831E-AB458D7511F5'), 3064);
  });
});

describe('GET users/isvalidusertoken/<token>', () => {
  it('answers the bare JSON literal true for a live session', async () => {
    const token = await loginToken();
    const reply = await isValid(token);
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('true');
  });

  it('answers false (not an error) for an unknown or ended token', async () => {
    const reply = await isValid('B2752110-5588-4F67-831E-AB458D7511F5');
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('false');
  });

  it('ignores a stale user-token header', async () => {
    await settings({ multipleLogins: 'allow' });
    const live = await loginToken();
    const stale = await loginToken();
    await logout(stale);
    const reply = await call('GET', `/users/isvalidusertoken/${live}`, { token: stale });
    expect(reply.body).toBe(true);
  });

  it("by default ends a session unused for an hour (Backendless' default timeout): false, then 3064", async () => {
    const token = await loginToken();
    clockOffset = 59 * 60 * 1000;
    expect((await isValid(token)).body).toBe(true);
    clockOffset = 2 * 59 * 60 * 1000; // 59 minutes after the last use: still live
    expect((await isValid(token)).body).toBe(true);
    clockOffset = 2 * 59 * 60 * 1000 + 60 * 60 * 1000 + 1;
    expect((await isValid(token)).body).toBe(false);
    expectError(await logout(token), 3064);
  });

  it('answers false after the session timeout, and the token then gets 3064', async () => {
    await settings({ sessionTimeoutMs: 1_000 });
    const token = await loginToken();
    clockOffset = 500;
    expect((await isValid(token)).body).toBe(true);
    clockOffset = 1_400; // still within 1 s of the last use
    expect((await isValid(token)).body).toBe(true);
    clockOffset = 2_500;
    expect((await isValid(token)).body).toBe(false);
    expectError(await logout(token), 3064);
  });
});

describe('POST users/register', () => {
  it('creates a user and answers it without a token or password', async () => {
    const reply = await register({
      email: 'bob@wonderland.com',
      password: 'rabbit-hole',
      name: 'Bob',
      age: 7,
      blUserLocale: 'fr',
      ___class: 'Users',
    });
    expect(reply.status).toBe(200);
    const user = reply.body as Record<string, unknown>;
    expect(user).toMatchObject({
      email: 'bob@wonderland.com',
      name: 'Bob',
      age: 7,
      blUserLocale: 'fr',
      userStatus: 'ENABLED',
      lastLogin: null,
    });
    expect(user.objectId).toMatch(UUID);
    expect(user.ownerId).toBe(user.objectId);
    expect(user).not.toHaveProperty('user-token');
    expect(user).not.toHaveProperty('password');
    expect((await login({ login: 'bob@wonderland.com', password: 'rabbit-hole' })).status).toBe(200);
  });

  it('answers 3033 for an identity that exists, in any case', async () => {
    expectError(await register({ email: 'ALICE@wonderland.com', password: 'x' }), 3033);
  });

  it('answers 3033 to the loser of two concurrent registers of one identity', async () => {
    const replies = await Promise.all([1, 2, 3].map(() => register({ email: 'twin@wonderland.com', password: 'x' })));
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 400, 400]);
  });

  it('answers 3011 without a password, 3050 for a non-string one', async () => {
    expectError(await register({ email: 'bob@wonderland.com' }), 3011);
    expectError(await register({ email: 'bob@wonderland.com', password: 42 }), 3050);
  });

  it('answers 3013 without an email and 3040 for a malformed one', async () => {
    expectError(await register({ password: 'x' }), 3013);
    expectError(await register({ email: 'bob-at-wonderland', password: 'x' }), 3040);
  });

  it('refuses system properties: 3039 objectId, 3077 created, 3076 updated, 3016 others', async () => {
    expectError(await register({ email: 'bob@wonderland.com', password: 'x', objectId: 'X' }), 3039);
    expectError(await register({ email: 'bob@wonderland.com', password: 'x', created: 1 }), 3077);
    expectError(await register({ email: 'bob@wonderland.com', password: 'x', updated: 1 }), 3076);
    expectError(await register({ email: 'bob@wonderland.com', password: 'x', ownerId: 'X' }), 3016);
    expectError(await register({ email: 'bob@wonderland.com', password: 'x', 'user-token': 'X' }), 3016);
  });

  it('refuses column names that are not identifiers with 8008', async () => {
    expectError(await register({ email: 'bob@wonderland.com', password: 'x', 'bad name': 1 }), 8008);
    expectError(await register({ email: 'bob@wonderland.com', password: 'x', __proto__x: 1 }), 8008);
  });

  it('answers 3009 with HTTP 403 while registration is disabled', async () => {
    await settings({ registrationEnabled: false });
    expectError(await register({ email: 'bob@wonderland.com', password: 'x' }), 3009, 403);
  });

  it('ignores a stale user-token header', async () => {
    const stale = await loginToken();
    await logout(stale);
    expect((await register({ email: 'carol@wonderland.com', password: 'x' }, stale)).status).toBe(200);
  });
});

describe('GET data/Users/<objectId>', () => {
  it('answers the user object for the session', async () => {
    const { objectId, 'user-token': token } = (await login()).body as Record<string, string>;
    const reply = await call('GET', `/data/Users/${objectId}`, { token });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ objectId, email: ALICE.login, ___class: 'Users' });
    expect(reply.body).not.toHaveProperty('password');
  });

  it('answers 3064 for a stale token', async () => {
    const { objectId, 'user-token': token } = (await login()).body as Record<string, string>;
    await logout(token);
    expectError(await call('GET', `/data/Users/${objectId}`, { token }), 3064);
  });

  it('answers 1000 for an unknown objectId', async () => {
    const token = await loginToken();
    expectError(await call('GET', '/data/Users/00000000-0000-0000-0000-000000000000', { token }), 1000);
  });
});

describe('GET info', () => {
  it('answers what the SDK reads: loggers, rtURL, app id and key', async () => {
    const reply = await call('GET', '/info');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      appId: emulator.appId,
      apiKey: emulator.apiKey,
      rtURL: emulator.url,
      loggers: [{ name: 'Global logger', level: 'ALL' }],
    });
  });
});

describe('application addressing', () => {
  it('answers 2002 for a wrong application id or API key, never a 404 page', async () => {
    expectError(await call('POST', `${emulator.url}/WRONG-APP/${emulator.apiKey}/users/login`, { json: ALICE }), 2002);
    expectError(await call('GET', `${emulator.url}/${emulator.appId}/WRONG-KEY/info`), 2002);
  });

  it('answers 3007 for a logout to a wrong application', async () => {
    expectError(await call('GET', `${emulator.url}/WRONG-APP/WRONG-KEY/users/logout`), 3007);
  });

  it('accepts the application id and API key in either case', async () => {
    const reply = await call(
      'POST',
      `${emulator.url}/${emulator.appId.toLowerCase()}/${emulator.apiKey.toLowerCase()}/users/login`,
      { json: ALICE },
    );
    expect(reply.status).toBe(200);
  });

  it('serves the domain form <url>/api/… as the same app', async () => {
    const reply = await call('POST', `${emulator.url}/api/users/login`, { json: ALICE });
    expect(reply.status).toBe(200);
    const token = (reply.body as Record<string, string>)['user-token']!;
    expect((await isValid(token)).body).toBe(true);
    expect((await call('GET', `${emulator.url}/api/users/logout`, { token })).status).toBe(200);
  });

  it('describes itself at /', async () => {
    const reply = await call('GET', `${emulator.url}/`);
    expect(reply.body).toMatchObject({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url });
  });
});

describe('CORS and connections', () => {
  it('answers a preflight allowing user-token and content-type from any origin', async () => {
    const response = await emulator.fetch(`${base()}/users/login`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, user-token',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
    expect(allowed).toContain('user-token');
    expect(allowed).toContain('content-type');
  });

  it('allows Chrome private-network preflights', async () => {
    const response = await emulator.fetch(`${base()}/users/login`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://example.com',
        'access-control-request-method': 'POST',
        'access-control-request-private-network': 'true',
      },
    });
    expect(response.headers.get('access-control-allow-private-network')).toBe('true');
  });

  it('puts the CORS header on answers and errors alike', async () => {
    const ok = await emulator.fetch(`${base()}/info`, { headers: { origin: 'http://localhost:5173' } });
    const error = await emulator.fetch(`${base()}/users/logout`, { headers: { origin: 'http://localhost:5173' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(error.headers.get('access-control-allow-origin')).toBe('*');
  });
});
