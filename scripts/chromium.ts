// The one way this project starts a browser: Debian's Chromium (never a downloaded one), headless, with the
// background services off — on a closed network they would only fail, many times a second.
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser (`.ci/run` installs it when missing). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The features Playwright (1.65) switches off, with `--disable-features`. Chromium reads only the last of that switch,
 * and ours comes after Playwright's: so ours repeats its list. test/e2e/chromium-processes.test.ts fails when a
 * Playwright update switches off a feature this list lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Renderer processes a driven headless browser has no use for. Each new context started three: its page's, a WebUI
 * one for the address bar's suggestion popups (loaded in every context, though a headless browser shows no address
 * bar), and a spare kept ready for the next navigation that needs a new process (taken by the next context's page,
 * then started again). Without them a context starts one; the browser tests, a context or two per test, took about
 * 30% less CPU and time.
 */
const DISABLED_FEATURES = ['SpareRendererForSitePerProcess', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...DISABLED_FEATURES].join(',')}`,
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
