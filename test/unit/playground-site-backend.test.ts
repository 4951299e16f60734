// The playground's Vite plugin answers `backend.json` live: with the emulator it was given, or with what a function
// it was given says for that very request (one dev server shared by pages of several emulators, as the e2e run's).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PreviewServer, ViteDevServer } from 'vite';
import { describe, expect, test } from 'vitest';
import type { EmulatorAddress } from '../../emulator/contract.ts';
import { codelessPlayground, type CodelessPlaygroundOptions } from '../../playground/server/vite-plugin.ts';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** What the plugin's dev-server middleware answers to `GET <path>` with `headers`. */
function answer(options: CodelessPlaygroundOptions, path: string, headers: Record<string, string> = {}) {
  let middleware: Middleware | undefined;
  const server = { middlewares: { use: (handler: Middleware) => (middleware = handler) } };
  const plugin = codelessPlayground(options);
  (plugin.configureServer as (server: ViteDevServer | PreviewServer) => void)(server as unknown as ViteDevServer);
  return new Promise<{ body: unknown; headers: Record<string, string> }>((resolve, reject) => {
    const sent: Record<string, string> = {};
    const response = {
      statusCode: 200,
      setHeader: (name: string, value: string) => (sent[name] = value),
      end: (body: string) => resolve({ body: JSON.parse(body) as unknown, headers: sent }),
    };
    middleware!({ url: path, headers } as IncomingMessage, response as unknown as ServerResponse, () =>
      reject(new Error(`${path} was passed on`)),
    );
  });
}

const address: EmulatorAddress = { url: 'http://127.0.0.1:4000', appId: 'APP', apiKey: 'KEY' };

describe('backend.json of the playground dev server', () => {
  test('names the emulator it was given, uncached', async () => {
    const { body, headers } = await answer({ emulator: address }, '/backend.json');
    expect(body).toEqual({ serverURL: address.url, appId: 'APP', apiKey: 'KEY', emulator: true });
    expect(headers['cache-control']).toBe('no-store');
  });

  test('asks a function per request, giving it the request', async () => {
    const emulator = (request: IncomingMessage) =>
      request.headers['x-lane'] === 'b' ? { ...address, url: 'http://127.0.0.1:4001' } : undefined;
    expect((await answer({ emulator }, '/backend.json', { 'x-lane': 'b' })).body).toMatchObject({
      serverURL: 'http://127.0.0.1:4001',
    });
    expect((await answer({ emulator }, '/backend.json')).body).toBeNull();
  });
});
