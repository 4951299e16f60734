// Server logic the emulator runs around the Users API, as Backendless' CodeRunner runs event handlers: a before
// handler changes the request or refuses the call with its error, an after handler changes the result, an
// asynchronous one does not delay its call, a handler that fails or loops changes nothing and is named in the
// error, the emulator keeps serving, and calls the logic makes fire no event.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdminLogicView, AdminUserView, EmulatorOptions } from '../../emulator/index.ts';
import { buildEmulator } from '../../emulator/build.ts';
import { inProcessEmulator, type InProcessEmulator, type JsonReply } from '../helpers/in-process-emulator.ts';
import { EXAMPLE_LOGIC, SPAM_REFUSAL, logicModule } from '../helpers/server-logic-modules.ts';

const ALICE = { login: 'alice@wonderland.com', password: 'wonderland' };
// Short enough that a looping handler costs a test little; handlers that call the emulator (a password hash
// each) get a roomier limit, so that a busy machine does not fail them.
const LOOP_TIME_LIMIT_MS = 200;
const TIME_LIMIT_MS = 5_000;

let emulator: InProcessEmulator | undefined;

async function start(
  source: string,
  name = 'test logic',
  limit = TIME_LIMIT_MS,
  options: EmulatorOptions = {},
): Promise<InProcessEmulator> {
  emulator = await inProcessEmulator({ ...options, logic: { source, name }, logicTimeLimitMs: limit });
  return emulator;
}

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function api(target: InProcessEmulator, method: string, path: string, json?: unknown, token?: string) {
  const headers: Record<string, string> = token === undefined ? {} : { 'user-token': token };
  return target.call(method, `/${target.appId}/${target.apiKey}${path}`, json, headers);
}

const logicView = async (target: InProcessEmulator): Promise<AdminLogicView> =>
  (await target.call('GET', '/_emulator/logic')).body as AdminLogicView;

const userEmails = async (target: InProcessEmulator): Promise<string[]> =>
  ((await target.call('GET', '/_emulator/users')).body as { users: AdminUserView[] }).users.map((view) =>
    String(view.user.email),
  );

function expectError(reply: JsonReply, code: number, message: string | RegExp): void {
  expect(reply.status).toBe(400);
  const body = reply.body as { code: number; message: string };
  expect(body.code).toBe(code);
  if (typeof message === 'string') expect(body.message).toBe(message);
  else expect(body.message).toMatch(message);
}

describe('the example logic', () => {
  it('refuses a register at spam.test with the handler error and registers anyone else', async () => {
    const target = await start(EXAMPLE_LOGIC);
    const refused = await api(target, 'POST', '/users/register', { email: 'x@spam.test', password: 'secret' });
    expectError(refused, SPAM_REFUSAL.code, SPAM_REFUSAL.message);
    expect(await userEmails(target)).not.toContain('x@spam.test');

    const ok = await api(target, 'POST', '/users/register', { email: 'bob@example.com', password: 'secret' });
    expect(ok.status).toBe(200);
    expect((ok.body as { email: string }).email).toBe('bob@example.com');
  });

  it("adds the greeting to alice's login, and the session works", async () => {
    const target = await start(EXAMPLE_LOGIC);
    const login = await api(target, 'POST', '/users/login', ALICE);
    expect(login.status).toBe(200);
    const user = login.body as Record<string, string>;
    expect(user.greeting).toBe('Welcome back, Alice');
    expect((await api(target, 'GET', `/users/isvalidusertoken/${user['user-token']}`)).body).toBe(true);
  });

  it('lists its handlers and each run with its outcome in the admin API', async () => {
    const target = await start(EXAMPLE_LOGIC, 'event-handlers');
    await api(target, 'POST', '/users/register', { email: 'x@spam.test', password: 'secret' });
    await api(target, 'POST', '/users/login', ALICE);
    const view = await logicView(target);
    expect(view.name).toBe('event-handlers');
    expect(view.handlers).toEqual([
      { event: 'beforeRegister', timing: 'before', operation: 'register', async: false },
      { event: 'afterLogin', timing: 'after', operation: 'login', async: false },
    ]);
    expect(view.runs.map(({ event, outcome, error }) => ({ event, outcome, error }))).toEqual([
      { event: 'afterLogin', outcome: 'ok', error: undefined },
      { event: 'beforeRegister', outcome: 'refused', error: SPAM_REFUSAL },
    ]);
  });
});

describe('handlers change requests and results', () => {
  it('a before handler changes the arguments; an after handler returns a new result', async () => {
    const target = await start(
      logicModule({
        beforeRegister: `req.user.name = 'Registered ' + req.user.email; req.user.email = req.user.email.toLowerCase();`,
        afterRegister: `return { ...res.result, welcome: true };`,
      }),
    );
    const reply = await api(target, 'POST', '/users/register', { email: 'Carol@Example.com', password: 'secret' });
    expect(reply.body).toMatchObject({
      email: 'carol@example.com',
      name: 'Registered Carol@Example.com',
      welcome: true,
    });
    expect(await userEmails(target)).toContain('carol@example.com');
  });

  it('req.context carries the calling user id and roles; update, describe and logout fire their events', async () => {
    const target = await start(
      logicModule({
        beforeUpdate: `req.user.seenBy = req.context.userId + ' ' + req.context.userRoles.join(',');`,
        afterDescribe: `res.result = res.result.filter((column) => column.name !== 'seenBy'); console.log('described');`,
        beforeLogout: `console.log('logging out', this.userId);`,
        afterRestorePassword: `console.log('restored', req.email);`,
      }),
    );
    const alice = (await api(target, 'POST', '/users/login', ALICE)).body as Record<string, string>;
    const token = alice['user-token']!;
    const updated = await api(target, 'PUT', `/users/${alice.objectId}`, { age: 11 }, token);
    expect((updated.body as Record<string, unknown>).seenBy).toBe(`${alice.objectId} AuthenticatedUser`);
    const columns = (await api(target, 'GET', '/users/userclassprops', undefined, token)).body as Array<{
      name: string;
    }>;
    expect(columns.map((column) => column.name)).toContain('age');
    expect(columns.map((column) => column.name)).not.toContain('seenBy');
    expect((await api(target, 'GET', '/users/restorepassword/alice@wonderland.com')).status).toBe(200);
    expect((await api(target, 'GET', '/users/logout', undefined, token)).status).toBe(200);
    const runs = (await logicView(target)).runs;
    expect(runs.map((run) => [run.event, run.logs])).toEqual([
      ['beforeLogout', [`logging out ${alice.objectId}`]],
      ['afterRestorePassword', ['restored alice@wonderland.com']],
      ['afterDescribe', ['described']],
      ['beforeUpdate', []],
    ]);
  });

  it('a before handler that returns a value answers for the operation, which does not run', async () => {
    const target = await start(logicModule({ beforeRegister: `return { objectId: 'none', email: req.user.email };` }));
    const reply = await api(target, 'POST', '/users/register', { email: 'dan@example.com', password: 'secret' });
    expect(reply.body).toEqual({ objectId: 'none', email: 'dan@example.com' });
    expect(await userEmails(target)).not.toContain('dan@example.com');
  });
});

describe('handlers that fail', () => {
  it('an error with a code and an HTTP status is answered as that Backendless error', async () => {
    const target = await start(
      logicModule({ beforeLogin: `throw new Backendless.ServerCode.Error(4711, 'Logins are closed today', 403);` }),
    );
    const reply = await api(target, 'POST', '/users/login', ALICE);
    expect(reply.status).toBe(403);
    expect(reply.body).toEqual({ code: 4711, message: 'Logins are closed today' });
  });

  it('any other throw names the handler, and the call changes nothing', async () => {
    const target = await start(logicModule({ afterRegister: `throw new TypeError('res.result.nope is undefined');` }));
    const reply = await api(target, 'POST', '/users/register', { email: 'erin@example.com', password: 'secret' });
    expectError(reply, 0, 'afterRegister failed: res.result.nope is undefined');
    // The register itself is done before its after handler runs (as on Backendless); a before failure stops it.
    const before = await start(logicModule({ beforeRegister: `throw 'no reason';` }));
    const refused = await api(before, 'POST', '/users/register', { email: 'erin@example.com', password: 'secret' });
    expectError(refused, 0, 'beforeRegister failed: no reason');
    expect(await userEmails(before)).not.toContain('erin@example.com');
    await target.close();
  });

  it('a request changed into something the operation cannot take is the handler failure', async () => {
    const target = await start(logicModule({ beforeRegister: `req.user = 'nobody';` }));
    const reply = await api(target, 'POST', '/users/register', { email: 'fay@example.com', password: 'secret' });
    expectError(reply, 0, 'beforeRegister failed: req.user must be an object');
  });

  it('a looping handler is stopped at its time limit, and the emulator keeps serving its logic', async () => {
    const target = await start(
      logicModule({
        beforeLogin: `if (req.login === 'loop@example.com') for (;;) {}`,
        afterLogin: `res.result.checked = true;`,
      }),
      'looping',
      LOOP_TIME_LIMIT_MS,
    );
    const looped = await api(target, 'POST', '/users/login', { login: 'loop@example.com', password: 'x' });
    expectError(
      looped,
      0,
      `beforeLogin failed: it did not finish within its time limit of ${LOOP_TIME_LIMIT_MS} ms and was stopped`,
    );
    const next = await api(target, 'POST', '/users/login', ALICE);
    expect(next.status).toBe(200);
    expect((next.body as Record<string, unknown>).checked).toBe(true);
    expect((await logicView(target)).runs.map((run) => [run.event, run.outcome])).toEqual([
      ['afterLogin', 'ok'],
      ['beforeLogin', 'ok'],
      ['beforeLogin', 'timed-out'],
    ]);
  });
  it('a handler that ends its worker fails its call, and a fresh worker serves the next', async () => {
    const target = await start(
      logicModule({
        beforeLogin: `if (req.login === 'exit@example.com') process.exit(3);`,
        afterLogin: `setTimeout(() => { throw new Error('thrown later'); }); res.result.checked = true;`,
      }),
    );
    const ended = await api(target, 'POST', '/users/login', { login: 'exit@example.com', password: 'x' });
    expectError(ended, 0, /^beforeLogin failed: /);
    for (let i = 0; i < 2; i++) {
      const next = await api(target, 'POST', '/users/login', ALICE);
      expect((next.body as Record<string, unknown>).checked).toBe(true);
    }
  });
});

describe('calls server logic makes', () => {
  it('fire no event: a login inside afterRegister runs neither beforeLogin nor afterLogin', async () => {
    const target = await start(
      logicModule({
        beforeLogin: `console.log('beforeLogin ran');`,
        afterLogin: `res.result.greeting = 'hello';`,
        afterRegister: `
          const user = await Backendless.UserService.login(req.user.email, req.user.password);
          const roles = await Backendless.UserService.getUserRoles(user.objectId);
          res.result.loggedInGreeting = user.greeting ?? 'none';
          res.result.roles = roles;`,
      }),
    );
    const reply = await api(target, 'POST', '/users/register', { email: 'gus@example.com', password: 'secret' });
    expect(reply.body).toMatchObject({
      email: 'gus@example.com',
      loggedInGreeting: 'none',
      roles: ['AuthenticatedUser'],
    });
    expect((await logicView(target)).runs.map((run) => run.event)).toEqual(['afterRegister']);
  });

  it('run with the server key: server-only calls work inside a handler', async () => {
    const target = await start(
      logicModule({
        afterRegister: `
          await Backendless.UserService.assignRole(res.result.email, 'Member');
          res.result.rolesNow = await Backendless.UserService.getUserRoles(res.result.objectId);`,
      }),
      'roles',
      TIME_LIMIT_MS,
      { roles: ['Member'] },
    );
    const reply = await api(target, 'POST', '/users/register', { email: 'hal@example.com', password: 'secret' });
    expect((reply.body as Record<string, unknown>).rolesNow).toEqual(['AuthenticatedUser', 'Member']);
    const users = ((await target.call('GET', '/_emulator/users')).body as { users: AdminUserView[] }).users;
    expect(users.find((view) => view.user.email === 'hal@example.com')?.roles).toEqual(['Member']);
  });

  it('carry the Backendless error of the call to the handler', async () => {
    const target = await start(
      logicModule({
        afterLogin: `
          try { await Backendless.UserService.assignRole(res.result.email, 'NoSuchRole'); }
          catch (error) { res.result.failure = error.code + ' ' + error.message; }`,
      }),
    );
    const reply = await api(target, 'POST', '/users/login', ALICE);
    expect((reply.body as Record<string, string>).failure).toMatch(/^2005 Role not found/);
  });
});

describe('asynchronous handlers', () => {
  it('do not delay their call: the call is answered while the handler still waits', async () => {
    const target = await start(
      logicModule(
        {
          afterLogin: `const columns = await Backendless.UserService.describeUserClass(); console.log(columns.length);`,
        },
        ['afterLogin'],
      ),
    );
    type Columns = Awaited<ReturnType<typeof target.app.accounts.describeUserClass>>;
    let open: (columns: Columns) => void = () => undefined;
    const gate = new Promise<Columns>((resolve) => (open = resolve));
    vi.spyOn(target.app.accounts, 'describeUserClass').mockReturnValueOnce(gate);
    const reply = await api(target, 'POST', '/users/login', ALICE);
    expect(reply.status).toBe(200);
    expect((await logicView(target)).runs).toEqual([]);
    const column = { type: 'STRING', required: false, defaultValue: null, identity: false, primaryKey: false } as const;
    open([
      { ...column, name: 'a' },
      { ...column, name: 'b' },
    ]);
    await target.app.logic.whenIdle();
    expect((await logicView(target)).runs).toMatchObject([
      { event: 'afterLogin', async: true, outcome: 'ok', logs: ['2'] },
    ]);
  });

  it('log their failures and leave the call as it was', async () => {
    const target = await start(
      logicModule({ beforeLogin: `req.login = 'nobody'; throw new Error('late');` }, ['beforeLogin']),
    );
    const reply = await api(target, 'POST', '/users/login', ALICE);
    expect(reply.status).toBe(200);
    await target.app.logic.whenIdle();
    expect((await logicView(target)).runs).toMatchObject([
      { event: 'beforeLogin', outcome: 'failed', error: { code: 0, message: 'beforeLogin failed: late' } },
    ]);
  });
});

describe('the admin API', () => {
  it('replaces the logic with PUT, and keeps it when the new source does not load', async () => {
    const target = await start(EXAMPLE_LOGIC);
    const bad = await target.call('PUT', '/_emulator/logic', { source: 'export default function (Backendless) {' });
    expect(bad.status).toBe(400);
    expect((bad.body as { code: number; message: string }).message).toMatch(
      /server logic does not load: .*SyntaxError|Unexpected/,
    );
    const notAFunction = await target.call('PUT', '/_emulator/logic', { source: 'export default 42;' });
    expect((notAFunction.body as { message: string }).message).toMatch(/export default function \(Backendless\)/);
    const duplicate = logicModule({ afterLogin: '' }).replace(
      '}\n',
      `}\n  Backendless.ServerCode.User.afterLogin(() => {});\n`,
    );
    expect((await target.call('PUT', '/_emulator/logic', { source: duplicate })).status).toBe(400);
    expect((await logicView(target)).handlers.map((handler) => handler.event)).toEqual([
      'beforeRegister',
      'afterLogin',
    ]);

    const put = await target.call('PUT', '/_emulator/logic', {
      source: logicModule({ afterLogin: `res.result.greeting = 'replaced';` }),
      name: 'second',
    });
    expect(put.status).toBe(200);
    expect((put.body as AdminLogicView).handlers).toEqual([
      { event: 'afterLogin', timing: 'after', operation: 'login', async: false },
    ]);
    expect(((await api(target, 'POST', '/users/login', ALICE)).body as Record<string, string>).greeting).toBe(
      'replaced',
    );
    const register = await api(target, 'POST', '/users/register', { email: 'x@spam.test', password: 'secret' });
    expect(register.status).toBe(200);
  });

  it('applies deployments in the order they were made, though the first takes longer to load', async () => {
    const target = await start(EXAMPLE_LOGIC);
    // The first module spends a while in its top level before it registers its handler; the second loads at once.
    const slow = logicModule({ afterLogin: `res.result.greeting = 'first';` }).replace(
      '{\n',
      '{\n  for (const end = Date.now() + 300; Date.now() < end; );\n',
    );
    const [first, second] = await Promise.all([
      target.call('PUT', '/_emulator/logic', { source: slow, name: 'first' }),
      target.call('PUT', '/_emulator/logic', { source: logicModule({ beforeLogout: '' }), name: 'second' }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const view = await logicView(target);
    expect(view.name).toBe('second');
    expect(view.handlers.map((handler) => handler.event)).toEqual(['beforeLogout']);
    expect(((await api(target, 'POST', '/users/login', ALICE)).body as Record<string, string>).greeting).toBe(
      undefined,
    );
  });

  it('answers only the pages the emulator trusts, like every admin route', async () => {
    const target = await start(EXAMPLE_LOGIC);
    const foreign = await target.call('GET', '/_emulator/logic', undefined, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const cleared = await target.call('DELETE', '/_emulator/logic');
    expect(cleared.body).toMatchObject({ name: null, handlers: [] });
    expect((await api(target, 'POST', '/users/register', { email: 'x@spam.test', password: 'secret' })).status).toBe(
      200,
    );
  });
});

describe('the logic options', () => {
  it('refuse a module that does not load and a time limit that is not a positive integer', async () => {
    await expect(buildEmulator({ logic: { source: 'export default function (' } })).rejects.toThrow(
      /^logic: the module does not load: /,
    );
    await expect(buildEmulator({ logicTimeLimitMs: 0 })).rejects.toThrow(/logicTimeLimitMs/);
    await expect(buildEmulator({ logic: 'source' as never })).rejects.toThrow(/logic must be \{ source, name\? \}/);
  });
});
