// Backendless fidelity that is also safety: Find Users by Role takes custom roles only, `roles` is not a
// column a client may write, an admin password change ends the sessions and lifts the lockout (as the reset link
// does), passwords and role names follow one rule at every door, and an export holds no password.
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../emulator/build.ts';
import { MAX_ROLE_NAME_LENGTH, roleNameProblem } from '../../emulator/contract.ts';
import { inProcessEmulator, type InProcessEmulator } from '../helpers/in-process-emulator.ts';

let emulator: InProcessEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: EmulatorOptions = {}): Promise<InProcessEmulator> {
  emulator = await inProcessEmulator({
    users: [{ email: 'hatter@tea.party', password: 'teapot-time', roles: ['Host'] }],
    roles: ['Host'],
    ...options,
  });
  return emulator;
}

async function call(
  path: string,
  options: { method?: string; body?: unknown; token?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> & { code?: number } }> {
  const e = emulator!;
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers['user-token'] = options.token;
  const reply = await e.request(path.startsWith('/_emulator') ? path : `/${e.appId}/${e.apiKey}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: reply.status, body: reply.body as Record<string, unknown> };
}

const login = async (password = 'teapot-time') =>
  call('/users/login', { method: 'POST', body: { login: 'hatter@tea.party', password } });

describe('Find Users by Role', () => {
  it('answers custom roles only: a system role is an error, not a list of every user', async () => {
    await start();
    for (const role of ['AuthenticatedUser', 'NotAuthenticatedUser', 'SocialUser']) {
      const answer = await call(`/users/role/${role}?pageSize=100`);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe(8008);
      expect(JSON.stringify(answer.body)).not.toContain('hatter@tea.party');
    }
    const custom = await call('/users/role/Host');
    expect((custom.body as unknown as Array<{ email: string }>).map((user) => user.email)).toEqual([
      'hatter@tea.party',
    ]);
  });
});

describe('roles is not a column', () => {
  it('update and register refuse a roles property (3016); get-user and findByRole show no roles without loadRoles', async () => {
    await start();
    const session = await login();
    const token = session.body['user-token'] as string;
    const update = await call(`/users/${String(session.body.objectId)}`, {
      method: 'PUT',
      token,
      body: { roles: ['Admin'] },
    });
    expect(update.body.code).toBe(3016);
    const register = await call('/users/register', {
      method: 'POST',
      body: { email: 'march@hare.test', password: 'teapot-time', roles: ['Host'] },
    });
    expect(register.body.code).toBe(3016);
    const user = await call(`/data/Users/${String(session.body.objectId)}`);
    expect(user.body).not.toHaveProperty('roles');
  });
});

describe('an admin password change', () => {
  it('ends the user’s sessions and lifts a lockout, as the reset link does', async () => {
    const e = await start({ maxFailedLogins: 2 });
    const session = await login();
    const token = session.body['user-token'] as string;
    await login('wrong');
    await login('wrong');
    expect((await login()).body.code).toBe(3036);
    const changed = await call(`/_emulator/users/${String(session.body.objectId)}`, {
      method: 'PATCH',
      body: { password: 'new teapot-time' },
    });
    expect(changed.status).toBe(200);
    expect((await call(`/users/isvalidusertoken/${token}`)).body).toBe(false);
    expect((await login('new teapot-time')).status).toBe(200);
    expect(e.app.admin.listUsers()[0]!.lockedUntil).toBeNull();
  });
});

describe('one password rule at every door', () => {
  it('with minPasswordLength 8, register, update, the admin API and the reset page refuse a short password', async () => {
    const e = await start({ minPasswordLength: 8 });
    expect(
      (await call('/users/register', { method: 'POST', body: { email: 'a@b.test', password: 'a' } })).body.code,
    ).toBe(8008);
    const session = await login();
    const update = await call(`/users/${String(session.body.objectId)}`, {
      method: 'PUT',
      token: session.body['user-token'] as string,
      body: { password: 'a' },
    });
    expect(update.body.code).toBe(8008);
    const admin = await call(`/_emulator/users/${String(session.body.objectId)}`, {
      method: 'PATCH',
      body: { password: 'a' },
    });
    expect(admin.body.code).toBe(8008);
    expect(
      (await call('/_emulator/users', { method: 'POST', body: { email: 'c@d.test', password: 'short' } })).body.code,
    ).toBe(8008);
    await call('/users/restorepassword/hatter@tea.party');
    const link = new URL(e.app.admin.listOutbox()[0]!.links[0]!.url).pathname;
    const form = (password: string) =>
      e.request(link, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ password, repeat: password }).toString(),
      });
    const refused = await form('a');
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('at least 8 characters');
    expect((await form('long enough')).status).toBe(200);
  });

  it('a password past 1,024 characters is refused everywhere', async () => {
    await start();
    const long = 'p'.repeat(1025);
    expect(
      (await call('/users/register', { method: 'POST', body: { email: 'a@b.test', password: long } })).body.code,
    ).toBe(8008);
  });
});

describe('one role-name rule at every door', () => {
  const longest = `R${'x'.repeat(MAX_ROLE_NAME_LENGTH - 1)}`;
  const tooLong = `${longest}x`;

  it('the admin API, the start options and an import take a name of the limit and refuse a longer one', async () => {
    expect(roleNameProblem(longest)).toBeUndefined();
    const problem = roleNameProblem(tooLong)!;
    expect(problem).toContain(`at most ${MAX_ROLE_NAME_LENGTH}`);
    await start();
    expect((await call('/_emulator/roles', { method: 'POST', body: { name: longest } })).status).toBe(201);
    const added = await call('/_emulator/roles', { method: 'POST', body: { name: tooLong } });
    expect(added.body).toMatchObject({ code: 8008, message: expect.stringContaining(problem) });
    await expect(inProcessEmulator({ roles: [tooLong] })).rejects.toThrow(problem);
    const document = { format: 'codeless-emulator', version: 2, users: [], roles: [tooLong] };
    const imported = await call('/_emulator/import', { method: 'POST', body: document });
    expect(imported.body).toMatchObject({ code: 8008, message: expect.stringContaining(problem) });
  });

  it('the admin API, the start options and an import refuse a system role by the same words', async () => {
    await start();
    const words = 'JSUser is a system role';
    const added = await call('/_emulator/roles', { method: 'POST', body: { name: 'JSUser' } });
    expect(added.body).toMatchObject({ code: 8008, message: expect.stringContaining(words) });
    await expect(inProcessEmulator({ roles: ['JSUser'] })).rejects.toThrow(words);
    const document = { format: 'codeless-emulator', version: 2, users: [], roles: ['JSUser'] };
    const imported = await call('/_emulator/import', { method: 'POST', body: document });
    expect(imported.body).toMatchObject({ code: 8008, message: expect.stringContaining(words) });
  });
});

describe('an export', () => {
  it('holds password hashes, never passwords: a generated password is not in the exported outbox', async () => {
    const e = await start({ passwordResetMode: 'generated-password' });
    await call('/users/restorepassword/hatter@tea.party');
    const [mail] = e.app.admin.listOutbox();
    const password = mail!.text.split('\n')[3]!;
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);
    const exported = e.app.admin.exportData();
    expect(exported).not.toContain(password);
    expect(exported).toContain('generated-password');
  });
});
