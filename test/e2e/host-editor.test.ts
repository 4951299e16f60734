// Embedding: the host-editor example (its own blocks, toolbox and German locale, Blockly from `blockly/core`)
// gets our Users category from one install() call. A person drags our block into the host's workspace and
// the host's own generator writes our code; the host's texts win over our English defaults.
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sharedBrowser } from './shared-browser.ts';

const example = fileURLToPath(new URL('../../examples/host-editor/', import.meta.url));

let server: ViteDevServer;
let browser: Browser;
let url: string;
const problems: string[] = [];

beforeAll(async () => {
  server = await createServer({ configFile: `${example}vite.config.ts`, server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  url = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}/`;
  browser = await sharedBrowser();
});

afterAll(async () => {
  await server?.close();
});

async function openHost(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 850 } });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()} ${message.location().url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1' && !request.url().startsWith('data:')) {
      problems.push(`request off this machine: ${request.url()}`);
    }
  });
  await page.goto(url);
  await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
  return page;
}

/** Drags the first flyout block showing `text` onto the middle of the workspace, with the mouse. */
async function dragFromFlyout(page: Page, text: string): Promise<void> {
  const block = page.locator('.blocklyFlyout .blocklyDraggable').filter({ hasText: text }).first();
  await block.waitFor();
  const from = (await block.boundingBox())!;
  const target = (await page.locator('#workspace').boundingBox())!;
  await page.mouse.move(from.x + 12, from.y + Math.min(from.height / 2, 14));
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
  await page.mouse.move(target.x + target.width * 0.6, target.y + target.height * 0.6, { steps: 15 });
  await page.mouse.up();
}

describe('host editor example', () => {
  test("our block dragged into the host's workspace generates through the host's generator, in the host's language", async () => {
    const page = await openHost();
    // The host's own category and text; ours under the name the host gave it.
    await page.getByRole('treeitem', { name: 'Gastgeber' }).waitFor();
    await page.getByRole('treeitem', { name: 'Benutzer (Backendless)' }).click();
    await dragFromFlyout(page, 'Aktuellen Benutzer abmelden');
    const code = page.getByRole('region', { name: 'Generated code' });
    await expect
      .poll(async () => code.textContent(), { timeout: 20_000 })
      .toContain('await Backendless.UserService.logout();');

    // The host's own block still generates its own code beside ours.
    await page.getByRole('treeitem', { name: 'Gastgeber' }).click();
    await dragFromFlyout(page, 'begrüße');
    await expect.poll(async () => code.textContent(), { timeout: 20_000 }).toContain("greet('Welt');");
    expect(await code.textContent()).toContain('await Backendless.UserService.logout();');
    expect(problems).toEqual([]);
    await page.close();
  });
});
