// The emulator console's route over HTTP: `/_emulator/console/` serves the built console with a strict
// Content-Security-Policy, answers this machine only (however the path is spelled), refuses every path trick that
// could reach a file outside the console's folder, and says how to build the console when it is not built.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { rawRequest, type RawReply } from '../helpers/emulator-http.ts';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "form-action 'self'; frame-ancestors 'none'";
const SECRET = 'the file beside the console folder must never be served';

let folder: string;
let emulator: Emulator;
let unbuilt: Emulator;

const send = (path: string, init: Parameters<typeof rawRequest>[2] = {}): Promise<RawReply> =>
  rawRequest(emulator.url, path, init);

beforeAll(async () => {
  // A console folder of its own (the handler is tested, not Vite), with a secret next to it a traversal would reach.
  folder = mkdtempSync(join(tmpdir(), 'codeless-console-'));
  mkdirSync(join(folder, 'console/assets'), { recursive: true });
  writeFileSync(join(folder, 'console/index.html'), '<!doctype html><main id="emulator-console"></main>');
  writeFileSync(join(folder, 'console/assets/app.js'), 'export {};');
  writeFileSync(join(folder, 'console/assets/app.css'), 'main {}');
  writeFileSync(join(folder, 'secret.txt'), SECRET);
  writeFileSync(join(folder, 'console/.env'), SECRET);
  emulator = await startEmulator({ consoleDir: join(folder, 'console') });
  unbuilt = await startEmulator({ consoleDir: join(folder, 'not-built') });
});

afterAll(async () => {
  await emulator?.close();
  await unbuilt?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('GET /_emulator/console/', () => {
  it('serves the page and its assets with a strict CSP and nosniff', async () => {
    expect.hasAssertions();
    for (const [path, type, body] of [
      ['/_emulator/console/', 'text/html', 'emulator-console'],
      ['/_emulator/console/index.html', 'text/html', 'emulator-console'],
      ['/_emulator/console/assets/app.js', 'text/javascript', 'export'],
      ['/_emulator/console/assets/app.css', 'text/css', 'main'],
    ] as const) {
      const reply = await send(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toContain(type);
      expect(reply.headers['content-security-policy'], path).toContain(CSP);
      expect(reply.headers['x-content-type-options'], path).toBe('nosniff');
      expect(reply.text, path).toContain(body);
    }
  });

  it('sends /_emulator/console to the folder, so relative asset URLs resolve', async () => {
    const reply = await send('/_emulator/console');
    expect(reply.status).toBe(308);
    expect(reply.headers.location).toBe('/_emulator/console/');
  });

  it('is reachable by a percent-encoded spelling from this machine, as the router decodes it', async () => {
    const reply = await send('/%5Femulator/console/', { headers: { origin: emulator.url } });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('emulator-console');
  });

  it('answers a missing asset 404, naming no path', async () => {
    const reply = await send('/_emulator/console/assets/gone.js');
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('gone.js');
  });
});

describe('the console answers this machine only', () => {
  it('refuses a foreign Host (DNS rebinding) and a foreign page, however the path is spelled', async () => {
    expect.hasAssertions();
    const port = new URL(emulator.url).port;
    for (const path of ['/_emulator/console/', '/%5Femulator/console/', '/%5f%65mulator/console/index.html']) {
      const rebound = await send(path, { headers: { host: `attacker-rebind.example:${port}` } });
      expect(rebound.status, path).toBe(403);
      expect(rebound.text, path).not.toContain('emulator-console');
      const foreign = await send(path, { headers: { origin: 'http://evil.test' } });
      expect(foreign.status, path).toBe(403);
      expect(foreign.headers['access-control-allow-origin'], path).toBeUndefined();
      expect(foreign.text, path).not.toContain('emulator-console');
    }
  });
});

describe('path traversal', () => {
  it('never serves a file outside the console folder, nor a hidden one', async () => {
    expect.hasAssertions();
    const tricks = [
      '/_emulator/console/../secret.txt',
      '/_emulator/console/%2e%2e/secret.txt',
      '/_emulator/console/%2E%2E%2Fsecret.txt',
      '/_emulator/console/..%2fsecret.txt',
      '/_emulator/console/..%5csecret.txt',
      '/_emulator/console/..\\secret.txt',
      '/_emulator/console/assets/..%2f..%2fsecret.txt',
      '/_emulator/console/assets/%2e%2e/%2e%2e/secret.txt',
      '/_emulator/console/%252e%252e/secret.txt',
      '/_emulator/console/.env',
      '/_emulator/console/%2eenv',
      '/_emulator/console/assets%00/app.js',
      `/_emulator/console/${encodeURIComponent(join(folder, 'secret.txt'))}`,
      '/_emulator/console//etc/passwd',
    ];
    for (const path of tricks) {
      const reply = await send(path);
      expect(reply.text, path).not.toContain(SECRET);
      expect(reply.text, path).not.toContain('root:');
      expect([400, 404], path).toContain(reply.status);
    }
  });
});

describe('where the console is looked for', () => {
  it('from the sources and from the built package alike: dist/console/, which npm run build fills', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const fromSource = await import('../../emulator/http/console-route.ts');
    // A path in a variable: the built module exists only once dist/ does (the global setup builds it), not at typecheck.
    const built = '../../dist/emulator/http/console-route.js';
    const fromDist = (await import(built)) as typeof fromSource;
    expect(fromSource.defaultConsoleDir()).toBe(`${root}dist/console/`);
    expect(fromDist.defaultConsoleDir()).toBe(`${root}dist/console/`);
    expect(existsSync(`${root}dist/console/index.html`)).toBe(true);
  });
});

describe('a console that is not built', () => {
  it('answers 404 with one line saying to run npm run build', async () => {
    const reply = await rawRequest(unbuilt.url, '/_emulator/console/');
    expect(reply.status).toBe(404);
    expect((reply.body as { message: string }).message).toMatch(/not built: run `npm run build`/);
    expect((reply.body as { message: string }).message).not.toContain('\n');
  });
});
