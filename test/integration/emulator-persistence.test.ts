// dataFile persistence: users and sessions survive a restart; the file is replaced atomically, so even
// kill -9 in the middle of a write leaves a complete file.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';

const NODE = resolve('node_modules/.bin/node');
const PERSISTENCE_MODULE = resolve('emulator/persistence.ts');
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'codeless-emulator-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function post(
  emulator: Emulator,
  path: string,
  json: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(json),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function isValid(emulator: Emulator, token: string): Promise<unknown> {
  return (await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/isvalidusertoken/${token}`)).json();
}

describe('dataFile persistence', () => {
  it('keeps registered users and live sessions across a restart', async () => {
    const dataFile = join(directory, 'round-trip.json');
    const first = await startEmulator({ dataFile });
    const bob = await post(first, '/users/register', {
      email: 'bob@wonderland.com',
      password: 'rabbit-hole',
      name: 'Bob',
    });
    const alice = await post(first, '/users/login', { login: 'alice@wonderland.com', password: 'wonderland' });
    const aliceToken = alice.body['user-token'] as string;
    await first.close();

    const second = await startEmulator({ dataFile });
    try {
      const bobAgain = await post(second, '/users/login', { login: 'bob@wonderland.com', password: 'rabbit-hole' });
      expect(bobAgain.status).toBe(200);
      expect(bobAgain.body.objectId).toBe(bob.body.objectId);
      expect(await isValid(second, aliceToken)).toBe(true);
      const aliceAgain = await post(second, '/users/login', { login: 'alice@wonderland.com', password: 'wonderland' });
      expect(aliceAgain.body.objectId).toBe(alice.body.objectId);
    } finally {
      await second.close();
    }
  });

  it('creates the file from the seed when it does not exist, and stores no plain password', async () => {
    const dataFile = join(directory, 'fresh.json');
    const emulator = await startEmulator({
      dataFile,
      users: [{ email: 'dodo@wonderland.com', password: 'caucus-race' }],
    });
    await emulator.close();
    const text = await readFile(dataFile, 'utf8');
    const document = JSON.parse(text) as { format: string; users: Array<{ email: string; passwordHash: string }> };
    expect(document.format).toBe('codeless-emulator');
    expect(document.users.map((user) => user.email)).toEqual(['dodo@wonderland.com']);
    expect(document.users[0]!.passwordHash).toMatch(/^scrypt\$/);
    expect(text).not.toContain('caucus-race');
  });

  it('ends with every change on disk after a burst of concurrent writes, leaving no temp files', async () => {
    // A folder of its own: the kill -9 test leaves the temp files of the writes it interrupted.
    const own = await mkdtemp(join(directory, 'burst-'));
    const dataFile = join(own, 'burst.json');
    const emulator = await startEmulator({ dataFile });
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        post(emulator, '/users/register', { email: `card${index}@wonderland.com`, password: 'x' }),
      ),
    );
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    // Every answered register is already on disk, before close.
    const onDisk = JSON.parse(await readFile(dataFile, 'utf8')) as { users: unknown[] };
    expect(onDisk.users).toHaveLength(13);
    await emulator.close();
    expect((await readdir(own)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('removes temp files an interrupted write left behind', async () => {
    const dataFile = join(directory, 'leftover.json');
    const leftover = join(directory, '.leftover.json.4242.deadbeef.tmp');
    await writeFile(leftover, '{"half": ');
    const emulator = await startEmulator({ dataFile });
    await emulator.close();
    expect((await readdir(directory)).filter((name) => name.startsWith('.leftover.json.'))).toEqual([]);
  });

  it('refuses a corrupt or foreign data file with a clear message', async () => {
    const corrupt = join(directory, 'corrupt.json');
    await writeFile(corrupt, '{"format": "codeless-emulator", "users": [');
    await expect(startEmulator({ dataFile: corrupt })).rejects.toThrow(/is not valid JSON/);

    const foreign = join(directory, 'foreign.json');
    await writeFile(foreign, JSON.stringify({ hello: 'world' }));
    await expect(startEmulator({ dataFile: foreign })).rejects.toThrow(/was not written by the codeless emulator/);

    const badUser = join(directory, 'bad-user.json');
    await writeFile(
      badUser,
      JSON.stringify({ format: 'codeless-emulator', version: 1, users: [{ objectId: 'X', email: 'x@y.z' }] }),
    );
    await expect(startEmulator({ dataFile: badUser })).rejects.toThrow(/users\[0\]/);
  });

  it('survives kill -9 in the middle of writes: the file is always one complete version', async () => {
    expect.hasAssertions();
    const dataFile = join(directory, 'killed.json');
    // A child rewrites a ~4 MB file as fast as it can, alternating two versions, until it is killed.
    const script = `
      import { writeAtomically } from ${JSON.stringify(PERSISTENCE_MODULE)};
      const versions = ['a', 'b'].map((mark) => JSON.stringify({ mark, padding: mark.repeat(4_000_000) }));
      await writeAtomically(${JSON.stringify(dataFile)}, versions[0]);
      process.stdout.write('ready\\n');
      for (let round = 1; ; round += 1) await writeAtomically(${JSON.stringify(dataFile)}, versions[round % 2]);
    `;
    for (let run = 0; run < 4; run += 1) {
      const child = spawn(NODE, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((ready, fail) => {
        child.stdout.once('data', () => ready());
        child.once('exit', (code) => fail(new Error(`writer exited early with ${code}`)));
      });
      await new Promise((wait) => setTimeout(wait, 30 + run * 40));
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGKILL');
      await exited;
      const document = JSON.parse(await readFile(dataFile, 'utf8')) as { mark: string; padding: string };
      expect(['a', 'b']).toContain(document.mark);
      expect(document.padding).toBe(document.mark.repeat(4_000_000));
    }
  }, 60_000);
});
