// A small node:http stand-in for Backendless that the runtime tests call: it logs every request (`seen`) and
// answers like the user service does (`backendlessLikeHandler`), or as a test's own `handler` says. Each test file
// calls useStubBackend() once: the stub listens for the file, and every test starts with the default handler.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { BackendlessError, createBackendless, type BackendlessApp, type WebStorageLike } from '../../runtime/index.ts';
import { rejection as rejectedWith } from './rejection.ts';

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (request: SeenRequest, response: ServerResponse, socket: Socket) => void;

export const APP_ID = 'APP-1';
export const API_KEY = 'KEY-1';
export const ALICE = { objectId: 'ALICE-ID', email: 'alice@wonderland.com', name: 'Alice', ___class: 'Users' };

/** A stand-in for Backendless: logs every request and answers like the user service does. */
export function backendlessLikeHandler(): Handler {
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

/** The stub of one test file: where it listens, what it saw, and the handler answering the current test. */
export interface StubBackend {
  readonly server: Server;
  readonly url: string;
  readonly seen: SeenRequest[];
  handler: Handler;
  /** Starts another stub server (on `port`, 0 for any), answering with the current handler. */
  listen(port?: number): Promise<Server>;
  /** An app of the runtime configured for the stub (APP_ID, API_KEY, its URL), `config` overriding. */
  app(config?: Partial<Parameters<typeof createBackendless>[0]>): BackendlessApp;
}

/** Starts the file's stub before its tests and stops it after them; each test starts with a fresh default handler. */
export function useStubBackend(): StubBackend {
  let server: Server | undefined;
  const seen: SeenRequest[] = [];
  const stub: StubBackend = {
    get server() {
      if (!server) throw new Error('the stub backend is not listening yet (beforeAll)');
      return server;
    },
    get url() {
      return `http://127.0.0.1:${portOf(stub.server)}`;
    },
    seen,
    handler: backendlessLikeHandler(),
    listen(port = 0) {
      const http = createServer((request, response) => {
        let body = '';
        request.setEncoding('utf8');
        request.on('data', (chunk: string) => (body += chunk));
        request.on('end', () => {
          const entry = { method: request.method!, path: request.url!, headers: request.headers, body };
          seen.push(entry);
          stub.handler(entry, response, request.socket);
        });
      });
      return new Promise((resolve) => http.listen(port, '127.0.0.1', () => resolve(http)));
    },
    app: (config = {}) => createBackendless({ appId: APP_ID, apiKey: API_KEY, serverURL: stub.url, ...config }),
  };
  beforeAll(async () => {
    server = await stub.listen();
  });
  afterAll(() => (server ? closeServer(server) : undefined));
  beforeEach(() => {
    stub.handler = backendlessLikeHandler();
    seen.length = 0;
  });
  return stub;
}

export function closeServer(stub: Server): Promise<void> {
  stub.closeAllConnections();
  return new Promise((resolve) => stub.close(() => resolve()));
}

export const portOf = (stub: Server): number => (stub.address() as AddressInfo).port;

/** The BackendlessError a promise rejects with (fails the test when it resolves or rejects otherwise). */
export const rejection = (promise: Promise<unknown>): Promise<BackendlessError> =>
  rejectedWith(promise, BackendlessError);

export function memoryStorage(): WebStorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}
