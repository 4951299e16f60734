// Backendless's REST paths of the user service, registered twice: under `/<app-id>/<api-key>` and under the
// domain form `/api`. Thin: each route reads the request, calls the EmulatedApp and sends its answer.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { EmulatedApp } from '../app.ts';
import { errors } from '../errors.ts';
import { bodyOf } from './body.ts';
import { notFound, route, sendEmpty, sendJson } from './routes.ts';

/** What the Backendless routes need: the app and the URL the emulator is reachable at. */
export interface BackendlessRoutesOptions {
  app: EmulatedApp;
  serverURL: () => string;
}

/** A Fastify plugin with the Backendless routes; register it with the prefix `/api` or `/:appId/:apiKey`. */
export async function backendlessRoutes(
  server: FastifyInstance,
  { app, serverURL }: BackendlessRoutesOptions,
): Promise<void> {
  // The keys in the path name the app: checked before anything else (a body is not even read for a wrong app).
  server.addHook('onRequest', async (request) => {
    const { appId, apiKey } = request.params as { appId?: string; apiKey?: string };
    if (appId === undefined || apiKey === undefined) return; // the domain form `/api`
    if (!sameKey(appId, app.appId) || !sameKey(apiKey, app.apiKey)) {
      throw request.routeOptions.url?.endsWith('/users/logout')
        ? errors.wrongApplicationOnLogout()
        : errors.wrongApplication();
    }
  });

  route(server, '/info', '/info', {
    GET: (request, reply) => sendJson(reply, app.info(userToken(request), serverURL())),
  });
  route(server, '/users/login', '/users/login', {
    // A stale user-token header is ignored here: login must work after a failed logout.
    POST: async (request, reply) => sendJson(reply, await app.login(bodyOf(request))),
  });
  route(server, '/users/logout', '/users/logout', {
    GET: async (request, reply) => {
      await app.logout(userToken(request));
      return sendEmpty(reply);
    },
  });
  route(server, '/users/isvalidusertoken/:token', '/users/isvalidusertoken/<token>', {
    GET: (request, reply) => sendJson(reply, app.isValidUserToken((request.params as { token: string }).token)),
  });
  route(server, '/users/register', '/users/register', {
    POST: async (request, reply) => sendJson(reply, await app.register(bodyOf(request))),
  });
  route(server, '/data/:table/:objectId', '/data/Users/<objectId>', {
    GET: (request, reply) => {
      const { table, objectId } = request.params as { table: string; objectId: string };
      // Table names are case-insensitive; Users is the only table the emulator has.
      if (table.replace(/[A-Z]/g, (letter) => letter.toLowerCase()) !== 'users') {
        throw errors.unknownRoute(request.method, '/data/<table>/<objectId> for a table other than Users');
      }
      return sendJson(reply, app.getUser(objectId, userToken(request)));
    },
  });
  notFound(server, '/');
}

/** The `user-token` header, or undefined when absent or blank. */
function userToken(request: FastifyRequest): string | undefined {
  const value = request.headers['user-token'];
  const token = (Array.isArray(value) ? value[0] : value)?.trim();
  return token === undefined || token === '' ? undefined : token;
}

/** App ids and API keys are UUIDs; Backendless accepts them in either case. */
function sameKey(given: string, expected: string): boolean {
  return given.toLowerCase() === expected.toLowerCase();
}
