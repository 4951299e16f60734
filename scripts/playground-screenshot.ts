// Writes docs/playground-1440x900.png, docs/playground-1024x768.png and docs/playground-390x844.png: the playground
// right after the alice@wonderland.com scenario ran, at a laptop's, a small laptop's and a phone's size, in
// headless Chromium against a fresh emulator. Run it with `npx node scripts/playground-screenshot.ts` after changing
// the page.
import type { AddressInfo } from 'node:net';
import { launchChromium, screenshotToDocs } from './chromium.ts';
import { createServer } from 'vite';
import { startEmulator, type Emulator } from '../emulator/index.ts';
import { playgroundConfig } from '../vite.config.ts';

// The sizes the README and docs/playground.md show: a phone's and two laptops' (the page must work at each).
const SCREENSHOT_SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

// The dev server first: the emulator lets the page's origin use its admin API, as `npm start` does.
const started: { emulator?: Emulator } = {};
const config = playgroundConfig({ emulator: () => started.emulator });
const server = await createServer({ ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } });
await server.listen();
const { port } = server.httpServer!.address() as AddressInfo;
const emulator = await startEmulator({ adminOrigins: [`http://127.0.0.1:${port}`] });
started.emulator = emulator;
const browser = await launchChromium();
try {
  for (const viewport of SCREENSHOT_SIZES) {
    const context = await browser.newContext({ viewport, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('#run-status[data-state="ok"]').waitFor({ timeout: 30_000 });
    // Let the backend panel's refresh (sessions, token validity) land before the picture is taken (on a phone the
    // panel waits behind its switch, the console in front after Run).
    await page
      .getByRole('list', { name: 'Tokens seen in this page', includeHidden: true })
      .getByText('invalid')
      .waitFor({ state: 'attached' });
    await screenshotToDocs(page, 'playground');
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  await emulator.close();
}
