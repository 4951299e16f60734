#!/usr/bin/env node
// `npm start`: the embedded emulator, then the playground's Vite dev server pointed at it. Prints the URL;
// Ctrl-C (or SIGTERM) stops both.
//   npm start -- [--port N] [--emulator-port N] [--host H]
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ViteDevServer } from 'vite';
import type { Emulator } from '../emulator/index.ts';
import { requireNode } from './node-version.ts';

requireNode('npm start');
// Loaded after the check (bin/node-version.ts).
const { build, createServer } = await import('vite');
const { startEmulator } = await import('../emulator/index.ts');
const { DEFAULT_EMULATOR_PORT, playgroundConfig } = await import('../vite.config.ts');
const { consoleConfig } = await import('../console/vite.config.ts');

const DEFAULT_PLAYGROUND_PORT = 5173;

function portOption(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--${name} must be a port (0-65535), got "${value}"`);
  return port;
}

/** The emulator on its usual port, or on any free one when that is taken (another `npm start`, say). */
async function startEmbeddedEmulator(port: number, host: string): Promise<Emulator> {
  try {
    return await startEmulator({ port, host });
  } catch (error) {
    if (port === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${port} is busy; the emulator takes a free port instead.`);
    return startEmulator({ port: 0, host });
  }
}

const consoleDir = fileURLToPath(new URL('../dist/console/', import.meta.url));

/**
 * The emulator console the backend panel opens is Vite's build of console/ (`npm run build` writes it): built here
 * when missing or older than its sources, so a fresh clone's `npm start` serves a working console.
 */
async function buildConsoleWhenStale(): Promise<void> {
  const built = await stat(`${consoleDir}index.html`).then(
    (file) => file.mtimeMs,
    () => -1,
  );
  const sourceDir = fileURLToPath(new URL('../console/', import.meta.url));
  const sources = [
    ...(await readdir(sourceDir, { recursive: true })).map((name) => join(sourceDir, name)),
    fileURLToPath(new URL('../emulator/contract.ts', import.meta.url)),
  ];
  const newest = Math.max(...(await Promise.all(sources.map(async (file) => (await stat(file)).mtimeMs))));
  if (built >= newest) return;
  console.log(built < 0 ? 'Building the emulator console…' : 'The emulator console changed: rebuilding it…');
  await build(consoleConfig(consoleDir));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'emulator-port': { type: 'string' },
      host: { type: 'string' },
    },
  });
  const host = values.host ?? '127.0.0.1';
  await buildConsoleWhenStale();
  const emulator = await startEmbeddedEmulator(
    portOption(values['emulator-port'], DEFAULT_EMULATOR_PORT, 'emulator-port'),
    host,
  );
  let server: ViteDevServer | undefined;
  try {
    const config = playgroundConfig({ emulator });
    server = await createServer({
      ...config,
      logLevel: 'info',
      server: {
        ...config.server,
        host,
        port: portOption(values.port, DEFAULT_PLAYGROUND_PORT, 'port'),
      },
    });
    await server.listen();
  } catch (error) {
    await emulator.close();
    throw error;
  }
  const url = server.resolvedUrls?.local[0] ?? `http://${host}:${server.config.server.port}/`;
  console.log(`\n  codeless-blocks playground  ${url}`);
  console.log(`  embedded emulator           ${emulator.url}  (app id ${emulator.appId})`);
  console.log(`  sign in as alice@wonderland.com / wonderland — Ctrl-C stops both\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([server?.close(), emulator.close()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
