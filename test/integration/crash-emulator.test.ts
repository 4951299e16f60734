// The emulator killed while it writes its data file: `codeless emulator --data FILE` is spawned, clients
// register users continuously, and the process is killed with SIGKILL at a random moment, then started
// again on the same file. After every kill the file must be one complete state (old or new, never torn),
// every user whose register was acknowledged before the kill must be in it, and nothing never asked for may
// appear. The random kill points come from a printed seed, so a failure can be replayed
// (CRASH_SEED=<seed> npx vitest run --project unit test/integration/crash-emulator.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const NODE = resolve('node_modules/.bin/node');
const CLI = resolve('bin/codeless.ts');
const ROUNDS = 8;
const WRITERS = 4;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);

let directory: string;
let dataFile: string;
const children = new Set<ChildProcess>();

/** mulberry32: a small seeded generator, so kill points can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Running {
  child: ChildProcess;
  base: string;
  url: string;
  exited: Promise<void>;
}

async function startEmulatorProcess(): Promise<Running> {
  const child = spawn(NODE, [CLI, 'emulator', '--port', '0', '--json', '--data', dataFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => children.delete(child));
  const line = await new Promise<string>((resolveLine, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolveLine);
    child.once('exit', (code, signal) =>
      reject(new Error(`emulator exited (${code ?? signal}) before listening: ${stderr}`)),
    );
  });
  const { url, appId, apiKey } = JSON.parse(line) as { url: string; appId: string; apiKey: string };
  return { child, url, base: `${url}/${appId}/${apiKey}`, exited };
}

interface StoredDocument {
  format: string;
  users: Array<{ email: string; objectId: string }>;
}

/** Reads the data file exactly as it is on disk; throws if it is not one complete document. */
async function readDocument(): Promise<StoredDocument> {
  const document = JSON.parse(await readFile(dataFile, 'utf8')) as StoredDocument;
  if (document.format !== 'codeless-emulator' || !Array.isArray(document.users))
    throw new Error('not an emulator data file');
  return document;
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'codeless-crash-'));
  dataFile = join(directory, 'data.json');
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await rm(directory, { recursive: true, force: true });
});

describe(`codeless emulator --data, killed with SIGKILL at random points (seed ${SEED})`, () => {
  it(`keeps every acknowledged user across ${ROUNDS} kills, and its file is never torn`, async () => {
    expect.hasAssertions();
    const random = seededRandom(SEED);
    const acknowledged = new Set<string>();
    const attempted = new Set<string>(['alice@wonderland.com']);
    let killsDuringWrite = 0;
    let writesRacing = 0;

    for (let round = 0; round < ROUNDS; round += 1) {
      const emulator = await startEmulatorProcess();
      // Restarted on the file the last kill left: everything acknowledged before is there.
      const listed = (await (await fetch(`${emulator.url}/_emulator/users`)).json()) as {
        users: Array<{ user: { email: string } }>;
      };
      const emails = new Set(listed.users.map((entry) => entry.user.email));
      for (const email of acknowledged) expect(emails.has(email), `${email} lost after kill ${round}`).toBe(true);

      let stop = false;
      const failures: string[] = [];
      const writer = async (index: number): Promise<void> => {
        for (let n = 0; !stop; n += 1) {
          const email = `r${round}-w${index}-${n}@crash.example`;
          attempted.add(email);
          try {
            const response = await fetch(`${emulator.base}/users/register`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email, password: 'crash-test' }),
            });
            if (response.status === 200) acknowledged.add(email);
            else throw new Error(`register answered ${response.status}: ${await response.text()}`);
          } catch (error) {
            // Only the kill may interrupt a register; anything before it is a failure.
            if (!stop) failures.push(`${email}: ${(error as Error).message}`);
            return;
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, index) => writer(index));

      // Let writes run for a random while, then kill without warning.
      await new Promise((wait) => setTimeout(wait, 150 + Math.floor(random() * 600)));
      stop = true;
      emulator.child.kill('SIGKILL');
      await emulator.exited;
      await Promise.all(writers);
      expect(failures).toEqual([]);

      // A temp file left behind means the kill landed in the middle of a write.
      const leftovers = (await readdir(directory)).filter((name) => name.endsWith('.tmp'));
      if (leftovers.length > 0) killsDuringWrite += 1;
      writesRacing += leftovers.length;

      const document = await readDocument();
      const stored = new Set(document.users.map((user) => user.email));
      for (const email of acknowledged) expect(stored.has(email), `${email} acknowledged but not on disk`).toBe(true);
      for (const email of stored) expect(attempted.has(email), `${email} on disk but never registered`).toBe(true);
      expect(new Set(document.users.map((user) => user.objectId)).size).toBe(document.users.length);
    }

    // One last start: the survivors log in.
    const emulator = await startEmulatorProcess();
    try {
      const sample = [...acknowledged]
        .filter((_, index) => index % Math.max(1, Math.floor(acknowledged.size / 3)) === 0)
        .slice(0, 3);
      for (const email of sample) {
        const response = await fetch(`${emulator.base}/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: email, password: 'crash-test' }),
        });
        expect(response.status).toBe(200);
      }
      expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      emulator.child.kill('SIGTERM');
      await emulator.exited;
    }
    expect(acknowledged.size).toBeGreaterThan(ROUNDS);
    console.info(
      `crash: seed ${SEED}, ${ROUNDS} kills (${killsDuringWrite} mid-write, ${writesRacing} temp files left), ` +
        `${acknowledged.size} acknowledged users, 0 lost, file never torn`,
    );
  }, 90_000);
});
