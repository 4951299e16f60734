// Every call of the Users API through our runtime and the official SDK (v8) side by side, against one stub server
// that records what arrives and answers what each case says: `both(call, answer)` runs a case on a fresh client of
// each and checks that the same requests arrived and the same result (or error message) came back.
import Sdk from 'backendless';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, vi } from 'vitest';
import { createBackendless } from '../../runtime/index.ts';

export const APP_ID = 'APP-CALLS';
export const API_KEY = 'KEY-CALLS';
export const TOKEN = 'USER-TOKEN-1';
export const BOB = { email: 'foo@bar.com', password: '123456', name: 'Bob Miller' };
export const SAVED_BOB = { ___class: 'Users', objectId: 'BOB-ID', email: 'foo@bar.com', name: 'Bob Miller' };

/** A request as the stub saw it: the path percent-decoded (the SDK leaves `@` as it is, we escape it). */
export interface Seen {
  method: string;
  path: string;
  rawPath: string;
  token: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/** What the stub answers: a status, a body (JSON unless `text`) and extra headers. */
export interface Answer {
  status?: number;
  json?: unknown;
  text?: string;
}

type AnyCall = (...args: unknown[]) => Promise<unknown>;
/** The slice of UserService both clients have; the calls are looked up by name. */
export type Users = Record<string, AnyCall> & {
  setCurrentUser(user: object | null, stayLoggedIn?: boolean): unknown;
  getCurrentUserToken(): string | null;
};
/** One client: its UserService and its own User class. */
export interface Client {
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

export const clients = [officialSdk, ourRuntime];

/** A user object as the program sees it, without its class: what must be equal between the clients. */
export const plain = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(plain) : value && typeof value === 'object' ? { ...value } : value;

export interface Outcome {
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
export async function outcome(
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
export async function both(
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

/**
 * Starts the file's stub before its tests (keeping the SDK's app-info complaints off the console) and stops it after
 * them; each test starts with nothing seen and nothing to answer. Call once, at the top of a file.
 */
export function useCallsStub(): void {
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
}
