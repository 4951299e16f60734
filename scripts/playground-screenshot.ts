// Writes docs/playground.png: the playground right after the alice@wonderland.com scenario ran, in headless
// Chromium against a fresh emulator. Run it with `npx node scripts/playground-screenshot.ts` after changing
// the page.
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.ts';
import { createServer } from 'vite';
import { startEmulator } from '../emulator/index.ts';
import { playgroundConfig } from '../vite.config.ts';

const output = fileURLToPath(new URL('../docs/playground.png', import.meta.url));
const emulator = await startEmulator();
const config = playgroundConfig({ emulator });
const server = await createServer({ ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } });
await server.listen();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 880 }, colorScheme: 'light' });
  const { port } = server.httpServer!.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.locator('#run-status[data-state="ok"]').waitFor({ timeout: 30_000 });
  // Let the backend panel's refresh (sessions, token validity) land before the picture is taken.
  await page.getByRole('list', { name: 'Tokens seen in this page' }).getByText('invalid').waitFor();
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
  await emulator.close();
}
