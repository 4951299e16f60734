// Global setup of the e2e project: what every browser test file shares, started once per run instead of once per
// file. One headless Chromium (a file attaches to it, test/e2e/shared-browser.ts, and opens fresh contexts: a
// context is cheap, a browser launch is not) and one Vite dev server of the playground, warmed up here so that no
// test pays for Vite's first transform of every module. Both listen on 127.0.0.1 on ports the system chooses.
//
// Each test file still starts an emulator of its own (its state is reset after every test, so files that run side
// by side must not share one). The shared dev server tells a page which emulator is its file's from a cookie the
// harness sets on the page's context (`PLAYGROUND_EMULATOR_COOKIE`): `backend.json` is still answered by the
// playground's own Vite plugin, asked per request.
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import type { TestProject } from 'vitest/node';
import type { EmulatorAddress } from '../../emulator/contract.ts';
import { launchChromiumServer } from '../../scripts/chromium.ts';
import { playgroundConfig } from '../../vite.config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files attach to the run's Chromium (`chromium.connect`). */
    chromiumEndpoint: string;
    /** The run's playground dev server (`http://127.0.0.1:<port>/`). */
    playgroundURL: string;
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

/** Vitest global setup: starts the shared browser and dev server, and returns their teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browserServer = await launchChromiumServer({
    args: [`--host-resolver-rules=MAP ${FOREIGN_HOST} 127.0.0.1`],
  });
  const config = playgroundConfig({ emulator: emulatorOfRequest });
  const dev = await createServer({ ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } });
  const teardown = async () => {
    await Promise.allSettled([dev.close(), browserServer.close()]);
  };
  try {
    await dev.listen();
    const playgroundURL = `http://127.0.0.1:${(dev.httpServer!.address() as AddressInfo).port}/`;
    await warmUp(browserServer.wsEndpoint(), playgroundURL);
    project.provide('chromiumEndpoint', browserServer.wsEndpoint());
    project.provide('playgroundURL', playgroundURL);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/**
 * Loads the playground once (no emulator named): Vite transforms every module the page imports and pre-bundles
 * Blockly now, before any test's timeout runs, instead of in the first test's page.
 */
async function warmUp(endpoint: string, url: string): Promise<void> {
  const browser = await chromium.connect(endpoint);
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 120_000 });
  } finally {
    await browser.close();
  }
}
