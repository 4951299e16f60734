// HTTP plumbing shared by the Backendless routes and the admin routes: CORS, reading a bounded JSON
// body, and answering JSON or Backendless-style errors.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EmulatorError, errors } from './errors.ts';

/** Largest request body the emulator reads (1 MiB); anything larger is refused with 413 / 8002. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Deepest JSON nesting accepted in a body; a user object never needs more. */
export const MAX_JSON_DEPTH = 32;

// Headers a browser client may send. The SDK sends `user-token` and `content-type`; the others are
// what older SDKs and REST clients send, harmless to allow.
const ALLOWED_HEADERS = 'user-token, content-type, application-id, secret-key, application-type, api-version';

/**
 * Whether a browser page at `origin` may use the emulator's own routes (`/` and `/_emulator/…`: users, passwords,
 * reset, the API key). Unlike the Backendless routes, which any page may call as it calls Backendless, these
 * answer only pages of this machine: a loopback origin, or an origin on the very IP address the request was sent
 * to (the playground opened over the LAN). A DNS name that merely resolves here does not count (DNS rebinding).
 */
export function isTrustedOrigin(origin: string, host: string | undefined): boolean {
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return false;
  }
  if (/^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i.test(hostname)) return true;
  const isIpAddress = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i.test(hostname);
  return isIpAddress && host !== undefined && hostname === hostOf(host);
}

function hostOf(hostHeader: string): string {
  return hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.split(':')[0]!;
}

/** True for the emulator's own routes: its description (`/`) and its admin API (`/_emulator/…`). */
export function isOwnRoute(url: string | undefined): boolean {
  const path = (url ?? '/').split(/[?#]/)[0]!;
  return /^\/+$/.test(path) || /^\/+_emulator(\/|$)/i.test(path);
}

/**
 * Adds the CORS headers. The Backendless routes allow every origin, as Backendless does (a page calls them with
 * the app's public API key); the emulator's own routes name only a trusted origin (see `isTrustedOrigin`), so a
 * page on any other site can neither read them nor pass a preflight to change them.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  if (isOwnRoute(request.url)) {
    if (!origin || !isTrustedOrigin(origin, request.headers.host)) return;
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Vary', 'Origin');
  } else {
    response.setHeader('Access-Control-Allow-Origin', '*');
  }
  response.setHeader('Access-Control-Expose-Headers', 'Content-Type, Content-Length');
  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    response.setHeader('Access-Control-Max-Age', '600');
    // Chrome's Private Network Access: a page served from a public origin asks before calling localhost.
    if (request.headers['access-control-request-private-network'] === 'true') {
      response.setHeader('Access-Control-Allow-Private-Network', 'true');
    }
  }
}

/** Sends a JSON body (any JSON value, including the bare literals `true` / `false`). */
export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/** Sends 200 with no body (what Backendless answers to logout). */
export function sendEmpty(response: ServerResponse, status = 200): void {
  response.writeHead(status, { 'Content-Length': 0, 'Cache-Control': 'no-store' });
  response.end();
}

/** Sends an error as `{ code, message }`; anything that is not an EmulatorError becomes a 500. */
export function sendError(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const emulatorError =
    error instanceof EmulatorError
      ? error
      : new EmulatorError(3027, `Unknown error: ${error instanceof Error ? error.message : String(error)}`, 500);
  sendJson(response, emulatorError.status, emulatorError.toJSON());
}

/**
 * Reads a request body as a JSON object: requires `Content-Type: application/json`, stops reading past
 * {@link MAX_BODY_BYTES}, rejects invalid UTF-8, invalid JSON, nesting deeper than
 * {@link MAX_JSON_DEPTH} and anything that is not an object — each as an 8002 error.
 */
export async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json') {
    throw errors.unparsableRequest(
      `Content-Type must be application/json (got ${contentType === '' ? 'none' : JSON.stringify(contentType.slice(0, 100))})`,
      415,
    );
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw bodyTooLarge();

  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > MAX_BODY_BYTES) throw bodyTooLarge();
    chunks.push(chunk);
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw errors.unparsableRequest('the body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw errors.unparsableRequest(`the body is not valid JSON (${(error as Error).message.slice(0, 200)})`);
  }
  if (jsonDepth(value) > MAX_JSON_DEPTH) {
    throw errors.unparsableRequest(`the JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw errors.unparsableRequest('the body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** Marks an error raised mid-body: the rest of the body is not read, so the connection must close. */
function bodyTooLarge(): EmulatorError {
  const error = errors.unparsableRequest(`the body is larger than ${MAX_BODY_BYTES} bytes`, 413);
  (error as EmulatorError & { closeConnection?: boolean }).closeConnection = true;
  return error;
}

/** True when answering this error must also close the connection (part of the body is unread). */
export function mustCloseConnection(error: unknown): boolean {
  return (error as { closeConnection?: boolean } | null)?.closeConnection === true;
}

/** Nesting depth of a parsed JSON value, measured without recursion (a hostile body cannot blow the stack). */
export function jsonDepth(root: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}
