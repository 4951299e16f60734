// An emulator answered in process: the same app and Fastify server `startEmulator` builds, never listening. Requests
// go through `server.inject` (no port, no socket, no process), so a route's behaviour is tested in the unit project
// and nothing can collide with a port another program holds. `fetch` and `request` take the shapes the route
// tests already use (WHATWG fetch, and the raw request of emulator-http.ts), with the URL's host as the Host header.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildEmulator, type EmulatorOptions } from '../../emulator/build.ts';
import type { EmulatedApp } from '../../emulator/app.ts';
import type { RawReply, RawRequestInit } from './emulator-http.ts';

/** Where an in-process emulator says it is: a loopback URL no socket listens on (inject needs none). */
export const IN_PROCESS_URL = 'http://127.0.0.1';

/** What {@link InProcessEmulator.call} answers. */
export interface JsonReply {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
}

/** An emulator built in process, with the fields of a started one and ways to call it without a socket. */
export interface InProcessEmulator {
  url: string;
  appId: string;
  apiKey: string;
  serverKey: string;
  app: EmulatedApp;
  /** WHATWG fetch, answered by the emulator (only the URL's path, query and host are used). */
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
  /**
   * `method` on `url` (a path of the emulator, or a whole URL) with an optional JSON body; the answer with its body
   * parsed as JSON when it is JSON. Redirects are answered, never followed.
   */
  call(method: string, url: string, json?: unknown, headers?: Record<string, string>): Promise<JsonReply>;
  /** One request exactly as given (path not normalised; any Host), like emulator-http.ts's rawRequest. */
  request(path: string, init?: RawRequestInit & { remoteAddress?: string }): Promise<RawReply>;
  close(): Promise<void>;
}

/** Builds an emulator from `options` (as startEmulator takes them; port and host are ignored). */
export async function inProcessEmulator(options: EmulatorOptions = {}): Promise<InProcessEmulator> {
  const { app, server } = await buildEmulator(options);
  app.serverURL = IN_PROCESS_URL;
  await server.ready();
  const host = new URL(IN_PROCESS_URL).host;

  async function request(path: string, init: RawRequestInit & { remoteAddress?: string } = {}): Promise<RawReply> {
    const headers: Record<string, string> = { host };
    for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const reply = await server.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: path,
      headers,
      payload: init.body,
      remoteAddress: init.remoteAddress ?? '127.0.0.1',
    });
    const text = reply.body;
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: the text is the body
    }
    const replyHeaders: RawReply['headers'] = {};
    for (const [name, value] of Object.entries(reply.headers))
      replyHeaders[name] = typeof value === 'number' ? String(value) : value;
    return { status: reply.statusCode, headers: replyHeaders, body, text };
  }

  async function fetch(input: string | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(input);
    const headers: Record<string, string> = { host: url.host };
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    if (init.body !== undefined && init.body !== null && typeof init.body !== 'string')
      throw new TypeError('in-process fetch takes string bodies only');
    if (typeof init.body === 'string' && headers['content-type'] === undefined)
      headers['content-type'] = 'text/plain;charset=UTF-8';
    const reply = await server.inject({
      method: (init.method ?? 'GET') as 'GET',
      url: `${url.pathname}${url.search}`,
      headers,
      payload: init.body ?? undefined,
      remoteAddress: '127.0.0.1',
    });
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(reply.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [String(value)]) responseHeaders.append(name, one);
    }
    const nullBody = reply.statusCode === 204 || reply.statusCode === 304 || init.method === 'HEAD';
    return new Response(nullBody ? null : new Uint8Array(reply.rawPayload), {
      status: reply.statusCode,
      headers: responseHeaders,
    });
  }

  async function call(method: string, url: string, json?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(url.startsWith('http') ? url : `${IN_PROCESS_URL}${url}`, {
      method,
      headers: json === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // an HTML page or an empty answer
    }
    return { status: response.status, body, text, headers: response.headers };
  }

  let closing: Promise<void> | undefined;
  return {
    url: IN_PROCESS_URL,
    appId: app.appId,
    apiKey: app.apiKey,
    serverKey: app.serverKey,
    app,
    fetch,
    call,
    request,
    close() {
      closing ??= (async () => {
        await server.close();
        await app.close();
      })();
      return closing;
    },
  };
}

/**
 * One in-process emulator for a test file's tests: built before them, back to its start (`POST /_emulator/reset`:
 * the seed, no sessions or e-mails, the initial settings) before each, closed after them. The handle it returns is
 * usable once the file's tests run (a hook or a test), not while they are being declared.
 */
export function useInProcessEmulator(options: EmulatorOptions = {}): InProcessEmulator {
  let built: InProcessEmulator | undefined;
  const current = (): InProcessEmulator => {
    if (built === undefined) throw new Error('useInProcessEmulator: the emulator is built before the first test');
    return built;
  };
  beforeAll(async () => {
    built = await inProcessEmulator(options);
  });
  beforeEach(async () => {
    const reset = await current().call('POST', '/_emulator/reset');
    if (reset.status !== 200) throw new Error(`the emulator did not reset: ${reset.status} ${reset.text}`);
  });
  afterAll(async () => {
    await built?.close();
  });
  return {
    get url() {
      return current().url;
    },
    get appId() {
      return current().appId;
    },
    get apiKey() {
      return current().apiKey;
    },
    get serverKey() {
      return current().serverKey;
    },
    get app() {
      return current().app;
    },
    fetch: (input, init) => current().fetch(input, init),
    call: (method, url, json, headers) => current().call(method, url, json, headers),
    request: (path, init) => current().request(path, init),
    close: () => current().close(),
  };
}
