// Optional file persistence. The whole state is one small JSON document, rewritten atomically after
// every change that must survive: write a temp file in the same directory, fsync it, rename it over the
// old one, fsync the directory. A crash (even kill -9) mid-write leaves either the old file or the new
// one, never a torn mix. Writes are serialized and coalesced: while one is on disk, later changes are
// folded into a single next write of the newest state.
import { open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Writes snapshots of some state to one file, one at a time, always ending with the newest. */
export class AtomicJsonFile {
  readonly path: string;
  readonly #snapshot: () => unknown;
  #writing: Promise<void> | null = null;
  #dirty = false;
  #lastError: unknown = null;

  /** @param snapshot returns the current state to write (called when a write actually starts). */
  constructor(path: string, snapshot: () => unknown) {
    this.path = path;
    this.#snapshot = snapshot;
  }

  /**
   * Reads and parses the file; undefined when it does not exist. Throws a clear error when corrupt.
   * Temp files a crash left behind (never the data itself: the rename did not happen) are removed.
   */
  async read(): Promise<unknown> {
    await removeStaleTemporaries(this.path);
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`cannot read data file ${this.path}: ${(error as Error).message}`, { cause: error });
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`data file ${this.path} is not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }

  /**
   * Schedules a write of the current state and resolves once a write that includes it is on disk.
   * Rejects if that write failed (the next save tries again).
   */
  save(): Promise<void> {
    this.#dirty = true;
    if (!this.#writing) {
      this.#writing = this.#drain().finally(() => {
        this.#writing = null;
      });
    }
    return this.#writing.then(() => {
      if (this.#lastError) throw this.#lastError;
    });
  }

  /** Resolves when nothing is waiting to be written. */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing.catch(() => undefined);
  }

  async #drain(): Promise<void> {
    while (this.#dirty) {
      this.#dirty = false;
      try {
        await writeAtomically(this.path, `${JSON.stringify(this.#snapshot(), null, 2)}\n`);
        this.#lastError = null;
      } catch (error) {
        this.#lastError = error;
      }
    }
  }
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
