// What of startEmulator needs a real socket: it listens on a free loopback port, refuses a bad or busy port with a
// clear error, keeps connections alive, and closes idempotently. The routes themselves are tested in process
// (test/unit/emulator.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_API_KEY, DEFAULT_APP_ID, startEmulator, type Emulator } from '../../emulator/index.ts';

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
});

afterAll(async () => {
  await emulator.close();
});

describe('startEmulator', () => {
  it('listens on 127.0.0.1 with a random port and the documented default keys', async () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator).toMatchObject({ appId: DEFAULT_APP_ID, apiKey: DEFAULT_API_KEY });
    const response = await fetch(`${emulator.url}/`);
    expect(await response.json()).toMatchObject({ serverURL: emulator.url });
  });

  it('rejects a port that is no port with a clear error', async () => {
    await expect(startEmulator({ port: -1 })).rejects.toThrow(/port/);
    await expect(startEmulator({ port: 65_536 })).rejects.toThrow(/port/);
  });

  it('reports a port in use instead of crashing', async () => {
    const port = Number(new URL(emulator.url).port);
    await expect(startEmulator({ port })).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
  });

  it('close is idempotent', async () => {
    const own = await startEmulator();
    await Promise.all([own.close(), own.close()]);
    await own.close();
    await expect(fetch(`${own.url}/`)).rejects.toThrow();
  });

  it('keeps connections alive', async () => {
    const response = await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/info`);
    await response.text();
    expect(response.headers.get('connection')).not.toBe('close');
    expect(response.headers.get('keep-alive')).toMatch(/timeout=/);
  });
});
