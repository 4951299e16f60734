// Every call of the Users API, through our runtime and through the official SDK (v8) side by side, against one
// stub server that records what arrives and answers what each case says — the cases of the SDK's own mocked-server
// unit tests (test/unit/specs/users/*), plus the issue's: the same method, path, user-token, content type and body
// must arrive from both, the same result must come back (a Backendless.User of each client's own class where the
// SDK gives one), the same argument errors must be thrown with nothing sent, and a server error must reach the
// program with the same enumerable message, code, status, headers and body.
import Sdk from 'backendless';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackendlessError, createBackendless, User } from '../../runtime/index.ts';

const APP_ID = 'APP-CALLS';
const API_KEY = 'KEY-CALLS';
const TOKEN = 'USER-TOKEN-1';
const BOB = { email: 'foo@bar.com', password: '123456', name: 'Bob Miller' };
const SAVED_BOB = { ___class: 'Users', objectId: 'BOB-ID', email: 'foo@bar.com', name: 'Bob Miller' };

/** A request as the stub saw it: the path percent-decoded (the SDK leaves `@` as it is, we escape it). */
interface Seen {
  method: string;
  path: string;
  rawPath: string;
  token: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/** What the stub answers: a status, a body (JSON unless `text`) and extra headers. */
interface Answer {
  status?: number;
  json?: unknown;
  text?: string;
}

type AnyCall = (...args: unknown[]) => Promise<unknown>;
/** The slice of UserService both clients have; the calls are looked up by name. */
type Users = Record<string, AnyCall> & {
  setCurrentUser(user: object | null, stayLoggedIn?: boolean): unknown;
  getCurrentUserToken(): string | null;
};
/** One client: its UserService and its own User class. */
interface Client {
  name: 'official SDK' | 'our runtime';
  users: Users;
  User: new (properties?: object) => object;
}

let server: Server;
let serverURL: string;
let seen: Seen[];
let answers: Answer[];

function listen(): Promise<Server> {
  const stub = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => respond(request.method!, request.url!, request.headers, body, response));
  });
  return new Promise((resolve) => stub.listen(0, '127.0.0.1', () => resolve(stub)));
}

function respond(method: string, url: string, headers: IncomingHttpHeaders, body: string, response: ServerResponse) {
  const rawPath = url.replace(`/${APP_ID}/${API_KEY}/`, '');
  // The SDK asks for app info on initApp (and logs levels); neither is a call under test.
  if (rawPath === 'info' || rawPath.startsWith('log')) return void response.end('{}');
  let parsed: unknown = body || undefined;
  try {
    parsed = JSON.parse(body);
  } catch {
    // not JSON: kept as text
  }
  seen.push({
    method,
    path: decodeURIComponent(rawPath),
    rawPath,
    token: headers['user-token'] as string | undefined,
    contentType: headers['content-type'],
    body: parsed,
  });
  const { status = 200, json, text } = answers.shift() ?? {};
  const payload = text ?? (json === undefined ? '' : JSON.stringify(json));
  response.writeHead(status, { 'content-type': text === undefined ? 'application/json' : 'text/plain' });
  response.end(payload);
}

function officialSdk(): Client {
  const app = (Sdk as unknown as { initApp(config: object): { UserService: Users; User: Client['User'] } }).initApp({
    appId: APP_ID,
    apiKey: API_KEY,
    serverURL,
    standalone: true,
  });
  return { name: 'official SDK', users: app.UserService, User: app.User };
}

function ourRuntime(): Client {
  const app = createBackendless({ appId: APP_ID, apiKey: API_KEY, serverURL, storage: 'memory' });
  return { name: 'our runtime', users: app.UserService as unknown as Users, User: app.User };
}

const clients = [officialSdk, ourRuntime];

/** A user object as the program sees it, without its class: what must be equal between the clients. */
const plain = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(plain) : value && typeof value === 'object' ? { ...value } : value;

interface Outcome {
  request: Seen | undefined;
  requests: Seen[];
  result?: unknown;
  error?: Error & Record<string, unknown>;
  client: Client;
}

/**
 * Runs `call` on a fresh client (logged in as Bob with TOKEN first when `loggedIn`), the stub answering `answer`.
 * Returns what the stub saw and what the program got.
 */
async function outcome(
  makeClient: () => Client,
  call: (users: Users, client: Client) => Promise<unknown>,
  answer: Answer | Answer[] = {},
  loggedIn = false,
): Promise<Outcome> {
  const client = makeClient();
  if (loggedIn) client.users.setCurrentUser({ ...SAVED_BOB, 'user-token': TOKEN });
  // Let the SDK's app-info request of initApp go by before the call.
  await new Promise((resolve) => setTimeout(resolve, 0));
  seen = [];
  answers = [answer].flat();
  try {
    const result = await call(client.users, client);
    return { request: seen[0], requests: seen, result, client };
  } catch (error) {
    return { request: seen[0], requests: seen, error: error as Outcome['error'], client };
  }
}

/** Runs a case on both clients; both must send the same request and get the same result (or error message). */
async function both(
  call: (users: Users, client: Client) => Promise<unknown>,
  answer: Answer | Answer[] = {},
  loggedIn = false,
): Promise<[Outcome, Outcome]> {
  const [sdk, ours] = [
    await outcome(clients[0]!, call, answer, loggedIn),
    await outcome(clients[1]!, call, answer, loggedIn),
  ];
  const request = (each: Outcome) => each.requests.map(({ rawPath: _raw, ...rest }) => rest);
  expect(request(ours)).toEqual(request(sdk));
  expect(ours.error?.message).toBe(sdk.error?.message);
  expect(plain(ours.result)).toEqual(plain(sdk.result));
  return [sdk, ours];
}

beforeAll(async () => {
  server = await listen();
  serverURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The SDK reports a failed app-info request on the console; the stub answers it, but keep a failure quiet.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterAll(async () => {
  vi.restoreAllMocks();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  answers = [];
});

describe('the SDK shape', () => {
  it('new Backendless.User copies the properties and is a Users record; results are instances of it', async () => {
    const user = new User({ email: 'a@b.c', ___class: 'Other' });
    expect(user).toEqual({ email: 'a@b.c', ___class: 'Users' });
    expect(user).toBeInstanceOf(createBackendless().User);
    const [, ours] = await both((users) => users.login!('foo@bar.com', '123456'), {
      json: { ...SAVED_BOB, 'user-token': TOKEN },
    });
    expect(ours.result).toBeInstanceOf(User);
  });

  it('a server error carries the same enumerable message, code, status, headers and body as the SDK’s', async () => {
    const answer = { status: 400, json: { code: 3020, message: 'Unable to find user with the given identity' } };
    const [sdk, ours] = await both((users) => users.restorePassword!('nobody@x.com'), answer);
    expect(ours.error).toBeInstanceOf(BackendlessError);
    expect(Object.keys(ours.error!)).toEqual(Object.keys(sdk.error!));
    expect(Object.keys(ours.error!)).toEqual(['message', 'code', 'status', 'headers', 'body']);
    const fields = (error: Outcome['error']) => {
      const { headers, ...rest } = { ...error! } as unknown as Record<string, unknown> & {
        headers: Record<string, string>;
      };
      return { ...rest, contentType: headers['content-type'] };
    };
    expect(fields(ours.error)).toEqual(fields(sdk.error));
    expect(fields(ours.error)).toEqual({
      message: 'Unable to find user with the given identity',
      code: 3020,
      status: 400,
      body: answer.json,
      contentType: 'application/json',
    });
    expect(JSON.parse(JSON.stringify(ours.error))).toMatchObject({ message: answer.json.message, code: 3020 });
  });
});

describe('guest, register and update', () => {
  it.each([true, false, undefined])('loginAsGuest(%s): POST users/register/guest, no body', async (stay) => {
    const guest = { ...SAVED_BOB, userStatus: 'GUEST', email: undefined, 'user-token': TOKEN };
    const [sdk, ours] = await both((users) => users.loginAsGuest!(stay), { json: guest });
    expect(ours.request).toEqual({
      method: 'POST',
      path: 'users/register/guest',
      rawPath: 'users/register/guest',
      token: undefined,
      contentType: undefined,
      body: undefined,
    });
    expect(ours.result).toBeInstanceOf(User);
    expect(sdk.result).toBeInstanceOf(sdk.client.User);
    expect(ours.client.users.getCurrentUserToken()).toBe(TOKEN);
  });

  it('register posts the user (a plain object or a User) with the client locale and resolves a User', async () => {
    for (const make of [(_client: Client) => ({ ...BOB }), (client: Client) => new client.User({ ...BOB })]) {
      const [, ours] = await both((users, client) => users.register!(make(client)), { json: SAVED_BOB });
      expect(ours.request).toMatchObject({ method: 'POST', path: 'users/register', contentType: 'application/json' });
      expect(ours.request!.body).toMatchObject({ ...BOB, blUserLocale: expect.any(String) });
      expect(ours.result).toBeInstanceOf(User);
    }
  });

  it('register with the logged-in guest’s objectId sends it with the guest’s token (guest → member)', async () => {
    const [, ours] = await both(
      (users) => users.register!({ ...BOB, objectId: 'GUEST-ID' }),
      { json: { ...SAVED_BOB, objectId: 'GUEST-ID', userStatus: 'ENABLED' } },
      true,
    );
    expect(ours.request).toMatchObject({ token: TOKEN, body: { ...BOB, objectId: 'GUEST-ID' } });
  });

  it('register: an empty 200 resolves, with the SDK’s empty answer', async () => {
    const [sdk, ours] = await both((users) => users.register!({ ...BOB }), {});
    expect(ours.result).toBe(sdk.result);
  });

  it.each([
    ['a navigator.languages list', { languages: ['l1-X'], language: 'l3' }, 'l1'],
    ['userLanguage', { languages: [], userLanguage: 'l2-X', language: 'l3' }, 'l2'],
    ['language', { language: 'L3-X' }, 'l3'],
    ['browserLanguage', { browserLanguage: 'l4-X' }, 'l4'],
    ['systemLanguage', { systemLanguage: 'l5-X' }, 'l5'],
    ['nothing', {}, undefined],
  ])('register takes blUserLocale from %s, as the SDK does', async (_source, navigator, locale) => {
    vi.stubGlobal('navigator', navigator);
    try {
      const [, ours] = await both((users) => users.register!({ ...BOB }), { json: SAVED_BOB });
      expect((ours.request!.body as Record<string, unknown>).blUserLocale).toBe(locale);
      const [, kept] = await both((users) => users.register!({ ...BOB, blUserLocale: 'mine' }), { json: SAVED_BOB });
      expect((kept.request!.body as Record<string, unknown>).blUserLocale).toBe('mine');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('update(user): PUT users/<objectId> with the user, resolves a User; the current user is not replaced', async () => {
    const [, ours] = await both(
      (users) => users.update!({ objectId: 'BOB-ID', name: 'Bob M.' }),
      { json: { ...SAVED_BOB, name: 'Bob M.' } },
      true,
    );
    expect(ours.request).toMatchObject({
      method: 'PUT',
      path: 'users/BOB-ID',
      token: TOKEN,
      contentType: 'application/json',
      body: { objectId: 'BOB-ID', name: 'Bob M.' },
    });
    expect(ours.result).toBeInstanceOf(User);
    expect(ours.result).toMatchObject({ name: 'Bob M.' });
    expect(await ours.client.users.getCurrentUser!()).toMatchObject({ name: 'Bob Miller' });
  });

  it('update of nothing fails as the SDK’s does, before sending', async () => {
    const [, ours] = await both((users) => users.update!(undefined));
    expect(ours.error).toBeInstanceOf(TypeError);
    expect(ours.requests).toEqual([]);
  });
});

describe('password and e-mail', () => {
  it('restorePassword escapes the identity as the SDK does and resolves the answer', async () => {
    for (const identity of ['foo@bar.com', '@__test', ':__test', '/__test', '#__test', '?__test', '=__test', '+__t']) {
      const [, ours] = await both((users) => users.restorePassword!(identity), {});
      expect(ours.request).toMatchObject({ method: 'GET', path: `users/restorepassword/${identity}`, body: undefined });
      expect(ours.request!.rawPath).toBe(`users/restorepassword/${encodeURIComponent(identity)}`);
    }
  });

  it.each(['foo@bar.com', 'username', 123456, 0])(
    'resendEmailConfirmation(%j) and createEmailConfirmationURL(%j): POST, no body',
    async (identity) => {
      const [, resend] = await both((users) => users.resendEmailConfirmation!(identity), {});
      expect(resend.request).toMatchObject({ method: 'POST', path: `users/resendconfirmation/${identity}` });
      expect([resend.request!.body, resend.request!.contentType, resend.result]).toEqual([undefined, undefined, '']);
      const confirmationURL = 'https://example.com/confirm/X';
      const [, create] = await both((users) => users.createEmailConfirmationURL!(identity), {
        json: { confirmationURL },
      });
      expect(create.request).toMatchObject({ method: 'POST', path: `users/createEmailConfirmationURL/${identity}` });
      expect(create.result).toEqual({ confirmationURL });
    },
  );

  it('verifyPassword posts {password} to verifypassowrd with the token and resolves a boolean', async () => {
    for (const valid of [true, false]) {
      const [, ours] = await both((users) => users.verifyPassword!('pw'), { json: { valid } }, true);
      expect(ours.request).toMatchObject({
        method: 'POST',
        path: 'users/verifypassowrd',
        token: TOKEN,
        contentType: 'application/json',
        body: { password: 'pw' },
      });
      expect(ours.result).toBe(valid);
    }
  });

  it('verifyPassword refused by the server (3122 for a client key) rejects with its code', async () => {
    const json = { code: 3122, message: 'Password verification allowed only from CloudCode' };
    const [, ours] = await both((users) => users.verifyPassword!('pw'), { status: 400, json }, true);
    expect(ours.error).toMatchObject(json);
  });
});

describe('roles and status', () => {
  it('getUserRoles(), getUserRoles(userId): GET users/userroles[/<id>], resolves the names', async () => {
    const [, mine] = await both((users) => users.getUserRoles!(), { json: ['AuthenticatedUser'] }, true);
    expect(mine.request).toMatchObject({ method: 'GET', path: 'users/userroles', token: TOKEN });
    expect(mine.result).toEqual(['AuthenticatedUser']);
    const [, theirs] = await both((users) => users.getUserRoles!('user-id'), { json: ['role-1', 'role-2'] });
    expect(theirs.request).toMatchObject({ method: 'GET', path: 'users/userroles/user-id' });
  });

  it.each([
    [[], 'users/role/testRoleName'],
    [[true], 'users/role/testRoleName?loadRoles=true'],
    [[false], 'users/role/testRoleName?loadRoles=false'],
    [[null, { pageSize: 30, offset: 40 }], 'users/role/testRoleName?pageSize=30&offset=40'],
    [[false, { pageSize: 30, offset: 40 }], 'users/role/testRoleName?loadRoles=false&pageSize=30&offset=40'],
  ])('findByRole(role, ...%j): GET %s, resolves Users', async (rest, path) => {
    const found = [{ name: 'nick-test-role', objectId: '14F0E678', roles: ['testRoleName'] }];
    const [sdk, ours] = await both((users) => users.findByRole!('testRoleName', ...rest), { json: found });
    expect(ours.request).toMatchObject({ method: 'GET', path });
    expect(ours.result).toEqual([{ ___class: 'Users', ...found[0] }]);
    expect((ours.result as unknown[])[0]).toBeInstanceOf(User);
    expect((sdk.result as unknown[])[0]).toBeInstanceOf(sdk.client.User);
  });

  it('findByRole sends every query key as the SDK’s DataQueryBuilder does', async () => {
    const builder = (
      Sdk as unknown as { DataQueryBuilder: { create(): Record<string, (...a: unknown[]) => unknown> } }
    ).DataQueryBuilder.create();
    for (const [method, ...args] of [
      ['setPageSize', 50],
      ['setOffset', 15],
      ['setProperties', ['foo', 'bar']],
      ['addProperties', 'prop 3', ['p4,5']],
      ['excludeProperties', ['x', 'y&z']],
      ['setWhereClause', "age >= 100 and name = 'a&b'"],
      ['setHavingClause', 'age >= 200'],
      ['setSortBy', ['created desc', 'name']],
      ['setGroupBy', 'objectId'],
      ['setRelated', ['rel1', 'rel2']],
      ['setRelationsDepth', 3],
      ['setRelationsPageSize', 25],
      ['setDistinct', true],
    ] as const) {
      builder[method]!(...args);
    }
    const query = (builder.toJSON as () => object)();
    const plainQuery = {
      pageSize: 30,
      offset: 40,
      properties: ['prop-1', 'prop-2'],
      excludeProps: ['prop-3', 'prop-3'],
      where: 'test-where',
      having: 'test-having',
      sortBy: 'test-sortby',
      groupBy: 'test-groupby',
      relations: [],
      relationsDepth: 4,
      relationsPageSize: 70,
    };
    for (const each of [query, plainQuery]) {
      const [, ours] = await both((users) => users.findByRole!('R', true, each), { json: [] });
      expect(ours.request!.rawPath).toMatch(/^users\/role\/R\?loadRoles=true&pageSize=/);
    }
  });

  it.each(['assignRole', 'unassignRole'])('%s(identity, role): POST {user, roleName}', async (name) => {
    const [, ours] = await both((users) => users[name]!('test-identity', 'test-role'), {});
    expect(ours.request).toMatchObject({
      method: 'POST',
      path: `users/${name}`,
      contentType: 'application/json',
      body: { user: 'test-identity', roleName: 'test-role' },
    });
  });

  it.each([
    ['enableUser', 'ENABLED'],
    ['disableUser', 'DISABLED'],
  ])('%s(id): PUT users/<id>/status {userStatus: %s}; a client key gets 3054', async (name, userStatus) => {
    for (const id of ['test-user-id', 123]) {
      const [, ours] = await both((users) => users[name]!(id), { json: { foo: 123 } });
      expect(ours.request).toMatchObject({ method: 'PUT', path: `users/${id}/status`, body: { userStatus } });
      expect(ours.result).toEqual({ foo: 123 });
    }
    const json = { code: 3054, message: 'Operation allowed only for BL logic.' };
    const [, refused] = await both((users) => users[name]!('id'), { status: 400, json });
    expect(refused.error).toMatchObject(json);
  });

  it('login by objectId: POST users/login {objectId}; a client key gets the server’s error', async () => {
    const [, ours] = await both((users) => users.login!('BOB-ID', true), {
      json: { ...SAVED_BOB, 'user-token': TOKEN },
    });
    expect(ours.request).toMatchObject({ method: 'POST', path: 'users/login', body: { objectId: 'BOB-ID' } });
    const json = { code: 2014, message: 'Login by object id is allowed only for Code Runner API key' };
    const [, refused] = await both((users) => users.login!('BOB-ID'), { status: 400, json });
    expect(refused.error).toMatchObject(json);
  });

  it('describeUserClass: GET users/userclassprops, resolves the columns', async () => {
    const columns = [{ name: 'email', type: 'STRING', required: false }];
    const [, ours] = await both((users) => users.describeUserClass!(), { json: columns });
    expect(ours.request).toMatchObject({ method: 'GET', path: 'users/userclassprops', body: undefined });
    expect(ours.result).toEqual(columns);
  });
});

describe('OAuth', () => {
  const mapping = { foo: 'foo', bar: 'bar' };

  it('getAuthorizationUrlLink posts the SDK’s body to users/oauth/<provider>/request_url', async () => {
    const url = 'https://authorization-url-example.com';
    for (const answer of [{ json: url }, { text: url }]) {
      const [, ours] = await both(
        (users) => users.getAuthorizationUrlLink!('Google', mapping, 'email;photo', false, 'https://after', 'foo.bar'),
        answer,
      );
      expect(ours.request).toMatchObject({
        method: 'POST',
        path: 'users/oauth/google/request_url',
        body: {
          fieldsMapping: mapping,
          permissions: 'email;photo',
          redirect: false,
          redirectAfterLoginUrl: 'https://after',
          callbackUrlDomain: 'foo.bar',
        },
      });
      expect(ours.result).toBe(url);
    }
  });

  it.each([
    ['()', [], {}],
    ['(mapping)', [mapping], { fieldsMapping: mapping }],
    ['(mapping, true)', [mapping, true], { fieldsMapping: mapping }],
    ['(true)', [true], {}],
    ['(null, null, true): the generated call', [null, null, true], { fieldsMapping: null, guestUser: null }],
  ])('loginWithOauth2(provider, token, ...%s) posts to users/social/<provider>/login', async (_name, rest, body) => {
    const [, ours] = await both((users) => users.loginWithOauth2!('Facebook', 'access', ...rest), {
      json: { ...SAVED_BOB, 'user-token': TOKEN },
    });
    expect(ours.request).toMatchObject({ method: 'POST', path: 'users/social/facebook/login' });
    expect(ours.request!.body).toEqual({ accessToken: 'access', ...body });
    expect(ours.result).toBeInstanceOf(User);
    expect(ours.client.users.getCurrentUserToken()).toBe(TOKEN);
  });

  it.each([
    ['(guest)', []],
    ['(guest, mapping)', [mapping]],
    ['(guest, mapping, true)', [mapping, true]],
    ['(guest, true)', [true]],
  ])('loginWithOauth2(provider, token, %s) sends the guest (a User of the client’s class)', async (_name, rest) => {
    const [, ours] = await both(
      (users, client) =>
        users.loginWithOauth2!(
          'facebook',
          'access',
          new client.User({ objectId: 'GUEST-ID', 'user-token': 'GUEST-TOKEN', userStatus: 'GUEST' }),
          ...rest,
        ),
      { json: { ...SAVED_BOB, 'user-token': TOKEN } },
    );
    expect(ours.request!.body).toMatchObject({
      accessToken: 'access',
      guestUser: { ___class: 'Users', objectId: 'GUEST-ID', userStatus: 'GUEST' },
    });
  });

  it('a guest given as a plain object is taken as the fields mapping, as in the SDK', async () => {
    const [, ours] = await both((users) => users.loginWithOauth2!('facebook', 'access', { objectId: 'G' }, true), {
      json: { ...SAVED_BOB, 'user-token': TOKEN },
    });
    expect(ours.request!.body).toEqual({ accessToken: 'access', fieldsMapping: { objectId: 'G' } });
  });
});

describe('logout with nobody logged in', () => {
  it('still sends GET users/logout, without a token, and resolves on Backendless’ 200', async () => {
    const [, ours] = await both((users) => users.logout!(), {});
    expect(ours.request).toMatchObject({ method: 'GET', path: 'users/logout', token: undefined });
    expect(ours.result).toBeUndefined();
  });
});

describe('argument errors: the SDK’s messages, nothing sent', () => {
  const fn = () => ({});
  const cases: [string, unknown[][], string][] = [
    [
      'restorePassword',
      [[], [''], [0], [123], [null], [true], [false], [{}], [[]], [fn]],
      'Email Address must be provided and must be a string.',
    ],
    [
      'resendEmailConfirmation',
      [[], [null], [true], [false], [{}], [[]], [fn]],
      'Identity must be a string or number.',
    ],
    ['resendEmailConfirmation', [['']], 'Identity can not be an empty string.'],
    ['createEmailConfirmationURL', [[], [null], [true], [{}], [[]], [fn]], 'Identity must be a string or number.'],
    ['createEmailConfirmationURL', [['']], 'Identity can not be an empty string.'],
    [
      'verifyPassword',
      [[], [''], [null], [0], [123], [true], [{}], [[]], [fn]],
      'Password has to be a non empty string',
    ],
    ['verifyPassword', [['pw']], 'In order to check password you have to be logged in'],
    [
      'findByRole',
      [[], [null], [false], [''], [0], [123], [{}], [[]], [fn]],
      'Role Name must be a string and can not be empty',
    ],
    [
      'findByRole',
      [
        ['R', ''],
        ['R', 0],
        ['R', 123],
        ['R', {}],
        ['R', []],
        ['R', fn],
      ],
      'The second argument "loadRoles" can be a boolean only',
    ],
    [
      'findByRole',
      [
        ['R', true, false],
        ['R', true, true],
        ['R', true, ''],
        ['R', true, 123],
        ['R', true, []],
        ['R', true, fn],
      ],
      'The third argument "query" can be an instance of DataQueryBuilder or a plain object only',
    ],
    [
      'assignRole',
      [[null], [false], [true], [''], [0], [{}], [[]], [fn]],
      'User identity must be a string or number and can not be empty.',
    ],
    ['unassignRole', [[null], [''], [0], [{}]], 'User identity must be a string or number and can not be empty.'],
    [
      'assignRole',
      [
        ['i', null],
        ['i', ''],
        ['i', 0],
        ['i', {}],
        ['i', fn],
      ],
      'Role Name must be a string and can not be empty.',
    ],
    [
      'unassignRole',
      [
        ['i', null],
        ['i', ''],
        ['i', []],
      ],
      'Role Name must be a string and can not be empty.',
    ],
    [
      'enableUser',
      [[], [null], [true], [false], [''], [{}], [[]], [fn]],
      'User objectId must be non empty string/number',
    ],
    ['disableUser', [[], [null], [true], [''], [{}], [[]]], 'User objectId must be non empty string/number'],
    [
      'updateUserStatus',
      [['id'], ['id', null], ['id', true], ['id', ''], ['id', 0], ['id', 123], ['id', {}]],
      'User Status must be a valid string',
    ],
    [
      'loginWithOauth2',
      [[], [null], [true], [''], [0], [123], [{}], [[]], [fn]],
      '"providerCode" must be non empty string.',
    ],
    [
      'loginWithOauth2',
      [['p'], ['p', null], ['p', true], ['p', ''], ['p', 0], ['p', {}], ['p', fn]],
      '"accessToken" must be non empty string.',
    ],
    [
      'login',
      [
        [undefined, '1'],
        [null, '1'],
        [true, '1'],
        [{}, '1'],
        [[], '1'],
        [fn, '1'],
      ],
      'the first argument must be either a string or a number',
    ],
    ['login', [[0], ['']], 'the first argument cannot be an empty value'],
    [
      'login',
      [
        ['foo@bar.com', null],
        ['foo@bar.com', ''],
        ['foo@bar.com', 0],
      ],
      'the "password" value cannot be an empty value',
    ],
  ];

  it.each(cases)('%s rejects %j with "%s"', async (name, argumentLists, message) => {
    expect.hasAssertions();
    for (const args of argumentLists) {
      const [, ours] = await both((users) => users[name]!(...args));
      expect(ours.error).toBeInstanceOf(BackendlessError);
      expect([ours.error!.message, ours.error!.code]).toEqual([message, undefined]);
      expect(ours.requests).toEqual([]);
    }
  });
});
