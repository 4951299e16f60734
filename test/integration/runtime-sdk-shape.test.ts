// The runtime's SDK shape against a stub of Backendless (test/helpers/stub-backend.ts): the default instance and
// createBackendless, initApp's forms, and the responder style beside promises.
import { describe, expect, it, vi } from 'vitest';
import Backendless, {
  BackendlessError,
  createBackendless,
  Backendless as NamedBackendless,
} from '../../runtime/index.ts';
import { ALICE, API_KEY, APP_ID, memoryStorage, rejection, useStubBackend } from '../helpers/stub-backend.ts';

const stub = useStubBackend();

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
    expect(stub.seen).toHaveLength(0);
  });

  it('initApp(appId, apiKey) builds <serverURL>/<appId>/<apiKey> URLs and keeps a serverURL set before', async () => {
    const instance = createBackendless();
    instance.serverURL = stub.url;
    expect(instance.initApp(APP_ID, API_KEY)).toBe(instance);
    expect([instance.appId, instance.apiKey, instance.serverURL]).toEqual([APP_ID, API_KEY, stub.url]);
    await instance.UserService.login(ALICE.email, 'wonderland');
    expect(stub.seen[0]).toMatchObject({ method: 'POST', path: `/${APP_ID}/${API_KEY}/users/login` });
  });

  it('initApp(domain) sends to <domain>/api and drops appId and apiKey', async () => {
    stub.handler = (_request, response) => response.end('true');
    const instance = createBackendless().initApp(stub.url);
    expect([instance.appId, instance.apiKey, instance.domain]).toEqual([null, null, stub.url]);
    instance.UserService.setCurrentUser({ objectId: 'X', 'user-token': 'T' });
    await instance.UserService.isValidLogin();
    expect(stub.seen[0]!.path).toBe('/api/users/isvalidusertoken/T');
  });

  it('initApp with standalone: true returns a new instance and leaves the first one alone', () => {
    const first = stub.app();
    first.UserService.setCurrentUser({ objectId: 'A', 'user-token': 'TOKEN-A' });
    const second = first.initApp({ appId: 'OTHER', apiKey: 'K', standalone: true });
    expect(second).not.toBe(first);
    expect([second.appId, second.serverURL, second.UserService.getCurrentUserToken()]).toEqual([
      'OTHER',
      stub.url,
      null,
    ]);
    expect(first.UserService.getCurrentUserToken()).toBe('TOKEN-A');
  });

  it('initApp again forgets the in-memory user, as the SDK does', () => {
    const instance = stub.app();
    instance.UserService.setCurrentUser({ objectId: 'A', 'user-token': 'T' });
    instance.initApp({ appId: APP_ID, apiKey: API_KEY });
    expect(instance.UserService.getCurrentUserToken()).toBeNull();
  });

  it('initApp rejects a domain without a scheme, a bad timeout and a bad storage with clear errors', () => {
    expect.hasAssertions();
    expect(() => createBackendless().initApp('foobar.com')).toThrow('initApp: invalid domain: foobar.com');
    for (const timeout of [0, -1, Number.NaN, Infinity, 2 ** 31, '5']) {
      expect(() => stub.app({ timeout: timeout as number })).toThrow(`initApp: invalid timeout: ${timeout}`);
    }
    expect(() => stub.app({ storage: { getItem: 1 } as never })).toThrow('initApp: invalid storage: {"getItem":1}');
    expect(() => stub.app({ storage: 'local' as never })).toThrow('initApp: invalid storage: local');
    expect(() => stub.app({ storage: { file: '' } })).toThrow('initApp: invalid storage file (a path, in Node.js): ');
  });
});

describe('the responder style', () => {
  it('hands the result to handleResponse and still returns the promise', async () => {
    const handleResponse = vi.fn();
    const handleFault = vi.fn();
    const users = stub.app().UserService;
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
    await stub.app({ storage }).UserService.login(ALICE.email, 'wonderland', true, { handleResponse });
    expect(handleResponse).toHaveBeenCalledOnce();
    expect(storage.items.size).toBe(1);
  });

  it('hands a fault to handleFault and never leaves an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const faults: BackendlessError[] = [];
      const handleFault = (error: BackendlessError) => faults.push(error);
      const users = stub.app().UserService;
      void users.login(ALICE.email, 'wrong', { handleFault });
      void users.login('', 'x', { handleFault });
      // A token the stub.server never issued: its logout fails with 3064.
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
    expect((await rejection(stub.app().UserService.login(ALICE.email, 'wrong', { handleFault }))).code).toBe(3003);
    expect(handleFault).toHaveBeenCalledOnce();
  });

  it('an object passed as data is not mistaken for a responder', async () => {
    await stub.app().UserService.register({ email: 'd@example.com', password: 'pw', handleResponse: 'text' });
    expect(JSON.parse(stub.seen[0]!.body)).toMatchObject({ handleResponse: 'text' });
  });
});
