// The session file behind `initApp({ storage: { file } })`: what localStorage would hold, as one JSON file.
import type { WebStorageLike } from '../io.ts';

/**
 * A JSON file holding what localStorage would (`{ "Backendless_<appId>": "<record JSON>" }`). Written with
 * mode 0600 (it holds a session token) and replaced atomically (write, then rename); read afresh each
 * time, so instances and processes sharing it agree. A missing or corrupt file is empty.
 */
export function fileStorage(file: string): WebStorageLike {
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
      // A temp file of this write's own (created new, so mode 0600 applies), then an atomic rename.
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(all), { mode: 0o600, flag: 'wx' });
      try {
        fs.renameSync(temp, file);
      } catch (error) {
        fs.rmSync(temp, { force: true });
        throw error;
      }
    },
  };
}
