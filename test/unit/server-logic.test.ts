// Server logic: the event-handlers example and every server-logic block generate the golden CodeRunner file, which a
// fresh context with a stand-in Backendless.ServerCode.User runs as CodeRunner would — registering exactly the
// handlers drawn, which then refuse, change and add what they say; the emulator module does the same.
import * as Blockly from 'blockly';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { installServerLogic, loadWorkspaceJson, workspaceToServerLogic, type ServerLogicTarget } from '../../index.ts';
import { exampleWorkspace, serverLogicCases } from '../fixtures/server-logic-cases.ts';
import type { SavedWorkspace } from '../fixtures/golden-cases.ts';
import {
  runCoderunnerScript,
  runEmulatorModule,
  standInBackendless,
  type HandlerRequest,
  type StandIn,
} from '../helpers/server-logic-sandbox.ts';

const goldenDir = new URL('../golden/server-logic/', import.meta.url);
const updateGolden = Boolean(process.env['UPDATE_GOLDEN']) && !process.env['CI'];

beforeAll(() => installServerLogic());

function generate(state: SavedWorkspace, target: ServerLogicTarget): string {
  const workspace = new Blockly.Workspace();
  try {
    loadWorkspaceJson(workspace, state);
    return workspaceToServerLogic(workspace, { target });
  } finally {
    workspace.dispose();
  }
}

/** The handlers of a workspace, registered with a fresh stand-in by the given target. */
async function registered(state: SavedWorkspace, target: ServerLogicTarget): Promise<StandIn> {
  const standIn = standInBackendless();
  const source = generate(state, target);
  if (target === 'coderunner') runCoderunnerScript(source, standIn);
  else await runEmulatorModule(source, standIn);
  return standIn;
}

const context = (): HandlerRequest['context'] => ({ userId: null, userRoles: ['NotAuthenticatedUser'] });

describe.each(serverLogicCases)('$name', ({ name, workspace, handlers }) => {
  test('generates its golden CodeRunner file', () => {
    const file = new URL(`${name}.coderunner.js`, goldenDir);
    const script = generate(workspace, 'coderunner');
    if (updateGolden || !existsSync(file)) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(file, script);
    }
    expect(script).toBe(readFileSync(file, 'utf8'));
  });

  test('the emulator module is the same code, wrapped as export default function (Backendless)', () => {
    const script = generate(workspace, 'coderunner');
    const module = generate(workspace, 'emulator');
    const body = script.split('\n').slice(3).join('\n');
    expect(module).toMatch(/^export default function \(Backendless\) \{$/m);
    expect(module.replace(/^ {2}/gm, '')).toContain(body.trim());
  });

  test.each(['coderunner', 'emulator'] as const)('run by %s, registers exactly its handlers', async (target) => {
    const standIn = await registered(workspace, target);
    expect(standIn.registrations.map(({ event, async }) => [event, async])).toEqual(handlers);
    for (const { handler } of standIn.registrations) expect(handler).toBeTypeOf('function');
  });
});

describe.each(['coderunner', 'emulator'] as const)('the event-handlers example, run by %s', (target) => {
  test('before Register refuses an address at spam.test with code 4001 and a message saying "spam"', async () => {
    const standIn = await registered(exampleWorkspace, target);
    for (const email of ['x@spam.test', 'X@Spam.TEST']) {
      const refusal = standIn.handler('beforeRegister')({ user: { email, password: 'p' }, context: context() });
      await expect(refusal, email).rejects.toMatchObject({ code: 4001, message: expect.stringMatching(/spam/) });
    }
  });

  test('before Register lets an ordinary address through, unchanged', async () => {
    const standIn = await registered(exampleWorkspace, target);
    for (const email of ['bob@wonderland.com', 'spam.test@example.com', 'x@notspam.test']) {
      const user = { email, password: 'p' };
      await expect(standIn.handler('beforeRegister')({ user, context: context() }), email).resolves.toBeUndefined();
      expect(user).toEqual({ email, password: 'p' });
    }
  });

  test('after Login adds the greeting with the name, or the e-mail when there is none', async () => {
    const standIn = await registered(exampleWorkspace, target);
    const afterLogin = standIn.handler('afterLogin');
    const named = { name: 'Alice', email: 'alice@wonderland.com' };
    await afterLogin({ login: 'alice@wonderland.com', password: 'p', context: context() }, { result: named });
    expect(named).toEqual({ name: 'Alice', email: 'alice@wonderland.com', greeting: 'Welcome back, Alice' });
    for (const name of [null, '', undefined]) {
      const nameless: Record<string, unknown> = { name, email: 'bob@wonderland.com' };
      await afterLogin({ context: context() }, { result: nameless });
      expect(nameless['greeting'], String(name)).toBe('Welcome back, bob@wonderland.com');
    }
  });

  test('after a failed Login (no result) it changes nothing', async () => {
    const standIn = await registered(exampleWorkspace, target);
    const res = { result: null, error: { code: 3003 } };
    await expect(standIn.handler('afterLogin')({ context: context() }, res)).resolves.toBeUndefined();
    expect(res).toEqual({ result: null, error: { code: 3003 } });
  });

  test('hostile strings in the data stay data', async () => {
    const standIn = await registered(exampleWorkspace, target);
    const name = "'); globalThis.pwned = 1; ('</script><!-- ${1} \u2028\\";
    const user: Record<string, unknown> = { name, email: 'a@b.c' };
    await standIn.handler('afterLogin')({ context: context() }, { result: user });
    expect(user['greeting']).toBe(`Welcome back, ${name}`);
    expect(Reflect.get(globalThis, 'pwned')).toBeUndefined();
  });
});

describe('every server-logic block, run by CodeRunner', () => {
  const everyBlock = serverLogicCases.find((golden) => golden.name === 'server_logic_blocks')!.workspace;

  test('before handlers change the request: Request Login / Email set, Request User changed in place', async () => {
    const standIn = await registered(everyBlock, 'coderunner');
    const login: HandlerRequest = { login: 'Alice@Wonderland.COM', password: 'secret', context: context() };
    await standIn.handler('beforeLogin')(login);
    expect(login.login).toBe('alice@wonderland.com');
    expect(standIn.printed).toEqual(['password length 6']);
    const register: HandlerRequest = { user: { email: 'bob@wonderland.com' }, context: context() };
    await standIn.handler('beforeRegister')(register);
    expect(register.user).toEqual({ email: 'bob@wonderland.com', source: 'codeless' });
    const restore: HandlerRequest = { email: 'Bob@Wonderland.com', context: context() };
    await standIn.handler('beforeRestorePassword')(restore);
    expect(restore.email).toBe('bob@wonderland.com');
  });

  test('after handlers change the result: Response User in place, set Response Result replaces it', async () => {
    const standIn = await registered(everyBlock, 'coderunner');
    const updated = { result: { objectId: 'B', name: 'Bob' } };
    await standIn.handler('afterUpdate')({ context: { userId: 'A', userRoles: [] } }, updated);
    expect(updated.result).toEqual({ objectId: 'B', name: 'Bob', updatedBy: 'A' });
    const described = { result: [{ name: 'email' }, { name: 'name' }, { name: 'password' }] };
    await standIn.handler('afterDescribe')({ context: context() }, described);
    expect(described.result).toEqual([{ name: 'email' }, { name: 'name' }]);
  });

  test('a server-only block in a user function an async handler calls goes to Backendless.UserService', async () => {
    const standIn = await registered(everyBlock, 'coderunner');
    await standIn.handler('afterRegister')({ context: context() }, { result: { email: 'bob@wonderland.com' } });
    expect(standIn.serviceCalls).toEqual([['assignRole', ['bob@wonderland.com', 'Member']]]);
  });

  test('Context User Roles reads the calling user; a handler-only variable is the handler own (let)', async () => {
    const standIn = await registered(everyBlock, 'coderunner');
    await standIn.handler('beforeLogout')({ context: { userId: 'A', userRoles: ['AuthenticatedUser', 'Member'] } });
    expect(standIn.printed).toEqual(['roles 2']);
    expect(generate(everyBlock, 'coderunner')).toMatch(/beforeLogout\(async function \(req\) \{\n {2}let roles;\n/);
  });
});
