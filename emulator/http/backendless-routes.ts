// Backendless's REST paths of the user service, registered twice: under `/<app-id>/<api-key>` (the client key or
// the server key) and under the domain form `/api` (the client key). Thin: each route reads the request, calls the
// EmulatedApp and sends its answer.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Caller, EmulatedApp, KeyKind } from '../app.ts';
import { errors } from '../errors.ts';
import type { QueryParameters } from '../role-service.ts';
import { bodyOf } from './body.ts';
import { notFound, route, sendEmpty, sendJson, type Handler } from './routes.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Which of the app's keys the request's path carries (`client` for the domain form). */
    keyKind: KeyKind;
  }
}

/** What the Backendless routes need: the app. */
export interface BackendlessRoutesOptions {
  app: EmulatedApp;
}

/** A Fastify plugin with the Backendless routes; register it with a prefix of APP_BASES. */
export async function backendlessRoutes(server: FastifyInstance, { app }: BackendlessRoutesOptions): Promise<void> {
  server.decorateRequest('keyKind', 'client');
  // The keys in the path name the app: checked before anything else (a body is not even read for a wrong app).
  server.addHook<{ Params: AppKeys }>('onRequest', async (request) => {
    request.keyKind = keyKindOf(app, request);
  });
  route(server, '/info', {
    GET: (request, reply) => sendJson(reply, app.info(caller(request))),
  });
  sessionRoutes(server, app);
  accountRoutes(server, app);
  emailRoutes(server, app);
  roleRoutes(server, app);
  notFound(server);
}

/** The keys of the path `/:appId/:apiKey`; the domain form `/api` has neither. */
interface AppKeys {
  appId?: string;
  apiKey?: string;
}

/** Which of the app's keys the path carries (`client` for the domain form); 2002 (3007 on logout) for another app. */
function keyKindOf(app: EmulatedApp, request: FastifyRequest<{ Params: AppKeys }>): KeyKind {
  const { appId, apiKey } = request.params;
  if (appId === undefined || apiKey === undefined) return 'client';
  const kind = appId.toLowerCase() === app.appId.toLowerCase() ? app.keyKind(apiKey) : undefined;
  if (kind !== undefined) return kind;
  throw request.routeOptions.url?.endsWith('/users/logout')
    ? errors.wrongApplicationOnLogout()
    : errors.wrongApplication();
}

/** Logins, logout, guests, token checks and social sign-in. */
function sessionRoutes(server: FastifyInstance, app: EmulatedApp): void {
  route(server, '/users/login', {
    POST: async (request, reply) => sendJson(reply, await app.sessions.login(bodyOf(request), keyOnly(request))),
  });
  route(server, '/users/register/guest', {
    POST: async (_request, reply) => sendJson(reply, await app.sessions.loginAsGuest()),
  });
  route(server, '/users/logout', {
    GET: async (request, reply) => {
      await app.sessions.logout(caller(request));
      return sendEmpty(reply);
    },
  });
  route(server, '/users/isvalidusertoken/:token', {
    GET: (request, reply) => sendJson(reply, app.sessions.isValidUserToken(request.params.token)),
  });
  route(server, '/users/social/:provider/login', {
    POST: async (request, reply) =>
      sendJson(reply, await app.sessions.socialLogin(request.params.provider, bodyOf(request), caller(request))),
  });
  route(server, '/users/oauth/:provider/request_url', {
    POST: (request, reply) => {
      const { url, redirect } = app.oauth.requestUrl(request.params.provider, bodyOf(request));
      return redirect
        ? reply.code(302).header('cache-control', 'no-store').header('location', url).send()
        : sendJson(reply, url);
    },
  });
}

/** Register, update, status, password check, the Users class and one user. */
function accountRoutes(server: FastifyInstance, app: EmulatedApp): void {
  route(server, '/users/register', {
    POST: async (request, reply) => {
      const body = bodyOf(request);
      // Only a guest turning into a member needs its session; any other register ignores a stale header.
      const who = body.objectId === undefined ? keyOnly(request) : caller(request);
      return sendJson(reply, await app.accounts.register(body, who));
    },
  });
  route(server, '/users/:objectId', {
    PUT: async (request, reply) =>
      sendJson(reply, await app.accounts.update(request.params.objectId, bodyOf(request), caller(request))),
  });
  route(server, '/users/:objectId/status', {
    PUT: async (request, reply) => {
      await app.accounts.setStatus(request.params.objectId, bodyOf(request), caller(request));
      return sendEmpty(reply);
    },
  });
  const verifyPassword: Handler = async (request, reply) =>
    sendJson(reply, await app.accounts.verifyPassword(bodyOf(request), caller(request)));
  // The SDK's path has the typo ("passowrd"); the right spelling answers the same.
  route(server, '/users/verifypassowrd', { POST: verifyPassword });
  route(server, '/users/verifypassword', { POST: verifyPassword });
  route(server, '/users/userclassprops', {
    GET: async (request, reply) => sendJson(reply, await app.accounts.describeUserClass(caller(request))),
  });
  route(
    server,
    '/data/:table/:objectId',
    {
      GET: (request, reply) => {
        // Table names are case-insensitive; Users is the only table the emulator has.
        if (request.params.table.replace(/[A-Z]/g, (letter) => letter.toLowerCase()) !== 'users') {
          throw errors.unknownRoute(request.method, '/data/<table>/<objectId> for a table other than Users');
        }
        return sendJson(reply, app.accounts.getUser(request.params.objectId, caller(request)));
      },
    },
    { name: '/data/Users/<objectId>' },
  );
}

/** Password restore and address confirmation. */
function emailRoutes(server: FastifyInstance, app: EmulatedApp): void {
  route(server, '/users/restorepassword/:identity', {
    GET: async (request, reply) => {
      await app.email.restorePassword(request.params.identity);
      return sendEmpty(reply);
    },
  });
  route(server, '/users/resendconfirmation/:identity', {
    POST: async (request, reply) => {
      await app.email.resendConfirmation(request.params.identity);
      return sendEmpty(reply);
    },
  });
  route(server, '/users/createEmailConfirmationURL/:identity', {
    POST: async (request, reply) => sendJson(reply, await app.email.createConfirmationURL(request.params.identity)),
  });
}

/** Users' roles, Find Users by Role, assign and unassign. */
function roleRoutes(server: FastifyInstance, app: EmulatedApp): void {
  route(server, '/users/userroles', {
    GET: (request, reply) => sendJson(reply, app.roles.getUserRoles(caller(request))),
  });
  route(server, '/users/userroles/:userId', {
    GET: (request, reply) => sendJson(reply, app.roles.getUserRoles(caller(request), request.params.userId)),
  });
  route(server, '/users/role/:role', {
    GET: (request, reply) =>
      sendJson(reply, app.roles.findByRole(request.params.role, request.query as QueryParameters, caller(request))),
  });
  route(server, '/users/assignRole', {
    POST: async (request, reply) => {
      await app.roles.assignRole(bodyOf(request), caller(request));
      return sendEmpty(reply);
    },
  });
  route(server, '/users/unassignRole', {
    POST: async (request, reply) => {
      await app.roles.unassignRole(bodyOf(request), caller(request));
      return sendEmpty(reply);
    },
  });
}

/** Login and register ignore a stale user-token header (a user whose logout failed offline can still log in). */
function keyOnly(request: FastifyRequest): Caller {
  return { key: request.keyKind };
}

/** Who calls: the key of the path and the `user-token` header (absent when blank). */
function caller(request: FastifyRequest): Caller {
  const value = request.headers['user-token'];
  const token = (Array.isArray(value) ? value[0] : value)?.trim();
  return { key: request.keyKind, token: token === undefined || token === '' ? undefined : token };
}
