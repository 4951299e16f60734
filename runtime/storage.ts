// Where a "stay logged in" session lives: the SDK's one JSON record per app, kept in Web Storage
// (localStorage in a browser), in a file (Node), or in memory.
import { invalidOption } from './config.ts';

/** Anything shaped like Web Storage: `localStorage`, `sessionStorage`, or your own object. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** See `BackendlessConfig.storage`. */
export type StorageOption = WebStorageLike | { file: string } | 'memory';

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
    option == 'memory'
      ? memoryStorage()
      : typeof option == 'object' && 'file' in option
        ? fileStorage(option.file)
        : (option ?? environmentLocalStorage() ?? memoryStorage());
  if (typeof storage.getItem != 'function' || typeof storage.setItem != 'function') {
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

/**
 * Node only: a JSON file holding what localStorage would (`{ "Backendless_<appId>": "<record JSON>" }`).
 * Written with mode 0600 (it holds a session token) and replaced atomically (write, then rename); read
 * afresh each time, so instances and processes sharing it agree. A missing or corrupt file is empty.
 */
function fileStorage(file: string): WebStorageLike {
  if (!file || typeof file != 'string' || typeof process != 'object' || !process.getBuiltinModule) {
    throw invalidOption('storage file (a path, in Node.js)', file);
  }
  // getBuiltinModule keeps node:fs out of browser bundles: there is no import for them to follow.
  const fs = process.getBuiltinModule('node:fs');
  const readAll = (): Record<string, string> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) || {};
    } catch {
      return {};
    }
  };
  return {
    getItem: (key) => readAll()[key] ?? null,
    setItem(key, value) {
      const all = readAll();
      all[key] = value;
      fs.writeFileSync(file + '.tmp', JSON.stringify(all), { mode: 0o600 });
      fs.renameSync(file + '.tmp', file);
    },
  };
}
