// `codeless emulator`: prints where it listens, serves until SIGTERM / SIGINT, reports errors in one line.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const NODE = resolve('node_modules/.bin/node');
const CLI = resolve('bin/codeless.ts');
let directory: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'codeless-cli-'));
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(directory, { recursive: true, force: true });
});

function startCli(args: string[]): {
  child: ChildProcess;
  firstLine: Promise<string>;
  exit: Promise<number | null>;
  stderr: () => string;
} {
  const child = spawn(NODE, [CLI, 'emulator', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const firstLine = new Promise<string>((resolveLine, reject) => {
    lines.once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing: ${stderr}`)));
  });
  // Tests that expect a failure never read the first line: keep its rejection from going unhandled.
  firstLine.catch(() => undefined);
  const exit = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return { child, firstLine, exit, stderr: () => stderr };
}

describe('codeless emulator', () => {
  it('prints one JSON line once listening, serves, and stops cleanly on SIGTERM', async () => {
    const { child, firstLine, exit } = startCli(['--port', '0', '--json']);
    const started = JSON.parse(await firstLine) as {
      url: string;
      appId: string;
      apiKey: string;
      serverKey: string;
      consoleUrl: string;
    };
    expect(Object.keys(started).sort()).toEqual(['apiKey', 'appId', 'consoleUrl', 'serverKey', 'url']);
    expect(started.consoleUrl).toBe(`${started.url}/_emulator/console/`);
    // The built console (npm run build puts it in dist/console/) is served there.
    const page = await fetch(started.consoleUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<main id="emulator-console"');
    expect(started.serverKey).not.toBe(started.apiKey);
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const response = await fetch(`${started.url}/${started.appId}/${started.apiKey}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'alice@wonderland.com', password: 'wonderland' }),
    });
    expect(response.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('--logic runs the event handlers of a workspace file: spam refused, others registered, alice greeted', async () => {
    const { child, firstLine, exit } = startCli([
      '--port',
      '0',
      '--json',
      '--logic',
      'examples/event-handlers/workspace.json',
    ]);
    const { url, appId, apiKey } = JSON.parse(await firstLine) as { url: string; appId: string; apiKey: string };
    const post = async (path: string, body: object) => {
      const response = await fetch(`${url}/${appId}/${apiKey}/users/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const spam = await post('register', { email: 'x@spam.test', password: 'p' });
    expect(spam.status).toBe(400);
    expect(spam.body).toMatchObject({ code: 4001, message: expect.stringMatching(/spam/) });
    const ordinary = await post('register', { email: 'bob@wonderland.com', password: 'builder' });
    expect(ordinary.status).toBe(200);
    expect(ordinary.body['email']).toBe('bob@wonderland.com');
    const alice = await post('login', { login: 'alice@wonderland.com', password: 'wonderland' });
    expect(alice.status).toBe(200);
    expect(alice.body['greeting']).toBe(`Welcome back, ${String(alice.body['name'])}`);
    const bob = await post('login', { login: 'bob@wonderland.com', password: 'builder' });
    expect(bob.body['greeting']).toBe('Welcome back, bob@wonderland.com');
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('--logic names a workspace file it cannot use, in one line, and exits 1', async () => {
    const file = join(directory, 'not-json.json');
    await writeFile(file, '{');
    const { exit, stderr } = startCli(['--port', '0', '--logic', file]);
    expect(await exit).toBe(1);
    expect(stderr()).toMatch(/^codeless emulator: workspace file .* is not valid JSON/);
  });

  it('prints a friendly banner without --json and stops on SIGINT', async () => {
    const { child, firstLine, exit } = startCli(['--port', '0']);
    expect(await firstLine).toMatch(/^Backendless emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  });

  it('seeds users from --users and keeps them in --data', async () => {
    const usersFile = join(directory, 'users.json');
    const dataFile = join(directory, 'data.json');
    await writeFile(usersFile, JSON.stringify([{ email: 'cat@cheshire.com', password: 'grin', name: 'Cheshire Cat' }]));
    const { child, firstLine, exit } = startCli(['--port', '0', '--json', '--users', usersFile, '--data', dataFile]);
    const started = JSON.parse(await firstLine) as { url: string; appId: string; apiKey: string };
    const response = await fetch(`${started.url}/${started.appId}/${started.apiKey}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'cat@cheshire.com', password: 'grin' }),
    });
    expect(await response.json()).toMatchObject({ name: 'Cheshire Cat' });
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('fails with one line and exit code 1 when the port is in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((listening) => blocker.listen(0, '127.0.0.1', listening));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { exit, stderr } = startCli(['--port', String(port), '--json']);
      expect(await exit).toBe(1);
      expect(stderr().trim()).toBe(`codeless emulator: port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await new Promise((closed) => blocker.close(closed));
    }
  });

  it('fails with one line and exit code 1 for a bad users file', async () => {
    const notJson = join(directory, 'not-json.json');
    await writeFile(notJson, '[{"email": ');
    const broken = startCli(['--users', notJson]);
    expect(await broken.exit).toBe(1);
    expect(broken.stderr().trim().split('\n')).toHaveLength(1);
    expect(broken.stderr()).toMatch(/is not valid JSON/);

    const badUser = join(directory, 'bad-user.json');
    await writeFile(badUser, JSON.stringify([{ email: 'no-at-sign', password: 'x' }]));
    const invalid = startCli(['--users', badUser]);
    expect(await invalid.exit).toBe(1);
    expect(invalid.stderr()).toMatch(/users\[0\].*email has wrong format/);
  });

  it('takes the settings and roles from flags, and shows the server key in its banner', async () => {
    const { child, firstLine, exit } = startCli([
      '--port',
      '0',
      '--json',
      '--roles',
      'Admin, Editor',
      '--email-confirmation',
      '--no-registration',
      '--password-reset',
      'generated-password',
      '--multiple-logins',
      'allow',
      '--max-concurrent-logins',
      '3',
      '--max-failed-logins',
      '4',
      '--lockout',
      '60',
      '--session-timeout',
      '120',
      '--redirect-origin',
      'https://app.example',
      '--redirect-origin',
      'http://staging.example:8080',
      '--password-cost',
      '2048',
    ]);
    const started = JSON.parse(await firstLine) as { url: string };
    const settings = await (await fetch(`${started.url}/_emulator/settings`)).json();
    expect(settings).toEqual({
      registrationEnabled: false,
      emailConfirmationRequired: true,
      passwordResetMode: 'generated-password',
      loginsDisabled: false,
      multipleLogins: 'allow',
      maxConcurrentLogins: 3,
      maxFailedLogins: 4,
      lockoutMs: 60_000,
      sessionTimeoutMs: 120_000,
      redirectOrigins: ['https://app.example', 'http://staging.example:8080'],
      minPasswordLength: 1,
    });
    const { roles } = (await (await fetch(`${started.url}/_emulator/roles`)).json()) as {
      roles: Array<{ name: string; system: boolean }>;
    };
    expect(roles.filter((role) => !role.system).map((role) => role.name)).toEqual(['Admin', 'Editor']);
    const exported = (await (await fetch(`${started.url}/_emulator/export`)).json()) as {
      users: Array<{ passwordHash: string }>;
    };
    expect(exported.users[0]!.passwordHash).toMatch(/^scrypt\$2048\$8\$1\$/);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);

    const banner = startCli(['--port', '0', '--server-key', 'AAAA-BBBB']);
    const lines: string[] = [];
    const all = createInterface({ input: banner.child.stdout! });
    await new Promise<void>((done) =>
      all.on('line', (line) => {
        lines.push(line);
        if (line.startsWith('Press Ctrl+C')) done();
      }),
    );
    expect(lines.join('\n')).toMatch(/server key: AAAA-BBBB/);
    banner.child.kill('SIGINT');
    expect(await banner.exit).toBe(0);
  });

  it('fails with exit code 2 and one line for a setting flag that is not one', async () => {
    expect.hasAssertions();
    for (const flags of [
      ['--multiple-logins', 'sometimes'],
      ['--password-reset', 'sms'],
      ['--session-timeout', 'an-hour'],
      ['--session-timeout', String(31 * 24 * 3600)],
      ['--max-failed-logins', '1.5'],
      ['--password-cost', '1000'],
      ['--password-cost', '32768'],
    ]) {
      const run = startCli(flags);
      expect(await run.exit, flags.join(' ')).toBe(2);
      expect(run.stderr().trim().split('\n'), flags.join(' ')).toHaveLength(1);
    }
  });

  it('fails with exit code 2 for an unknown option or a bad port', async () => {
    expect(await startCli(['--colour', 'red']).exit).toBe(2);
    expect(await startCli(['--port', 'eighty']).exit).toBe(2);
  });

  it('lets the pages named by --admin-origin use the admin API, and no other page', async () => {
    expect.hasAssertions();
    const pages = ['http://localhost:5173', 'http://127.0.0.1:4173'];
    const { child, firstLine, exit } = startCli(['--json', ...pages.flatMap((page) => ['--admin-origin', page])]);
    const { url } = JSON.parse(await firstLine) as { url: string };
    for (const origin of pages) {
      const reply = await fetch(`${url}/_emulator/export`, { headers: { origin } });
      expect(reply.status, origin).toBe(200);
      expect(reply.headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
    const other = await fetch(`${url}/_emulator/export`, { headers: { origin: 'http://localhost:5174' } });
    expect(other.status).toBe(403);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    const bad = startCli(['--admin-origin', 'localhost:5173']);
    expect(await bad.exit).toBe(2);
    expect(bad.stderr()).toMatch(/^codeless emulator: --admin-origin must be an origin/);
  });
});
