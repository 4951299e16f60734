// The emulator's own routes, for this machine only (see access.ts): its start page `/`, its admin API under
// `/_emulator` (off the Backendless path namespace) and the pages behind e-mailed links and the local OAuth2
// provider (page-routes.ts). The admin API serves the emulator console, the playground and the tests. Thin: each
// route calls an EmulatedApp method. No password and no whole session token ever leaves; password hashes leave in
// an export only.
//
//   GET    /                                      how to reach the app (serverURL, app id, client key, bases)
//   GET    /_emulator                             AdminAppView: both keys, URLs
//   GET    /_emulator/users                       { users: AdminUserView[] }
//   POST   /_emulator/users                       body { email, password, name?, roles?, ...columns } → 201 AdminUserView
//   GET    /_emulator/users/<objectId>            AdminUserView
//   PATCH  /_emulator/users/<objectId>            body { userStatus?, loginDisabled?, unlock?, roles?, email?,
//                                                 password?, name?, ...columns } → AdminUserView (PUT the same)
//   DELETE /_emulator/users/<objectId>            ends the user's sessions, removes the user → { deleted }
//   GET    /_emulator/sessions                    { sessions: AdminSessionView[] }
//   DELETE /_emulator/sessions[/<sessionId>]      ends every session / one session → { ended }
//   GET    /_emulator/roles                       { roles: AdminRoleView[] }
//   POST   /_emulator/roles                       body { name } → 201 AdminRoleView
//   DELETE /_emulator/roles/<role>                takes it from every user → { deleted, users }
//   POST   /_emulator/roles/<role>/users          body { user: objectId or email } → AdminUserView
//   DELETE /_emulator/roles/<role>/users/<user>   → AdminUserView
//   GET    /_emulator/outbox                      { messages: OutboxMessage[] }
//   GET    /_emulator/outbox/<id>                 OutboxMessage
//   DELETE /_emulator/outbox[/<id>]               → { deleted }
//   GET    /_emulator/settings                    EmulatorSettings
//   PATCH  /_emulator/settings                    body Partial<EmulatorSettings> → EmulatorSettings (PUT the same)
//   POST   /_emulator/reset                       back to the seed, no sessions or e-mails, initial settings
//   GET    /_emulator/export                      the whole data as a file (EmulatorDataDocument, no sessions)
//   POST   /_emulator/import                      body EmulatorDataDocument → { users, roles, outbox }; ends sessions
//   GET    /_emulator/console/[<file>]            the emulator console's page and assets (console-route.ts)
//   GET|PUT|DELETE /_emulator/logic               the server logic and its runs (logic-routes.ts)
import type { FastifyInstance } from 'fastify';
import type { EmulatedApp } from '../app.ts';
import type { AdminAppView } from '../contract.ts';
import { MAX_IMPORT_BYTES } from '../limits.ts';
import { bodyOf } from './body.ts';
import { consoleRoute } from './console-route.ts';
import { logicRoutes } from './logic-routes.ts';
import { pageRoutes } from './page-routes.ts';
import { notFound, route, sendJson, type Handler } from './routes.ts';

/** What the local routes need: the app (which knows the URL it is reachable at once listening). */
export interface LocalRoutesOptions {
  app: EmulatedApp;
  /** The built emulator console's folder. */
  consoleDir: string;
}

/** A Fastify plugin with the start page, the admin API and the pages; every route in it has the `local` scope. */
export async function localRoutes(server: FastifyInstance, { app, consoleDir }: LocalRoutesOptions): Promise<void> {
  server.addHook('onRoute', (options) => {
    options.config = { ...options.config, scope: 'local' };
  });

  route(server, '/', {
    GET: (_request, reply) => {
      const { serverURL, appId, apiKey, appBase } = appView(app);
      return sendJson(reply, {
        name: 'codeless-blocks Backendless emulator',
        serverURL,
        appId,
        apiKey,
        appBase,
        domainBase: `${serverURL}/api`,
        admin: `${serverURL}/_emulator`,
        console: `${serverURL}/_emulator/console/`,
      });
    },
  });
  await server.register(adminApi, { prefix: '/_emulator', app });
  await server.register(logicRoutes, { prefix: '/_emulator', app });
  await server.register(pageRoutes, { prefix: '/_emulator', app });
  await server.register(consoleRoute, { prefix: '/_emulator', consoleDir });
}

function appView(app: EmulatedApp): AdminAppView {
  const { serverURL, appId, apiKey, serverKey } = app;
  return {
    serverURL,
    appId,
    apiKey,
    serverKey,
    appBase: `${serverURL}/${appId}/${apiKey}`,
    serverBase: `${serverURL}/${appId}/${serverKey}`,
  };
}

async function adminApi(server: FastifyInstance, { app }: Pick<LocalRoutesOptions, 'app'>): Promise<void> {
  const { admin } = app;
  const updateSettings: Handler = async (request, reply) =>
    sendJson(reply, await admin.updateSettings(bodyOf(request)));
  const updateUser: Handler<{ objectId: string }> = async (request, reply) =>
    sendJson(reply, await admin.updateUser(request.params.objectId, bodyOf(request)));

  route(server, '/', { GET: (_request, reply) => sendJson(reply, appView(app)) });

  route(server, '/users', {
    GET: (_request, reply) => sendJson(reply, { users: admin.listUsers() }),
    POST: async (request, reply) => sendJson(reply, await admin.addUser(bodyOf(request)), 201),
  });
  route(server, '/users/:objectId', {
    GET: (request, reply) => sendJson(reply, admin.userView(request.params.objectId)),
    PATCH: updateUser,
    PUT: updateUser,
    DELETE: async (request, reply) => sendJson(reply, await admin.deleteUser(request.params.objectId)),
  });

  route(server, '/sessions', {
    GET: (_request, reply) => sendJson(reply, { sessions: admin.listSessions() }),
    DELETE: async (_request, reply) => sendJson(reply, await admin.endSessions()),
  });
  route(server, '/sessions/:sessionId', {
    DELETE: async (request, reply) => sendJson(reply, await admin.endSessions(request.params.sessionId)),
  });

  route(server, '/roles', {
    GET: (_request, reply) => sendJson(reply, { roles: admin.listRoles() }),
    POST: async (request, reply) => sendJson(reply, await admin.addRole(bodyOf(request)), 201),
  });
  route(server, '/roles/:role', {
    DELETE: async (request, reply) => sendJson(reply, await admin.deleteRole(request.params.role)),
  });
  route(server, '/roles/:role/users', {
    POST: async (request, reply) => {
      const { user } = bodyOf(request);
      return sendJson(reply, await admin.assignRole(request.params.role, typeof user === 'string' ? user : ''));
    },
  });
  route(server, '/roles/:role/users/:user', {
    DELETE: async (request, reply) =>
      sendJson(reply, await admin.unassignRole(request.params.role, request.params.user)),
  });

  route(server, '/outbox', {
    GET: (_request, reply) => sendJson(reply, { messages: admin.listOutbox() }),
    DELETE: async (_request, reply) => sendJson(reply, await admin.clearOutbox()),
  });
  route(server, '/outbox/:id', {
    GET: (request, reply) => sendJson(reply, admin.outboxMessage(request.params.id)),
    DELETE: async (request, reply) => sendJson(reply, await admin.clearOutbox(request.params.id)),
  });

  route(server, '/settings', {
    GET: (_request, reply) => sendJson(reply, admin.settings),
    PATCH: updateSettings,
    PUT: updateSettings,
  });
  route(server, '/reset', {
    POST: async (_request, reply) => sendJson(reply, await admin.reset()),
  });
  route(server, '/export', {
    GET: (_request, reply) =>
      reply
        .code(200)
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="emulator-${app.appId}.json"`)
        .type('application/json; charset=utf-8')
        .send(admin.exportData()),
  });
  route(
    server,
    '/import',
    { POST: async (request, reply) => sendJson(reply, await admin.importData(bodyOf(request))) },
    { bodyLimit: MAX_IMPORT_BYTES },
  );
  notFound(server);
}
