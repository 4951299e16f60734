// The emulator's own boundary: its admin API and start page answer only this machine — whatever way the path is
// spelled (percent-encoded, doubled slashes) and whatever name a rebound DNS entry gives it — while the Backendless
// routes stay open to every origin, as Backendless is. Error messages never repeat the request path, which holds
// the API key. Answered in process (the requests exactly as given, through Fastify's inject; no socket needed).
import { describe, expect, it } from 'vitest';
import type { RawReply, RawRequestInit } from '../helpers/emulator-http.ts';
import { useInProcessEmulator } from '../helpers/in-process-emulator.ts';

const EVIL = 'https://evil.example';
/** The page the emulator is started with (`adminOrigins`), as `npm start` names the playground's. */
const PLAYGROUND = 'http://localhost:5173';
/** The port a browser would name in the Host header (in process nothing listens; any port reads the same). */
const port = '3850';

const send = (path: string, init: RawRequestInit = {}): Promise<RawReply> => emulator.request(path, init);
const app = (): string => `/${emulator.appId}/${emulator.apiKey}`;

async function userCount(): Promise<number> {
  const reply = await send('/_emulator/users');
  expect(reply.status).toBe(200);
  return (reply.body as { users: unknown[] }).users.length;
}

const emulator = useInProcessEmulator({ adminOrigins: [PLAYGROUND] });

// Spellings of the admin paths that a router may decode or normalise into `/_emulator/…`.
const ADMIN_SPELLINGS = ['/%5Femulator', '/%5femulator', '//_emulator', '/%5F%65mulator'];

describe('admin routes under a percent-encoded or doubled path', () => {
  it('refuse a page of another site: 403, no CORS grant', async () => {
    expect.hasAssertions();
    for (const prefix of ADMIN_SPELLINGS) {
      for (const path of [`${prefix}/users`, `${prefix}/sessions`, `${prefix}/settings`, `${prefix}`]) {
        const reply = await send(path, { headers: { origin: EVIL } });
        expect(reply.status, path).toBe(403);
        expect(reply.body, path).toMatchObject({ code: 403 });
        expect(reply.headers['access-control-allow-origin'], path).toBeUndefined();
      }
    }
  });

  it('refuse its preflight: no origin, method or private-network grant', async () => {
    expect.hasAssertions();
    for (const prefix of ADMIN_SPELLINGS) {
      const reply = await send(`${prefix}/users/x`, {
        method: 'OPTIONS',
        headers: {
          origin: EVIL,
          'access-control-request-method': 'PATCH',
          'access-control-request-headers': 'content-type',
          'access-control-request-private-network': 'true',
        },
      });
      expect(reply.status, prefix).toBe(403);
      expect(reply.headers['access-control-allow-origin'], prefix).toBeUndefined();
      expect(reply.headers['access-control-allow-methods'], prefix).toBeUndefined();
      expect(reply.headers['access-control-allow-private-network'], prefix).toBeUndefined();
    }
  });

  it('refuse its writes: no reset, no new user, no password change', async () => {
    expect.hasAssertions();
    await send('/_emulator/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'carol@wonderland.com', password: 'x' }),
    });
    const users = (
      (await send('/_emulator/users')).body as { users: Array<{ user: { objectId: string; email: string } }> }
    ).users;
    const alice = users.find((entry) => entry.user.email === 'alice@wonderland.com')!;
    for (const prefix of ADMIN_SPELLINGS) {
      // text/plain needs no preflight, so a page can send it; the server itself must refuse.
      const reset = await send(`${prefix}/reset`, { method: 'POST', headers: { origin: EVIL } });
      expect(reset.status, prefix).toBe(403);
      const added = await send(`${prefix}/users`, {
        method: 'POST',
        headers: { origin: EVIL, 'content-type': 'text/plain' },
        body: JSON.stringify({ email: 'mallory@evil.example', password: 'x' }),
      });
      expect(added.status, prefix).toBe(403);
      const changed = await send(`${prefix}/users/${alice.user.objectId}`, {
        method: 'PATCH',
        headers: { origin: EVIL, 'content-type': 'application/json' },
        body: JSON.stringify({ password: 'owned' }),
      });
      expect(changed.status, prefix).toBe(403);
    }
    expect(await userCount()).toBe(2);
    const login = await send(`${app()}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'alice@wonderland.com', password: 'wonderland' }),
    });
    expect(login.status).toBe(200);
  });

  it('still serve the pages it was started with under the same spellings', async () => {
    const reply = await send('/%5Femulator/users', { headers: { origin: PLAYGROUND } });
    expect(reply.status).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBe(PLAYGROUND);
  });
});

describe('DNS rebinding: a foreign name in the Host header', () => {
  const rebound = (): string => `attacker-rebind.example:${port}`;

  it('gets 403 from the start page and the admin API, without an Origin header too', async () => {
    expect.hasAssertions();
    for (const path of ['/', '/_emulator', '/_emulator/users', '/_emulator/sessions', '/%5Femulator/settings']) {
      const reply = await send(path, { headers: { host: rebound() } });
      expect(reply.status, path).toBe(403);
      expect(reply.text, path).not.toContain(emulator.apiKey);
      expect(reply.text, path).not.toContain('alice@wonderland.com');
    }
    const reset = await send('/_emulator/reset', { method: 'POST', headers: { host: rebound() } });
    expect(reset.status).toBe(403);
  });

  it('is refused whatever the Origin header says', async () => {
    expect.hasAssertions();
    for (const origin of [`http://${rebound()}`, PLAYGROUND, 'http://127.0.0.1:5173']) {
      const reply = await send('/_emulator/users', { headers: { host: rebound(), origin } });
      expect(reply.status, origin).toBe(403);
    }
  });

  it('does not stop loopback names: localhost, 127.0.0.1, [::1], with or without the port', async () => {
    expect.hasAssertions();
    for (const host of [`localhost:${port}`, 'LOCALHOST', `127.0.0.1:${port}`, '127.0.0.1', `[::1]:${port}`, '[::1]']) {
      const reply = await send('/_emulator/users', { headers: { host } });
      expect(reply.status, host).toBe(200);
    }
  });

  it('leaves the Backendless routes open: real clients reach an app by any name, from any origin', async () => {
    const info = await send(`${app()}/info`, { headers: { host: rebound(), origin: EVIL } });
    expect(info.status).toBe(200);
    expect(info.headers['access-control-allow-origin']).toBe('*');
    const preflight = await send(`${app()}/users/login`, {
      method: 'OPTIONS',
      headers: { host: rebound(), origin: EVIL, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('error messages', () => {
  it('never repeat the app id or API key of the path: unknown route (404) and wrong method (405)', async () => {
    expect.hasAssertions();
    const unknown = await send(`${app()}/users/nothing-here/at-all`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 404, message: expect.stringContaining('users/nothing-here/at-all') });
    const wrongMethod = await send(`${app()}/users/login`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body).toMatchObject({ code: 4064, message: expect.stringContaining('users/login') });
    for (const reply of [unknown, wrongMethod]) {
      expect(reply.text).not.toContain(emulator.apiKey);
      expect(reply.text).not.toContain(emulator.appId);
    }
  });
});
