// State that stays true, seen over HTTP: a reset mid-login counts no failure, a write that fails changes
// nothing, one data file serves one emulator (and stays a symlink when it is one), identities fold ASCII case
// only, a data file runs only the password hashes the emulator writes, and what a user sends is what is stored.
import { spawn } from 'node:child_process';
import { lstat, mkdtemp, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type AdminUserView, type Emulator } from '../../emulator/index.ts';
import { DEFAULT_PASSWORD_COST } from '../../emulator/passwords.ts';

const ALICE = { login: 'alice@wonderland.com', password: 'wonderland' };
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'codeless-emulator-state-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function call(
  emulator: Emulator,
  method: string,
  path: string,
  json?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = path.startsWith('/_emulator')
    ? `${emulator.url}${path}`
    : `${emulator.url}/${emulator.appId}/${emulator.apiKey}${path}`;
  const response = await fetch(url, {
    method,
    headers: json === undefined ? {} : { 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

async function users(emulator: Emulator): Promise<AdminUserView[]> {
  return (await call(emulator, 'GET', '/_emulator/users')).body.users as AdminUserView[];
}

async function liveSessions(emulator: Emulator): Promise<number> {
  return ((await call(emulator, 'GET', '/_emulator/sessions')).body.sessions as unknown[]).length;
}

/** A fresh data file path in its own directory. */
async function freshDataFile(name: string): Promise<{ folder: string; dataFile: string }> {
  const folder = await mkdtemp(join(directory, `${name}-`));
  return { folder, dataFile: join(folder, 'data.json') };
}

describe('a reset while right-password logins are being hashed', () => {
  it('counts none of them as a failure', async () => {
    // At the default cost (the suite lowers it), so that the hashes take long enough to queue.
    const emulator = await startEmulator({ maxFailedLogins: 3, passwordCost: DEFAULT_PASSWORD_COST });
    try {
      // Enough logins that their scrypt checks queue on the thread pool (4 threads) for a while; once the first
      // has answered, the others have all arrived and most are still being hashed when the reset lands.
      const logins = Array.from({ length: 32 }, () => call(emulator, 'POST', '/users/login', ALICE));
      await Promise.race(logins);
      const reset = await call(emulator, 'POST', '/_emulator/reset');
      expect(reset.status).toBe(200);
      const answers = await Promise.all(logins);
      expect(answers.map((answer) => answer.body.code).filter((code) => code === 3036)).toEqual([]);
      const [alice] = await users(emulator);
      expect(alice).toMatchObject({ failedLogins: 0, lockedUntil: null });
      expect((await call(emulator, 'POST', '/users/login', ALICE)).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});

describe('a data directory that cannot be written', () => {
  it('answers register and login with 500 and changes nothing: no user, no session, no lastLogin', async () => {
    const { folder, dataFile } = await freshDataFile('unwritable');
    const emulator = await startEmulator({ dataFile });
    const away = `${folder}-away`;
    try {
      // Works for root too (chmod would not stop root): the directory is simply not there while we write.
      await rename(folder, away);
      const register = await call(emulator, 'POST', '/users/register', { email: 'bob@wonderland.com', password: 'x' });
      expect(register.status).toBe(500);
      expect(register.body).toMatchObject({ code: expect.any(Number), message: expect.stringMatching(/data file/) });
      const login = await call(emulator, 'POST', '/users/login', ALICE);
      expect(login.status).toBe(500);
      expect(await liveSessions(emulator)).toBe(0);
      const listed = await users(emulator);
      expect(listed.map((entry) => entry.user.email)).toEqual(['alice@wonderland.com']);
      expect(listed[0]!.user.lastLogin).toBeNull();
      await rename(away, folder);
      // The failed register left nothing behind: the same identity registers now (not 3033).
      expect(
        (await call(emulator, 'POST', '/users/register', { email: 'bob@wonderland.com', password: 'x' })).status,
      ).toBe(200);
      expect((await call(emulator, 'POST', '/users/login', ALICE)).status).toBe(200);
    } finally {
      await rename(away, folder).catch(() => undefined);
      await emulator.close();
    }
  });
});

describe('one data file, one emulator', () => {
  it('refuses a second emulator on the same file with a clear error, then allows it once the first closed', async () => {
    const { dataFile } = await freshDataFile('locked');
    const first = await startEmulator({ dataFile });
    try {
      await expect(startEmulator({ dataFile })).rejects.toThrow(/in use by another emulator/);
      const link = `${dataFile}.link`;
      await symlink(dataFile, link);
      await expect(startEmulator({ dataFile: link })).rejects.toThrow(/in use by another emulator/);
    } finally {
      await first.close();
    }
    const second = await startEmulator({ dataFile });
    await second.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const { dataFile } = await freshDataFile('stale');
    const child = spawn(resolve('node_modules/.bin/node'), ['-e', ''], { stdio: 'ignore' });
    await new Promise((exited) => child.once('exit', exited));
    await writeFile(`${dataFile}.lock`, `${child.pid}\n`);
    const emulator = await startEmulator({ dataFile });
    await emulator.close();
  });

  it('writes through a symlinked data file to its target, leaving the link a link', async () => {
    const { folder, dataFile: target } = await freshDataFile('target');
    const link = join(await mkdtemp(join(directory, 'link-')), 'data.json');
    await symlink(target, link);
    const emulator = await startEmulator({ dataFile: link });
    try {
      expect(
        (await call(emulator, 'POST', '/users/register', { email: 'bob@wonderland.com', password: 'x' })).status,
      ).toBe(200);
    } finally {
      await emulator.close();
    }
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    const stored = JSON.parse(await readFile(target, 'utf8')) as { users: Array<{ email: string }> };
    expect(stored.users.map((user) => user.email)).toContain('bob@wonderland.com');
    expect((await stat(folder)).isDirectory()).toBe(true);
  });
});

describe('identities', () => {
  // Changed deliberately: identities are compared in NFC (so NFD and NFC forms are one address), and
  // the Kelvin sign is canonically equivalent to K — NFC writes it as K, so \u212Aate@x.com is Kate@x.com. No other
  // character is folded into ASCII: the long s (which toUpperCase makes S) stays another identity.
  it('compare in NFC, then fold ASCII case only: the Kelvin sign is K, the long s is not s', async () => {
    const emulator = await startEmulator();
    try {
      const kelvin = await call(emulator, 'POST', '/users/register', { email: '\u212Aate@x.com', password: 'kelvin' });
      expect(kelvin.status).toBe(200);
      expect(kelvin.body.email).toBe('Kate@x.com');
      expect(
        (await call(emulator, 'POST', '/users/register', { email: 'kate@x.com', password: 'kate' })).body,
      ).toMatchObject({ code: 3033 });
      expect((await call(emulator, 'POST', '/users/login', { login: 'KATE@X.COM', password: 'kelvin' })).status).toBe(
        200,
      );
      expect(
        (await call(emulator, 'POST', '/users/login', { login: '\u212AATE@X.COM', password: 'kelvin' })).status,
      ).toBe(200);
      const longS = await call(emulator, 'POST', '/users/register', { email: '\u017Fam@x.com', password: 'long' });
      expect(longS.status).toBe(200);
      expect(longS.body.email).toBe('\u017Fam@x.com');
      expect(
        (await call(emulator, 'POST', '/users/login', { login: 'sam@x.com', password: 'long' })).body,
      ).toMatchObject({
        code: 3003,
      });
      expect((await call(emulator, 'POST', '/users/register', { email: 'sam@x.com', password: 'sam' })).status).toBe(
        200,
      );
      expect((await call(emulator, 'POST', '/users/login', { login: 'SAM@X.COM', password: 'sam' })).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});

describe('password hashes in a data file', () => {
  it('are refused unless they carry parameters the emulator writes (N a power of two to 2^14, r = 8, p = 1)', async () => {
    expect.hasAssertions();
    const { dataFile } = await freshDataFile('scrypt');
    const seeded = await startEmulator({ dataFile });
    await seeded.close();
    const document = JSON.parse(await readFile(dataFile, 'utf8')) as { users: Array<{ passwordHash: string }> };
    const [, , , , salt, key] = document.users[0]!.passwordHash.split('$');
    for (const [n, r, p] of [
      [1_048_576, 32, 1],
      [16_384, 8, 2],
      [32_768, 8, 1],
      [512, 8, 1],
      [12_288, 8, 1],
      [16_384, 16, 1],
    ]) {
      document.users[0]!.passwordHash = ['scrypt', n, r, p, salt, key].join('$');
      await writeFile(dataFile, JSON.stringify(document));
      const started = performance.now();
      await expect(startEmulator({ dataFile }), `N=${n} r=${r} p=${p}`).rejects.toThrow(
        /passwordHash is not an scrypt hash written by the emulator/,
      );
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});

describe('what a user sends is what is stored', () => {
  /** A JSON array nested `depth` levels deep around `width` zeros. */
  const nested = (depth: number, width: number): unknown => {
    let value: unknown = Array.from({ length: width }, () => 0);
    for (let level = 1; level < depth; level += 1) value = [value];
    return value;
  };

  it('refuses a 1 MB deeply nested property with 8008 and leaves the data file as it was', async () => {
    const { dataFile } = await freshDataFile('huge');
    const emulator = await startEmulator({ dataFile });
    try {
      const before = await readFile(dataFile, 'utf8');
      const body = { email: 'bob@wonderland.com', password: 'x', blob: nested(30, 450_000) };
      const reply = await call(emulator, 'POST', '/users/register', body);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ code: 8008, message: expect.stringContaining("'blob'") });
      expect(await readFile(dataFile, 'utf8')).toBe(before);
    } finally {
      await emulator.close();
    }
  });

  it('stores a property at the limits in about the bytes it was sent in, not 40 times more', async () => {
    const { dataFile } = await freshDataFile('growth');
    const emulator = await startEmulator({ dataFile });
    try {
      const before = (await stat(dataFile)).size;
      const body = JSON.stringify({ email: 'bob@wonderland.com', password: 'x', blob: nested(8, 3_000) });
      const reply = await call(emulator, 'POST', '/users/register', JSON.parse(body));
      expect(reply.status).toBe(200);
      const growth = (await stat(dataFile)).size - before;
      expect(growth).toBeLessThan(body.length + 1_000);
    } finally {
      await emulator.close();
    }
  });

  it('bounds property size and depth with clear 8008 errors', async () => {
    const emulator = await startEmulator();
    try {
      const register = (extra: Record<string, unknown>) =>
        call(emulator, 'POST', '/users/register', { email: 'bob@wonderland.com', password: 'x', ...extra });
      expect((await register({ motto: 'x'.repeat(501) })).body).toMatchObject({ code: 8008 });
      expect((await register({ name: 'x'.repeat(501) })).body).toMatchObject({ code: 8008 });
      expect((await register({ tree: nested(9, 1) })).body).toMatchObject({ code: 8008 });
      expect((await register({ list: Array.from({ length: 5_000 }, () => 'ab') })).body).toMatchObject({ code: 8008 });
      const ok = await register({ motto: 'x'.repeat(500), tree: nested(8, 1) });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ motto: 'x'.repeat(500), tree: nested(8, 1) });
    } finally {
      await emulator.close();
    }
  });
});
