// The runtime in a real browser (Debian's Chromium) against a hostile server: a redirect to another origin must
// not carry the user token there nor let that origin answer for the server, an endless answer must stop at the
// size limit, a server that stalls must time out, and no error may show the API key. And the SDK shape holds there
// too: users are Backendless.User instances, a server error carries its code, status, headers and body. The page loads the runtime as a host's bundler would build it
// (Vite); three loopback servers on three ports are three origins: the page, the "Backendless" server, and an
// attacker's.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const APP_ID = 'APP-1';
const API_KEY = 'SECRET-API-KEY';
const MiB = 1024 * 1024;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** CORS as Backendless answers it: any origin, our two headers. */
const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'user-token, content-type',
  'access-control-allow-methods': 'GET, POST, PUT',
};

function listen(handle: Handler): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    handle(request, response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function close(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** The runtime as one ES module, built by Vite the way a host's build would. */
async function runtimeBundle(): Promise<string> {
  const result = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: `${root}runtime/index.ts`, formats: ['es'], fileName: 'runtime' },
    },
  })) as Rollup.RollupOutput[];
  const chunks = result.flatMap((output) => output.output).filter((chunk) => chunk.type === 'chunk');
  expect(chunks).toHaveLength(1);
  return (chunks[0] as Rollup.OutputChunk).code;
}

let browser: Browser;
let page: Page;
let pageServer: Server;
let backend: Server;
let attacker: Server;
let backendHandler: Handler;
/** The user-token headers the attacker's server received. */
const stolen: string[] = [];

beforeAll(async () => {
  const bundle = await runtimeBundle();
  pageServer = await listen((request, response) => {
    if (request.url === '/runtime.js') {
      return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    }
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        `<!doctype html><title>runtime</title><script type="module">import * as runtime from '/runtime.js'; window.runtime = runtime;</script>`,
      );
  });
  backend = await listen((request, response) => backendHandler(request, response));
  attacker = await listen((request, response) => {
    stolen.push(String(request.headers['user-token']));
    response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('true');
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(origin(pageServer));
  await page.waitForFunction(() => 'runtime' in window);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([close(pageServer), close(backend), close(attacker)]);
});

interface Outcome {
  result?: unknown;
  /** For a result that is a list: whether each item is a Backendless.User of the app. */
  users?: boolean[];
  error?: { name: string; message: string; status: unknown; cause: string; fields?: string[]; [key: string]: unknown };
}

/**
 * Runs `UserService[call](...args)` in the page for a user holding `token`, against `serverURL` (with `timeout`
 * when given); returns what came back.
 */
function callInPage(
  serverURL: string,
  token: string,
  call = 'isValidLogin',
  args: unknown[] = [],
  timeout?: number,
): Promise<Outcome> {
  return page.evaluate(
    async ({ serverURL, token, appId, apiKey, call, args, timeout }) => {
      const { createBackendless } = (window as unknown as { runtime: typeof import('../../runtime/index.ts') }).runtime;
      const app = createBackendless({ appId, apiKey, serverURL, storage: 'memory', ...(timeout ? { timeout } : {}) });
      app.UserService.setCurrentUser({ objectId: 'U', 'user-token': token });
      const users = app.UserService as unknown as Record<string, (...values: unknown[]) => Promise<unknown>>;
      try {
        const result = await users[call]!(...args);
        return { result, users: Array.isArray(result) ? result.map((item) => item instanceof app.User) : undefined };
      } catch (caught) {
        const error = caught as Error & Record<string, unknown>;
        return {
          error: {
            name: error.name,
            message: error.message,
            status: error.status,
            cause: String(error.cause),
            fields: Object.keys(error),
            code: error.code,
            body: error.body,
            headers: error.headers,
          },
        };
      }
    },
    { serverURL, token, appId: APP_ID, apiKey: API_KEY, call, args, timeout },
  );
}

const isValidLoginInPage = (serverURL: string, token: string) => callInPage(serverURL, token);

describe('the runtime in Chromium against a hostile server', () => {
  it('refuses a redirect to another origin: the token stays home and the other origin does not answer', async () => {
    backendHandler = (_request, response) => {
      response.writeHead(302, { ...cors, location: `${origin(attacker)}/steal` }).end();
    };
    const outcome = await isValidLoginInPage(origin(backend), 'SECRET-USER-TOKEN');
    expect(outcome.error).toMatchObject({
      name: 'BackendlessError',
      message: `Backendless server ${origin(backend)}: redirect refused`,
      status: undefined,
      cause: 'undefined',
    });
    expect(stolen).toEqual([]);
  });

  it('stops reading an endless answer at the size limit, with a clear error', async () => {
    const sent = { bytes: 0, closed: false };
    backendHandler = (_request, response) => {
      response.writeHead(200, { ...cors, 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (sent.bytes < 700 * MiB && !response.destroyed) {
          sent.bytes += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => (sent.closed = true));
      pump();
    };
    const outcome = await isValidLoginInPage(origin(backend), 'TOKEN');
    expect(outcome.error?.message).toBe(`Backendless server ${origin(backend)}: answer over 16 MiB, not read`);
    // The page dropped the connection: the server stopped soon after the limit.
    await vi.waitFor(() => expect(sent.closed).toBe(true), { timeout: 10_000 });
    expect(sent.bytes).toBeLessThan(64 * MiB);
  });

  it('never shows the API key or a password from the server URL in an error', async () => {
    expect.hasAssertions();
    for (const serverURL of ['http://exa mple.com', 'http://admin:s3cret@127.0.0.1:1', `${origin(backend)}:99999`]) {
      const outcome = await isValidLoginInPage(serverURL, 'TOKEN');
      expect(outcome.error?.name).toBe('BackendlessError');
      expect(JSON.stringify(outcome)).not.toMatch(/SECRET-API-KEY|s3cret/);
    }
  });

  it('gives up on a server that never answers, or stops half-way through the body, after the timeout', async () => {
    const stalled: ServerResponse[] = [];
    backendHandler = (_request, response) => void stalled.push(response);
    const silent = await callInPage(origin(backend), 'TOKEN', 'isValidLogin', [], 400);
    expect(silent.error?.message).toBe(`Backendless server ${origin(backend)}: no answer within 400 ms`);
    backendHandler = (_request, response) => {
      stalled.push(response);
      response.writeHead(200, { ...cors, 'content-type': 'application/json', 'content-length': '100' });
      response.write('[{"objectId":');
    };
    const halfWay = await callInPage(origin(backend), 'TOKEN', 'findByRole', ['Member'], 400);
    expect(halfWay.error?.message).toBe(`Backendless server ${origin(backend)}: no answer within 400 ms`);
    expect([halfWay.error?.status, halfWay.error?.code]).toEqual([undefined, undefined]);
    for (const response of stalled) response.destroy();
  });
});

describe('the SDK shape in Chromium', () => {
  it('users come back as Backendless.User instances; a server error has its code, status, headers and body', async () => {
    const found = [{ objectId: 'A', email: 'a@x.com' }];
    backendHandler = (_request, response) => {
      response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(found));
    };
    const success = await callInPage(origin(backend), 'TOKEN', 'findByRole', ['Member', true]);
    expect(success).toEqual({ result: [{ ___class: 'Users', ...found[0] }], users: [true] });

    const refusal = { code: 3054, message: 'Operation allowed only for BL logic.' };
    backendHandler = (_request, response) => {
      response.writeHead(400, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(refusal));
    };
    const failure = await callInPage(origin(backend), 'TOKEN', 'disableUser', ['A']);
    expect(failure.error).toMatchObject({
      name: 'BackendlessError',
      ...refusal,
      status: 400,
      body: refusal,
      headers: { 'content-type': 'application/json' },
      fields: ['message', 'code', 'status', 'headers', 'body'],
    });
  });
});
