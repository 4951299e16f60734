// Which backend the playground talks to: the embedded emulator (default) or a real Backendless app. Remembered
// in localStorage across reloads; the API key stays in this browser only.
import type { EmulatorAddress } from '../emulator/contract.ts';

/** The choices of the settings form. */
export type BackendPreset = 'emulator' | 'us' | 'eu' | 'custom';

/**
 * What a person chose in the settings form, as typed (and as stored). Not the `initApp` configuration an
 * exported program carries (the generators' type): {@link resolveBackend} turns a choice into a backend.
 */
export interface BackendChoice {
  preset: BackendPreset;
  serverURL: string;
  appId: string;
  apiKey: string;
}

/** A backend ready to use: the base URL requests go to, and the runtime's `initApp` configuration. */
export interface ResolvedBackend {
  preset: BackendPreset;
  /** `<serverURL>/<appId>/<apiKey>`, or the app's own domain URL (`https://xxxx.backendless.app/api`). */
  baseURL: string;
  serverURL: string;
  appId: string;
  apiKey: string;
  /** The app's own domain when it is addressed that way (the runtime adds `/api`), else null. */
  domain: string | null;
  /** The emulator's admin root (`<serverURL>/_emulator`) when the backend is an emulator we started. */
  adminURL: string | null;
  /** localStorage key the runtime and the official SDK keep a "stay logged in" session under. */
  sessionStorageKey: string;
}

/** Server URLs of Backendless' hosting zones. */
export const PRESET_SERVER_URLS: Record<'us' | 'eu', string> = {
  us: 'https://api.backendless.com',
  eu: 'https://eu-api.backendless.com',
};

const STORAGE_KEY = 'codeless-playground:backend';

function isPreset(value: unknown): value is BackendPreset {
  return value === 'emulator' || value === 'us' || value === 'eu' || value === 'custom';
}

/** The saved choice, or the embedded emulator when nothing (or something unreadable) is saved. */
export function loadBackendChoice(): BackendChoice {
  const fallback: BackendChoice = { preset: 'emulator', serverURL: '', appId: '', apiKey: '' };
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<BackendChoice> | null;
    if (!saved || !isPreset(saved.preset)) return fallback;
    return {
      preset: saved.preset,
      serverURL: String(saved.serverURL ?? ''),
      appId: String(saved.appId ?? ''),
      apiKey: String(saved.apiKey ?? ''),
    };
  } catch {
    return fallback;
  }
}

/** Remembers the choice for the next visit. */
export function saveBackendChoice(choice: BackendChoice): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
}

/**
 * Checks the choice and turns it into a backend. The embedded-emulator preset always uses the emulator the
 * page was served with (its port can change between starts). Throws an Error saying which field is wrong.
 */
export function resolveBackend(settings: BackendChoice, emulator: EmulatorAddress): ResolvedBackend {
  if (settings.preset === 'emulator') {
    // Empty fields mean "the emulator this page was served with" (its port can change between starts); a
    // filled field points at another emulator, e.g. for a static copy of playground-dist/.
    const serverURL = (settings.serverURL.trim() || emulator.url).replace(/\/+$/, '');
    const appId = settings.appId.trim() || emulator.appId;
    const apiKey = settings.apiKey.trim() || emulator.apiKey;
    checkServerURL(serverURL);
    return {
      preset: 'emulator',
      serverURL,
      appId,
      apiKey,
      baseURL: `${serverURL}/${appId}/${apiKey}`,
      domain: null,
      adminURL: `${serverURL}/_emulator`,
      sessionStorageKey: `Backendless_${appId}`,
    };
  }
  const serverURL = (settings.preset === 'custom' ? settings.serverURL : PRESET_SERVER_URLS[settings.preset])
    .trim()
    .replace(/\/+$/, '');
  checkServerURL(serverURL);
  const appId = settings.appId.trim();
  const apiKey = settings.apiKey.trim();
  // An app's own domain (https://xxxx.backendless.app/api) carries neither id nor key, as in the SDK.
  if (!appId && !apiKey && settings.preset === 'custom') {
    const domain = serverURL.replace(/\/api$/, '');
    return {
      preset: 'custom',
      serverURL,
      appId: '',
      apiKey: '',
      domain,
      baseURL: `${domain}/api`,
      adminURL: null,
      sessionStorageKey: 'Backendless',
    };
  }
  if (!appId) throw new Error('Application ID is empty');
  if (!apiKey) throw new Error('REST API key is empty');
  if (/[/?#\s]/.test(appId)) throw new Error('Application ID must not contain "/", "?", "#" or spaces');
  if (/[/?#\s]/.test(apiKey)) throw new Error('REST API key must not contain "/", "?", "#" or spaces');
  return {
    preset: settings.preset,
    serverURL,
    appId,
    apiKey,
    baseURL: `${serverURL}/${appId}/${apiKey}`,
    domain: null,
    adminURL: null,
    sessionStorageKey: `Backendless_${appId}`,
  };
}

function checkServerURL(serverURL: string): void {
  let parsed: URL;
  try {
    parsed = new URL(serverURL);
  } catch {
    throw new Error(`Server URL "${serverURL}" is not a URL (expected e.g. https://api.backendless.com)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`Server URL must start with http:// or https:// (got "${serverURL}")`);
  }
}

/**
 * The emulator this page talks to by default. Under the dev server, the one it started (`/emulator.json`, so
 * its port may change between starts); a production build uses the address baked in when it was built.
 */
export async function findEmulator(): Promise<EmulatorAddress> {
  if (!__CODELESS_DEV_SERVER__) return __CODELESS_DEFAULT_EMULATOR__;
  try {
    const response = await fetch('/emulator.json', { cache: 'no-store' });
    const found = (await response.json()) as EmulatorAddress | null;
    if (found && typeof found.url === 'string') return found;
  } catch {
    // Keep the default; the backend panel will say whether it answers.
  }
  return __CODELESS_DEFAULT_EMULATOR__;
}
