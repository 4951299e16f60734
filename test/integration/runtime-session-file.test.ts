// One session file shared by processes: each stayLoggedIn session is one key of the file, and two processes
// writing their own keys at the same time must never lose each other's writes. A lock left by a process that
// died mid-write must not block the file for ever.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackendless } from '../../runtime/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = `${root}node_modules/.bin/node`;
const WRITES_PER_PROCESS = 300;

let directory: string;

beforeAll(() => void (directory = mkdtempSync(join(tmpdir(), 'runtime-session-file-'))));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/**
 * A process that, once both processes are ready (each makes a file, then waits for the other's), remembers
 * `count` sessions of its own apps (`<name>-<i>`) in the shared file.
 */
const writerScript = `
import { existsSync, writeFileSync } from 'node:fs';
import { createBackendless } from ${JSON.stringify(pathToFileURL(`${root}runtime/index.ts`).href)};
const [file, name, count, ready, otherReady] = process.argv.slice(2);
writeFileSync(ready, '');
while (!existsSync(otherReady)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
for (let i = 0; i < Number(count); i++) {
  createBackendless({ appId: name + '-' + i, apiKey: 'K', storage: { file } })
    .UserService.setCurrentUser({ objectId: 'U', 'user-token': name + '-TOKEN-' + i }, true);
}
`;

describe('a session file shared by two processes', () => {
  it('keeps every session both processes wrote at the same time', async () => {
    expect.hasAssertions();
    const file = join(directory, 'shared.json');
    const script = join(directory, 'writer.mjs');
    writeFileSync(script, writerScript);
    const ready = (name: string) => join(directory, `${name}.ready`);
    const run = (name: string, other: string) =>
      promisify(execFile)(node, [script, file, name, String(WRITES_PER_PROCESS), ready(name), ready(other)], {
        timeout: 60_000,
      });
    await Promise.all([run('A', 'B'), run('B', 'A')]);

    const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const missing: string[] = [];
    for (const name of ['A', 'B']) {
      for (let i = 0; i < WRITES_PER_PROCESS; i++) {
        const record = all[`Backendless_${name}-${i}`];
        if (!record || JSON.parse(record)['user-token'] !== `${name}-TOKEN-${i}`) missing.push(`${name}-${i}`);
      }
    }
    expect(missing).toEqual([]);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over a lock left by a process that died mid-write, and leaves no lock behind', () => {
    const file = join(directory, 'stale-lock.json');
    writeFileSync(`${file}.lock`, '');
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, longAgo, longAgo);
    const users = createBackendless({ appId: 'APP', apiKey: 'K', storage: { file } }).UserService;
    users.setCurrentUser({ objectId: 'U', 'user-token': 'T' }, true);
    expect(createBackendless({ appId: 'APP', apiKey: 'K', storage: { file } }).UserService.getCurrentUserToken()).toBe(
      'T',
    );
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
