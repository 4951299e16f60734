// The app's settings and data over HTTP: settings come from options, the admin API and the data file (options win
// over the file's, a reset goes back to the start's), each checked; the data file keeps settings, roles, users and
// e-mails across a restart and still reads the first format; export / import move the whole data as a file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorSettings } from '../../emulator/index.ts';
import { inProcessEmulator, type InProcessEmulator } from '../helpers/in-process-emulator.ts';
import { MAX_IMPORT_BYTES } from '../../emulator/limits.ts';

let directory: string;
const ALICE = { login: 'alice@wonderland.com', password: 'wonderland' };

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'codeless-settings-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function call(
  emulator: InProcessEmulator,
  method: string,
  path: string,
  json?: unknown,
): Promise<{ status: number; body: Record<string, unknown>; text: string; headers: Headers }> {
  const url = path.startsWith('/_emulator')
    ? `${emulator.url}${path}`
    : `${emulator.url}/${emulator.appId}/${emulator.apiKey}${path}`;
  const response = await emulator.fetch(url, {
    method,
    headers: json === undefined ? {} : { 'content-type': 'application/json' },
    body: json === undefined ? undefined : typeof json === 'string' ? json : JSON.stringify(json),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : JSON.parse(text), text, headers: response.headers };
}

const settingsOf = async (emulator: InProcessEmulator) =>
  (await call(emulator, 'GET', '/_emulator/settings')).body as unknown as EmulatorSettings;

describe('settings', () => {
  it("start as Backendless' defaults, take options, and a reset goes back to the start's", async () => {
    const emulator = await inProcessEmulator({ emailConfirmationRequired: true, sessionTimeoutMs: 60_000 });
    try {
      expect(await settingsOf(emulator)).toEqual({
        registrationEnabled: true,
        emailConfirmationRequired: true,
        passwordResetMode: 'link',
        loginsDisabled: false,
        multipleLogins: 'end-previous',
        maxConcurrentLogins: 0,
        maxFailedLogins: 0,
        lockoutMs: 900_000,
        sessionTimeoutMs: 60_000,
        redirectOrigins: [],
        minPasswordLength: 1,
      });
      await call(emulator, 'PATCH', '/_emulator/settings', {
        emailConfirmationRequired: false,
        passwordResetMode: 'generated-password',
      });
      expect(await settingsOf(emulator)).toMatchObject({
        emailConfirmationRequired: false,
        passwordResetMode: 'generated-password',
      });
      await call(emulator, 'POST', '/_emulator/reset');
      expect(await settingsOf(emulator)).toMatchObject({ emailConfirmationRequired: true, passwordResetMode: 'link' });
    } finally {
      await emulator.close();
    }
  });

  it('refuse what is not a setting value with 8008 naming it, and startEmulator with a TypeError', async () => {
    expect.hasAssertions();
    const emulator = await inProcessEmulator();
    try {
      for (const changes of [
        { passwordResetMode: 'carrier-pigeon' },
        { emailConfirmationRequired: 'yes' },
        { sessionTimeoutMs: 31 * 24 * 60 * 60 * 1000 },
        { multipleLogins: 'allow-some' },
        { maxConcurrentLogins: 1.5 },
      ]) {
        const reply = await call(emulator, 'PATCH', '/_emulator/settings', changes);
        expect(reply.body).toMatchObject({ code: 8008, message: expect.stringContaining(Object.keys(changes)[0]!) });
      }
      expect(await settingsOf(emulator)).toMatchObject({ passwordResetMode: 'link', sessionTimeoutMs: 3_600_000 });
    } finally {
      await emulator.close();
    }
    await expect(inProcessEmulator({ passwordResetMode: 'sms' as 'link' })).rejects.toThrow(
      /invalid option 'passwordResetMode'/,
    );
  });

  it('registration off answers register with 3009 and HTTP 403; logins off answer 3034', async () => {
    const emulator = await inProcessEmulator({ registrationEnabled: false, loginsDisabled: true });
    try {
      const register = await call(emulator, 'POST', '/users/register', { email: 'x@y.com', password: 'p' });
      expect([register.status, register.body.code]).toEqual([403, 3009]);
      expect((await call(emulator, 'POST', '/users/login', ALICE)).body).toMatchObject({ code: 3034 });
      expect((await call(emulator, 'POST', '/users/register/guest')).body).toMatchObject({ code: 3034 });
    } finally {
      await emulator.close();
    }
  });
});

describe('the data file', () => {
  it('keeps settings, roles, users with their roles, and e-mails across a restart; options win over its settings', async () => {
    const dataFile = join(directory, 'v2.json');
    const first = await inProcessEmulator({
      dataFile,
      roles: ['Admin'],
      users: [{ ...ALICE, email: ALICE.login, roles: ['Admin'] }],
    });
    await call(first, 'PATCH', '/_emulator/settings', { emailConfirmationRequired: true, maxFailedLogins: 4 });
    await call(first, 'POST', '/_emulator/roles', { name: 'Editor' });
    await call(first, 'POST', '/users/register', { email: 'bill@lizard.com', password: 'chimney' });
    await first.close();

    const second = await inProcessEmulator({ dataFile, maxFailedLogins: 7 });
    try {
      expect(await settingsOf(second)).toMatchObject({ emailConfirmationRequired: true, maxFailedLogins: 7 });
      const roles = (await call(second, 'GET', '/_emulator/roles')).body.roles as Array<{
        name: string;
        system: boolean;
        users: number;
      }>;
      expect(roles.filter((role) => !role.system)).toEqual([
        { name: 'Admin', system: false, users: 1 },
        { name: 'Editor', system: false, users: 0 },
      ]);
      const outbox = (await call(second, 'GET', '/_emulator/outbox')).body.messages as Array<{
        to: string;
        links: Array<{ url: string }>;
      }>;
      expect(outbox.map((message) => message.to)).toEqual(['bill@lizard.com']);
      // The link still works after the restart (the path is what counts: a restart may take another port); its
      // page's form confirms.
      const { pathname } = new URL(outbox[0]!.links[0]!.url);
      expect((await second.fetch(`${second.url}${pathname}`)).status).toBe(200);
      const form = { 'content-type': 'application/x-www-form-urlencoded' };
      expect(
        (await second.fetch(`${second.url}${pathname}`, { method: 'POST', headers: form, body: 'confirm=yes' })).status,
      ).toBe(200);
      expect(
        (await call(second, 'POST', '/users/login', { login: 'bill@lizard.com', password: 'chimney' })).status,
      ).toBe(200);
    } finally {
      await second.close();
    }
    const document = JSON.parse(await readFile(dataFile, 'utf8')) as { version: number; settings: unknown };
    expect(document.version).toBe(2);
    expect(document.settings).toMatchObject({ maxFailedLogins: 7 });
  });

  it('reads a file of the first format (users and sessions only) as users without roles', async () => {
    const dataFile = join(directory, 'v1.json');
    const seeded = await inProcessEmulator({ dataFile });
    await seeded.close();
    const current = JSON.parse(await readFile(dataFile, 'utf8')) as {
      appId: string;
      users: Array<Record<string, unknown>>;
    };
    const users = current.users.map(
      ({ socialAccount, social, roles, ...rest }) => (void [socialAccount, social, roles], rest),
    );
    await writeFile(
      dataFile,
      JSON.stringify({ format: 'codeless-emulator', version: 1, appId: current.appId, users, sessions: [] }),
    );
    const emulator = await inProcessEmulator({ dataFile });
    try {
      expect((await call(emulator, 'POST', '/users/login', ALICE)).body).toMatchObject({
        socialAccount: 'BACKENDLESS',
      });
    } finally {
      await emulator.close();
    }
  });

  it('refuses a file naming a role it does not define, or bad settings, with a message naming the entry', async () => {
    const dataFile = join(directory, 'bad.json');
    const seeded = await inProcessEmulator({ dataFile });
    await seeded.close();
    const document = JSON.parse(await readFile(dataFile, 'utf8')) as {
      users: Array<{ roles: string[] }>;
      settings: object;
    };
    document.users[0]!.roles = ['Ghost'];
    await writeFile(dataFile, JSON.stringify(document));
    await expect(inProcessEmulator({ dataFile })).rejects.toThrow(/users\[0\]: role "Ghost" is not in "roles"/);
    document.users[0]!.roles = [];
    document.settings = { multipleLogins: 'sometimes' };
    await writeFile(dataFile, JSON.stringify(document));
    await expect(inProcessEmulator({ dataFile })).rejects.toThrow(/settings: .*multipleLogins/);
  });
});

describe('export and import', () => {
  it('export hands out the whole data as a file without sessions; import puts it back and ends every session', async () => {
    const source = await inProcessEmulator({ roles: ['Admin'] });
    const target = await inProcessEmulator({ appId: 'DEADBEEF-0000-4000-8000-000000000000' });
    try {
      await call(source, 'POST', '/_emulator/users', {
        email: 'queen@hearts.com',
        password: 'off-with',
        roles: ['Admin'],
      });
      await call(source, 'PATCH', '/_emulator/settings', { passwordResetMode: 'generated-password' });
      await call(source, 'GET', '/users/restorepassword/alice@wonderland.com');
      const session = (await call(source, 'POST', '/users/login', { login: 'queen@hearts.com', password: 'off-with' }))
        .body;
      const exported = await call(source, 'GET', '/_emulator/export');
      expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="emulator-${source.appId}.json"`);
      expect(exported.text).not.toContain(session['user-token'] as string);
      expect(exported.text).not.toContain('off-with');
      expect(exported.body).toMatchObject({ format: 'codeless-emulator', version: 2, roles: ['Admin'] });
      expect(exported.body).not.toHaveProperty('sessions');

      const targetSession = (await call(target, 'POST', '/users/login', ALICE)).body['user-token'] as string;
      const imported = await call(target, 'POST', '/_emulator/import', exported.text);
      expect(imported.body).toEqual({ users: 2, roles: 1, outbox: 1 });
      expect((await call(target, 'GET', `/users/isvalidusertoken/${targetSession}`)).body).toBe(false);
      expect(
        (await call(target, 'POST', '/users/login', { login: 'queen@hearts.com', password: 'off-with' })).status,
      ).toBe(200);
      expect(await settingsOf(target)).toMatchObject({ passwordResetMode: 'generated-password' });
      // An export holds password hashes, never passwords: the generated password stays in the source's
      // outbox, and its hash moved, so it logs in on the target.
      const password = (
        (await call(source, 'GET', '/_emulator/outbox')).body.messages as Array<{ text: string }>
      )[0]!.text.split('\n')[3]!;
      expect(exported.text).not.toContain(password);
      const [moved] = (await call(target, 'GET', '/_emulator/outbox')).body.messages as Array<{ text: string }>;
      expect(moved!.text.split('\n')[3]).toBe('(the generated password is not exported)');
      expect((await call(target, 'POST', '/users/login', { ...ALICE, password })).status).toBe(200);
    } finally {
      await source.close();
      await target.close();
    }
  });

  it('refuses a document that does not check out with 8008 naming the problem, changing nothing', async () => {
    expect.hasAssertions();
    const emulator = await inProcessEmulator();
    try {
      for (const [document, problem] of [
        [{ hello: 'world' }, 'not written by the codeless emulator'],
        [{ format: 'codeless-emulator', version: 9, users: [] }, 'version 9'],
        [{ format: 'codeless-emulator', version: 2, users: [{ email: 'x' }] }, 'users[0]'],
        [{ format: 'codeless-emulator', version: 2, users: [], roles: ['AuthenticatedUser'] }, 'is a system role'],
      ] as const) {
        const reply = await call(emulator, 'POST', '/_emulator/import', document);
        expect(reply.body).toMatchObject({ code: 8008, message: expect.stringContaining(problem) });
      }
      expect((await call(emulator, 'POST', '/users/login', ALICE)).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it(`reads an import of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MiB, and no more`, async () => {
    const emulator = await inProcessEmulator();
    try {
      const exported = (await call(emulator, 'GET', '/_emulator/export')).text;
      const padded = `${exported.trimEnd().slice(0, -1)},"padding":"${'x'.repeat(2 * 1024 * 1024)}"}`;
      expect((await call(emulator, 'POST', '/_emulator/import', padded)).status).toBe(200);
      const oversized = `${exported.trimEnd().slice(0, -1)},"padding":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
      expect((await call(emulator, 'POST', '/_emulator/import', oversized)).status).toBe(413);
    } finally {
      await emulator.close();
    }
  });
});
