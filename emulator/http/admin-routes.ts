// The emulator's own routes, for this machine only (see access.ts): its start page `/` and its admin API under
// `/_emulator`, off the Backendless path namespace. It serves the playground's session view and the tests.
// Thin: each route calls an EmulatedApp method. No password or full token ever leaves.
//
//   GET    /                                 how to reach the app (the serverURL, app id, API key, bases)
//   GET    /_emulator                        app id, API key, URLs
//   GET    /_emulator/users                  { users: AdminUserView[] }
//   POST   /_emulator/users                  body SeedUser → 201 AdminUserView
//   GET    /_emulator/users/<objectId>       AdminUserView
//   PATCH  /_emulator/users/<objectId>       body { userStatus?, loginDisabled?, password?, email?, name?,
//                                            unlock?, ...columns } → AdminUserView
//   DELETE /_emulator/users/<objectId>       ends the user's sessions, removes the user
//   GET    /_emulator/sessions               { sessions: AdminSessionView[] }
//   DELETE /_emulator/sessions[/<sessionId>] ends every session / one session
//   GET    /_emulator/settings               EmulatorSettings
//   PATCH  /_emulator/settings               body Partial<EmulatorSettings> → EmulatorSettings
//   POST   /_emulator/reset                  back to the seed users, no sessions, initial settings
import type { FastifyInstance } from 'fastify';
import type { EmulatedApp } from '../app.ts';
import { bodyOf } from './body.ts';
import { notFound, route, sendJson, type Handler } from './routes.ts';

/** What the local routes need: the app and the URL the emulator is reachable at. */
export interface LocalRoutesOptions {
  app: EmulatedApp;
  serverURL: () => string;
}

/** A Fastify plugin with the start page and the admin API; every route in it has the `local` scope. */
export async function localRoutes(server: FastifyInstance, { app, serverURL }: LocalRoutesOptions): Promise<void> {
  server.addHook('onRoute', (options) => {
    options.config = { ...options.config, scope: 'local' };
  });

  route(server, '/', '/', {
    GET: (_request, reply) =>
      sendJson(reply, {
        name: 'codeless-blocks Backendless emulator',
        serverURL: serverURL(),
        appId: app.appId,
        apiKey: app.apiKey,
        appBase: `${serverURL()}/${app.appId}/${app.apiKey}`,
        domainBase: `${serverURL()}/api`,
        admin: `${serverURL()}/_emulator`,
      }),
  });
  await server.register(adminApi, { prefix: '/_emulator', app, serverURL });
}

async function adminApi(server: FastifyInstance, { app, serverURL }: LocalRoutesOptions): Promise<void> {
  const objectId = (params: unknown): string => (params as { objectId: string }).objectId;
  const settings: Handler = (_request, reply) => sendJson(reply, app.settings);
  const updateSettings: Handler = (request, reply) => sendJson(reply, app.updateSettings(bodyOf(request)));
  const updateUser: Handler = async (request, reply) =>
    sendJson(reply, await app.updateUser(objectId(request.params), bodyOf(request)));

  route(server, '/', '/_emulator', {
    GET: (_request, reply) =>
      sendJson(reply, {
        appId: app.appId,
        apiKey: app.apiKey,
        serverURL: serverURL(),
        appBase: `${serverURL()}/${app.appId}/${app.apiKey}`,
      }),
  });
  route(server, '/users', '/_emulator/users', {
    GET: (_request, reply) => sendJson(reply, { users: app.listUsers() }),
    POST: async (request, reply) => sendJson(reply, await app.addUser(bodyOf(request)), 201),
  });
  route(server, '/users/:objectId', '/_emulator/users/<objectId>', {
    GET: (request, reply) => sendJson(reply, app.userView(objectId(request.params))),
    PATCH: updateUser,
    PUT: updateUser,
    DELETE: async (request, reply) => sendJson(reply, await app.deleteUser(objectId(request.params))),
  });
  route(server, '/sessions', '/_emulator/sessions', {
    GET: (_request, reply) => sendJson(reply, { sessions: app.listSessions() }),
    DELETE: async (_request, reply) => sendJson(reply, await app.endSessions()),
  });
  route(server, '/sessions/:sessionId', '/_emulator/sessions/<sessionId>', {
    DELETE: async (request, reply) =>
      sendJson(reply, await app.endSessions((request.params as { sessionId: string }).sessionId)),
  });
  route(server, '/settings', '/_emulator/settings', { GET: settings, PATCH: updateSettings, PUT: updateSettings });
  route(server, '/reset', '/_emulator/reset', {
    POST: async (_request, reply) => sendJson(reply, await app.reset()),
  });
  notFound(server, '/_emulator/');
}
