// codeless-blocks/runtime: a small client shaped like the official Backendless JS SDK v8 for the user
// service, so exported programs run unchanged against it or against the `backendless` package.
import {
  appPath,
  DEFAULT_SERVER_URL,
  parseInitArgs,
  resolveSettings,
  storageName,
  type BackendlessConfig,
} from './config.ts';
import { BackendlessError } from './errors.ts';
import { openStore } from './storage.ts';
import { User } from './user.ts';
import type { UserService } from './user-service.ts';
import { createUserService, type AppState } from './users.ts';

export type { BackendlessConfig, StorageOption } from './config.ts';
export type { BackendlessErrorOptions } from './errors.ts';
export type { WebStorageLike } from './io.ts';
export type { BackendlessUser, Responder } from './user.ts';
export type { UserQuery, UserService } from './user-service.ts';

/** One app instance: the SDK-shaped `Backendless` object. */
export interface BackendlessApp {
  /**
   * Points this instance at an app, as the SDK does: `initApp(appId, apiKey)`, `initApp(domain)` or
   * `initApp({ appId, apiKey, serverURL?, domain?, timeout?, storage?, standalone? })`. Forgets the
   * in-memory user and reopens storage (a remembered session is read back from it). Unlike the SDK it
   * sends no `GET /info` request: nothing we cover needs app info. Returns the configured instance
   * (a new one with `standalone: true`).
   */
  initApp(appId: string, apiKey: string): BackendlessApp;
  initApp(domainOrConfig: string | BackendlessConfig): BackendlessApp;
  /** The cluster URL (default `https://api.backendless.com`); set it before or in `initApp`. */
  serverURL: string;
  readonly appId: string | null;
  readonly apiKey: string | null;
  readonly domain: string | null;
  /**
   * `<serverURL>/<appId>/<apiKey>` (or `<domain>/api`), null before initApp. `appId`, `apiKey` and `appPath` are
   * set through initApp only: assigning one throws the SDK's error, in strict code and sloppy code alike.
   */
  readonly appPath: string | null;
  readonly UserService: UserService;
  /** The same object as `UserService`. */
  readonly Users: UserService;
  /** The class of every user object (`new Backendless.User({ … })`, `instanceof Backendless.User`). */
  readonly User: typeof User;
  /** Shortcut for `UserService.getCurrentUserToken()`. */
  getCurrentUserToken(): string | null;
  /** Shortcut for `UserService.setCurrentUserToken(token)`. */
  setCurrentUserToken(token: string | null): void;
}

/**
 * Creates an independent instance (own settings, own session, own storage), configured with `config`
 * when given — the same as the SDK's `initApp({ ..., standalone: true })`.
 */
function createBackendless(config?: BackendlessConfig): BackendlessApp {
  return createInstance(DEFAULT_SERVER_URL, config);
}

/** The SDK's error for assigning a setting only initApp sets (`use` ends its initApp(…) hint). */
function refuseSetting(name: string, value: unknown, use: string): never {
  throw new Error(
    `Setting '${String(value)}' value to Backendless.${name} directly is not possible, ` +
      `instead you must use Backendless.initApp(${use}`,
  );
}

function createInstance(serverURL: string, config?: BackendlessConfig): BackendlessApp {
  const state: AppState = { ...resolveSettings({}, serverURL), store: openStore('memory', ''), user: null };
  const users = createUserService(state);
  const instance: BackendlessApp = {
    initApp(first: string | BackendlessConfig, apiKey?: string) {
      const config = parseInitArgs(first, apiKey);
      // A standalone instance starts from this one's serverURL, as in the SDK.
      return config.standalone ? createInstance(state.serverURL, config) : configure(config);
    },
    get serverURL() {
      return state.serverURL;
    },
    set serverURL(url) {
      state.serverURL = url;
    },
    get appId() {
      return state.appId;
    },
    set appId(appId) {
      refuseSetting('appId', appId, `'${String(appId)}', API_KEY)`);
    },
    get apiKey() {
      return state.apiKey;
    },
    set apiKey(apiKey) {
      refuseSetting('apiKey', apiKey, `APP_ID, '${String(apiKey)}')`);
    },
    get appPath() {
      return appPath(state);
    },
    set appPath(path) {
      refuseSetting('appPath', path, 'APP_ID, API_KEY) for setup the value');
    },
    get domain() {
      return state.domain;
    },
    UserService: users,
    Users: users,
    User,
    getCurrentUserToken: users.getCurrentUserToken,
    setCurrentUserToken: users.setCurrentUserToken,
  };

  function configure(config: BackendlessConfig): BackendlessApp {
    const settings = resolveSettings(config, state.serverURL);
    // Open the new store before touching state, so a bad storage option leaves the instance as it was.
    const store = openStore(config.storage, storageName(settings));
    Object.assign(state, settings, { store, user: null });
    return instance;
  }

  return config ? configure(config) : instance;
}

/** The default instance, as `import Backendless from 'backendless'` gives. */
const Backendless: BackendlessApp = createBackendless();

export default Backendless;
export { Backendless, BackendlessError, createBackendless, User };
