// Who may call what. The Backendless routes answer everyone, from any page, as Backendless does (a page calls
// them with the app's public API key). The emulator's own routes — its start page (`/`, which shows the API key),
// its admin API (`/_emulator/…`: users, the server key, the export, reset) and its console — answer this machine
// only: the request must be addressed to a loopback name (a foreign name in the Host header is DNS rebinding: a
// site whose name now resolves here), and a browser page must be the emulator's own (its console) or one of the
// origins it was started with (`adminOrigins`: the playground's); clients that send no Origin (the CLI, Node code,
// tests) are answered. Another page on another loopback port — another project's dev server — is refused.
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
 * `text` as a browser serializes the origin (`http://localhost:5173`), or undefined when it is not one: http or https,
 * a host, an optional port, and nothing else (a trailing `/` aside). The form `adminOrigins` and `--admin-origin` take.
 */
export function parseOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const bare = url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && !url.password;
  if (!bare || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  return url.origin;
}

/** Who, besides clients that send no Origin, may use the emulator's own routes from a page. */
export interface AdminPages {
  /** The origins the emulator was started with (`adminOrigins`, `--admin-origin`), as {@link parseOrigin} gives them. */
  adminOrigins: ReadonlySet<string>;
  /** The emulator's own URL once it listens (its console's origin). */
  ownURL(): string | undefined;
}

/**
 * Whether a page at `origin` may use the emulator's own routes: the emulator's own origin (its console) — the URL
 * it listens on, or the very loopback address the request went to (`host`) — or an origin it was started with.
 * Any other page is refused, another loopback port (another project's dev server) included.
 */
export function isAdminOrigin(origin: string, host: string | undefined, pages: AdminPages): boolean {
  const page = parseOrigin(origin);
  if (page === undefined) return false;
  if (pages.adminOrigins.has(page)) return true;
  const own = pages.ownURL();
  if (own !== undefined && parseOrigin(own) === page) return true;
  return host !== undefined && isLoopbackHost(host) && originOfHost(host) === page;
}

function originOfHost(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * The `onRequest` check, before CORS and before any body is read: a local route refuses a foreign Host (403)
 * and a page that is not an admin page (403, with no CORS header, so the page cannot even read the refusal).
 * Browsers send Origin with every cross-origin write, even the "simple" ones no preflight guards. Also grants
 * Chrome's private-network preflight wherever CORS is granted.
 */
export function accessCheck(pages: AdminPages): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  return async (request, reply) => {
    const { host, origin } = request.headers;
    const scope = scopeOf(request);
    if (scope === 'local') {
      if (!isLoopbackHost(host)) throw errors.untrustedHost(host);
      if (origin !== undefined && !isAdminOrigin(origin, host, pages)) throw errors.untrustedOrigin(origin);
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
  };
}

/**
 * The CORS answer for a request (given to `@fastify/cors` per request): every origin on the Backendless routes;
 * on local routes only the page's own origin, which {@link accessCheck} has already let through.
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
