// The runtime against a broken or hostile server (Node transport): answers of the wrong shape, tokens that
// would break every later request, redirects, endless bodies, malformed stored sessions and credentials in
// the server URL. Each case must end in a BackendlessError naming the server by origin only, with the local
// session exactly as it was — and never a TypeError after the server has created a session.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BackendlessError,
  createBackendless,
  type BackendlessConfig,
  type WebStorageLike,
} from '../../runtime/index.ts';
import { rejection as rejectedWith } from '../helpers/rejection.ts';

const APP_ID = 'APP-1';
const API_KEY = 'KEY-1';
const KEY = `Backendless_${APP_ID}`;
const ALICE = { objectId: 'ALICE-ID', email: 'alice@wonderland.com', name: 'Alice' };
const MiB = 1024 * 1024;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let serverURL: string;
let handler: Handler;
let requests: string[];
let directory: string;

/** Answers every request with `value` as JSON (status 200). */
const answer =
  (value: unknown): Handler =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  };

/** A well-behaved login answer, with `token` as the user token. */
const loginAnswer = (token = 'TOKEN-1') => answer({ ...ALICE, ___class: 'Users', 'user-token': token });

function listen(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<Server> {
  const stub = createServer(handle);
  return new Promise((resolve) => stub.listen(0, '127.0.0.1', () => resolve(stub)));
}

async function close(stub: Server): Promise<void> {
  stub.closeAllConnections();
  await new Promise((resolve) => stub.close(resolve));
}

const origin = (stub: Server) => `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;

function memoryStorage(): WebStorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

function app(config: BackendlessConfig = {}) {
  return createBackendless({ appId: APP_ID, apiKey: API_KEY, serverURL, timeout: 10_000, ...config });
}

const rejection = (promise: Promise<unknown>) => rejectedWith(promise, BackendlessError);

/** `it.each` rows of one value each (it.each would spread a bare array value into several arguments). */
const cases = (...values: unknown[]) => values.map((value) => [value]);

beforeAll(async () => {
  server = await listen((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    handler(request, response);
  });
  serverURL = origin(server);
  directory = mkdtempSync(join(tmpdir(), 'runtime-hostile-'));
});

afterAll(async () => {
  await close(server);
  rmSync(directory, { recursive: true, force: true });
});

beforeEach(() => {
  requests = [];
  handler = loginAnswer();
});

afterEach(() => vi.restoreAllMocks());

describe('answers of the wrong shape', () => {
  it.each(cases(null, 'str', true, 42, [], [ALICE], {}, { ...ALICE }, { ...ALICE, 'user-token': 7 }))(
    'a 200 login answer of %j is a BackendlessError naming the server, and logs nobody in',
    async (value) => {
      handler = answer(value);
      const storage = memoryStorage();
      const users = app({ storage }).UserService;
      const error = await rejection(users.login(ALICE.email, 'wonderland', true));
      expect(error.message).toBe(`Backendless server ${serverURL}: HTTP 200 with an unexpected answer`);
      expect([error.code, error.status]).toEqual([undefined, 200]);
      expect([users.getCurrentUserToken(), users.loggedInUser(), storage.items.size]).toEqual([null, null, 0]);
    },
  );

  it.each(cases('false', 'true', 0, 1, null, {}, []))(
    'a 200 isValidLogin answer of %j is a BackendlessError, never a truthy non-boolean',
    async (value) => {
      const users = app().UserService;
      users.setCurrentUser({ objectId: 'X', 'user-token': 'T' });
      handler = answer(value);
      const error = await rejection(users.isValidLogin());
      expect(error.message).toBe(`Backendless server ${serverURL}: HTTP 200 with an unexpected answer`);
      expect(users.getCurrentUserToken()).toBe('T');
    },
  );

  it.each(cases(null, 'str', true, []))(
    'a 200 answer of %j to register or to a reloading getCurrentUser is a BackendlessError',
    async (value) => {
      const users = app().UserService;
      await users.login(ALICE.email, 'wonderland');
      handler = answer(value);
      const reload = await rejection(users.getCurrentUser(true));
      expect(reload.message).toBe(`Backendless server ${serverURL}: HTTP 200 with an unexpected answer`);
      expect(users.getCurrentUserToken()).toBe('TOKEN-1');
      const register = await rejection(users.register({ email: 'bob@example.com', password: 'pw' }));
      expect(register.message).toBe(reload.message);
    },
  );

  it('the answers a real server gives still pass: true / false, a user, an empty logout', async () => {
    const users = app().UserService;
    expect(await users.login(ALICE.email, 'wonderland')).toMatchObject({ ...ALICE, 'user-token': 'TOKEN-1' });
    handler = answer(false);
    expect(await users.isValidLogin()).toBe(false);
    handler = answer({ ...ALICE });
    expect(await users.getCurrentUser(true)).toMatchObject(ALICE);
    handler = (_request, response) => response.end();
    await users.logout();
    expect(users.getCurrentUserToken()).toBeNull();
  });
});

describe('answers of the wrong shape to the rest of the Users API', () => {
  type Call = (users: ReturnType<typeof app>['UserService']) => Promise<unknown>;
  const calls: [string, Call, unknown[]][] = [
    ['loginAsGuest', (users) => users.loginAsGuest(true), [null, 'str', [], {}, { ...ALICE }]],
    ['loginWithOauth2', (users) => users.loginWithOauth2('google', 'access', true), [null, {}, { ...ALICE }]],
    ['update', (users) => users.update({ objectId: 'X' }), [null, 'str', true, []]],
    ['findByRole', (users) => users.findByRole('Member'), [null, 'str', {}, [null], ['str'], [[]]]],
    ['getUserRoles', (users) => users.getUserRoles(), [null, 'str', {}]],
    ['describeUserClass', (users) => users.describeUserClass(), [null, 'str', {}]],
    ['verifyPassword', (users) => users.verifyPassword('pw'), [null, 'str', true, []]],
    ['createEmailConfirmationURL', (users) => users.createEmailConfirmationURL('a@x.com'), [null, 'str', []]],
    ['getAuthorizationUrlLink', (users) => users.getAuthorizationUrlLink('google'), [null, '', 42, {}, []]],
  ];

  it.each(calls)(
    '%s: a 200 answer of the wrong shape is a BackendlessError, and the session stays',
    async (_name, call, values) => {
      expect.hasAssertions();
      for (const value of values) {
        const storage = memoryStorage();
        const users = app({ storage }).UserService;
        users.setCurrentUser({ ...ALICE, 'user-token': 'TOKEN-0' }, true);
        const stored = [...storage.items];
        handler = answer(value);
        const error = await rejection(call(users));
        expect(error.message).toBe(`Backendless server ${serverURL}: HTTP 200 with an unexpected answer`);
        expect([error.code, error.status, error.body]).toEqual([undefined, 200, JSON.stringify(value)]);
        expect([users.getCurrentUserToken(), [...storage.items]]).toEqual(['TOKEN-0', stored]);
      }
    },
  );

  it('an HTML page where a user is expected is refused; an empty answer to register or update resolves', async () => {
    const users = app().UserService;
    handler = (_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>');
    for (const call of [users.register({ email: 'b@x.com', password: 'pw' }), users.update({ objectId: 'X' })]) {
      expect((await rejection(call)).message).toBe(
        `Backendless server ${serverURL}: HTTP 200 with an unexpected answer`,
      );
    }
    handler = (_request, response) => response.end();
    await expect(users.register({ email: 'b@x.com', password: 'pw' })).resolves.toBe('');
    await expect(users.update({ objectId: 'X' })).resolves.toBe('');
  });
});

describe('user tokens that would break every later request', () => {
  const badTokens = ['T\r\nX-Injected: yes', 'T\n', '\u0000', 'T O K', 'Tök', ''.padEnd(3, '\t')];

  it.each(badTokens)('a login answer with the token %j is refused and nothing is stored', async (token) => {
    handler = loginAnswer(token);
    const storage = memoryStorage();
    const users = app({ storage }).UserService;
    const error = await rejection(users.login(ALICE.email, 'wonderland', true));
    expect(error.message).toBe(`Backendless server ${serverURL}: HTTP 200 with an unexpected answer`);
    expect([users.getCurrentUserToken(), storage.items.size]).toEqual([null, 0]);
  });

  it.each(badTokens)(
    'setCurrentUserToken(%j) and setCurrentUser with it throw a clear error and change nothing',
    async (token) => {
      const storage = memoryStorage();
      const users = app({ storage }).UserService;
      await users.login(ALICE.email, 'wonderland', true);
      const stored = storage.items.get(KEY);
      const message = 'invalid user token: visible ASCII characters only';
      expect(() => users.setCurrentUserToken(token)).toThrow(new BackendlessError(message));
      expect(() => users.setCurrentUser({ objectId: 'U', 'user-token': token }, true)).toThrow(message);
      expect([users.getCurrentUserToken(), storage.items.get(KEY)]).toEqual(['TOKEN-1', stored]);
      // Every call still works, logout included.
      handler = answer(true);
      expect(await users.isValidLogin()).toBe(true);
      handler = (_request, response) => response.end();
      await users.logout();
      expect(users.getCurrentUserToken()).toBeNull();
    },
  );

  it('a token that is not text is refused too; null and empty still clear it, as in the SDK', () => {
    const users = app().UserService;
    users.setCurrentUser({ objectId: 'U', 'user-token': 'T' });
    expect(() => users.setCurrentUserToken(42 as unknown as string)).toThrow(BackendlessError);
    expect(() => users.setCurrentUser({ objectId: 'U', 'user-token': {} as string })).toThrow(BackendlessError);
    expect(users.getCurrentUserToken()).toBe('T');
    users.setCurrentUserToken('');
    expect(users.getCurrentUserToken()).toBeNull();
    expect(users.setCurrentUser({ objectId: 'U', 'user-token': undefined })).toMatchObject({ objectId: 'U' });
  });
});

describe('malformed stored sessions', () => {
  const malformed = ['123', '"x"', 'true', 'null', '[]', '[1]', '{"user-token":5}', '{"user-token":"T\\r\\nX: y"}'];

  it.each(malformed)(
    'a localStorage record %s reads as no session, says so once, and a stayLoggedIn login replaces it',
    async (record) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const storage = memoryStorage();
      storage.setItem(KEY, record);
      const users = app({ storage }).UserService;
      expect([users.getCurrentUserToken(), users.loggedInUser()]).toEqual([null, null]);
      const user = await users.login(ALICE.email, 'wonderland', true);
      expect(user['user-token']).toBe('TOKEN-1');
      expect(JSON.parse(storage.items.get(KEY)!)).toEqual({
        stayLoggedIn: true,
        'user-token': 'TOKEN-1',
        'current-user-id': ALICE.objectId,
      });
      expect(app({ storage }).UserService.getCurrentUserToken()).toBe('TOKEN-1');
      expect(warn).toHaveBeenCalledOnce();
      expect(warn.mock.calls[0]!.join(' ')).toBe(`codeless-blocks runtime: malformed session record ${KEY} ignored`);
    },
  );

  it.each(['123', '"x"', 'true', 'null', '[]', '{"Backendless_APP-1":5}', `{"${KEY}":"[]"}`])(
    'a session file holding %s reads as no session, and a stayLoggedIn login writes a proper one',
    async (content) => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const file = join(directory, `malformed-${content.length}-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(file, content);
      const users = app({ storage: { file } }).UserService;
      expect(users.getCurrentUserToken()).toBeNull();
      await users.login(ALICE.email, 'wonderland', true);
      expect(JSON.parse(JSON.parse(readFileSync(file, 'utf8'))[KEY])).toMatchObject({ 'user-token': 'TOKEN-1' });
      expect(app({ storage: { file } }).UserService.getCurrentUserToken()).toBe('TOKEN-1');
      expect(console.warn).toHaveBeenCalled();
    },
  );
});

describe('redirects', () => {
  it('a redirect to another server is not followed: the user token never reaches it', async () => {
    const elsewhere: string[] = [];
    const other = await listen((request, response) => {
      elsewhere.push(String(request.headers['user-token']));
      response.writeHead(200, { 'content-type': 'application/json' }).end('true');
    });
    try {
      handler = (_request, response) => response.writeHead(302, { location: `${origin(other)}/steal` }).end();
      const users = app().UserService;
      users.setCurrentUser({ objectId: 'U', 'user-token': 'SECRET-TOKEN' });
      const error = await rejection(users.isValidLogin());
      expect(error.message).toBe(`Backendless server ${serverURL}: redirect refused`);
      expect(error.status).toBe(302);
      expect(elsewhere).toEqual([]);
    } finally {
      await close(other);
    }
  });
});

describe('an answer too large to hold', () => {
  /** Streams up to `total` bytes of a JSON string (declared up front when `declare`); counts what it wrote. */
  function endless(total: number, declare: boolean) {
    const sent = { bytes: 0, ended: false };
    const handle: Handler = (_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        ...(declare ? { 'content-length': String(total) } : {}),
      });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      chunk[0] = 0x22; // '"': the body is one long JSON string
      const pump = () => {
        while (sent.bytes < total && !response.destroyed) {
          sent.bytes += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        sent.ended = true;
        response.end();
      };
      response.on('close', () => (sent.ended = true));
      pump();
    };
    return { sent, handle };
  }

  it.each([
    ['with a content-length of 700 MB', true],
    ['streamed without a length', false],
  ])(
    'a 700 MB answer %s fails early with a clear error, reading at most a little over the cap',
    async (_name, declare) => {
      const { sent, handle } = endless(700 * MiB, declare);
      handler = handle;
      const rssBefore = process.memoryUsage().rss;
      const error = await rejection(app().UserService.login(ALICE.email, 'wonderland'));
      expect(error.message).toBe(`Backendless server ${serverURL}: answer over 16 MiB, not read`);
      await vi.waitFor(() => expect(sent.ended).toBe(true));
      expect(sent.bytes).toBeLessThan(64 * MiB);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * MiB);
      // The connection is dropped, the client is fine.
      handler = loginAnswer();
      expect(await app().UserService.login(ALICE.email, 'wonderland')).toMatchObject(ALICE);
    },
  );
});

describe('credentials in the server URL', () => {
  it.each(['http://admin:s3cret@127.0.0.1:1', 'https://admin:s3cret@eu-api.backendless.com', 'http://:s3cret@x'])(
    'serverURL %s is refused before anything is sent, without printing the password',
    async (url) => {
      const error = await rejection(app({ serverURL: url }).UserService.login(ALICE.email, 'wonderland'));
      expect(error.message).toBe(
        'Backendless serverURL must start with http:// or https:// and hold no user name or password',
      );
      const seen = JSON.stringify({ message: error.message, cause: String(error.cause), stack: error.stack });
      expect(seen).not.toContain('s3cret');
      expect(seen).not.toContain(API_KEY);
      const domain = await rejection(createBackendless().initApp(url).UserService.logout());
      expect(domain.message).toBe(error.message);
    },
  );

  it('a domain without a scheme is refused without printing a password in it', () => {
    expect(() => createBackendless().initApp('admin:s3cret@example.com')).toThrow(
      new BackendlessError('initApp: invalid domain: ***@example.com'),
    );
  });
});
