// The Chromium this project starts (scripts/chromium.ts) for its tests and benches: a new context starts one renderer
// process, its page's — no spare process kept for a later navigation, no address-bar popup pages — and the features
// Playwright switches off stay off (Chromium reads only the last `--disable-features`, which is ours). A Chromium of
// its own, not the run's shared one: other files open contexts in that one while this counts processes.
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserServer, type CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumServer } from '../../scripts/chromium.ts';

let server: BrowserServer;
let browser: Browser;
let devtools: CDPSession;

beforeAll(async () => {
  server = await launchChromiumServer();
  browser = await chromium.connect(server.wsEndpoint());
  devtools = await browser.newBrowserCDPSession();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function rendererProcesses(): Promise<number> {
  const { processInfo } = await devtools.send('SystemInfo.getProcessInfo');
  return processInfo.filter((process) => process.type === 'renderer').length;
}

describe("the tests' Chromium", () => {
  it('starts one renderer process for a new context and its page, and no page the test did not open', async () => {
    expect(await rendererProcesses()).toBe(0);
    for (const count of [1, 2]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('data:text/html,<title>A page</title>');
      expect(await rendererProcesses()).toBe(count);
      const { targetInfos } = await devtools.send('Target.getTargets');
      expect(targetInfos.filter((target) => target.type !== 'page').map((target) => target.url)).toEqual([]);
    }
  });

  it('switches off every feature Playwright does, with the ones it adds: Chromium reads the last list only', async () => {
    const commandLine = (await readFile(`/proc/${server.process().pid}/cmdline`, 'utf8')).split('\0');
    const lists = commandLine
      .filter((argument) => argument.startsWith('--disable-features='))
      .map((argument) => argument.slice('--disable-features='.length).split(','));
    expect(lists.length).toBeGreaterThan(1);
    const last = lists.at(-1)!;
    expect(lists.flat().filter((feature) => !last.includes(feature))).toEqual([]);
    expect(last).toEqual(expect.arrayContaining(['SpareRendererForSitePerProcess', 'WebUIOmniboxPopup']));
  });
});
