// Which backend the playground talks to: the emulator it was served with, or a Backendless app. The person's choice
// is remembered in localStorage across reloads (the API key stays in this browser); without one, the page uses the
// backend its site names in `backend.json` beside it — the emulator `npm start` runs, or whatever app the host of a
// static copy wrote there — and with neither, none until the person chooses.
import type { EmulatorAddress } from '../emulator/contract.ts';
import type { UiMessages } from './ui-messages.ts';

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
  /** The emulator's admin root (`<serverURL>/_emulator`) when the backend is an emulator, else null. */
  adminURL: string | null;
  /** localStorage key the runtime and the official SDK keep a "stay logged in" session under. */
  sessionStorageKey: string;
}

/**
 * What `backend.json` beside the page says: the backend the site offers, or `null`. `npm start`'s dev server
 * answers with its emulator (`emulator: true`: it has the admin API); a static copy holds what its host wrote.
 */
export interface SiteBackend {
  serverURL: string;
  appId: string;
  apiKey: string;
  emulator?: boolean;
}

/** Why settings cannot be used: the interface text that says so, and the values it names. */
export class SettingsProblem extends Error {
  readonly key: keyof UiMessages;
  readonly values: Record<string, string>;

  constructor(key: keyof UiMessages, values: Record<string, string> = {}) {
    super(key);
    this.name = 'SettingsProblem';
    this.key = key;
    this.values = values;
  }
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

/** The choice the site's backend stands for: its emulator (fields empty), or its app, in the preset it matches. */
export function siteChoice(site: SiteBackend | null): BackendChoice {
  if (!site || site.emulator) return { preset: 'emulator', serverURL: '', appId: '', apiKey: '' };
  const serverURL = site.serverURL.replace(/\/+$/, '');
  const zone = (['us', 'eu'] as const).find((preset) => PRESET_SERVER_URLS[preset] === serverURL);
  return { preset: zone ?? 'custom', serverURL: zone ? '' : serverURL, appId: site.appId, apiKey: site.apiKey };
}

/** The saved choice, or `fallback` (the site's) when nothing (or something unreadable) is saved. */
export function loadBackendChoice(fallback: BackendChoice): BackendChoice {
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
 * Checks the choice and turns it into a backend. The emulator preset with empty fields is the emulator the site
 * names (its port can change between starts). Throws a {@link SettingsProblem} saying which field is wrong.
 */
export function resolveBackend(settings: BackendChoice, site: SiteBackend | null): ResolvedBackend {
  if (settings.preset === 'emulator') {
    const emulator: EmulatorAddress | null = site?.emulator
      ? { url: site.serverURL, appId: site.appId, apiKey: site.apiKey }
      : null;
    // A filled field points at another emulator, e.g. one `npx codeless emulator` started for a static copy.
    const serverURL = (settings.serverURL.trim() || emulator?.url || '').replace(/\/+$/, '');
    if (!serverURL) throw new SettingsProblem('problemNoEmulator');
    checkServerURL(serverURL);
    const appId = settings.appId.trim() || emulator?.appId || '';
    const apiKey = settings.apiKey.trim() || emulator?.apiKey || '';
    checkKeys(appId, apiKey);
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
  checkKeys(appId, apiKey);
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

function checkKeys(appId: string, apiKey: string): void {
  if (!appId) throw new SettingsProblem('problemAppIdEmpty');
  if (!apiKey) throw new SettingsProblem('problemApiKeyEmpty');
  if (/[/?#\s]/.test(appId)) throw new SettingsProblem('problemAppIdCharacters');
  if (/[/?#\s]/.test(apiKey)) throw new SettingsProblem('problemApiKeyCharacters');
}

function checkServerURL(serverURL: string): void {
  let parsed: URL;
  try {
    parsed = new URL(serverURL);
  } catch {
    throw new SettingsProblem('problemNotURL', { url: serverURL });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SettingsProblem('problemScheme', { url: serverURL });
  }
}

export function isSiteBackend(value: unknown): value is SiteBackend {
  const site = value as Partial<SiteBackend> | null;
  return (
    !!site &&
    typeof site.serverURL === 'string' &&
    typeof site.appId === 'string' &&
    typeof site.apiKey === 'string' &&
    (site.emulator === undefined || typeof site.emulator === 'boolean')
  );
}

/**
 * The backend the site names in `backend.json` beside the page, or null when it names none (or the file is not
 * there or not such an object: a static copy without it simply has no default backend).
 */
export async function findSiteBackend(): Promise<SiteBackend | null> {
  try {
    const response = await fetch(new URL('backend.json', document.baseURI), { cache: 'no-store' });
    if (!response.ok) return null;
    const site: unknown = await response.json();
    return isSiteBackend(site) ? site : null;
  } catch {
    return null;
  }
}
