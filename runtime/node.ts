// The runtime's Node-only parts: the undici transport and the session file. Nothing imports this module:
// `platform.ts` requires it at run time in Node, so browser bundles never see it (nor undici, nor node:fs).
import { Agent, request } from 'undici';
import type { Transport } from './http.ts';
import type { WebStorageLike } from './storage.ts';

/**
 * undici's `request` on one keep-alive Agent for the process (it keeps one connection pool per origin;
 * sessions do not mix, as each request carries its own token header).
 */
export function nodeTransport(): Transport {
  const dispatcher = new Agent();
  return async (url, method, headers, body, signal) => {
    const response = await request(url, { method: method as 'GET', headers, body, signal, dispatcher });
    return { status: response.statusCode, text: await response.body.text() };
  };
}

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
