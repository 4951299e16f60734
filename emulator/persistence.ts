// Optional file persistence. The whole state is one JSON document, rewritten atomically after every change
// that must survive: write a temp file beside the target, fsync it, rename it over the old one, fsync the
// directory. A crash (even kill -9) mid-write leaves either the old file or the new one, never a torn mix.
// Writes are serialized and coalesced: changes made while one write is on disk share the next write, and each
// change learns the outcome of exactly that write — when it fails, every change in it is undone in memory
// before anything else is written. A symlinked file is written through to its target (the link stays), and a
// lock file beside the target keeps a second emulator off the same data.
import { randomBytes } from 'node:crypto';
import { lstat, open, readFile, readdir, readlink, realpath, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_DATA_FILE_BYTES } from './limits.ts';
import { errorMessage } from './contract.ts';

/** Lock files this process holds: a lock naming our own pid but not in here was left by an earlier process. */
const locksHeld = new Set<string>();

/** Changes waiting for the next write, with what undoes each of them. */
interface Batch {
  undo: Array<() => void>;
  settle: (error?: unknown) => void;
  done: Promise<void>;
}

/** One data file, held by this process: read it, then save snapshots of some state to it, one at a time. */
export class DataFile {
  /** The path as given (it may be a symbolic link). */
  readonly path: string;
  /** The file actually written: `path` with every symbolic link followed. */
  readonly target: string;
  readonly #lock: string;
  readonly #lockToken: string;
  #snapshot: () => string = () => {
    throw new Error('DataFile: nothing to save yet');
  };
  #pending: Batch | null = null;
  #writing: Promise<void> | null = null;

  private constructor(path: string, target: string, lockToken: string) {
    this.path = path;
    this.target = target;
    this.#lock = `${target}.lock`;
    this.#lockToken = lockToken;
  }

  /**
   * Takes the data file for this process: follows symbolic links to the real file and creates a lock beside
   * it. Throws a plain Error naming the other process when a live emulator already holds it; a lock left by a
   * process that no longer runs (killed, crashed) is taken over.
   */
  static async open(path: string): Promise<DataFile> {
    const target = await followLinks(path);
    const token = `${process.pid} ${randomBytes(8).toString('hex')}`;
    await takeLock(`${target}.lock`, token, path);
    return new DataFile(path, target, token);
  }

  /** What a save writes: called when a write starts, so each write has the newest state. */
  setSnapshot(snapshot: () => string): void {
    this.#snapshot = snapshot;
  }

  /**
   * Reads the file; undefined when it does not exist. Temp files a crash left behind (never the data itself:
   * the rename did not happen) are removed first.
   */
  async read(): Promise<string | undefined> {
    await removeStaleTemporaries(this.target);
    try {
      return await readFile(this.target, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`cannot read data file ${this.path}: ${errorMessage(error)}`, { cause: error });
    }
  }

  /**
   * Writes the current state soon and resolves once a write that includes it is on disk. When that write fails,
   * `undo` runs (with the undo of every other change in the same write, newest first) before the promise rejects
   * and before anything else is written: a change that could not be saved is gone from memory too.
   */
  save(undo: () => void = () => undefined): Promise<void> {
    if (!this.#pending) {
      let settle!: (error?: unknown) => void;
      const done = new Promise<void>((resolve, reject) => {
        settle = (error) => (error === undefined ? resolve() : reject(error));
      });
      this.#pending = { undo: [], settle, done };
    }
    const batch = this.#pending;
    batch.undo.push(undo);
    this.#writing ??= this.#drain().finally(() => {
      this.#writing = null;
    });
    return batch.done;
  }

  /** Resolves when nothing is waiting to be written. */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  /** Waits for pending writes, then gives the file up (removes the lock). Idempotent. */
  async close(): Promise<void> {
    await this.flush();
    await releaseLock(this.#lock, this.#lockToken);
  }

  async #drain(): Promise<void> {
    while (this.#pending) {
      const batch = this.#pending;
      this.#pending = null;
      try {
        const text = this.#snapshot();
        if (Buffer.byteLength(text) > MAX_DATA_FILE_BYTES) {
          throw new Error(`the data file would grow past its limit of ${MAX_DATA_FILE_BYTES} bytes`);
        }
        await writeAtomically(this.target, text);
        batch.settle();
      } catch (error) {
        for (const undo of batch.undo.reverse()) undo();
        batch.settle(error);
      }
    }
  }
}

/** `path` with every symbolic link in its last component followed (a missing file is written where it is named). */
async function followLinks(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops += 1) {
    let isLink: boolean;
    try {
      isLink = (await lstat(current)).isSymbolicLink();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      isLink = false;
    }
    if (!isLink) {
      // One name per file for the lock, whichever directory links led here.
      const directory = await realpath(dirname(current)).catch(() => dirname(current));
      return join(directory, basename(current));
    }
    current = resolve(dirname(current), await readlink(current));
  }
  throw new Error(`data file ${path}: too many symbolic links`);
}

/** Creates the lock file, or explains who holds it. */
async function takeLock(lock: string, token: string, path: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      try {
        await handle.writeFile(`${token}\n`);
      } finally {
        await handle.close();
      }
      locksHeld.add(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new Error(`cannot lock data file ${path}: ${errorMessage(error)}`, { cause: error });
      }
    }
    const holder = Number.parseInt((await readFile(lock, 'utf8').catch(() => '')).trim(), 10);
    const held =
      holder === process.pid ? locksHeld.has(lock) : Number.isInteger(holder) && holder > 0 && isRunning(holder);
    if (held) {
      throw new Error(
        `data file ${path} is in use by another emulator (process ${holder}); stop it or give this one another ` +
          `file (a lock left by a process that is gone can be deleted: ${lock})`,
      );
    }
    // Left by a process that is gone: take it over.
    await unlink(lock).catch(() => undefined);
  }
  throw new Error(`cannot lock data file ${path}: another emulator is taking it at this moment`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function releaseLock(lock: string, token: string): Promise<void> {
  const content = await readFile(lock, 'utf8').catch(() => '');
  if (content.trim() === token) await unlink(lock).catch(() => undefined);
  locksHeld.delete(lock);
}

function temporaryPrefix(path: string): string {
  return `.${basename(path)}.`;
}

/** Deletes temp files of earlier writes to `path` that a crash interrupted before their rename. */
async function removeStaleTemporaries(path: string): Promise<void> {
  const prefix = temporaryPrefix(path);
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return; // a missing directory shows up as a clear error on the first write
  }
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => unlink(join(dirname(path), name)).catch(() => undefined)),
  );
}

/** Replaces `path` with `text` so that readers (and crashes) only ever see the old or the new file. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const directory = dirname(path);
  const temporary = join(directory, `${temporaryPrefix(path)}${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx', 0o600);
  try {
    await file.writeFile(text, 'utf8');
    await file.sync();
  } catch (error) {
    await file.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await file.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  // Make the rename itself durable. Some platforms cannot open a directory for fsync; the rename is
  // still atomic there, only its durability across power loss is weaker.
  try {
    const directoryHandle = await open(directory, 'r');
    try {
      await directoryHandle.sync();
    } finally {
      await directoryHandle.close();
    }
  } catch {
    // best effort, see above
  }
}
