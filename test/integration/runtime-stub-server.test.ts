// The runtime against a small node:http stub of Backendless: call shapes, headers, session rules,
// storage, the responder style and every kind of failure on the way to the server.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import Backendless, {
  Backendless as NamedBackendless,
  BackendlessError,
  createBackendless,
  User,
  type BackendlessApp,
  type WebStorageLike,
} from '../../runtime/index.ts';
import { rejection as rejectedWith } from '../helpers/rejection.ts';

interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Handler = (request: SeenRequest, response: ServerResponse, socket: Socket) => void;

const APP_ID = 'APP-1';
const API_KEY = 'KEY-1';
const ALICE = { objectId: 'ALICE-ID', email: 'alice@wonderland.com', name: 'Alice', ___class: 'Users' };

/** A stand-in for Backendless: logs every request and answers like the user service does. */
function backendlessLikeHandler(): Handler {
  let issued = 0;
  const liveTokens = new Set<string>();
  return (request, response) => {
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    const route = request.path.replace(`/${APP_ID}/${API_KEY}`, '');
    const token = request.headers['user-token'] as string | undefined;
    if (request.method === 'POST' && route === '/users/login') {
      const { login, password } = JSON.parse(request.body);
      if (login !== ALICE.email || password !== 'wonderland') {
        return json(400, { code: 3003, message: 'Invalid login or password' });
      }
      const userToken = `TOKEN-${++issued}`;
      liveTokens.add(userToken);
      return json(200, { ...ALICE, 'user-token': userToken });
    }
    if (route === '/users/logout') {
      // Backendless ends a session it has; with no token at all it answers success (the SDK's e2e tests show it).
      if (token && !liveTokens.delete(token)) {
        return json(400, {
          code: 3064,
          message: `Not existing user token - ${token}. Relogin user to update your user token`,
        });
      }
      return response.end();
    }
    if (request.method === 'POST' && /^\/users\/(register\/guest|social\/\w+\/login)$/.test(route)) {
      const userToken = `TOKEN-${++issued}`;
      liveTokens.add(userToken);
      const guest = route.endsWith('guest');
      return json(
        200,
        guest
          ? { objectId: 'GUEST-ID', userStatus: 'GUEST', 'user-token': userToken }
          : { ...ALICE, 'user-token': userToken },
      );
    }
    if (route.startsWith('/users/isvalidusertoken/')) {
      return json(200, liveTokens.has(decodeURIComponent(route.split('/').pop()!)));
    }
    if (route === `/data/Users/${ALICE.objectId}`) return json(200, { ...ALICE });
    if (request.method === 'POST' && route === '/users/register') {
      const { password: _password, ...user } = JSON.parse(request.body);
      return json(200, { ...user, objectId: 'NEW-ID', ___class: 'Users' });
    }
    json(404, { code: 404, message: `no route ${request.method} ${route}` });
  };
}

let server: Server;
let serverURL: string;
let handler: Handler;
const seen: SeenRequest[] = [];

function listen(port = 0): Promise<Server> {
  const stub = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const entry = { method: request.method!, path: request.url!, headers: request.headers, body };
      seen.push(entry);
      handler(entry, response, request.socket);
    });
  });
  return new Promise((resolve) => stub.listen(port, '127.0.0.1', () => resolve(stub)));
}

function closeServer(stub: Server): Promise<void> {
  stub.closeAllConnections();
  return new Promise((resolve) => stub.close(() => resolve()));
}

const portOf = (stub: Server) => (stub.address() as AddressInfo).port;

function app(config: Partial<Parameters<typeof createBackendless>[0]> = {}): BackendlessApp {
  return createBackendless({ appId: APP_ID, apiKey: API_KEY, serverURL, ...config });
}

const rejection = (promise: Promise<unknown>) => rejectedWith(promise, BackendlessError);

function memoryStorage(): WebStorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

beforeAll(async () => {
  server = await listen();
  serverURL = `http://127.0.0.1:${portOf(server)}`;
});

afterAll(() => closeServer(server));

beforeEach(() => {
  handler = backendlessLikeHandler();
  seen.length = 0;
});

describe('the SDK shape', () => {
  it('exports the default instance, also by name, with UserService and its alias Users', () => {
    expect(Backendless).toBe(NamedBackendless);
    expect(Backendless.UserService).toBe(Backendless.Users);
    expect(Backendless.serverURL).toBe('https://api.backendless.com');
    expect(typeof Backendless.UserService.getCurrentUserToken()).not.toBe('string');
  });

  it('rejects a call before initApp with the SDK message and sends nothing', async () => {
    const error = await rejection(createBackendless().UserService.login('alice', 'secret'));
    expect(error.message).toBe(
      'Backendless API is not configured, make sure you run Backendless.initApp(...) before the operation',
    );
    expect(error.code).toBeUndefined();
    expect(seen).toHaveLength(0);
  });

  it('initApp(appId, apiKey) builds <serverURL>/<appId>/<apiKey> URLs and keeps a serverURL set before', async () => {
    const instance = createBackendless();
    instance.serverURL = serverURL;
    expect(instance.initApp(APP_ID, API_KEY)).toBe(instance);
    expect([instance.appId, instance.apiKey, instance.serverURL]).toEqual([APP_ID, API_KEY, serverURL]);
    await instance.UserService.login(ALICE.email, 'wonderland');
    expect(seen[0]).toMatchObject({ method: 'POST', path: `/${APP_ID}/${API_KEY}/users/login` });
  });

  it('initApp(domain) sends to <domain>/api and drops appId and apiKey', async () => {
    handler = (_request, response) => response.end('true');
    const instance = createBackendless().initApp(serverURL);
    expect([instance.appId, instance.apiKey, instance.domain]).toEqual([null, null, serverURL]);
    instance.UserService.setCurrentUser({ objectId: 'X', 'user-token': 'T' });
    await instance.UserService.isValidLogin();
    expect(seen[0]!.path).toBe('/api/users/isvalidusertoken/T');
  });

  it('initApp with standalone: true returns a new instance and leaves the first one alone', () => {
    const first = app();
    first.UserService.setCurrentUser({ objectId: 'A', 'user-token': 'TOKEN-A' });
    const second = first.initApp({ appId: 'OTHER', apiKey: 'K', standalone: true });
    expect(second).not.toBe(first);
    expect([second.appId, second.serverURL, second.UserService.getCurrentUserToken()]).toEqual([
      'OTHER',
      serverURL,
      null,
    ]);
    expect(first.UserService.getCurrentUserToken()).toBe('TOKEN-A');
  });

  it('initApp again forgets the in-memory user, as the SDK does', () => {
    const instance = app();
    instance.UserService.setCurrentUser({ objectId: 'A', 'user-token': 'T' });
    instance.initApp({ appId: APP_ID, apiKey: API_KEY });
    expect(instance.UserService.getCurrentUserToken()).toBeNull();
  });

  it('initApp rejects a domain without a scheme, a bad timeout and a bad storage with clear errors', () => {
    expect.hasAssertions();
    expect(() => createBackendless().initApp('foobar.com')).toThrow('initApp: invalid domain: foobar.com');
    for (const timeout of [0, -1, Number.NaN, Infinity, 2 ** 31, '5']) {
      expect(() => app({ timeout: timeout as number })).toThrow(`initApp: invalid timeout: ${timeout}`);
    }
    expect(() => app({ storage: { getItem: 1 } as never })).toThrow('initApp: invalid storage: {"getItem":1}');
    expect(() => app({ storage: 'local' as never })).toThrow('initApp: invalid storage: local');
    expect(() => app({ storage: { file: '' } })).toThrow('initApp: invalid storage file (a path, in Node.js): ');
  });
});

describe('login, token and logout', () => {
  it('login posts {login, password} as JSON and resolves the user with its token', async () => {
    const instance = app();
    const user = await instance.UserService.login(ALICE.email, 'wonderland');
    expect(user).toMatchObject({ ...ALICE, 'user-token': 'TOKEN-1' });
    expect(JSON.parse(seen[0]!.body)).toEqual({ login: ALICE.email, password: 'wonderland' });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(instance.UserService.getCurrentUserToken()).toBe('TOKEN-1');
    expect(instance.getCurrentUserToken()).toBe('TOKEN-1');
    expect(instance.UserService.loggedInUser()).toBe(ALICE.objectId);
    expect(await instance.UserService.getCurrentUser()).toBe(user);
  });

  it('getCurrentUserToken is synchronous and null while nobody is logged in', () => {
    const token = app().UserService.getCurrentUserToken();
    expect(token).toBeNull();
  });

  it('login with a numeric login is sent as a number, as the SDK does', async () => {
    await rejection(app().UserService.login(42, 'pw'));
    expect(JSON.parse(seen[0]!.body)).toEqual({ login: 42, password: 'pw' });
  });

  it('login with only a string logs in by objectId, and a boolean second argument is stayLoggedIn', async () => {
    handler = (_request, response) => response.end(JSON.stringify({ ...ALICE, 'user-token': 'BY-ID' }));
    const storage = memoryStorage();
    await app({ storage }).UserService.login(ALICE.objectId, true);
    expect(JSON.parse(seen[0]!.body)).toEqual({ objectId: ALICE.objectId });
    expect(JSON.parse(storage.items.get(`Backendless_${APP_ID}`)!)).toMatchObject({ 'user-token': 'BY-ID' });
  });

  it.each([
    [[undefined, 'pw'], 'the first argument must be either a string or a number'],
    [[{}, 'pw'], 'the first argument must be either a string or a number'],
    [['', 'pw'], 'the first argument cannot be an empty value'],
    [[0, 'pw'], 'the first argument cannot be an empty value'],
    [[ALICE.email, ''], 'the "password" value cannot be an empty value'],
    [[ALICE.email, null], 'the "password" value cannot be an empty value'],
    [[7], 'the "password" value cannot be an empty value'],
  ])('login%j rejects without a request, with the SDK message and no code', async (args, message) => {
    const login = app().UserService.login as (...values: unknown[]) => Promise<unknown>;
    const error = await rejection(login(...args));
    expect([error.message, error.code, error.status]).toEqual([message, undefined, undefined]);
    expect(seen).toHaveLength(0);
  });

  it('a failed login keeps the previous session', async () => {
    const instance = app();
    await instance.UserService.login(ALICE.email, 'wonderland');
    const error = await rejection(instance.UserService.login(ALICE.email, 'wrong'));
    expect([error.code, error.status, error.message]).toEqual([3003, 400, 'Invalid login or password']);
    expect(instance.UserService.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('sends user-token on every request while logged in, login included, and no longer after logout', async () => {
    const users = app().UserService;
    await users.login(ALICE.email, 'wonderland');
    await users.isValidLogin();
    await users.getCurrentUser(true);
    await users.login(ALICE.email, 'wonderland');
    await users.logout();
    await rejection(users.login(ALICE.email, 'bad'));
    expect(
      seen.map((request) => [request.path.split('/').slice(3, 5).join('/'), request.headers['user-token']]),
    ).toEqual([
      ['users/login', undefined],
      ['users/isvalidusertoken', 'TOKEN-1'],
      ['data/Users', 'TOKEN-1'],
      ['users/login', 'TOKEN-1'],
      ['users/logout', 'TOKEN-2'],
      ['users/login', undefined],
    ]);
    expect(seen.find((request) => request.method === 'GET')!.headers['content-type']).toBeUndefined();
  });

  it('logout resolves undefined and clears the user, its token and its remembered session', async () => {
    const storage = memoryStorage();
    const users = app({ storage }).UserService;
    await users.login(ALICE.email, 'wonderland', true);
    await expect(users.logout()).resolves.toBeUndefined();
    expect([users.getCurrentUserToken(), users.loggedInUser(), await users.getCurrentUser()]).toEqual([
      null,
      null,
      null,
    ]);
    expect(JSON.parse(storage.items.get(`Backendless_${APP_ID}`)!)).toEqual({});
  });

  it.each([3023, 3064, 3090, 3091])(
    'logout failing with %i clears the session, then rejects with that code',
    async (code) => {
      const storage = memoryStorage();
      const users = app({ storage }).UserService;
      await users.login(ALICE.email, 'wonderland', true);
      handler = (_request, response) => {
        response.writeHead(400).end(JSON.stringify({ code, message: `session over (${code})` }));
      };
      const error = await rejection(users.logout());
      expect([error.code, error.status, error.message]).toEqual([code, 400, `session over (${code})`]);
      expect([users.getCurrentUserToken(), users.loggedInUser()]).toEqual([null, null]);
      expect(JSON.parse(storage.items.get(`Backendless_${APP_ID}`)!)).toEqual({});
    },
  );

  it('logout failing otherwise (2002, a network failure) keeps the whole session, so it can be retried', async () => {
    const storage = memoryStorage();
    const users = app({ storage }).UserService;
    await users.login(ALICE.email, 'wonderland', true);
    const remembered = storage.items.get(`Backendless_${APP_ID}`);
    handler = (_request, response) => response.writeHead(400).end('{"code":2002,"message":"Wrong application info"}');
    expect((await rejection(users.logout())).code).toBe(2002);
    handler = (_request, _response, socket) => socket.destroy();
    expect((await rejection(users.logout())).code).toBeUndefined();
    expect([users.getCurrentUserToken(), users.loggedInUser()]).toEqual(['TOKEN-1', ALICE.objectId]);
    expect(storage.items.get(`Backendless_${APP_ID}`)).toBe(remembered);
    handler = backendlessLikeHandler();
    // The retry reaches a backend that never issued TOKEN-1: 3064 still ends the session locally.
    expect((await rejection(users.logout())).code).toBe(3064);
    expect(users.getCurrentUserToken()).toBeNull();
  });

  it('logout with nobody logged in still sends the request, without a user-token header, as the SDK does', async () => {
    await expect(app().UserService.logout()).resolves.toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', path: `/${APP_ID}/${API_KEY}/users/logout` });
    expect(seen[0]!.headers['user-token']).toBeUndefined();
  });

  it('isValidLogin answers false without a request when there is no token, else asks the server', async () => {
    const users = app().UserService;
    await expect(users.isValidLogin()).resolves.toBe(false);
    expect(seen).toHaveLength(0);
    await users.login(ALICE.email, 'wonderland');
    await expect(users.isValidLogin()).resolves.toBe(true);
    users.setCurrentUserToken('ENDED/TOKEN');
    await expect(users.isValidLogin()).resolves.toBe(false);
    expect(seen.at(-1)!.path).toBe(`/${APP_ID}/${API_KEY}/users/isvalidusertoken/ENDED%2FTOKEN`);
  });

  it('register posts the user with its password and the client locale, and does not log in', async () => {
    vi.stubGlobal('navigator', { languages: ['de-CH'] });
    try {
      const users = app().UserService;
      const saved = await users.register({ email: 'bob@example.com', password: 'pw', name: 'Bob' });
      expect(JSON.parse(seen[0]!.body)).toEqual({
        email: 'bob@example.com',
        password: 'pw',
        name: 'Bob',
        blUserLocale: 'de',
      });
      expect(saved).toEqual({
        email: 'bob@example.com',
        name: 'Bob',
        blUserLocale: 'de',
        objectId: 'NEW-ID',
        ___class: 'Users',
      });
      expect(users.getCurrentUserToken()).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('register keeps a blUserLocale the caller set', async () => {
    await app().UserService.register({ email: 'c@example.com', password: 'pw', blUserLocale: 'fr' });
    expect(JSON.parse(seen[0]!.body).blUserLocale).toBe('fr');
  });
});

describe('the other logins keep the session as login does', () => {
  it('loginAsGuest: the guest is current; only stayLoggedIn === true remembers it', async () => {
    const storage = memoryStorage();
    const users = app({ storage }).UserService;
    const guest = await users.loginAsGuest();
    expect(guest).toBeInstanceOf(User);
    expect(guest).toMatchObject({ ___class: 'Users', objectId: 'GUEST-ID', userStatus: 'GUEST' });
    expect([users.getCurrentUserToken(), users.loggedInUser()]).toEqual(['TOKEN-1', 'GUEST-ID']);
    expect(JSON.parse(storage.items.get(`Backendless_${APP_ID}`)!)).toEqual({});
    await users.loginAsGuest(true);
    expect(JSON.parse(storage.items.get(`Backendless_${APP_ID}`)!)).toEqual({
      stayLoggedIn: true,
      'user-token': 'TOKEN-2',
      'current-user-id': 'GUEST-ID',
    });
    expect(await users.isValidLogin()).toBe(true);
  });

  it('loginWithOauth2: a truthy stayLoggedIn remembers the session, as in the SDK', async () => {
    const storage = memoryStorage();
    const users = app({ storage }).UserService;
    const user = await users.loginWithOauth2('Google', 'access-token', { email: 'email' }, 'yes' as unknown as boolean);
    expect(user).toBeInstanceOf(User);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', path: `/${APP_ID}/${API_KEY}/users/social/google/login` });
    expect(JSON.parse(storage.items.get(`Backendless_${APP_ID}`)!)['user-token']).toBe(user['user-token']);
  });

  it('a guest converted by register keeps its session: register logs nobody else in', async () => {
    const users = app().UserService;
    const guest = await users.loginAsGuest();
    await users.register({ objectId: guest.objectId, email: 'g@example.com', password: 'pw' });
    expect(seen.at(-1)!.headers['user-token']).toBe('TOKEN-1');
    expect(JSON.parse(seen.at(-1)!.body)).toMatchObject({ objectId: 'GUEST-ID', email: 'g@example.com' });
    expect(users.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('every call takes a responder, and an argument error goes to handleFault', async () => {
    const users = app().UserService;
    const results: unknown[] = [];
    const responder = {
      handleResponse: (value: unknown) => results.push(value),
      handleFault: (e: Error) => results.push(e.message),
    };
    await users.loginAsGuest(false, responder);
    await users.restorePassword('', responder).catch(() => undefined);
    expect(results).toEqual([expect.any(User), 'Email Address must be provided and must be a string.']);
  });

  it('an argument error is a rejection, never a synchronous throw', async () => {
    const users = app().UserService;
    let call: Promise<unknown> | undefined;
    expect(() => (call = users.getAuthorizationUrlLink(undefined as unknown as string))).not.toThrow();
    expect(await rejectedWith(call!)).toBeInstanceOf(TypeError);
    expect(seen).toHaveLength(0);
  });
});

describe('current user', () => {
  it('getCurrentUser resolves null without a request when nobody is logged in', async () => {
    await expect(app().UserService.getCurrentUser()).resolves.toBeNull();
    expect(seen).toHaveLength(0);
  });

  it('getCurrentUser(true) reloads data/Users/<id>, keeps the token, and shares one request between concurrent calls', async () => {
    const users = app().UserService;
    await users.login(ALICE.email, 'wonderland');
    const [first, second] = await Promise.all([users.getCurrentUser(true), users.getCurrentUser(true)]);
    expect(first).toBe(second);
    expect(seen.filter((request) => request.path.includes('/data/Users/'))).toHaveLength(1);
    expect(first).toMatchObject({ ...ALICE, 'user-token': 'TOKEN-1' });
    expect(users.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('getCurrentUser errors reject and keep the session', async () => {
    const users = app().UserService;
    await users.login(ALICE.email, 'wonderland');
    handler = (_request, response) => response.writeHead(400).end('{"code":3064,"message":"Not existing user token"}');
    expect((await rejection(users.getCurrentUser(true))).code).toBe(3064);
    expect(users.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('setCurrentUser makes a user current; only stayLoggedIn true remembers it, otherwise it erases a remembered one', () => {
    const storage = memoryStorage();
    const users = app({ storage }).UserService;
    const key = `Backendless_${APP_ID}`;
    const current = users.setCurrentUser({ objectId: 'U', 'user-token': 'T' }, true);
    expect(current).toEqual({ objectId: 'U', 'user-token': 'T', ___class: 'Users' });
    expect(JSON.parse(storage.items.get(key)!)).toEqual({
      stayLoggedIn: true,
      'user-token': 'T',
      'current-user-id': 'U',
    });
    users.setCurrentUser({ objectId: 'V', 'user-token': 'W' });
    expect(JSON.parse(storage.items.get(key)!)).toEqual({});
    expect([users.getCurrentUserToken(), users.loggedInUser()]).toEqual(['W', 'V']);
    expect(users.setCurrentUser(null)).toBeNull();
    expect(users.getCurrentUserToken()).toBeNull();
  });

  it('setCurrentUserToken follows the SDK: no user and nothing stored means nothing changes', () => {
    const storage = memoryStorage();
    const users = app({ storage }).UserService;
    users.setCurrentUserToken('T');
    expect(users.getCurrentUserToken()).toBeNull();
    users.setCurrentUser({ objectId: 'U', 'user-token': 'OLD' }, true);
    users.setCurrentUserToken('NEW');
    expect(users.getCurrentUserToken()).toBe('NEW');
    expect(JSON.parse(storage.items.get(`Backendless_${APP_ID}`)!)['user-token']).toBe('NEW');
    // A restored session (token in storage, no user in memory) gets the new token in storage.
    const restored = app({ storage }).UserService;
    restored.setCurrentUserToken('NEWER');
    expect(restored.getCurrentUserToken()).toBe('NEWER');
  });
});

describe('stay logged in', () => {
  let directory: string;
  beforeAll(() => void (directory = mkdtempSync(join(tmpdir(), 'runtime-test-'))));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  afterEach(() => vi.unstubAllGlobals());

  it('in Node without storage the session lives in memory only: a new instance starts logged out', async () => {
    await app().UserService.login(ALICE.email, 'wonderland', true);
    expect(app().UserService.getCurrentUserToken()).toBeNull();
  });

  it('a file keeps a stayLoggedIn session for a new instance (mode 0600), which can use and end it', async () => {
    const file = join(directory, 'session.json');
    const user = await app({ storage: { file } }).UserService.login(ALICE.email, 'wonderland', true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const record = JSON.parse(JSON.parse(readFileSync(file, 'utf8'))[`Backendless_${APP_ID}`]);
    expect(record).toEqual({ stayLoggedIn: true, 'user-token': user['user-token'], 'current-user-id': ALICE.objectId });

    const restored = app({ storage: { file } }).UserService;
    expect([restored.getCurrentUserToken(), restored.loggedInUser()]).toEqual([user['user-token'], ALICE.objectId]);
    seen.length = 0;
    const reloaded = await restored.getCurrentUser();
    expect(reloaded).toMatchObject(ALICE);
    expect(reloaded!['user-token']).toBeUndefined(); // as in the SDK: the token stays in storage
    expect(seen[0]!.headers['user-token']).toBe(user['user-token']);
    expect(await restored.isValidLogin()).toBe(true);
    await restored.logout();
    expect(app({ storage: { file } }).UserService.getCurrentUserToken()).toBeNull();
  });

  it('a login without stayLoggedIn === true writes no token to the file and erases a remembered one', async () => {
    expect.hasAssertions();
    const file = join(directory, 'not-remembered.json');
    await app({ storage: { file } }).UserService.login(ALICE.email, 'wonderland', true);
    for (const stay of [false, undefined, 'true', 1]) {
      await app({ storage: { file } }).UserService.login(ALICE.email, 'wonderland', stay as boolean);
      expect(app({ storage: { file } }).UserService.getCurrentUserToken()).toBeNull();
    }
  });

  it('two apps share one file without overwriting each other', async () => {
    const file = join(directory, 'shared.json');
    const first = app({ storage: { file } }).UserService;
    const second = app({ storage: { file }, appId: 'APP-2' }).UserService;
    first.setCurrentUser({ objectId: 'A', 'user-token': 'TA' }, true);
    second.setCurrentUser({ objectId: 'B', 'user-token': 'TB' }, true);
    expect(app({ storage: { file } }).UserService.getCurrentUserToken()).toBe('TA');
    expect(app({ storage: { file }, appId: 'APP-2' }).UserService.getCurrentUserToken()).toBe('TB');
  });

  it('a corrupt session file reads as no session and is replaced on the next login', async () => {
    const file = join(directory, 'corrupt.json');
    writeFileSync(file, '{not json');
    const users = app({ storage: { file } }).UserService;
    expect(users.getCurrentUserToken()).toBeNull();
    await users.login(ALICE.email, 'wonderland', true);
    expect(app({ storage: { file } }).UserService.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('uses the environment localStorage by default, under Backendless_<appId> in the SDK shape', async () => {
    const localStorage = memoryStorage();
    vi.stubGlobal('localStorage', localStorage);
    const user = await app().UserService.login(ALICE.email, 'wonderland', true);
    expect(JSON.parse(localStorage.items.get(`Backendless_${APP_ID}`)!)).toEqual({
      stayLoggedIn: true,
      'user-token': user['user-token'],
      'current-user-id': ALICE.objectId,
    });
    expect(app().UserService.getCurrentUserToken()).toBe(user['user-token']);
  });

  it("keeps keys it does not own in the stored record, and storage: 'memory' ignores localStorage", async () => {
    const localStorage = memoryStorage();
    localStorage.setItem(`Backendless_${APP_ID}`, '{"other":1}');
    vi.stubGlobal('localStorage', localStorage);
    await app().UserService.login(ALICE.email, 'wonderland', true);
    expect(JSON.parse(localStorage.getItem(`Backendless_${APP_ID}`)!)).toMatchObject({ other: 1, stayLoggedIn: true });
    expect(app({ storage: 'memory' }).UserService.getCurrentUserToken()).toBeNull();
  });

  it('a localStorage that throws (private mode) falls back to memory', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
    });
    const users = app().UserService;
    await users.login(ALICE.email, 'wonderland', true);
    expect(users.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('a storage whose write fails leaves the session as it was', async () => {
    const storage = memoryStorage();
    const users = app({ storage }).UserService;
    await users.login(ALICE.email, 'wonderland', true);
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    await expect(users.logout()).rejects.toThrow('QuotaExceededError');
    expect([users.getCurrentUserToken(), users.loggedInUser()]).toEqual(['TOKEN-1', ALICE.objectId]);
  });
});

describe('the responder style', () => {
  it('hands the result to handleResponse and still returns the promise', async () => {
    const handleResponse = vi.fn();
    const handleFault = vi.fn();
    const users = app().UserService;
    const user = await users.login(ALICE.email, 'wonderland', { handleResponse, handleFault });
    expect(handleResponse).toHaveBeenCalledWith(user);
    expect(handleFault).not.toHaveBeenCalled();
    expect(users.getCurrentUserToken()).toBe('TOKEN-1');
    await users.isValidLogin({ handleResponse });
    expect(handleResponse).toHaveBeenLastCalledWith(true);
  });

  it('responder after stayLoggedIn: the fourth argument', async () => {
    const storage = memoryStorage();
    const handleResponse = vi.fn();
    await app({ storage }).UserService.login(ALICE.email, 'wonderland', true, { handleResponse });
    expect(handleResponse).toHaveBeenCalledOnce();
    expect(storage.items.size).toBe(1);
  });

  it('hands a fault to handleFault and never leaves an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const faults: BackendlessError[] = [];
      const handleFault = (error: BackendlessError) => faults.push(error);
      const users = app().UserService;
      void users.login(ALICE.email, 'wrong', { handleFault });
      void users.login('', 'x', { handleFault });
      // A token the server never issued: its logout fails with 3064.
      users.setCurrentUser({ objectId: 'U', 'user-token': 'ENDED' });
      void users.logout({ handleFault });
      await vi.waitFor(() => expect(faults).toHaveLength(3));
      // Node reports unhandled rejections when the microtask queue drains, before the next macrotask runs:
      // once a setImmediate callback has run, every rejection made so far has been reported or handled.
      await new Promise((resolve) => setImmediate(resolve));
      expect(faults.map((fault) => fault.code)).toEqual([undefined, 3003, 3064]);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('the returned promise still rejects for a caller who awaits it', async () => {
    const handleFault = vi.fn();
    expect((await rejection(app().UserService.login(ALICE.email, 'wrong', { handleFault }))).code).toBe(3003);
    expect(handleFault).toHaveBeenCalledOnce();
  });

  it('an object passed as data is not mistaken for a responder', async () => {
    await app().UserService.register({ email: 'd@example.com', password: 'pw', handleResponse: 'text' });
    expect(JSON.parse(seen[0]!.body)).toMatchObject({ handleResponse: 'text' });
  });
});

describe('failures on the way to the server', () => {
  it('a server that is not listening gives a BackendlessError naming the server, and the next call works once it is back', async () => {
    const stub = await listen();
    const port = portOf(stub);
    await closeServer(stub);
    const users = app({ serverURL: `http://127.0.0.1:${port}` }).UserService;
    const error = await rejection(users.login(ALICE.email, 'wonderland'));
    expect([error.code, error.status]).toEqual([undefined, undefined]);
    expect(error.message).toMatch(new RegExp(`^Backendless server http://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
    expect(error.message).not.toContain(API_KEY);
    expect(error.cause).toBeInstanceOf(Error);
    const back = await listen(port);
    try {
      await expect(users.login(ALICE.email, 'wonderland')).resolves.toMatchObject(ALICE);
    } finally {
      await closeServer(back);
    }
  });

  it('a connection reset in the middle of the answer is a BackendlessError, and the next call works', async () => {
    handler = (_request, response, socket) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      // Closed once the half answer has left: the client has the headers and part of the body, never the rest.
      response.write('{"objectId":"ALICE-ID",', () => socket.destroy());
    };
    const users = app().UserService;
    const error = await rejection(users.login(ALICE.email, 'wonderland'));
    expect([error.code, error.status]).toEqual([undefined, undefined]);
    expect(error.message).toMatch(/^Backendless server http:\/\/127\.0\.0\.1:\d+: /);
    handler = backendlessLikeHandler();
    await expect(users.login(ALICE.email, 'wonderland')).resolves.toMatchObject(ALICE);
  });

  it('a 500 with an HTML body is a BackendlessError with the status and a clear message', async () => {
    handler = (_request, response) => {
      response.writeHead(500, { 'content-type': 'text/html' }).end('<html><body>Internal Server Error</body></html>');
    };
    const error = await rejection(app().UserService.login(ALICE.email, 'wonderland'));
    expect([error.code, error.status]).toEqual([undefined, 500]);
    expect(error.message).toMatch(/: HTTP 500 without a Backendless error$/);
  });

  it('an error status with an empty body or JSON without a message is a BackendlessError too', async () => {
    handler = (_request, response) => response.writeHead(502).end();
    expect((await rejection(app().UserService.login(ALICE.email, 'pw'))).message).toMatch(/HTTP 502 without/);
    handler = (_request, response) => response.writeHead(400).end('{"code":3003}');
    expect((await rejection(app().UserService.login(ALICE.email, 'pw'))).status).toBe(400);
  });

  it('an empty 200 where JSON is expected is a BackendlessError and logs nobody in', async () => {
    handler = (_request, response) => response.end();
    const users = app().UserService;
    const error = await rejection(users.login(ALICE.email, 'wonderland'));
    expect([error.code, error.status]).toEqual([undefined, 200]);
    expect(error.message).toMatch(/: HTTP 200 with an unexpected answer$/);
    expect(users.getCurrentUserToken()).toBeNull();
    handler = (_request, response) => response.end('<html>proxy login page</html>');
    expect((await rejection(users.register({ email: 'x@example.com', password: 'pw' }))).status).toBe(200);
  });

  it('a server slower than the timeout gives a BackendlessError, and the next call works', async () => {
    const stalled: ServerResponse[] = [];
    handler = (_request, response) => void stalled.push(response);
    const users = app({ timeout: 300 }).UserService;
    const started = performance.now();
    const error = await rejection(users.login(ALICE.email, 'wonderland'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(error.message).toMatch(/: no answer within 300 ms$/);
    expect([error.code, error.status]).toEqual([undefined, undefined]);
    handler = backendlessLikeHandler();
    await expect(users.login(ALICE.email, 'wonderland')).resolves.toMatchObject(ALICE);
    for (const response of stalled) response.destroy();
  });

  it('the timeout also covers a body that never finishes', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('{');
    };
    const error = await rejection(app({ timeout: 300 }).UserService.login(ALICE.email, 'wonderland'));
    expect(error.message).toMatch(/no answer within 300 ms/);
  });

  it('error messages never contain the user token', async () => {
    const users = app({ timeout: 300 }).UserService;
    users.setCurrentUser({ objectId: 'U', 'user-token': 'SECRET-TOKEN' });
    handler = () => undefined;
    const error = await rejection(users.isValidLogin());
    expect(error.message).not.toContain('SECRET-TOKEN');
    expect(error.message).not.toContain(API_KEY);
  });

  it('a serverURL without a scheme or with a broken host never puts the API key in the error or its cause', async () => {
    expect.hasAssertions();
    for (const [url, message] of [
      ['127.0.0.1:1', 'Backendless serverURL must start with http:// or https://'],
      ['localhost:1', 'Backendless serverURL must start with http:// or https://'],
      ['http//x', 'Backendless serverURL must start with http:// or https://'],
      ['http://exa mple.com', 'Backendless server http://exa mple.com: '],
    ] as const) {
      const error = await rejection(app({ serverURL: url }).UserService.login(ALICE.email, 'wonderland'));
      expect(error.message).toContain(message);
      const seen = JSON.stringify({
        message: error.message,
        cause: error.cause ?? null,
        causeMessage: (error.cause as Error | undefined)?.message,
      });
      expect(seen).not.toContain(API_KEY);
    }
  });
});
