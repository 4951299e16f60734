// The admin API's server-logic routes, below `/_emulator` with the other admin routes (the same `local` scope:
// this machine and the admin origins only, JSON bodies of at most MAX_BODY_BYTES):
//
//   GET    /_emulator/logic    AdminLogicView: the handlers deployed and their latest runs (outcome, log lines)
//   PUT    /_emulator/logic    body { source, name? } → AdminLogicView; a module that does not load is 400 / 8002
//                              and the logic deployed before stays
//   DELETE /_emulator/logic    no server logic any more → AdminLogicView
import type { FastifyInstance } from 'fastify';
import type { EmulatedApp } from '../app.ts';
import { bodyOf } from './body.ts';
import { route, sendJson } from './routes.ts';

/** A Fastify plugin with the server-logic routes; register it with the prefix `/_emulator`. */
export async function logicRoutes(server: FastifyInstance, { app }: { app: EmulatedApp }): Promise<void> {
  route(server, '/logic', {
    GET: (_request, reply) => sendJson(reply, app.logic.view()),
    PUT: async (request, reply) => {
      const { source, name } = bodyOf(request);
      return sendJson(reply, await app.logic.deploy(source, name));
    },
    DELETE: async (_request, reply) => {
      await app.logic.close();
      return sendJson(reply, app.logic.view());
    },
  });
}
