// Where a "stay logged in" session lives: the SDK's one JSON record per app, kept in Web Storage
// (localStorage in a browser), in a file (Node), or in memory.
import type { StorageOption } from './config.ts';
import { BackendlessError, invalidOption } from './errors.ts';
import type { WebStorageLike } from './io.ts';
import { nodeParts } from './platform.ts';

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

/**
 * A user token the runtime can send: text of visible ASCII characters. Anything else (a line break, a space, a
 * letter outside ASCII) could never go into the `user-token` header, so every later call would fail.
 */
export const isToken = (value: unknown): value is string => typeof value === 'string' && /^[!-~]+$/.test(value);

/** Refuses a token that is neither a token nor "none" (`null`, `undefined`, `''`), where it enters the runtime. */
export function checkToken(value: unknown): void {
  if (value && !isToken(value)) throw new BackendlessError('invalid user token: visible ASCII characters only');
}

/** A JSON object (not null, not an array). */
export const isObject = (data: unknown): data is Record<string, unknown> =>
  !!data && typeof data === 'object' && !Array.isArray(data);

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
  let warned = false;
  return {
    read() {
      const text = storage.getItem(name);
      let record;
      try {
        record = JSON.parse(text!);
      } catch {
        // Not JSON: malformed, below.
      }
      // A missing record is no session. A malformed one is no session either, as in the SDK — but said once,
      // as it means another program wrote there; it is replaced by the next session this runtime keeps.
      if (text == null || (isObject(record) && (record['user-token'] == null || isToken(record['user-token'])))) {
        return record || {};
      }
      if (!warned) console.warn(`codeless-blocks runtime: malformed session record ${name} ignored`);
      warned = true;
      return {};
    },
    write: (record) => storage.setItem(name, JSON.stringify(record)),
  };
}

/** The environment's `localStorage` when it exists and works (it throws in some private modes). */
function environmentLocalStorage(): WebStorageLike | undefined {
  // Never Node 25+'s own localStorage, which warns on every read (see `NodeParts.builtinStorage`).
  if (nodeParts?.builtinStorage()) return undefined;
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
  if (!file || typeof file !== 'string' || !nodeParts) throw invalidOption('storage file (a path, in Node.js)', file);
  return nodeParts.fileStorage(file);
}
