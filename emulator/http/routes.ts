// How the emulator declares a route: a path and a handler per method. Every other method of a known path answers
// 405 / 4064 (Fastify's router alone would say 404), HEAD runs GET, and OPTIONS — a CORS preflight, which
// @fastify/cors answers before the handler when it grants one — is otherwise an empty 204. Replies are JSON
// `{ code, message }` errors or JSON values, never cached.
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { errors } from '../errors.ts';

/** Handles one method of a route; throws an EmulatorError to answer with it. */
export type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> | unknown;

/** The methods a route may implement. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Methods every route answers (a handler, 405, or the preflight). */
const ANSWERED: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Declares `path` (below the registering plugin's prefix) with a handler per method. `name` is how messages
 * name the route: below the app's base, e.g. `/users/login` — never the app id or API key of the URL. A route that
 * reads more than the usual body says so with `bodyLimit`.
 */
export function route(
  server: FastifyInstance,
  path: string,
  name: string,
  handlers: Partial<Record<Method, Handler>>,
  options: { bodyLimit?: number } = {},
): void {
  server.route({
    method: ANSWERED,
    url: path,
    ...options,
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
 * the path after `base` (at most 100 characters).
 */
export function notFound(server: FastifyInstance, base: string): void {
  server.route({
    method: ANSWERED,
    url: '/*',
    handler: async (request, reply) => {
      if (request.method === 'OPTIONS') return sendEmpty(reply, 204);
      const rest = (request.params as { '*'?: string })['*'] ?? '';
      throw errors.unknownRoute(request.method, `${base}${rest.length > 100 ? `${rest.slice(0, 100)}…` : rest}`);
    },
  });
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
