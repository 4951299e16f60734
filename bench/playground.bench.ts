// Playground: time from navigation to an interactive workspace for the production build, side by side with its
// floor — a bare page that injects Blockly with the same toolbox and nothing else (bench/playground-floor/) — in
// headless Chromium; and the JavaScript the build ships (gzip). Target: the playground within 1.25× its floor.
//
// "Interactive" is the `codeless:interactive` performance mark both pages set: for the playground, once the
// workspace is injected, the scenario loaded, the code shown, the controls wired and the backend known — the
// moment a person can drag a block and run it; for the floor, once Blockly is injected.
//
// What it prints is its report (bench/report.ts: docs/benchmarks/playground.md and the README's section).
import { totalmem } from 'node:os';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build, preview, type InlineConfig } from 'vite';
import { startEmulator } from '../emulator/index.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { playgroundConfig } from '../vite.config.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const LOADS = 21;
const WARM_UP = 2;
const TARGET = 1.25;

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}

/** One cold load (fresh context: empty cache and storage): navigation → the page's `codeless:interactive` mark. */
async function timeLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    if (errors.length > 0) throw new Error(`${url} logged errors: ${errors.join('; ')}`);
    return await page.evaluate(() => performance.getEntriesByName('codeless:interactive')[0]?.startTime ?? NaN);
  } finally {
    await context.close();
  }
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Builds `config` into `outDir` and serves it with `vite preview`; resolves to its URL and a way to stop it. */
async function buildAndServe(config: InlineConfig, outDir: string): Promise<{ url: string; close(): Promise<void> }> {
  await build({ ...config, logLevel: 'error', build: { ...config.build, outDir } });
  const server = await preview({
    ...config,
    build: { ...config.build, outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** What the production build ships: each JavaScript file, raw and gzip, and when the page loads it. */
async function shippedScripts(outDir: string) {
  const files = (await listFiles(outDir)).filter((file) => file.endsWith('.js'));
  const loadedWhen = (name: string) =>
    name.includes('run-worker')
      ? 'on Run'
      : /(^|\/)(de|ui-messages-de)-[^/]*\.js$/.test(name)
        ? 'on switching to German'
        : 'page load';
  return Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      const name = file.slice(outDir.length + 1);
      return { name, loaded: loadedWhen(name), raw: body.length, gzip: gzipSync(body).length };
    }),
  );
}

export default async function (): Promise<void> {
  const emulator = await startEmulator();
  // .tmp/ is git-ignored, so a fresh clone has none: mkdtemp makes only the last part of its path.
  await mkdir(join(repoRoot, '.tmp'), { recursive: true });
  const scratch = await mkdtemp(join(repoRoot, '.tmp', 'playground-bench-'));
  const page = playgroundConfig({ emulator });
  const floor: InlineConfig = { ...page, root: join(repoRoot, 'bench', 'playground-floor') };
  const servers: { close(): Promise<void> }[] = [];
  let browser: Browser | undefined;
  try {
    const playgroundDir = join(scratch, 'playground');
    const floorDir = join(scratch, 'floor');
    const targets = {
      'bare Blockly page, same toolbox (floor)': await buildAndServe(floor, floorDir),
      'playground, production build': await buildAndServe(page, playgroundDir),
    };
    servers.push(...Object.values(targets));

    browser = await launchChromium();
    for (let i = 0; i < WARM_UP; i++) for (const { url } of Object.values(targets)) await timeLoad(browser, url);
    const timings: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
    // Interleaved, so both see the same machine load.
    for (let i = 0; i < LOADS; i++) {
      for (const [name, { url }] of Object.entries(targets)) timings[name]!.push(await timeLoad(browser, url));
    }
    const [floorName, pageName] = Object.keys(targets) as [string, string];
    const floorMedian = median(timings[floorName]!);
    const ratio = median(timings[pageName]!) / floorMedian;

    const scripts = await shippedScripts(playgroundDir);
    const sum = (list: typeof scripts) => list.reduce((total, script) => total + script.gzip, 0);
    const when = (loaded: string) => sum(scripts.filter((script) => script.loaded === loaded));
    const floorAtLoad = sum(await shippedScripts(floorDir));
    const lines = [
      `Chromium ${browser.version()} (headless), ${(totalmem() / 2 ** 30).toFixed(0)} GiB. Median and quartiles of ${LOADS} ` +
        `cold loads each (fresh browser context: empty cache and storage), interleaved, after ${WARM_UP} warm-up ` +
        'rounds; both built by `vite build` and served by `vite preview`.',
      '',
      '| page | navigation → interactive, median | p25 – p75 | vs floor |',
      '| --- | ---: | ---: | ---: |',
      ...Object.entries(timings).map(
        ([name, list]) =>
          `| ${name} | ${ms(median(list))} | ${ms(quantile(list, 0.25))} – ${ms(quantile(list, 0.75))} | ` +
          `${(median(list) / floorMedian).toFixed(2)}× |`,
      ),
      '',
      `Target ≤ ${TARGET.toFixed(2)}× the floor: **${ratio <= TARGET ? 'met' : 'missed'}** (${ratio.toFixed(2)}×).`,
      '',
      `JavaScript the build ships: ${kB(when('page load'))} gzip at page load (the floor: ${kB(floorAtLoad)}), ` +
        `${kB(when('on switching to German'))} on switching to German, ${kB(when('on Run'))} on Run — ` +
        `${kB(sum(scripts))} in all.`,
    ];
    const report = lines.join('\n') + '\n';
    console.log(report);
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    await emulator.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
