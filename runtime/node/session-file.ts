// The session file behind `initApp({ storage: { file } })`: what localStorage would hold, as one JSON file that
// several processes may share.
import * as fs from 'node:fs';
import type { WebStorageLike } from '../io.ts';

/** A write holds the lock for milliseconds; a lock this old was left by a process that died holding it. */
const STALE_LOCK_MS = 10_000;
/** How long a writer waits between two looks at a lock another process holds. */
const LOCK_POLL_MS = 2;

/**
 * A JSON file holding what localStorage would (`{ "Backendless_<appId>": "<record JSON>" }`), written with mode
 * 0600 (it holds a session token). Reads take the file as it is: it is only ever replaced whole (temp file, then
 * rename). Writes re-read, change one key and replace the file under a lock file (`<file>.lock`), so processes
 * sharing the file never lose each other's keys. A missing file is empty; one that cannot be read or is not a JSON
 * object is empty too, said once on stderr, and replaced by the next write.
 */
export function fileStorage(file: string): WebStorageLike {
  let warned = false;

  const readAll = (): Record<string, unknown> => {
    let all: unknown;
    try {
      all = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return {};
    }
    if (all && typeof all === 'object' && !Array.isArray(all)) return all as Record<string, unknown>;
    if (!warned) {
      warned = true;
      console.warn(
        `codeless-blocks runtime: the session file ${file} is unreadable or not a JSON object; it is read as empty`,
      );
    }
    return {};
  };

  return {
    getItem(key) {
      const all = readAll();
      const value = Object.hasOwn(all, key) ? all[key] : null;
      // A value that is not text is handed on as text, for the session store to find malformed.
      return value == null ? null : typeof value === 'string' ? value : JSON.stringify(value);
    },
    setItem(key, value) {
      withLock(file, () => {
        const all = readAll();
        all[key] = value;
        // A temp file of this write's own (created new, so mode 0600 applies), then an atomic rename.
        const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        fs.writeFileSync(temp, JSON.stringify(all), { mode: 0o600, flag: 'wx' });
        try {
          fs.renameSync(temp, file);
        } catch (error) {
          fs.rmSync(temp, { force: true });
          throw error;
        }
      });
    },
  };
}

/**
 * Runs `write` while holding `<file>.lock`, created exclusively. A lock older than STALE_LOCK_MS was left by a
 * process that died mid-write: it is taken over — renamed away first and checked, so that of two processes
 * that both found it stale, the second does not remove the first one's fresh lock.
 */
function withLock(file: string, write: () => void): void {
  const lock = `${file}.lock`;
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lock, 'wx', 0o600));
      break;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
    if (!isStale(lock)) {
      // setItem is synchronous (Web Storage's shape): wait without spinning the CPU.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, LOCK_POLL_MS);
      continue;
    }
    const taken = `${lock}.${process.pid}.stale`;
    try {
      fs.renameSync(lock, taken);
    } catch {
      continue; // another process took it over first
    }
    // Put back a lock that turned out to be fresh (it replaced the stale one in between); linking fails when a
    // third process has made a new one since, which then holds the lock.
    if (!isStale(taken)) {
      try {
        fs.linkSync(taken, lock);
      } catch {
        // EEXIST: see above.
      }
    }
    fs.rmSync(taken, { force: true });
  }
  try {
    write();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function isStale(path: string): boolean {
  try {
    return Date.now() - fs.statSync(path).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // gone: the next attempt may simply create it
  }
}
