// Who may call what. The Backendless routes answer everyone, from any page, as Backendless does (a page calls
// them with the app's public API key). The emulator's own routes — its start page (`/`, which shows the API key)
// and its admin API (`/_emulator/…`: users, passwords, reset) — answer this machine only: the request must be
// addressed to a loopback name (a foreign name in the Host header is DNS rebinding: a site whose name now
// resolves here), and a browser page must be on a loopback origin or the very IP address the request went to.
// The decision is made once per request from the route that answers it (routes carry their scope), after the
// router has decoded the path — so `/%5Femulator/users` is judged as the admin route it reaches.
import type { FastifyCorsOptions } from '@fastify/cors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errors } from '../errors.ts';

/** Who a route answers: everyone (`backendless`) or this machine only (`local`). */
export type RouteScope = 'backendless' | 'local';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who the route answers; routes without one are Backendless routes. */
    scope?: RouteScope;
  }
}

// Headers a browser client may send. The SDK sends `user-token` and `content-type`; the others are what older
// SDKs and REST clients send, harmless to allow.
const ALLOWED_HEADERS = 'user-token, content-type, application-id, secret-key, application-type, api-version';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

// localhost and its subdomains (browsers resolve them to loopback themselves, RFC 6761), 127.0.0.0/8, [::1];
// with or without a port.
const LOOPBACK_HOST = /^(?:localhost|(?:[a-z0-9-]+\.)+localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

/** The scope of the route that answers `request`. */
export function scopeOf(request: FastifyRequest): RouteScope {
  return request.routeOptions.config.scope ?? 'backendless';
}

/** True when a Host header names this machine by a loopback name (what a DNS-rebinding page cannot send). */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host);
}

/**
 * Whether a browser page at `origin` may use the emulator's own routes: a loopback origin, or an origin on the
 * very IP address the request was sent to. A DNS name that merely resolves here does not count (DNS rebinding).
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

/**
 * The `onRequest` check, before CORS and before any body is read: a local route refuses a foreign Host (403)
 * and a foreign page (403, with no CORS header, so the page cannot even read the refusal). Browsers send Origin
 * with every cross-origin write, even the "simple" ones no preflight guards. Also grants Chrome's
 * private-network preflight wherever CORS is granted.
 */
export async function checkAccess(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const { host, origin } = request.headers;
  const scope = scopeOf(request);
  if (scope === 'local') {
    if (!isLoopbackHost(host)) throw errors.untrustedHost(host);
    if (origin !== undefined && !isTrustedOrigin(origin, host)) throw errors.untrustedOrigin(origin);
  }
  // A page on a public origin asks before it calls a private address (Chrome's Private Network Access).
  const grantsCors = scope === 'backendless' || origin !== undefined;
  if (
    request.method === 'OPTIONS' &&
    grantsCors &&
    request.headers['access-control-request-private-network'] === 'true'
  ) {
    reply.header('Access-Control-Allow-Private-Network', 'true');
  }
}

/**
 * The CORS answer for a request (given to `@fastify/cors` per request): every origin on the Backendless routes;
 * on local routes only the page's own origin, which {@link checkAccess} has already found trusted.
 */
export function corsOptions(request: FastifyRequest): FastifyCorsOptions {
  const origin = scopeOf(request) === 'backendless' ? '*' : (request.headers.origin ?? false);
  return {
    origin,
    methods: ALLOWED_METHODS,
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: 'Content-Type, Content-Length',
    maxAge: 600,
    // Any OPTIONS request is answered 204, preflight or not, as Backendless does.
    strictPreflight: false,
  };
}
