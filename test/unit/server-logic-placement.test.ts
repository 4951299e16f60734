// Where server logic goes: a block reading a handler's request, result or context is refused (generation) and
// disabled with a warning (editor) outside the handlers it belongs to; client programs leave handlers out; server
// logic leaves out everything but handlers and user functions, refuses two handlers of one event, and keeps the texts
// a person typed as data.
import * as Blockly from 'blockly';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  installServerLogic,
  loadWorkspaceJson,
  serverLogicCategory,
  workspaceToFunctionBody,
  workspaceToProgram,
  workspaceToServerLogic,
} from '../../index.ts';
import { handler, topBlocks } from '../fixtures/server-logic-cases.ts';
import { block, number, print, procedure, text, type SavedBlock } from '../fixtures/saved-blocks.ts';
import type { SavedWorkspace } from '../fixtures/golden-cases.ts';
import { runCoderunnerScript, standInBackendless } from '../helpers/server-logic-sandbox.ts';

beforeAll(() => installServerLogic());
afterEach(() => vi.restoreAllMocks());

function loaded(state: SavedWorkspace): Blockly.Workspace {
  const workspace = new Blockly.Workspace();
  loadWorkspaceJson(workspace, state);
  return workspace;
}

const serverLogic = (state: SavedWorkspace) => workspaceToServerLogic(loaded(state), { target: 'coderunner' });
const printed = (value: SavedBlock) => print(value);

/** Each server-logic block but the handler, as it sits in a statement stack. */
const serverBlocks: Array<[type: string, statement: SavedBlock]> = serverLogicCategory.contents
  .filter((entry) => entry.type !== 'backendless_users_event_handler')
  .map((entry) => {
    const { kind: _kind, ...saved } = entry;
    const statement = saved.type.startsWith('backendless_users_set_')
      ? (saved as SavedBlock)
      : printed(saved as SavedBlock);
    return [saved.type, statement];
  });

describe('a server-logic block outside the handler it belongs to', () => {
  test.each(serverBlocks)('%s: refused by generation, naming it', (type, statement) => {
    const inFunction = topBlocks(procedure('f', [statement]));
    expect(() => serverLogic(inFunction)).toThrow(new RegExp(`${type} .*works only inside an event handler`));
    // A client program has no handler: at the top or in a user function, the block is refused.
    for (const state of [topBlocks(statement), inFunction]) {
      expect(() => workspaceToFunctionBody(loaded(state))).toThrow(/outside every handler/);
    }
    // Server logic leaves out a top block that is not a handler (it would run when CodeRunner loads the file).
    expect(serverLogic(topBlocks(statement))).not.toContain('req');
  });

  test.each([
    ['backendless_users_request_login', 'before', 'register'],
    ['backendless_users_response_user', 'before', 'login'],
    ['backendless_users_response_user_properties', 'after', 'login'],
    ['backendless_users_request_email', 'after', 'update'],
  ])('%s in a %s %s handler is refused', (type, timing, event) => {
    expect(() => serverLogic(topBlocks(handler(timing as 'before', event, [printed(block(type))])))).toThrow(
      /it is inside another handler/,
    );
  });

  test('set Request is refused after the call, and where the request has no such argument', () => {
    const set = (argument: string) =>
      block('backendless_users_set_request_argument', { VALUE: text('x') }, { ARGUMENT: argument });
    expect(() => serverLogic(topBlocks(handler('after', 'login', [set('login')])))).toThrow(/another handler/);
    expect(() => serverLogic(topBlocks(handler('before', 'login', [set('email')])))).toThrow(/another handler/);
    expect(serverLogic(topBlocks(handler('before', 'login', [set('password')])))).toContain("req.password = 'x';");
  });

  test('in the editor it is disabled with a warning, and enabled again once in place', () => {
    const workspace = new Blockly.Workspace();
    const onLogin = workspace.newBlock('backendless_users_event_handler');
    onLogin.setFieldValue('login', 'EVENT');
    const login = workspace.newBlock('backendless_users_request_login');
    const change = () => login.onchange?.(new Blockly.Events.BlockMove(login));
    change();
    expect(login.isEnabled()).toBe(false);
    const print = workspace.newBlock('text_print');
    print.getInput('TEXT')!.connection!.connect(login.outputConnection!);
    onLogin.getInput('DO')!.connection!.connect(print.previousConnection!);
    change();
    expect(login.isEnabled()).toBe(true);
    onLogin.setFieldValue('register', 'EVENT');
    change();
    expect(login.isEnabled()).toBe(false);
    workspace.dispose();
  });
});

describe('client programs and server logic each take their own blocks', () => {
  const clientStack = { ...print('hello'), x: 20, y: 400 };
  const both = topBlocks(handler('before', 'register', [print('server')]), clientStack);

  test('workspaceToProgram and workspaceToFunctionBody leave event handlers out', () => {
    const alone = topBlocks(clientStack);
    expect(workspaceToProgram(loaded(both))).toBe(workspaceToProgram(loaded(alone)));
    expect(workspaceToFunctionBody(loaded(both))).toBe("console.log('hello');\n");
  });

  test('workspaceToServerLogic leaves out top blocks that are neither handlers nor user functions', () => {
    const script = serverLogic(both);
    expect(script).toContain("console.log('server');");
    expect(script).not.toContain('hello');
  });

  test('a disabled handler is left out; two enabled handlers of one event are refused', () => {
    const disabled = { ...handler('before', 'register', [print('off')]), enabled: false };
    expect(serverLogic(topBlocks(disabled, handler('before', 'register', [])))).not.toContain('off');
    expect(() => serverLogic(topBlocks(handler('after', 'login', []), handler('after', 'login', [])))).toThrow(
      /two afterLogin handlers/,
    );
  });

  test('an empty workspace gives a script that registers nothing', () => {
    const standIn = standInBackendless();
    runCoderunnerScript(serverLogic(topBlocks()), standIn);
    expect(standIn.registrations).toEqual([]);
  });

  test('a bad target or a non-workspace is a TypeError', () => {
    const workspace = loaded(topBlocks());
    expect(() => workspaceToServerLogic(workspace, { target: 'lambda' as 'coderunner' })).toThrow(
      /target must be 'coderunner' or 'emulator', got 'lambda'/,
    );
    expect(() => workspaceToServerLogic(null as unknown as Blockly.Workspace, { target: 'emulator' })).toThrow(
      TypeError,
    );
  });
});

describe('texts typed in blocks stay data in server logic', () => {
  const hostile = "'); globalThis.pwned = 1; ('\n\r\u2028\u2029</script><!-- ${x} `\\ \ud800";

  test('in a refusal message and in a property set on the result', async () => {
    const state = topBlocks(
      handler('before', 'register', [
        block('backendless_users_throw_error', { CODE: { block: number(4002) }, MESSAGE: text(hostile) }),
      ]),
      handler('after', 'login', [
        block('backendless_users_set_property', {
          PROPERTY: text(hostile),
          USER: { block: block('backendless_users_response_user') },
          VALUE: text(hostile),
        }),
      ]),
    );
    const standIn = standInBackendless();
    runCoderunnerScript(serverLogic(state), standIn);
    await expect(standIn.handler('beforeRegister')({ user: {}, context: {} })).rejects.toMatchObject({
      code: 4002,
      message: hostile,
    });
    const result: Record<string, unknown> = {};
    await standIn.handler('afterLogin')({ context: {} }, { result });
    expect(result).toEqual({ [hostile]: hostile });
    expect(Reflect.get(globalThis, 'pwned')).toBeUndefined();
  });
});

describe('a saved handler whose dropdowns hold what no option is', () => {
  test('never turns the value into code: Blockly keeps an option, the generator names only known events', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hostile = "register'); globalThis.pwned = 1; ('";
    const saved: SavedBlock = {
      type: 'backendless_users_event_handler',
      fields: { TIMING: 'during', EVENT: hostile, MODE: hostile },
    };
    const script = serverLogic(topBlocks(saved));
    expect(warn).toHaveBeenCalled();
    expect(script).not.toContain('pwned');
    expect(script).toMatch(/^Backendless\.ServerCode\.User\.(before|after)[A-Z]\w+\(async function/m);
  });
});
