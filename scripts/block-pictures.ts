// Photographs the blocks of the Users and Server logic toolbox categories for docs/blocks.md and
// docs/event-handlers.md: docs/blocks/<type>.png, as a block's first toolbox entry shows it. Run:
// `npx node scripts/block-pictures.ts [type …]` (needs /usr/bin/chromium); with block types,
// only those are photographed (a new block), otherwise all.
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serverLogicBlockTypes, userBlockTypes } from '../blocks/library.ts';
import { launchChromium } from './chromium.ts';
import { createServer } from 'vite';

/** What the page (scripts/block-pictures/main.ts) puts on its global object for this script. */
type PageGlobals = typeof globalThis & { codelessBlockCount: number; codelessShowBlock: (index: number) => string };

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}docs/blocks/`;
const wanted = new Set(process.argv.slice(2));
const types = [...userBlockTypes, ...serverLogicBlockTypes];
const unknown = [...wanted].filter((type) => !types.includes(type));
if (unknown.length > 0) {
  console.error(`block-pictures: unknown block type ${unknown.join(', ')}; the types are ${types.join(', ')}`);
  process.exit(2);
}
await mkdir(out, { recursive: true });

const server = await createServer({
  configFile: false,
  root: `${root}scripts/block-pictures`,
  publicDir: `${root}node_modules/blockly/media`,
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: 0 },
});
await server.listen();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  await page.goto(`http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}/`);
  await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
  const count = await page.evaluate(() => (globalThis as PageGlobals).codelessBlockCount);
  const shot = new Set<string>();
  for (let index = 0; index < count; index++) {
    const type = await page.evaluate((i) => (globalThis as PageGlobals).codelessShowBlock(i), index);
    if ((wanted.size > 0 && !wanted.has(type)) || shot.has(type)) continue;
    shot.add(type);
    const block = page.locator('.blocklyBlockCanvas > g').first();
    await block.screenshot({ path: `${out}${type}.png`, omitBackground: true });
    console.log(`docs/blocks/${type}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
