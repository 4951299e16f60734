// The one way this project starts a browser: Debian's Chromium (never a downloaded one), headless, with the
// background services off — on a closed network they would only fail, many times a second.
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser (`.ci/run` installs it when missing). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** How Chromium is started: `args` adds switches to the usual ones. */
export interface ChromiumOptions {
  /** E.g. `--host-resolver-rules=…`, which gives a test a foreign host name that still resolves to this machine. */
  args?: string[];
}

/** Launches headless Chromium from {@link CHROMIUM_PATH}, driven by this process. */
export function launchChromium(options: ChromiumOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    headless: true,
  });
}

/**
 * Launches headless Chromium from {@link CHROMIUM_PATH} for other processes to drive: they attach with
 * `chromium.connect(server.wsEndpoint())` (cheap, unlike a launch). The endpoint listens on 127.0.0.1, on a port
 * the system chooses.
 */
export function launchChromiumServer(options: ChromiumOptions = {}): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    headless: true,
    host: '127.0.0.1',
    port: 0,
  });
}

/** Photographs `page` into `docs/<name>-<width>x<height>.png` (its viewport's size) and says where. */
export async function screenshotToDocs(page: Page, name: string): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const output = fileURLToPath(new URL(`../docs/${name}-${width}x${height}.png`, import.meta.url));
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
}
