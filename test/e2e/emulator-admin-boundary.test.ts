// The emulator's admin boundary in a real browser: a page on a foreign origin — `http://evil.test:<port>`,
// a name Chromium resolves to this machine, so only the origin differs — tries the admin API by every spelling
// (`/_emulator/…`, `/%5Femulator/…`, `/%5f%65mulator/reset`), with CORS and without (`no-cors` writes, which no
// preflight guards), and the console page. It can read none of them and change nothing (checked through the admin
// API afterwards), while the Backendless routes answer it as Backendless does. A page that reaches the emulator by
// a rebound name (`evil.test:<emulator port>`) is refused even for its own origin's requests. A page on another
// loopback port (`http://127.0.0.1:<port>`, another project's dev server) reads nothing of the admin API either.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOREIGN_HOST, useConsole } from './console-harness.ts';

const harness = useConsole();
let site: Server;
let siteURL: string;
/** The same site on a loopback address: another project's dev server on this machine. */
let loopbackSiteURL: string;

beforeAll(async () => {
  site = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>A foreign site</title>'),
  );
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteURL = `http://${FOREIGN_HOST}:${(site.address() as AddressInfo).port}/`;
  loopbackSiteURL = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => site.close(() => resolve()));
});

/** A request as the page sends it (plain data: it crosses into the page). */
interface Attempt {
  url: string;
  init?: { method?: string; mode?: 'cors' | 'no-cors'; headers?: Record<string, string>; body?: string };
}
type Outcome = { read: true; status: number; text: string } | { read: false; error: string } | { opaque: true };

/** Runs each fetch in the page (its origin), and says what the page could see of the answer. */
function attempt(page: Page, attempts: Attempt[]): Promise<Outcome[]> {
  return page.evaluate(
    (list) =>
      Promise.all(
        list.map(async ({ url, init }): Promise<Outcome> => {
          try {
            const response = await fetch(url, init);
            if (response.type === 'opaque') return { opaque: true };
            return { read: true, status: response.status, text: await response.text() };
          } catch (error) {
            return { read: false, error: String(error) };
          }
        }),
      ),
    attempts,
  );
}

/** What must not change: the users (with their passwords), the settings, the sessions. */
async function state(): Promise<unknown> {
  return {
    users: await harness.admin('GET', '/users'),
    settings: await harness.admin('GET', '/settings'),
    sessions: await harness.admin('GET', '/sessions'),
  };
}

describe('a page on a foreign origin', () => {
  it('cannot read the admin API, the start page or the console, by any spelling of the path', async () => {
    expect.hasAssertions();
    const { page, allow } = await harness.open(siteURL);
    allow(/blocked by CORS policy|Failed to load resource/);
    const emulator = harness.emulator.url;
    const reads = [
      '/_emulator/users',
      '/%5Femulator/users',
      '/%5f%65mulator/sessions',
      '/%5Femulator/export',
      '/_emulator',
      '/',
      '/_emulator/console/',
      '/%5Femulator/console/',
    ];
    const outcomes = await attempt(
      page,
      reads.map((path) => ({ url: `${emulator}${path}` })),
    );
    outcomes.forEach((outcome, index) => {
      expect(outcome, reads[index]).toMatchObject({ read: false, error: expect.stringMatching(/Failed to fetch/) });
    });
  });

  it('cannot change anything: no-cors writes and preflighted ones are refused, and nothing changed', async () => {
    expect.hasAssertions();
    await harness.admin('POST', '/users', { email: 'keep@example.com', password: 'keep-me-1' });
    const alice = (await harness.users()).find((view) => view.user.email === 'alice@wonderland.com')!;
    const before = await state();
    const { page, allow } = await harness.open(siteURL);
    allow(/blocked by CORS policy|Failed to load resource/);
    const emulator = harness.emulator.url;
    const text = (body: string): Attempt['init'] => ({
      method: 'POST',
      mode: 'no-cors',
      headers: { 'content-type': 'text/plain' },
      body,
    });
    const writes: Attempt[] = [
      { url: `${emulator}/%5f%65mulator/reset`, init: { method: 'POST', mode: 'no-cors' } },
      { url: `${emulator}/_emulator/reset`, init: { method: 'POST', mode: 'no-cors' } },
      { url: `${emulator}/%5Femulator/import`, init: text('{"format":"codeless-emulator","version":2,"users":[]}') },
      { url: `${emulator}/%5f%65mulator/reset`, init: { method: 'POST' } },
      {
        url: `${emulator}/%5Femulator/users/${String(alice.user.objectId)}`,
        init: { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"password":"pwned"}' },
      },
      { url: `${emulator}/%5Femulator/users/${String(alice.user.objectId)}`, init: { method: 'DELETE' } },
      {
        url: `${emulator}/%5Femulator/settings`,
        init: { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"loginsDisabled":true}' },
      },
    ];
    const outcomes = await attempt(page, writes);
    outcomes.forEach((outcome, index) => {
      expect('read' in outcome && outcome.read, writes[index]!.url).toBe(false);
    });
    expect(await state()).toEqual(before);
    expect((await harness.login('alice@wonderland.com', 'wonderland')).status).toBe(200);
  });

  it('still reaches the Backendless routes: it logs in and reads the answer', async () => {
    const { page } = await harness.open(siteURL);
    const { url, appId, apiKey } = harness.emulator;
    const [login] = await attempt(page, [
      {
        url: `${url}/${appId}/${apiKey}/users/login`,
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: 'alice@wonderland.com', password: 'wonderland' }),
        },
      },
    ]);
    expect(login).toMatchObject({ read: true, status: 200 });
    expect(JSON.parse((login as { text: string }).text)).toMatchObject({ email: 'alice@wonderland.com' });
  });
});

describe('a page on another loopback port (another dev server on this machine)', () => {
  it('cannot read the server key, the export, the start page or the console', async () => {
    expect.hasAssertions();
    const { page, allow } = await harness.open(loopbackSiteURL);
    allow(/blocked by CORS policy|Failed to load resource/);
    const reads = ['/_emulator', '/_emulator/export', '/_emulator/users', '/', '/_emulator/console/'];
    const outcomes = await attempt(
      page,
      reads.map((path) => ({ url: `${harness.emulator.url}${path}` })),
    );
    outcomes.forEach((outcome, index) => {
      expect(outcome, reads[index]).toMatchObject({ read: false, error: expect.stringMatching(/Failed to fetch/) });
    });
  });
});

describe('a page that reaches the emulator by a rebound name (DNS rebinding)', () => {
  it('gets 403 for the console, the start page and the admin API, even from its own origin', async () => {
    const port = new URL(harness.emulator.url).port;
    const rebound = `http://${FOREIGN_HOST}:${port}`;
    const { page, allow } = await harness.open(null);
    // 403s are the point; the 404 is the browser asking the rebound name for /favicon.ico.
    allow(/Failed to load resource: the server responded with a status of 40[34]/);
    const consolePage = await page.goto(`${rebound}/_emulator/console/`);
    expect(consolePage?.status()).toBe(403);
    expect(await page.locator('#emulator-console').count()).toBe(0);
    const { appId, apiKey } = harness.emulator;
    // A Backendless route answers the rebound name (as Backendless answers any name); from that page, the admin API.
    expect((await page.goto(`${rebound}/${appId}/${apiKey}/info`))?.status()).toBe(200);
    const outcomes = await attempt(page, [{ url: '/_emulator/users' }, { url: '/%5Femulator/users' }, { url: '/' }]);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ read: true, status: 403 });
    for (const outcome of outcomes) expect((outcome as { text: string }).text).not.toContain('alice@wonderland.com');
  });
});
