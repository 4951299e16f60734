// Global setup of the e2e project: what every browser test file shares, started once per run instead of once per
// file. One headless Chromium (a file attaches to it, test/e2e/shared-browser.ts, and opens fresh contexts: a
// context is cheap, a browser launch is not) and the playground's production build (`vite build`, as a site hosts
// it), built once here and served by `vite preview`. Both listen on 127.0.0.1 on ports the system chooses.
//
// The production build, not the dev server: a page of the dev server fetches each of its ~170 modules on its own,
// and on a 2-core machine those requests cost the browser and Vite more CPU than the page's own work (measured: ten
// loads took 28 s of the machine's CPU from the dev server, 17 s from the build). The build is also what a person
// who hosts the playground serves: its lazy chunks are the ones the tests see load late. The dev server (`npm
// start`, the README's first command) is covered end to end by test/e2e/start.test.ts.
//
// Each test file still starts an emulator of its own (its state is reset after every test, so files that run side
// by side must not share one). The shared server tells a page which emulator is its file's from a cookie the
// harness sets on the page's context (`PLAYGROUND_EMULATOR_COOKIE`): `backend.json` is still answered by the
// playground's own Vite plugin, asked per request.
import type { IncomingMessage } from 'node:http';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import type { EmulatorAddress } from '../../emulator/contract.ts';
import { launchChromiumServer } from '../../scripts/chromium.ts';
import { playgroundConfig } from '../../vite.config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files attach to the run's Chromium (`chromium.connect`). */
    chromiumEndpoint: string;
    /** The run's playground, its production build served (`http://127.0.0.1:<port>/`). */
    playgroundURL: string;
    /** The folder of that build (with Vite's manifest, `.vite/manifest.json`: which file each module became). */
    playgroundBuildDir: string;
  }
}

/** A host name the run's Chromium resolves to 127.0.0.1: a foreign, non-loopback origin that reaches this machine. */
export const FOREIGN_HOST = 'evil.test';

/** The cookie naming, for the shared dev server, the emulator a page's `backend.json` offers. */
export const PLAYGROUND_EMULATOR_COOKIE = 'codeless-test-emulator';

/** The cookie value that names `emulator` (see {@link PLAYGROUND_EMULATOR_COOKIE}). */
export function emulatorCookieValue({ url, appId, apiKey }: EmulatorAddress): string {
  return encodeURIComponent(JSON.stringify({ url, appId, apiKey }));
}

/** The emulator a request's cookie names, or `undefined` (then `backend.json` says `null`: no backend). */
export function emulatorOfRequest(request: IncomingMessage): EmulatorAddress | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === PLAYGROUND_EMULATOR_COOKIE) return JSON.parse(decodeURIComponent(value.join('='))) as EmulatorAddress;
  }
  return undefined;
}

/** Vitest global setup: builds and serves the playground, starts the shared browser; returns their teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = fileURLToPath(new URL(`../../.tmp/e2e-playground/${process.pid}/`, import.meta.url));
  const config = playgroundConfig({ emulator: emulatorOfRequest, outDir });
  const launched = launchChromiumServer({ args: [`--host-resolver-rules=MAP ${FOREIGN_HOST} 127.0.0.1`] });
  const served = build({ ...config, logLevel: 'error', build: { ...config.build, manifest: true } }).then(() =>
    preview({ ...config, preview: { host: '127.0.0.1', port: 0 } }),
  );
  const [browser, server] = await Promise.allSettled([launched, served]);
  if (browser.status === 'rejected' || server.status === 'rejected') {
    if (browser.status === 'fulfilled') await browser.value.close();
    if (server.status === 'fulfilled') await server.value.close();
    await rm(outDir, { recursive: true, force: true });
    throw browser.status === 'rejected' ? browser.reason : (server as PromiseRejectedResult).reason;
  }
  const [browserServer, site] = [browser.value, server.value];
  project.provide('chromiumEndpoint', browserServer.wsEndpoint());
  project.provide('playgroundURL', `http://127.0.0.1:${(site.httpServer.address() as AddressInfo).port}/`);
  project.provide('playgroundBuildDir', outDir);
  return async () => {
    await Promise.allSettled([site.close(), browserServer.close()]);
    await rm(outDir, { recursive: true, force: true });
  };
}
