// Whatever a person types into the value inputs of the server-logic setters reaches the request or the result exactly,
// as data, when CodeRunner runs the handler (the server-logic side of property-generated-code.test.ts).
import * as Blockly from 'blockly';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { installServerLogic, loadWorkspaceJson, workspaceToServerLogic } from '../../index.ts';
import { typed } from '../fixtures/property-scenarios.ts';
import { block, text } from '../fixtures/saved-blocks.ts';
import { handler, topBlocks } from '../fixtures/server-logic-cases.ts';
import { runCoderunnerScript, standInBackendless, type HandlerResponse } from '../helpers/server-logic-sandbox.ts';

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 200);

beforeAll(() => installServerLogic());

function registeredFor(login: string, result: string) {
  const workspace = new Blockly.Workspace();
  try {
    loadWorkspaceJson(
      workspace,
      topBlocks(
        handler('before', 'login', [
          block('backendless_users_set_request_argument', { VALUE: text(login) }, { ARGUMENT: 'login' }),
        ]),
        handler('after', 'describe', [block('backendless_users_set_response_result', { VALUE: text(result) })]),
      ),
    );
    const standIn = standInBackendless();
    runCoderunnerScript(workspaceToServerLogic(workspace, { target: 'coderunner' }), standIn);
    return standIn;
  } finally {
    workspace.dispose();
  }
}

describe('server-logic setters', () => {
  it('set Request Login and set Response Result hand on exactly what was typed', async () => {
    await fc.assert(
      fc.asyncProperty(typed, typed, async (login, result) => {
        const standIn = registeredFor(login, result);
        const req = { login: 'before', context: {} };
        await standIn.handler('beforeLogin')(req);
        expect(req.login).toBe(login);
        const res: HandlerResponse = { result: [] };
        await standIn.handler('afterDescribe')({ context: {} }, res);
        expect(res.result).toBe(result);
      }),
      { numRuns: RUNS },
    );
  });
});
