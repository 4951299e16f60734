// Backendless fidelity: `Backendless.appId`, `apiKey` and `appPath` are set through initApp only. The
// official SDK throws on an assignment (its own e2e suite checks it); so does the runtime — in sloppy code too, where
// a getter without a setter would have ignored the assignment silently and the program gone on with the old app.
import Backendless from 'backendless';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { createBackendless } from '../../runtime/index.ts';

// The SDK's initApp asks the server for app info at once: an emulator answers it, so nothing leaves the machine.
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
const sdkApps: Array<{ appInfoPromise(): Promise<unknown> }> = [];
afterAll(async () => {
  await Promise.allSettled(sdkApps.map((app) => app.appInfoPromise()));
  await emulator.close();
});

type App = Record<'appId' | 'apiKey' | 'appPath', unknown>;

const clients: Array<[string, () => App]> = [
  [
    'official SDK (backendless@8)',
    () => {
      const app = Backendless.initApp({
        appId: emulator.appId,
        apiKey: emulator.apiKey,
        serverURL: emulator.url,
        standalone: true,
      }) as unknown as App & { appInfoPromise(): Promise<unknown> };
      sdkApps.push(app);
      return app;
    },
  ],
  [
    'codeless-blocks runtime',
    () =>
      createBackendless({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url }) as unknown as App,
  ],
];

// A program's body runs as sloppy code (`new Function`), where a plain getter ignores an assignment.
const assignSloppily = new Function('app', 'name', 'value', 'app[name] = value;') as (
  app: App,
  name: string,
  value: string,
) => void;

describe.each(clients)('%s', (_name, create) => {
  it.each([
    [
      'appId',
      "Setting 'x' value to Backendless.appId directly is not possible, instead you must use Backendless.initApp('x', API_KEY)",
    ],
    [
      'apiKey',
      "Setting 'x' value to Backendless.apiKey directly is not possible, instead you must use Backendless.initApp(APP_ID, 'x')",
    ],
    [
      'appPath',
      "Setting 'x' value to Backendless.appPath directly is not possible, instead you must use Backendless.initApp(APP_ID, API_KEY) for setup the value",
    ],
  ] as const)('assigning %s throws the SDK message and changes nothing', (property, message) => {
    const app = create();
    const before = app[property];
    expect(() => {
      app[property] = 'x';
    }).toThrow(message);
    expect(() => assignSloppily(app, property, 'x')).toThrow(message);
    expect(app[property]).toBe(before);
  });

  it('appPath is the server URL, app id and key', () => {
    expect(create().appPath).toBe(`${emulator.url}/${emulator.appId}/${emulator.apiKey}`);
  });
});
