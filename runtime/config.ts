// initApp's settings: the SDK's three call forms, defaults, and the base URL every call is built on.
import { invalidOption } from './errors.ts';
import type { WebStorageLike } from './io.ts';

/** Where the official SDK and this runtime talk to by default (the US cluster). */
export const DEFAULT_SERVER_URL = 'https://api.backendless.com';

/** How long one request may take (connect, headers and body) before it fails. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The object form of `initApp(...)`; the same keys as the official SDK plus `timeout` and `storage`. */
export interface BackendlessConfig {
  appId?: string;
  apiKey?: string;
  /** Cluster URL, e.g. `https://eu-api.backendless.com`; kept across `initApp` calls, like the SDK. */
  serverURL?: string;
  /** An app's own domain, e.g. `https://xxxx.backendless.app`; requests go to `<domain>/api/...`. */
  domain?: string;
  /** Milliseconds one request may take before it fails with a BackendlessError; default 30 000. */
  timeout?: number;
  /**
   * Where a "stay logged in" session is kept: a Web Storage–like object (`localStorage`, or any
   * `{ getItem, setItem }`), `{ file: '/path/session.json' }` (Node), or `'memory'`. Default:
   * `localStorage` when the environment has one, else memory.
   */
  storage?: StorageOption;
  /** `initApp({ ..., standalone: true })` returns a new independent instance, as in the SDK. */
  standalone?: boolean;
}

/** See `BackendlessConfig.storage`. */
export type StorageOption = WebStorageLike | { file: string } | 'memory';

/** The settings an instance runs with after `initApp`. */
export interface Settings {
  appId: string | null;
  apiKey: string | null;
  domain: string | null;
  serverURL: string;
  timeout: number;
}

/** Turns `initApp(appId, apiKey)`, `initApp(domain)` or `initApp(config)` into a config (SDK rules). */
export function parseInitArgs(first: unknown, apiKey?: unknown): BackendlessConfig {
  if (first && typeof first === 'object') return first as BackendlessConfig;
  if (typeof first === 'string' && !apiKey) return { domain: first };
  return { appId: first as string, apiKey: apiKey as string };
}

/** Checks a config and merges it over the previous settings; `serverURL` is sticky, as in the SDK. */
export function resolveSettings(config: BackendlessConfig, serverURL: string): Settings {
  const { domain, timeout = DEFAULT_TIMEOUT_MS } = config;
  // The SDK, too, insists on a scheme for a domain. The error shows it without a user name or password.
  if (domain && !/^https?:\/\//.test(domain)) throw invalidOption('domain', domain.replace(/^[^/]*@/, '***@'));
  // Timers overflow past 2^31 - 1 ms and would then fire at once.
  if (typeof timeout !== 'number' || !(timeout > 0 && timeout < 2 ** 31)) {
    throw invalidOption('timeout', timeout);
  }
  return {
    // A domain replaces the id and key, as in the SDK.
    appId: (!domain && config.appId) || null,
    apiKey: (!domain && config.apiKey) || null,
    domain: domain || null,
    serverURL: config.serverURL || serverURL,
    timeout,
  };
}

/** `<serverURL>/<appId>/<apiKey>` or `<domain>/api`; `null` while initApp has not been called. */
export function appPath({ domain, appId, apiKey, serverURL }: Settings): string | null {
  return domain ? domain + '/api' : appId && apiKey ? `${serverURL}/${appId}/${apiKey}` : null;
}

/** The SDK's storage key: `Backendless_<appId>`, or `Backendless` for an app addressed by domain. */
export function storageName(settings: Settings): string {
  return settings.appId ? 'Backendless_' + settings.appId : 'Backendless';
}
