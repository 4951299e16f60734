// The runtime's session against a stub of Backendless (test/helpers/stub-backend.ts): login, the token, logout and
// isValidLogin, the other logins (guest, OAuth2, by objectId), and the current user.
import { rejection as rejectedWith } from '../helpers/rejection.ts';
import { describe, expect, it, vi } from 'vitest';
import { User } from '../../runtime/index.ts';
import {
  ALICE,
  API_KEY,
  APP_ID,
  backendlessLikeHandler,
  memoryStorage,
  rejection,
  useStubBackend,
} from '../helpers/stub-backend.ts';

const stub = useStubBackend();

describe('login, token and logout', () => {
  it('login posts {login, password} as JSON and resolves the user with its token', async () => {
    const instance = stub.app();
    const user = await instance.UserService.login(ALICE.email, 'wonderland');
    expect(user).toMatchObject({ ...ALICE, 'user-token': 'TOKEN-1' });
    expect(JSON.parse(stub.seen[0]!.body)).toEqual({ login: ALICE.email, password: 'wonderland' });
    expect(stub.seen[0]!.headers['content-type']).toBe('application/json');
    expect(instance.UserService.getCurrentUserToken()).toBe('TOKEN-1');
    expect(instance.getCurrentUserToken()).toBe('TOKEN-1');
    expect(instance.UserService.loggedInUser()).toBe(ALICE.objectId);
    expect(await instance.UserService.getCurrentUser()).toBe(user);
  });

  it('getCurrentUserToken is synchronous and null while nobody is logged in', () => {
    const token = stub.app().UserService.getCurrentUserToken();
    expect(token).toBeNull();
  });

  it('login with a numeric login is sent as a number, as the SDK does', async () => {
    await rejection(stub.app().UserService.login(42, 'pw'));
    expect(JSON.parse(stub.seen[0]!.body)).toEqual({ login: 42, password: 'pw' });
  });

  it('login with only a string logs in by objectId, and a boolean second argument is stayLoggedIn', async () => {
    stub.handler = (_request, response) => response.end(JSON.stringify({ ...ALICE, 'user-token': 'BY-ID' }));
    const storage = memoryStorage();
    await stub.app({ storage }).UserService.login(ALICE.objectId, true);
    expect(JSON.parse(stub.seen[0]!.body)).toEqual({ objectId: ALICE.objectId });
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
    const login = stub.app().UserService.login as (...values: unknown[]) => Promise<unknown>;
    const error = await rejection(login(...args));
    expect([error.message, error.code, error.status]).toEqual([message, undefined, undefined]);
    expect(stub.seen).toHaveLength(0);
  });

  it('a failed login keeps the previous session', async () => {
    const instance = stub.app();
    await instance.UserService.login(ALICE.email, 'wonderland');
    const error = await rejection(instance.UserService.login(ALICE.email, 'wrong'));
    expect([error.code, error.status, error.message]).toEqual([3003, 400, 'Invalid login or password']);
    expect(instance.UserService.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('sends user-token on every request while logged in, login included, and no longer after logout', async () => {
    const users = stub.app().UserService;
    await users.login(ALICE.email, 'wonderland');
    await users.isValidLogin();
    await users.getCurrentUser(true);
    await users.login(ALICE.email, 'wonderland');
    await users.logout();
    await rejection(users.login(ALICE.email, 'bad'));
    expect(
      stub.seen.map((request) => [request.path.split('/').slice(3, 5).join('/'), request.headers['user-token']]),
    ).toEqual([
      ['users/login', undefined],
      ['users/isvalidusertoken', 'TOKEN-1'],
      ['data/Users', 'TOKEN-1'],
      ['users/login', 'TOKEN-1'],
      ['users/logout', 'TOKEN-2'],
      ['users/login', undefined],
    ]);
    expect(stub.seen.find((request) => request.method === 'GET')!.headers['content-type']).toBeUndefined();
  });

  it('logout resolves undefined and clears the user, its token and its remembered session', async () => {
    const storage = memoryStorage();
    const users = stub.app({ storage }).UserService;
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
      const users = stub.app({ storage }).UserService;
      await users.login(ALICE.email, 'wonderland', true);
      stub.handler = (_request, response) => {
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
    const users = stub.app({ storage }).UserService;
    await users.login(ALICE.email, 'wonderland', true);
    const remembered = storage.items.get(`Backendless_${APP_ID}`);
    stub.handler = (_request, response) =>
      response.writeHead(400).end('{"code":2002,"message":"Wrong application info"}');
    expect((await rejection(users.logout())).code).toBe(2002);
    stub.handler = (_request, _response, socket) => socket.destroy();
    expect((await rejection(users.logout())).code).toBeUndefined();
    expect([users.getCurrentUserToken(), users.loggedInUser()]).toEqual(['TOKEN-1', ALICE.objectId]);
    expect(storage.items.get(`Backendless_${APP_ID}`)).toBe(remembered);
    stub.handler = backendlessLikeHandler();
    // The retry reaches a backend that never issued TOKEN-1: 3064 still ends the session locally.
    expect((await rejection(users.logout())).code).toBe(3064);
    expect(users.getCurrentUserToken()).toBeNull();
  });

  it('logout with nobody logged in still sends the request, without a user-token header, as the SDK does', async () => {
    await expect(stub.app().UserService.logout()).resolves.toBeUndefined();
    expect(stub.seen).toHaveLength(1);
    expect(stub.seen[0]).toMatchObject({ method: 'GET', path: `/${APP_ID}/${API_KEY}/users/logout` });
    expect(stub.seen[0]!.headers['user-token']).toBeUndefined();
  });

  it('isValidLogin answers false without a request when there is no token, else asks the server', async () => {
    const users = stub.app().UserService;
    await expect(users.isValidLogin()).resolves.toBe(false);
    expect(stub.seen).toHaveLength(0);
    await users.login(ALICE.email, 'wonderland');
    await expect(users.isValidLogin()).resolves.toBe(true);
    users.setCurrentUserToken('ENDED/TOKEN');
    await expect(users.isValidLogin()).resolves.toBe(false);
    expect(stub.seen.at(-1)!.path).toBe(`/${APP_ID}/${API_KEY}/users/isvalidusertoken/ENDED%2FTOKEN`);
  });

  it('register posts the user with its password and the client locale, and does not log in', async () => {
    vi.stubGlobal('navigator', { languages: ['de-CH'] });
    try {
      const users = stub.app().UserService;
      const saved = await users.register({ email: 'bob@example.com', password: 'pw', name: 'Bob' });
      expect(JSON.parse(stub.seen[0]!.body)).toEqual({
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
    await stub.app().UserService.register({ email: 'c@example.com', password: 'pw', blUserLocale: 'fr' });
    expect(JSON.parse(stub.seen[0]!.body).blUserLocale).toBe('fr');
  });
});

describe('the other logins keep the session as login does', () => {
  it('loginAsGuest: the guest is current; only stayLoggedIn === true remembers it', async () => {
    const storage = memoryStorage();
    const users = stub.app({ storage }).UserService;
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
    const users = stub.app({ storage }).UserService;
    const user = await users.loginWithOauth2('Google', 'access-token', { email: 'email' }, 'yes' as unknown as boolean);
    expect(user).toBeInstanceOf(User);
    expect(stub.seen.at(-1)).toMatchObject({ method: 'POST', path: `/${APP_ID}/${API_KEY}/users/social/google/login` });
    expect(JSON.parse(storage.items.get(`Backendless_${APP_ID}`)!)['user-token']).toBe(user['user-token']);
  });

  it('a guest converted by register keeps its session: register logs nobody else in', async () => {
    const users = stub.app().UserService;
    const guest = await users.loginAsGuest();
    await users.register({ objectId: guest.objectId, email: 'g@example.com', password: 'pw' });
    expect(stub.seen.at(-1)!.headers['user-token']).toBe('TOKEN-1');
    expect(JSON.parse(stub.seen.at(-1)!.body)).toMatchObject({ objectId: 'GUEST-ID', email: 'g@example.com' });
    expect(users.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('every call takes a responder, and an argument error goes to handleFault', async () => {
    const users = stub.app().UserService;
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
    const users = stub.app().UserService;
    let call: Promise<unknown> | undefined;
    expect(() => (call = users.getAuthorizationUrlLink(undefined as unknown as string))).not.toThrow();
    expect(await rejectedWith(call!)).toBeInstanceOf(TypeError);
    expect(stub.seen).toHaveLength(0);
  });
});

describe('current user', () => {
  it('getCurrentUser resolves null without a request when nobody is logged in', async () => {
    await expect(stub.app().UserService.getCurrentUser()).resolves.toBeNull();
    expect(stub.seen).toHaveLength(0);
  });

  it('getCurrentUser(true) reloads data/Users/<id>, keeps the token, and shares one request between concurrent calls', async () => {
    const users = stub.app().UserService;
    await users.login(ALICE.email, 'wonderland');
    const [first, second] = await Promise.all([users.getCurrentUser(true), users.getCurrentUser(true)]);
    expect(first).toBe(second);
    expect(stub.seen.filter((request) => request.path.includes('/data/Users/'))).toHaveLength(1);
    expect(first).toMatchObject({ ...ALICE, 'user-token': 'TOKEN-1' });
    expect(users.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('getCurrentUser errors reject and keep the session', async () => {
    const users = stub.app().UserService;
    await users.login(ALICE.email, 'wonderland');
    stub.handler = (_request, response) =>
      response.writeHead(400).end('{"code":3064,"message":"Not existing user token"}');
    expect((await rejection(users.getCurrentUser(true))).code).toBe(3064);
    expect(users.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('setCurrentUser makes a user current; only stayLoggedIn true remembers it, otherwise it erases a remembered one', () => {
    const storage = memoryStorage();
    const users = stub.app({ storage }).UserService;
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
    const users = stub.app({ storage }).UserService;
    users.setCurrentUserToken('T');
    expect(users.getCurrentUserToken()).toBeNull();
    users.setCurrentUser({ objectId: 'U', 'user-token': 'OLD' }, true);
    users.setCurrentUserToken('NEW');
    expect(users.getCurrentUserToken()).toBe('NEW');
    expect(JSON.parse(storage.items.get(`Backendless_${APP_ID}`)!)['user-token']).toBe('NEW');
    // A restored session (token in storage, no user in memory) gets the new token in storage.
    const restored = stub.app({ storage }).UserService;
    restored.setCurrentUserToken('NEWER');
    expect(restored.getCurrentUserToken()).toBe('NEWER');
  });
});
