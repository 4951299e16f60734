#!/usr/bin/env node
// `npm start`: the playground's Vite dev server, then the embedded emulator it points at, which lets the
// playground's origin use its admin API (the console inside the page). Prints the URL; Ctrl-C (or SIGTERM) stops
// both.
//   npm start -- [--port N] [--emulator-port N] [--host H]
// The ports may also come from the environment (CODELESS_PORT, CODELESS_EMULATOR_PORT); a flag wins. A port that is
// taken is not an error: the dev server takes the next free one and the emulator any free one.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ViteDevServer } from 'vite';
import type { Emulator } from '../emulator/index.ts';
import { staleConsoleReason } from './console-build.ts';
import { requireNode } from './node-version.ts';
import { errorMessage } from '../emulator/contract.ts';

requireNode('npm start');
// Loaded after the check (bin/node-version.ts).
const { build, createServer } = await import('vite');
const { startEmulator } = await import('../emulator/index.ts');
const { DEFAULT_EMULATOR_PORT, playgroundConfig } = await import('../vite.config.ts');
const { consoleConfig } = await import('../console/vite.config.ts');

const DEFAULT_PLAYGROUND_PORT = 5173;

/** The port the flag `--<flag>` names, else the environment variable `variable`, else `fallback`. */
function portOption(flag: string, value: string | undefined, variable: string, fallback: number): number {
  const given = value ?? process.env[variable];
  if (given === undefined || given === '') return fallback;
  const port = Number(given);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${value === undefined ? variable : `--${flag}`} must be a port (0-65535), got "${given}"`);
  return port;
}

/** The emulator on its usual port, or on any free one when that is taken (another `npm start`, say). */
async function startEmbeddedEmulator(port: number, host: string, adminOrigins: string[]): Promise<Emulator> {
  try {
    return await startEmulator({ port, host, adminOrigins });
  } catch (error) {
    if (port === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${port} is busy; the emulator takes a free port instead.`);
    return startEmulator({ port: 0, host, adminOrigins });
  }
}

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * The emulator console the backend panel opens is Vite's build of console/ (`npm run build` writes it): built here
 * when missing or older than its sources, so a fresh clone's `npm start` serves a working console.
 */
async function buildConsoleWhenStale(): Promise<void> {
  const reason = staleConsoleReason(root);
  if (!reason) return;
  console.log(`Building the emulator console (${reason})…`);
  await build(consoleConfig(`${root}dist/console/`));
}

/**
 * The origins a person may open the playground at (the console inside it calls the emulator's admin API): those
 * Vite prints, and for a loopback address its `localhost` spelling too.
 */
function playgroundOrigins(server: ViteDevServer): string[] {
  const origins = new Set<string>();
  for (const url of [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])]) {
    const { origin, hostname, port } = new URL(url);
    origins.add(origin);
    if (/^(127(\.\d{1,3}){3}|\[::1\])$/.test(hostname)) origins.add(`http://localhost:${port}`);
  }
  return [...origins];
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
  const emulatorPort = portOption(
    'emulator-port',
    values['emulator-port'],
    'CODELESS_EMULATOR_PORT',
    DEFAULT_EMULATOR_PORT,
  );
  // The dev server listens first: its port (the one asked for, or the next free one) is the origin the emulator
  // lets use its admin API. The page learns the emulator's address from the dev server once both run.
  let emulator: Emulator | undefined;
  const config = playgroundConfig({ emulator: () => emulator });
  const server = await createServer({
    ...config,
    logLevel: 'info',
    server: {
      ...config.server,
      host,
      port: portOption('port', values.port, 'CODELESS_PORT', DEFAULT_PLAYGROUND_PORT),
    },
  });
  try {
    await server.listen();
    emulator = await startEmbeddedEmulator(emulatorPort, host, playgroundOrigins(server));
  } catch (error) {
    await server.close();
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
    await Promise.allSettled([server.close(), emulator?.close()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`npm start: ${errorMessage(error)}`);
  process.exitCode = 1;
});
