// How the emulator declares a route: a path and a handler per method. Every other method of a known path answers
// 405 / 4064 (Fastify's router alone would say 404), HEAD runs GET, and OPTIONS — a CORS preflight, which
// @fastify/cors answers before the handler when it grants one — is otherwise an empty 204. Replies are JSON
// `{ code, message }` errors or JSON values, never cached. A route's path parameters are typed from the path itself
// (`/users/:objectId` → `request.params.objectId: string`), with no schema to check them: the router gives every
// parameter of a matched path, always a string, so a schema could refuse nothing. It cost each emulator built a
// validator compiled per shape: some 30 ms of CPU (40% of a build), and a `codeless emulator` listened 0.1 s later.
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { errors } from '../errors.ts';

/** Where the Backendless routes live: the domain form and the app's own base. Route names leave them out. */
export const APP_BASES = ['/api', '/:appId/:apiKey'] as const;

/** The parameters of a route path: `/roles/:role/users/:user` → `{ role: string; user: string }`, `/x/*` → `{ '*': string }`. */
export type ParamsOf<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Record<Name, string> & ParamsOf<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Record<Name, string>
    : Path extends `${string}*`
      ? Record<'*', string>
      : NoParams;

/** The parameters of a path that has none. */
export type NoParams = Record<never, string>;

/** Handles one method of a route; throws an EmulatorError to answer with it. */
export type Handler<Params = NoParams> = (
  request: FastifyRequest<{ Params: Params }>,
  reply: FastifyReply,
) => Promise<unknown> | unknown;

/** The methods a route may implement. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Options of {@link route}. */
export interface RouteOptions {
  /** How messages name the route when its path does not say it (default: the path, `<name>` for `:name`). */
  name?: string;
  /** The body size the route reads, when it reads more than the usual body. */
  bodyLimit?: number;
}

/** Methods every route answers (a handler, 405, or the preflight). */
const ANSWERED: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Declares `path` (below the registering plugin's prefix) with a handler per method. Messages name the route by its
 * path below the app's base, e.g. `/users/login` or `/_emulator/users/<objectId>` — never the app id or API key of
 * the URL.
 */
export function route<Path extends string>(
  server: FastifyInstance,
  path: Path,
  handlers: Partial<Record<Method, Handler<ParamsOf<Path>>>>,
  { name = nameOf(server.prefix, path), bodyLimit }: RouteOptions = {},
): void {
  server.route<{ Params: ParamsOf<Path> }>({
    method: ANSWERED,
    url: path,
    ...(bodyLimit === undefined ? {} : { bodyLimit }),
    handler: async (request, reply) => {
      if (request.method === 'OPTIONS') return sendEmpty(reply, 204);
      const method = (request.method === 'HEAD' ? 'GET' : request.method) as Method;
      const handler = handlers[method];
      if (!handler) throw errors.methodNotAllowed(request.method, name);
      return handler(request, reply);
    },
  });
}

/**
 * Declares the catch-all below the registering plugin's prefix: every method answers 404, naming the rest of
 * the path (at most 100 characters) after the prefix.
 */
export function notFound(server: FastifyInstance): void {
  const base = `${nameOf(server.prefix, '')}/`;
  server.route<{ Params: ParamsOf<'/*'> }>({
    method: ANSWERED,
    url: '/*',
    handler: async (request, reply) => {
      if (request.method === 'OPTIONS') return sendEmpty(reply, 204);
      const rest = request.params['*'];
      throw errors.unknownRoute(request.method, `${base}${rest.length > 100 ? `${rest.slice(0, 100)}…` : rest}`);
    },
  });
}

/** A route's name: the prefix (but an app base) and the path, `<name>` for `:name`, no trailing slash. */
function nameOf(prefix: string, path: string): string {
  const below = (APP_BASES as readonly string[]).includes(prefix) ? '' : prefix;
  const name = `${below}${path}`.replace(/:(\w+)/g, '<$1>');
  return name.length > 1 && name.endsWith('/') ? name.slice(0, -1) : name;
}

/** Sends a JSON value (any, including the bare literals `true` / `false`). */
export function sendJson(reply: FastifyReply, value: unknown, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(value));
}

/** Sends a status with no body (what Backendless answers to logout). */
export function sendEmpty(reply: FastifyReply, status = 200): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').header('content-length', '0').send();
}
