// The HTTP front of the emulator: Backendless's REST paths for the user service, under both base forms
// (`/<app-id>/<api-key>/…` and the domain form `/api/…`), plus the admin routes under `/_emulator/…`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdminRequest } from './admin.ts';
import type { EmulatedApp } from './app.ts';
import { errors } from './errors.ts';
import {
  applyCors,
  isOwnRoute,
  isTrustedOrigin,
  mustCloseConnection,
  readJsonObject,
  sendEmpty,
  sendError,
  sendJson,
} from './http.ts';

/** What the request handler needs besides the app: the URL it is reachable at. */
export interface RequestContext {
  app: EmulatedApp;
  /** The serverURL clients use, e.g. `http://127.0.0.1:40123`. */
  serverURL: () => string;
}

/** Builds the `node:http` request listener. It never throws: every failure is answered as JSON. */
export function createRequestListener(
  context: RequestContext,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    applyCors(request, response);
    route(context, request, response).catch((error: unknown) => {
      if (mustCloseConnection(error)) {
        // Part of the body was never read: answer, then drop the connection instead of draining it.
        // The socket is captured now: by 'finish' the request may already be detached from it.
        const socket = request.socket;
        response.setHeader('Connection', 'close');
        response.once('finish', () => socket?.destroy());
      }
      sendError(response, error);
    });
  };
}

async function route(context: RequestContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = request.method ?? 'GET';
  // A page on another site must not reset, read or change the emulator through the browser of someone who
  // runs it: browsers send Origin with every cross-origin write, even the "simple" ones no preflight guards.
  const origin = request.headers.origin;
  if (origin && isOwnRoute(request.url) && !isTrustedOrigin(origin, request.headers.host)) {
    throw errors.untrustedOrigin(origin);
  }
  if (method === 'OPTIONS') {
    sendEmpty(response, 204);
    return;
  }
  const segments = pathSegments(request.url ?? '/');
  const path = `/${segments.join('/')}`;

  if (segments[0] === '_emulator') {
    await handleAdminRequest(context, request, response, segments.slice(1));
    return;
  }
  if (segments.length === 0) {
    sendJson(response, 200, describe(context));
    return;
  }

  let rest: string[];
  if (segments[0] === 'api') {
    // The domain form: an app's own host, no keys in the URL.
    rest = segments.slice(1);
  } else {
    if (segments.length < 2) throw errors.unknownRoute(method, path);
    const [appId, apiKey] = segments as [string, string];
    if (!sameKey(appId, context.app.appId) || !sameKey(apiKey, context.app.apiKey)) {
      throw isLogoutPath(segments.slice(2)) ? errors.wrongApplicationOnLogout() : errors.wrongApplication();
    }
    rest = segments.slice(2);
  }
  await handleUserService(context, request, response, rest, method, path);
}

async function handleUserService(
  { app, serverURL }: RequestContext,
  request: IncomingMessage,
  response: ServerResponse,
  rest: string[],
  method: string,
  path: string,
): Promise<void> {
  const userToken = headerToken(request);
  const [first, second, third, ...more] = rest;
  const expect = (allowed: string): void => {
    if (method !== allowed && !(allowed === 'GET' && method === 'HEAD')) throw errors.methodNotAllowed(method, path);
  };

  if (first === 'info' && second === undefined) {
    expect('GET');
    sendJson(response, 200, app.info(userToken, serverURL()));
    return;
  }
  if (first === 'users' && more.length === 0) {
    if (second === 'login' && third === undefined) {
      expect('POST');
      // A stale user-token header is ignored here (DESIGN §4): login must work after a failed logout.
      sendJson(response, 200, await app.login(await readJsonObject(request)));
      return;
    }
    if (second === 'logout' && third === undefined) {
      expect('GET');
      await app.logout(userToken);
      sendEmpty(response);
      return;
    }
    if (second === 'isvalidusertoken' && third !== undefined) {
      expect('GET');
      sendJson(response, 200, app.isValidUserToken(third));
      return;
    }
    if (second === 'register' && third === undefined) {
      expect('POST');
      sendJson(response, 200, await app.register(await readJsonObject(request)));
      return;
    }
  }
  if (first === 'data' && second?.toLowerCase() === 'users' && third !== undefined && more.length === 0) {
    expect('GET');
    sendJson(response, 200, app.getUser(third, userToken));
    return;
  }
  throw errors.unknownRoute(method, path);
}

/** The `user-token` header, or undefined when absent or blank. */
function headerToken(request: IncomingMessage): string | undefined {
  const value = request.headers['user-token'];
  const token = (Array.isArray(value) ? value[0] : value)?.trim();
  return token === undefined || token === '' ? undefined : token;
}

/** App ids and API keys are UUIDs; Backendless accepts them in either case. */
function sameKey(given: string, expected: string): boolean {
  return given.toLowerCase() === expected.toLowerCase();
}

function isLogoutPath(rest: string[]): boolean {
  return rest.length === 2 && rest[0] === 'users' && rest[1] === 'logout';
}

/** Decoded, non-empty path segments; a malformed escape is a 400, not a crash. */
function pathSegments(url: string): string[] {
  const pathname = url.split('?')[0]!.split('#')[0]!;
  try {
    return pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    throw errors.invalidParameter(`: the path ${JSON.stringify(pathname.slice(0, 200))} has a malformed %-escape`);
  }
}

/** `GET /`: how to reach the app, for a person who opens the URL in a browser. */
function describe({ app, serverURL }: RequestContext): Record<string, unknown> {
  return {
    name: 'codeless-blocks Backendless emulator',
    serverURL: serverURL(),
    appId: app.appId,
    apiKey: app.apiKey,
    appBase: `${serverURL()}/${app.appId}/${app.apiKey}`,
    domainBase: `${serverURL()}/api`,
    admin: `${serverURL()}/_emulator`,
  };
}
