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

/** A Fastify plugin with the Backendless routes; register it with the prefix `/api` or `/:appId/:apiKey`. */
export async function backendlessRoutes(server: FastifyInstance, { app }: BackendlessRoutesOptions): Promise<void> {
  server.decorateRequest('keyKind', 'client');
  // The keys in the path name the app: checked before anything else (a body is not even read for a wrong app).
  server.addHook('onRequest', async (request) => {
    const { appId, apiKey } = request.params as { appId?: string; apiKey?: string };
    if (appId === undefined || apiKey === undefined) return; // the domain form `/api`
    const kind = appId.toLowerCase() === app.appId.toLowerCase() ? app.keyKind(apiKey) : undefined;
    if (kind === undefined) {
      throw request.routeOptions.url?.endsWith('/users/logout')
        ? errors.wrongApplicationOnLogout()
        : errors.wrongApplication();
    }
    request.keyKind = kind;
  });
  const param = (request: FastifyRequest, name: string): string => (request.params as Record<string, string>)[name]!;
  // Login and register ignore a stale user-token header (a user whose logout failed offline can still log in).
  const keyOnly = (request: FastifyRequest): Caller => ({ key: request.keyKind });

  route(server, '/info', '/info', {
    GET: (request, reply) => sendJson(reply, app.info(caller(request))),
  });

  // ---- sessions ---------------------------------------------------------------------------------------------
  route(server, '/users/login', '/users/login', {
    POST: async (request, reply) => sendJson(reply, await app.login.login(bodyOf(request), keyOnly(request))),
  });
  route(server, '/users/register/guest', '/users/register/guest', {
    POST: async (_request, reply) => sendJson(reply, await app.login.loginAsGuest()),
  });
  route(server, '/users/logout', '/users/logout', {
    GET: async (request, reply) => {
      await app.login.logout(caller(request));
      return sendEmpty(reply);
    },
  });
  route(server, '/users/isvalidusertoken/:token', '/users/isvalidusertoken/<token>', {
    GET: (request, reply) => sendJson(reply, app.login.isValidUserToken(param(request, 'token'))),
  });
  route(server, '/users/social/:provider/login', '/users/social/<provider>/login', {
    POST: async (request, reply) =>
      sendJson(reply, await app.login.socialLogin(param(request, 'provider'), bodyOf(request), caller(request))),
  });
  route(server, '/users/oauth/:provider/request_url', '/users/oauth/<provider>/request_url', {
    POST: (request, reply) => {
      const { url, redirect } = app.oauth.requestUrl(param(request, 'provider'), bodyOf(request));
      return redirect
        ? reply.code(302).header('cache-control', 'no-store').header('location', url).send()
        : sendJson(reply, url);
    },
  });

  // ---- accounts ---------------------------------------------------------------------------------------------
  route(server, '/users/register', '/users/register', {
    POST: async (request, reply) => {
      const body = bodyOf(request);
      // Only a guest turning into a member needs its session; any other register ignores a stale header.
      const who = body.objectId === undefined ? keyOnly(request) : caller(request);
      return sendJson(reply, await app.accounts.register(body, who));
    },
  });
  route(server, '/users/:objectId', '/users/<objectId>', {
    PUT: async (request, reply) =>
      sendJson(reply, await app.accounts.update(param(request, 'objectId'), bodyOf(request), caller(request))),
  });
  route(server, '/users/:objectId/status', '/users/<objectId>/status', {
    PUT: async (request, reply) => {
      await app.accounts.setStatus(param(request, 'objectId'), bodyOf(request), caller(request));
      return sendEmpty(reply);
    },
  });
  const verifyPassword: Handler = async (request, reply) =>
    sendJson(reply, await app.accounts.verifyPassword(bodyOf(request), caller(request)));
  // The SDK's path has the typo ("passowrd"); the right spelling answers the same.
  route(server, '/users/verifypassowrd', '/users/verifypassowrd', { POST: verifyPassword });
  route(server, '/users/verifypassword', '/users/verifypassword', { POST: verifyPassword });
  route(server, '/users/userclassprops', '/users/userclassprops', {
    GET: async (request, reply) => sendJson(reply, await app.accounts.describeUserClass(caller(request))),
  });
  route(server, '/data/:table/:objectId', '/data/Users/<objectId>', {
    GET: (request, reply) => {
      // Table names are case-insensitive; Users is the only table the emulator has.
      if (param(request, 'table').replace(/[A-Z]/g, (letter) => letter.toLowerCase()) !== 'users') {
        throw errors.unknownRoute(request.method, '/data/<table>/<objectId> for a table other than Users');
      }
      return sendJson(reply, app.accounts.getUser(param(request, 'objectId'), caller(request)));
    },
  });

  // ---- e-mails ----------------------------------------------------------------------------------------------
  route(server, '/users/restorepassword/:identity', '/users/restorepassword/<identity>', {
    GET: async (request, reply) => {
      await app.email.restorePassword(param(request, 'identity'));
      return sendEmpty(reply);
    },
  });
  route(server, '/users/resendconfirmation/:identity', '/users/resendconfirmation/<identity>', {
    POST: async (request, reply) => {
      await app.email.resendConfirmation(param(request, 'identity'));
      return sendEmpty(reply);
    },
  });
  route(server, '/users/createEmailConfirmationURL/:identity', '/users/createEmailConfirmationURL/<identity>', {
    POST: async (request, reply) => sendJson(reply, await app.email.createConfirmationURL(param(request, 'identity'))),
  });

  // ---- roles ------------------------------------------------------------------------------------------------
  route(server, '/users/userroles', '/users/userroles', {
    GET: (request, reply) => sendJson(reply, app.roles.getUserRoles(caller(request))),
  });
  route(server, '/users/userroles/:userId', '/users/userroles/<userId>', {
    GET: (request, reply) => sendJson(reply, app.roles.getUserRoles(caller(request), param(request, 'userId'))),
  });
  route(server, '/users/role/:role', '/users/role/<role>', {
    GET: (request, reply) =>
      sendJson(reply, app.roles.findByRole(param(request, 'role'), request.query as QueryParameters, caller(request))),
  });
  route(server, '/users/assignRole', '/users/assignRole', {
    POST: async (request, reply) => {
      await app.roles.changeRole(bodyOf(request), caller(request), true);
      return sendEmpty(reply);
    },
  });
  route(server, '/users/unassignRole', '/users/unassignRole', {
    POST: async (request, reply) => {
      await app.roles.changeRole(bodyOf(request), caller(request), false);
      return sendEmpty(reply);
    },
  });
  notFound(server, '/');
}

/** Who calls: the key of the path and the `user-token` header (absent when blank). */
function caller(request: FastifyRequest): Caller {
  const value = request.headers['user-token'];
  const token = (Array.isArray(value) ? value[0] : value)?.trim();
  return { key: request.keyKind, token: token === undefined || token === '' ? undefined : token };
}
