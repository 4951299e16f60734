// The local OAuth2 provider's consent page sends a person (and a token) only to loopback
// origins and to the origins the app lists, says where it sends them, and answers each sign-in once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import type { EmulatorOptions } from '../../emulator/build.ts';
import { inProcessEmulator, type InProcessEmulator } from '../helpers/in-process-emulator.ts';

let emulator: InProcessEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: EmulatorOptions = {}): Promise<InProcessEmulator> {
  emulator = await inProcessEmulator({ users: [], ...options });
  return emulator;
}

/** `POST users/oauth/<provider>/request_url` with `redirect: false`: the consent page's path and query, or the error. */
async function requestUrl(redirectAfterLoginUrl: string): Promise<{ status: number; page?: string; code?: number }> {
  const e = emulator!;
  const reply = await e.request(`/${e.appId}/${e.apiKey}/users/oauth/google/request_url`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ redirect: false, redirectAfterLoginUrl }),
  });
  if (reply.status !== 200) return { status: reply.status, code: (reply.body as { code: number }).code };
  const url = new URL(reply.body as string);
  return { status: 200, page: url.pathname + url.search };
}

const allow = (page: string, email = 'person@corp.test') =>
  emulator!.request(page, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, name: 'Person', decision: 'allow' }).toString(),
  });

describe('where the consent page sends a person', () => {
  it('refuses to hand an access token to a foreign redirect_uri, with a page that says why', async () => {
    const e = await start();
    const page = `/_emulator/oauth/google/authorize?response_type=token&redirect_uri=${encodeURIComponent('http://evil.test/cb')}`;
    const shown = await e.request(page);
    expect(shown.status).toBe(400);
    expect(shown.text).toContain('http://evil.test');
    expect(shown.text).toContain('redirectOrigins');
    const answered = await allow(page);
    expect(answered.status).toBe(400);
    expect(answered.headers.location).toBeUndefined();
  });

  it('refuses a foreign redirectAfterLoginUrl: request_url answers 8008, and no sign-in reaches evil.test', async () => {
    await start();
    const refused = await requestUrl('http://evil.test/cb');
    expect(refused).toMatchObject({ status: 400, code: 8008 });
  });

  it('a page asked for before the setting changed refuses once the origin is no longer listed', async () => {
    const e = await start({ redirectOrigins: ['http://app.example'] });
    const { page } = await requestUrl('http://app.example/cb');
    await e.app.admin.updateSettings({ redirectOrigins: [] });
    const answered = await allow(page!);
    expect(answered.status).toBe(400);
    expect(answered.headers.location).toBeUndefined();
    expect(answered.text).toContain('http://app.example');
  });

  it('sends the person to loopback origins and to the origins the app lists, and says where', async () => {
    const e = await start({ redirectOrigins: ['https://app.example'] });
    for (const target of [
      'http://localhost:5173/cb',
      'http://127.0.0.1:9/cb',
      'http://[::1]:3000/cb',
      'https://app.example/done',
    ]) {
      const { page } = await requestUrl(target);
      const shown = await e.request(page!);
      expect(shown.status).toBe(200);
      expect(shown.text).toContain(new URL(target).origin);
      expect(shown.text).not.toContain('nothing leaves this machine');
      const answered = await allow(page!, `p${Math.random().toString(36).slice(2)}@corp.test`);
      expect(answered.status).toBe(303);
      expect(new URL(answered.headers.location as string).origin).toBe(new URL(target).origin);
    }
  });

  it('the setting takes origins only, checked', async () => {
    const e = await start();
    await expect(e.app.admin.updateSettings({ redirectOrigins: ['http://app.example/path'] })).rejects.toMatchObject({
      code: 8008,
    });
    await expect(e.app.admin.updateSettings({ redirectOrigins: ['javascript:alert(1)'] })).rejects.toMatchObject({
      code: 8008,
    });
    await expect(e.app.admin.updateSettings({ redirectOrigins: 'http://app.example' })).rejects.toMatchObject({
      code: 8008,
    });
    expect((await e.app.admin.updateSettings({ redirectOrigins: ['HTTP://App.Example:80'] })).redirectOrigins).toEqual([
      'http://app.example',
    ]);
  });
});

describe('one consent request is answered once', () => {
  it('six parallel Allow posts give one redirect, one account and one session', async () => {
    // With a data file every answer waits on a write: the answers overlap as they do on a real server.
    const folder = await mkdtemp(join(tmpdir(), 'consent-once-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const e = await start({ dataFile: join(folder, 'data.json') });
    const { page } = await requestUrl('http://localhost:5173/cb');
    const answers = await Promise.all(Array.from({ length: 6 }, () => allow(page!)));
    expect(answers.filter((answer) => answer.status === 303)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status !== 303).every((answer) => answer.status === 400)).toBe(true);
    const users = e.app.admin.listUsers().filter((view) => view.user.email === 'person@corp.test');
    expect(users).toHaveLength(1);
    expect(e.app.admin.listSessions()).toHaveLength(1);
  });

  it('a refused answer (registration off) leaves the request open to be answered again', async () => {
    const e = await start({ registrationEnabled: false });
    const { page } = await requestUrl('http://localhost:5173/cb');
    expect((await allow(page!)).status).toBe(400);
    await e.app.admin.updateSettings({ registrationEnabled: true });
    expect((await allow(page!)).status).toBe(303);
  });
});
