// The emulator's HTTP server: Fastify on node:http, with every bound of limits.ts applied — body size and pace,
// header size and time, request time, connections and idle time (connections.ts). The router decodes each path
// once; the route that answers carries its scope, and access.ts decides from it, before CORS and before any body is
// read. Every failure, the framework's own included, leaves as Backendless-style `{ code, message }` JSON.
import cors from '@fastify/cors';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { createServer, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { EmulatedApp } from '../app.ts';
import { EmulatorError, errors } from '../errors.ts';
import { MAX_BODY_BYTES, resolveLimits, type Limits } from '../limits.ts';
import { accessCheck, corsOptions, parseOrigin } from './access.ts';
import { localRoutes } from './admin-routes.ts';
import { defaultConsoleDir } from './console-route.ts';
import { backendlessRoutes } from './backendless-routes.ts';
import { acceptJsonBodies, wrongContentType } from './body.ts';
import { limitConnections } from './connections.ts';
import { APP_BASES, sendJson } from './routes.ts';

/** Options of {@link createHttpServer}. */
export interface HttpServerOptions {
  /** The built emulator console's folder (default: `dist/console/`, see console-route.ts). */
  consoleDir?: string;
  /** The bounds of limits.ts to change (tests make them small, so a timeout takes milliseconds, not seconds). */
  limits?: Partial<Limits>;
  /** Origins of pages (besides the emulator's own) that may use the admin routes, e.g. the playground's. */
  adminOrigins?: readonly string[];
}

/** Builds the server for `app` (not listening yet; the app learns its URL once it listens). */
export async function createHttpServer(app: EmulatedApp, options: HttpServerOptions = {}): Promise<FastifyInstance> {
  const limits = resolveLimits(options.limits);
  const server = Fastify({
    serverFactory: (handler) => {
      const http = createServer(
        {
          keepAlive: true,
          keepAliveTimeout: limits.idleTimeoutMs,
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: limits.requestTimeoutMs,
          // How often Node checks the two timeouts above (its default, 30 s, would let them run late by as much).
          connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 2))),
          maxHeaderSize: limits.maxHeaderBytes,
        },
        handler,
      );
      limitConnections(http, limits);
      return http;
    },
    bodyLimit: MAX_BODY_BYTES,
    routerOptions: {
      // One route per path however it is slashed: `//users///login/` is `/users/login`.
      ignoreTrailingSlash: true,
      ignoreDuplicateSlashes: true,
      // A path segment may be as long as the request head allows (a token, an id).
      maxParamLength: limits.maxHeaderBytes,
    },
    // HEAD is routed explicitly (routes.ts); close() ends every connection at once.
    exposeHeadRoutes: false,
    forceCloseConnections: true,
    logger: false,
    // A path with a malformed %-escape never reaches a route.
    frameworkErrors: (_error, _request, reply) => {
      sendError(reply, errors.invalidParameter(': the path has a malformed %-escape'));
    },
    clientErrorHandler: (error, socket) => answerClientError(error, socket, limits),
  });

  acceptJsonBodies(server);
  server.setErrorHandler((error, request, reply) =>
    sendError(reply, toEmulatorError(error as Error, request.headers['content-type'])),
  );
  server.setNotFoundHandler((request) => {
    throw errors.unknownRoute(request.method, 'this path (apps live under /<app id>/<API key>/… and /api/…)');
  });
  const adminOrigins = new Set<string>();
  for (const origin of options.adminOrigins ?? []) {
    const parsed = parseOrigin(origin);
    if (parsed === undefined) throw new TypeError(`adminOrigins: ${JSON.stringify(origin)} is not an origin`);
    adminOrigins.add(parsed);
  }
  server.addHook('onRequest', accessCheck({ adminOrigins, ownURL: () => app.serverURL || undefined }));
  await server.register(cors, { delegator: (request, callback) => callback(null, corsOptions(request)) });
  await server.register(localRoutes, { app, consoleDir: options.consoleDir ?? defaultConsoleDir() });
  for (const prefix of APP_BASES) await server.register(backendlessRoutes, { prefix, app });
  return server;
}

function sendError(reply: FastifyReply, error: EmulatorError): void {
  sendJson(reply, error.toJSON(), error.status);
}

/** Fastify's own errors (body too large, wrong content type, …) as the Backendless-style errors they mean. */
function toEmulatorError(error: FastifyError | Error, contentType: string | undefined): EmulatorError {
  if (error instanceof EmulatorError) return error;
  switch ((error as FastifyError).code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errors.unparsableRequest(`the body is larger than ${MAX_BODY_BYTES} bytes`, 413);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return wrongContentType(contentType);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return errors.unparsableRequest('the body is not as long as its Content-Length says');
  }
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500)
    return errors.unparsableRequest(error.message.slice(0, 200), status);
  return errors.internal(error);
}

/** A request Node could not even parse: answered (when the socket still takes it) and the connection closed. */
function answerClientError(error: Error & { code?: string }, socket: Socket, limits: Limits): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, `the request head is larger than ${limits.maxHeaderBytes} bytes`]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'the request did not arrive in time']
        : [400, 'the request is not valid HTTP/1.1'];
  const body = JSON.stringify(errors.unparsableRequest(detail, status).toJSON());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
