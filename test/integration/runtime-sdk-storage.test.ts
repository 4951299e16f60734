// A remembered session moves between our runtime and the official SDK through localStorage: both keep
// one JSON record under Backendless_<appId>, so a page can switch clients without logging in again.
// The SDK decides at load time whether it runs in a browser, so the browser globals are set first and
// the SDK is loaded afterwards: a copy of its own, since another file of this worker may have loaded it in Node
// (the project's files share their worker's modules); the modules it replaced are put back after the file.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { createBackendless } from '../../runtime/index.ts';

interface SdkApp {
  UserService: {
    login(login: string, password: string, stayLoggedIn?: boolean): Promise<Record<string, unknown>>;
    getCurrentUserToken(): string | null;
    loggedInUser(): string | null;
    isValidLogin(): Promise<boolean>;
    getCurrentUser(): Promise<Record<string, unknown> | null>;
    logout(): Promise<void>;
  };
}

const items = new Map<string, string>();
const localStorage = {
  getItem: (key: string) => items.get(key) ?? null,
  setItem: (key: string, value: string) => void items.set(key, String(value)),
  removeItem: (key: string) => void items.delete(key),
};

let emulator: Emulator;
let sdkInitApp: (config: object) => SdkApp;

beforeAll(async () => {
  // The SDK's browser test (lib/utils.js): self and window are both the global object.
  vi.stubGlobal('self', globalThis);
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('document', {});
  vi.stubGlobal('localStorage', localStorage);
  const sdk = loadSdkAnew() as {
    initApp(config: object): SdkApp;
    Utils: { isLocalStorageSupported: boolean };
  };
  // Guards the premise: had the SDK been loaded before the globals existed, it would use memory.
  expect(sdk.Utils.isLocalStorageSupported).toBe(true);
  sdkInitApp = (config) => sdk.initApp(config);
  emulator = await startEmulator();
});

afterAll(async () => {
  vi.unstubAllGlobals();
  // This file's browser-mode copy leaves the cache (a later file would get it), and what it set aside comes back.
  for (const path of sdkModulePaths()) delete require.cache[path];
  Object.assign(require.cache, replaced);
  await emulator?.close();
});

const require = createRequire(import.meta.url);
/** The SDK's modules (its packages', `backendless*`) this file took out of Node's cache, to put back after it. */
const replaced: NodeJS.Dict<NodeModule> = {};

/** The paths of the SDK's modules in Node's cache. */
function sdkModulePaths(): string[] {
  return Object.keys(require.cache).filter((path) => /[\\/]node_modules[\\/]backendless[^\\/]*[\\/]/.test(path));
}

/** The SDK evaluated now, with the globals as they are: its packages' cached modules set aside first. */
function loadSdkAnew(): unknown {
  for (const path of sdkModulePaths()) {
    replaced[path] = require.cache[path];
    delete require.cache[path];
  }
  return require('backendless');
}

beforeEach(() => items.clear());

const config = () => ({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url });
const sdkApp = () => sdkInitApp({ ...config(), standalone: true });
const key = () => `Backendless_${emulator.appId}`;

it('our stayLoggedIn login writes the SDK shape, and the SDK picks the session up', async () => {
  const user = await createBackendless(config()).UserService.login('alice@wonderland.com', 'wonderland', true);
  expect(JSON.parse(items.get(key())!)).toEqual({
    stayLoggedIn: true,
    'user-token': user['user-token'],
    'current-user-id': user.objectId,
  });

  const sdk = sdkApp().UserService;
  expect(sdk.getCurrentUserToken()).toBe(user['user-token']);
  expect(sdk.loggedInUser()).toBe(user.objectId);
  expect(await sdk.isValidLogin()).toBe(true);
  expect(await sdk.getCurrentUser()).toMatchObject({ objectId: user.objectId, email: 'alice@wonderland.com' });
});

it("the SDK's stayLoggedIn session is picked up by our runtime, and our logout ends it for both", async () => {
  const sdkUser = await sdkApp().UserService.login('alice@wonderland.com', 'wonderland', true);
  const ours = createBackendless(config()).UserService;
  expect(ours.getCurrentUserToken()).toBe(sdkUser['user-token']);
  expect(ours.loggedInUser()).toBe(sdkUser.objectId);
  expect(await ours.getCurrentUser()).toMatchObject({ objectId: sdkUser.objectId });
  await ours.logout();
  expect(sdkApp().UserService.getCurrentUserToken()).toBeNull();
  expect(JSON.parse(items.get(key())!)).toEqual({});
});

it('a login without stayLoggedIn leaves nothing for the other client, as the SDK does', async () => {
  await createBackendless(config()).UserService.login('alice@wonderland.com', 'wonderland');
  expect(sdkApp().UserService.getCurrentUserToken()).toBeNull();
  await sdkApp().UserService.login('alice@wonderland.com', 'wonderland', false);
  expect(createBackendless(config()).UserService.getCurrentUserToken()).toBeNull();
});
