// The README's first command on a fresh clone: no dist/ yet, and `npm start` still serves a working emulator console
// (the backend panel's "Emulator console" opens it). The clone is the repository's tracked and new files copied
// into a temporary folder, with the repository's node_modules linked in (what `npm install` would have made).
import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { waitForOutput } from '../helpers/process-output.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let child: ChildProcess | undefined;
let clone: string | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  if (clone) await rm(clone, { recursive: true, force: true });
});

/** A copy of the working tree as git sees it (tracked and untracked-but-not-ignored files): no dist/, no caches. */
async function freshClone(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'codeless-clone-'));
  const { stdout } = await promisify(execFile)(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      maxBuffer: 64 << 20,
    },
  );
  for (const file of stdout.split('\0').filter(Boolean)) {
    await cp(join(root, file), join(dir, file), { recursive: true, force: true }).catch((error: unknown) => {
      // A file deleted in the working tree but still in the index is not part of the clone.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('npm start on a fresh clone', () => {
  test('builds the emulator console first, so /_emulator/console/ answers 200 with the console page', async () => {
    clone = await freshClone();
    child = spawn(process.execPath, ['bin/start.ts', '--port', '0', '--emulator-port', '0'], {
      cwd: clone,
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
    });
    const [, , emulatorURL] = await waitForOutput(
      child,
      /playground\s+(http:\/\/\S+\/)\s+embedded emulator\s+(http:\/\/\S+)\s/,
      120_000,
    );
    const page = await fetch(`${emulatorURL}/_emulator/console/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>[^<]*console/i);
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
