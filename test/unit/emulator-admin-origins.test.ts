// Which pages may use the emulator's own routes (the admin API with the server key and the
// export, the start page, the console). Its own origin (the console it serves), the origins it was started with
// (`adminOrigins`: the playground's) and clients that send no Origin (the CLI, Node, tests) — and no other page,
// another project's dev server on another loopback port included. Answered in process (no socket needed).
import { afterEach, describe, expect, it } from 'vitest';
import { isAdminOrigin, parseOrigin } from '../../emulator/http/access.ts';
import { IN_PROCESS_URL, inProcessEmulator, type InProcessEmulator } from '../helpers/in-process-emulator.ts';

const PLAYGROUND = 'http://127.0.0.1:5173';
/** Admin routes that hand out secrets: the server key, every user with its hash, the start page, the console. */
const SECRET_ROUTES = ['/_emulator', '/_emulator/export', '/_emulator/users', '/', '/_emulator/console/'];

let emulator: InProcessEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('the admin routes and the pages of this machine', () => {
  it('refuse a page on another loopback port (another dev server): 403, no CORS grant, no server key', async () => {
    expect.hasAssertions();
    emulator = await inProcessEmulator({ adminOrigins: [PLAYGROUND] });
    for (const origin of ['http://localhost:4000', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'http://localhost']) {
      for (const path of SECRET_ROUTES) {
        const reply = await emulator.request(path, { headers: { origin } });
        expect(reply.status, `${origin} ${path}`).toBe(403);
        expect(reply.headers['access-control-allow-origin'], `${origin} ${path}`).toBeUndefined();
        expect(reply.text, `${origin} ${path}`).not.toContain(emulator.serverKey);
      }
      const reset = await emulator.request('/_emulator/reset', { method: 'POST', headers: { origin } });
      expect(reset.status, origin).toBe(403);
    }
  });

  it('answer the origins the emulator was started with, naming the origin in CORS', async () => {
    expect.hasAssertions();
    emulator = await inProcessEmulator({ adminOrigins: [PLAYGROUND, 'http://localhost:5173/'] });
    for (const origin of [PLAYGROUND, 'http://localhost:5173']) {
      const reply = await emulator.request('/_emulator/export', { headers: { origin } });
      expect(reply.status, origin).toBe(200);
      expect(reply.headers['access-control-allow-origin'], origin).toBe(origin);
      const preflight = await emulator.request('/_emulator/settings', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PATCH' },
      });
      expect(preflight.status, origin).toBe(204);
      expect(preflight.headers['access-control-allow-origin'], origin).toBe(origin);
    }
  });

  it('answer the emulator own origin (its console) and clients that send no Origin', async () => {
    emulator = await inProcessEmulator();
    const own = await emulator.request('/_emulator/users', { headers: { origin: new URL(IN_PROCESS_URL).origin } });
    expect(own.status).toBe(200);
    const noOrigin = await emulator.request('/_emulator/export');
    expect(noOrigin.status).toBe(200);
    expect(noOrigin.text).toContain('alice@wonderland.com');
  });

  it('leave the Backendless routes open to every page', async () => {
    emulator = await inProcessEmulator();
    const reply = await emulator.request(`/${emulator.appId}/${emulator.apiKey}/info`, {
      headers: { origin: 'http://localhost:4000' },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBe('*');
  });

  it('take only origins as adminOrigins', async () => {
    for (const bad of ['localhost:5173', 'http://localhost:5173/path', 'ftp://localhost', 'null', '*', '']) {
      await expect(inProcessEmulator({ adminOrigins: [bad] }), bad).rejects.toThrow(/adminOrigins/);
    }
  });
});

describe('isAdminOrigin', () => {
  const pages = { adminOrigins: new Set([PLAYGROUND]), ownURL: () => 'http://127.0.0.1:3850' };

  it('holds for the listed origins, the emulator own URL and the very loopback address a request went to', () => {
    expect(isAdminOrigin(PLAYGROUND, '127.0.0.1:3850', pages)).toBe(true);
    expect(isAdminOrigin('http://127.0.0.1:3850', '127.0.0.1:3850', pages)).toBe(true);
    expect(isAdminOrigin('http://localhost:3850', 'localhost:3850', pages)).toBe(true);
  });

  it('fails for every other page, on this machine or not', () => {
    expect(isAdminOrigin('http://localhost:5173', '127.0.0.1:3850', pages)).toBe(false);
    expect(isAdminOrigin('http://127.0.0.1:5174', '127.0.0.1:3850', pages)).toBe(false);
    expect(isAdminOrigin('http://127.0.0.2:80', undefined, pages)).toBe(false);
    expect(isAdminOrigin('http://192.168.1.5:5173', '192.168.1.5:3850', pages)).toBe(false);
    expect(isAdminOrigin('http://rebind.example:3850', 'rebind.example:3850', pages)).toBe(false);
    expect(isAdminOrigin('https://127.0.0.1:3850', '127.0.0.1:3850', pages)).toBe(false);
    expect(isAdminOrigin('null', '127.0.0.1:3850', pages)).toBe(false);
  });

  it('reads origins as browsers serialize them', () => {
    expect(parseOrigin('http://LOCALHOST:5173/')).toBe('http://localhost:5173');
    expect(parseOrigin('http://localhost:80')).toBe('http://localhost');
    expect(parseOrigin('http://localhost:5173/x')).toBeUndefined();
    expect(parseOrigin('http://user@localhost:5173')).toBeUndefined();
  });
});
