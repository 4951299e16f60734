// The official `backendless` SDK (v8) against an emulator running the example's server logic: register and
// login behave as on a Backendless app with those handlers deployed by CodeRunner — the before-register refusal
// reaches the SDK as a Backendless error with the handler's code and message, the after-login greeting is on the
// user the SDK hands back (and keeps as its current user).
import Backendless from 'backendless';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { rejection } from '../helpers/rejection.ts';
import { EXAMPLE_LOGIC, SPAM_REFUSAL } from '../helpers/server-logic-modules.ts';

interface SdkError extends Error {
  code?: number;
  status?: number;
}
interface SdkUser {
  objectId: string;
  email: string;
  [key: string]: unknown;
}
interface SdkApp {
  UserService: {
    login(login: string, password: string, stayLoggedIn?: boolean): Promise<SdkUser>;
    register(user: Record<string, unknown>): Promise<SdkUser>;
    getCurrentUser(): Promise<SdkUser | null>;
  };
}
const sdk = Backendless as unknown as { initApp(config: Record<string, unknown>): SdkApp };

let emulator: Emulator;
let app: SdkApp;

beforeAll(async () => {
  emulator = await startEmulator({ logic: { source: EXAMPLE_LOGIC, name: 'event-handlers' } });
  app = sdk.initApp({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url, standalone: true });
});

afterAll(async () => {
  await emulator.close();
});

describe('the official SDK against an emulator running the example logic', () => {
  it('gets the before-register refusal as the Backendless error the handler threw', async () => {
    const error = await rejection<SdkError>(app.UserService.register({ email: 'x@spam.test', password: 'secret' }));
    expect(error.code).toBe(SPAM_REFUSAL.code);
    expect(error.message).toBe(SPAM_REFUSAL.message);
    expect(error.message).toMatch(/spam/);
  });

  it('registers an ordinary address', async () => {
    const user = await app.UserService.register({ email: 'bob@example.com', password: 'secret', name: 'Bob' });
    expect(user).toMatchObject({ email: 'bob@example.com', name: 'Bob' });
    expect(typeof user.objectId).toBe('string');
  });

  it("gets alice's login back with the greeting, and keeps it as the current user", async () => {
    const user = await app.UserService.login('alice@wonderland.com', 'wonderland', true);
    expect(user.greeting).toBe('Welcome back, Alice');
    expect((await app.UserService.getCurrentUser())?.greeting).toBe('Welcome back, Alice');
    // A user of this test's own, so that it passes in any order.
    await app.UserService.register({ email: 'dinah@example.com', password: 'secret', name: 'Dinah' });
    const dinah = await app.UserService.login('dinah@example.com', 'secret');
    expect(dinah.greeting).toBe('Welcome back, Dinah');
  });
});
