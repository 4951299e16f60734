// Where a "stay logged in" session lives: the SDK's one JSON record per app, kept in Web Storage
// (localStorage in a browser), in a file (Node), or in memory.
import type { StorageOption } from './config.ts';
import { invalidOption } from './errors.ts';
import type { WebStorageLike } from './io.ts';
import { nodeOnly } from './platform.ts';

/**
 * The SDK's session record, stored as JSON under `Backendless_<appId>`, e.g.
 * `{"stayLoggedIn":true,"user-token":"…","current-user-id":"…"}`. Unknown keys are kept, so a record
 * the official SDK wrote survives our writes.
 */
export type SessionRecord = Record<string, unknown>;

/** One app's session record: `read()` returns a copy the caller may change, `write()` replaces it. */
export interface SessionStore {
  read(): SessionRecord;
  write(record: SessionRecord): void;
}

/** Opens the session store for `option` under the SDK's key `name`. Bad options throw. */
export function openStore(option: StorageOption | undefined, name: string): SessionStore {
  const storage =
    option === 'memory'
      ? memoryStorage()
      : typeof option === 'object' && 'file' in option
        ? fileStorage(option.file)
        : (option ?? environmentLocalStorage() ?? memoryStorage());
  if (typeof storage.getItem !== 'function' || typeof storage.setItem !== 'function') {
    throw invalidOption('storage', storage);
  }
  return {
    read() {
      try {
        // A missing or corrupt record reads as empty, as in the SDK.
        return JSON.parse(storage.getItem(name)!) || {};
      } catch {
        return {};
      }
    },
    write: (record) => storage.setItem(name, JSON.stringify(record)),
  };
}

/** The environment's `localStorage` when it exists and works (it throws in some private modes). */
function environmentLocalStorage(): WebStorageLike | undefined {
  try {
    const { localStorage } = globalThis;
    localStorage.getItem('');
    return localStorage;
  } catch {
    return undefined;
  }
}

function memoryStorage(): WebStorageLike {
  const items: Record<string, string> = {};
  return {
    getItem: (key) => items[key] ?? null,
    setItem: (key, value) => void (items[key] = value),
  };
}

/** Node only: the session file (`node/session-file.ts`); elsewhere `{ file }` is a bad option. */
function fileStorage(file: string): WebStorageLike {
  const node = nodeOnly();
  if (!file || typeof file !== 'string' || !node) throw invalidOption('storage file (a path, in Node.js)', file);
  return node.fileStorage(file);
}
