// A guest becomes a member only through register (obeying registration and confirmation), and
// a changed e-mail address is not an identity anyone can be signed into until it is confirmed (when required).
import { afterEach, describe, expect, it } from 'vitest';
import { inProcessEmulator, type InProcessEmulator } from '../helpers/in-process-emulator.ts';

let emulator: InProcessEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function call(
  path: string,
  options: { method?: string; body?: unknown; token?: string; server?: boolean } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const e = emulator!;
  const key = options.server ? e.serverKey : e.apiKey;
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers['user-token'] = options.token;
  const reply = await e.request(`/${e.appId}/${key}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: reply.status, body: reply.body as Record<string, unknown> };
}

async function guest(): Promise<{ token: string; objectId: string }> {
  const { body } = await call('/users/register/guest', { method: 'POST' });
  return { token: body['user-token'] as string, objectId: body.objectId as string };
}

describe('a guest cannot make itself a member by update', () => {
  it('with registration off and confirmation required, the guest cannot take an address and log in with it', async () => {
    emulator = await inProcessEmulator({
      registrationEnabled: false,
      emailConfirmationRequired: true,
      users: [],
    });
    const { token, objectId } = await guest();
    const update = await call(`/users/${objectId}`, {
      method: 'PUT',
      token,
      body: { email: 'victim@corp.test', password: 'x' },
    });
    expect(update.status).toBe(400);
    expect(update.body.code).toBe(3024);
    const login = await call('/users/login', { method: 'POST', body: { login: 'victim@corp.test', password: 'x' } });
    expect(login.body.code).toBe(3003);
    expect(emulator.app.admin.listUsers().map((view) => view.user.email)).not.toContain('victim@corp.test');
  });

  it('a guest keeps the custom properties it sets by update, and stays a guest', async () => {
    emulator = await inProcessEmulator({ users: [] });
    const { token, objectId } = await guest();
    const update = await call(`/users/${objectId}`, { method: 'PUT', token, body: { nickname: 'Zed' } });
    expect(update.status).toBe(200);
    expect(update.body).toMatchObject({ nickname: 'Zed', userStatus: 'GUEST', email: null });
  });

  it('the server key cannot give a guest an identity either; register converts it', async () => {
    emulator = await inProcessEmulator({ users: [] });
    const { token, objectId } = await guest();
    const byServer = await call(`/users/${objectId}`, {
      method: 'PUT',
      server: true,
      body: { email: 'guest@corp.test' },
    });
    expect(byServer.body.code).toBe(3024);
    const register = await call('/users/register', {
      method: 'POST',
      token,
      body: { objectId, email: 'guest@corp.test', password: 'secret' },
    });
    expect(register.status).toBe(200);
    expect(register.body).toMatchObject({ objectId, userStatus: 'ENABLED' });
  });
});

describe('a changed e-mail address waits for its confirmation', () => {
  it('an enabled user who changes its address by update is pending until the new address is confirmed', async () => {
    emulator = await inProcessEmulator({
      emailConfirmationRequired: true,
      users: [{ email: 'squatter@corp.test', password: 'secret' }],
    });
    const login = await call('/users/login', {
      method: 'POST',
      body: { login: 'squatter@corp.test', password: 'secret' },
    });
    const token = login.body['user-token'] as string;
    const objectId = login.body.objectId as string;
    const update = await call(`/users/${objectId}`, {
      method: 'PUT',
      token,
      body: { email: 'victim@corp.test' },
    });
    expect(update.status).toBe(200);
    expect(update.body).toMatchObject({ email: 'victim@corp.test', userStatus: 'EMAIL_CONFIRMATION_PENDING' });
    // Nobody signs in with the unconfirmed address: not by password, not through the consent page.
    const again = await call('/users/login', {
      method: 'POST',
      body: { login: 'victim@corp.test', password: 'secret' },
    });
    expect(again.body.code).toBe(3087);
    const url = (
      await call('/users/oauth/googleplus/request_url', {
        method: 'POST',
        body: { redirect: false, redirectAfterLoginUrl: 'http://localhost:5173/cb' },
      })
    ).body as unknown as string;
    const consent = await emulator.request(new URL(url).pathname + new URL(url).search, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=victim%40corp.test&name=Victim&decision=allow',
    });
    expect(consent.status).toBe(400);
    expect(consent.headers.location).toBeUndefined();
    // The new address got a confirmation e-mail; its link confirms it.
    const mail = emulator.app.admin.listOutbox().find((message) => message.to === 'victim@corp.test');
    expect(mail?.kind).toBe('email-confirmation');
  });

  it('without confirmation required, a changed address stays enabled', async () => {
    emulator = await inProcessEmulator({ users: [{ email: 'mover@corp.test', password: 'secret' }] });
    const login = await call('/users/login', {
      method: 'POST',
      body: { login: 'mover@corp.test', password: 'secret' },
    });
    const update = await call(`/users/${String(login.body.objectId)}`, {
      method: 'PUT',
      token: login.body['user-token'] as string,
      body: { email: 'moved@corp.test' },
    });
    expect(update.body).toMatchObject({ email: 'moved@corp.test', userStatus: 'ENABLED' });
  });
});
