// Playground: time from navigation to an interactive workspace (production build served by `vite preview`,
// beside the dev server), in headless Chromium, and the JavaScript the build ships (gzip).
//
// "Interactive" is the `codeless:interactive` performance mark the page sets once the workspace is injected,
// the scenario loaded, the code shown and the controls wired — the moment a person can drag a block.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import { build, createServer, preview } from 'vite';
import { startEmulator } from '../emulator/index.ts';
import { playgroundConfig } from '../vite.config.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const LOADS = 9;

interface LoadTiming {
  domContentLoaded: number;
  load: number;
  interactive: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One cold load (fresh context: empty cache and storage), timed by the page's own clock. */
async function timeLoad(browser: Browser, url: string): Promise<LoadTiming> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    if (errors.length > 0) throw new Error(`the playground logged errors: ${errors.join('; ')}`);
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const [interactive] = performance.getEntriesByName('codeless:interactive');
      return {
        domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN,
        load: navigation?.loadEventEnd ?? NaN,
        interactive: interactive?.startTime ?? NaN,
      };
    });
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

export default async function (): Promise<void> {
  const emulator = await startEmulator();
  const outDir = await mkdtemp(join(repoRoot, '.tmp', 'playground-bench-'));
  const config = playgroundConfig({ emulator, outDir });
  let browser: Browser | undefined;
  const servers: { close(): Promise<void> }[] = [];
  try {
    const buildStarted = performance.now();
    await build({ ...config, logLevel: 'error' });
    const buildMs = performance.now() - buildStarted;

    // What the build ships: every JavaScript file, raw and gzip (default level, as servers send it).
    const files = await listFiles(outDir);
    const scripts = await Promise.all(
      files
        .filter((file) => file.endsWith('.js'))
        .map(async (file) => {
          const body = await readFile(file);
          return { name: file.slice(outDir.length + 1), raw: body.length, gzip: gzipSync(body).length };
        }),
    );
    const css = files.filter((file) => file.endsWith('.css'));
    const cssGzip = (await Promise.all(css.map(async (file) => gzipSync(await readFile(file)).length))).reduce(
      (sum, size) => sum + size,
      0,
    );

    const previewServer = await preview({ ...config, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
    servers.push({ close: () => previewServer.close() });
    const previewPort = (previewServer.httpServer.address() as AddressInfo).port;
    const devServer = await createServer({ ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } });
    servers.push({ close: () => devServer.close() });
    await devServer.listen();
    const devPort = (devServer.httpServer!.address() as AddressInfo).port;

    browser = await launchChromium();
    const targets = {
      'production build': `http://127.0.0.1:${previewPort}/`,
      'dev server': `http://127.0.0.1:${devPort}/`,
    };
    // Warm-up: the dev server transforms modules on first request; Chromium starts its processes.
    for (const url of Object.values(targets)) await timeLoad(browser, url);
    const timings: Record<string, LoadTiming[]> = { 'production build': [], 'dev server': [] };
    // Interleaved, so both see the same machine load.
    for (let i = 0; i < LOADS; i++) {
      for (const [name, url] of Object.entries(targets)) timings[name]!.push(await timeLoad(browser, url));
    }

    const production = median(timings['production build']!.map((timing) => timing.interactive));
    console.log(`Navigation → interactive workspace, headless Chromium, median of ${LOADS} cold loads each`);
    console.log('(fresh browser context per load: empty cache and localStorage)\n');
    console.log('| served by | DOMContentLoaded | load | interactive workspace | vs production |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [name, list] of Object.entries(timings)) {
      const interactive = median(list.map((timing) => timing.interactive));
      console.log(
        `| ${name} | ${ms(median(list.map((timing) => timing.domContentLoaded)))} | ${ms(median(list.map((timing) => timing.load)))} | ${ms(interactive)} | ${(interactive / production).toFixed(2)}× |`,
      );
    }

    console.log(`\nJavaScript shipped by the production build (vite build in ${(buildMs / 1000).toFixed(1)} s)\n`);
    console.log('| file | loaded | minified | gzip |');
    console.log('| --- | --- | ---: | ---: |');
    const loadedWhen = (name: string) =>
      name.includes('run-worker')
        ? 'on Run'
        : /(^|\/)de-[^/]*\.js$/.test(name)
          ? 'on switching to German'
          : 'page load';
    for (const script of scripts.sort((a, b) => b.gzip - a.gzip)) {
      console.log(`| ${script.name} | ${loadedWhen(script.name)} | ${kB(script.raw)} | ${kB(script.gzip)} |`);
    }
    const sum = (list: typeof scripts) =>
      list.reduce((total, script) => ({ raw: total.raw + script.raw, gzip: total.gzip + script.gzip }), {
        raw: 0,
        gzip: 0,
      });
    const atLoad = sum(scripts.filter((script) => loadedWhen(script.name) === 'page load'));
    const total = sum(scripts);
    console.log(`| **at page load** | | ${kB(atLoad.raw)} | **${kB(atLoad.gzip)}** |`);
    console.log(`| **total JavaScript** | | ${kB(total.raw)} | **${kB(total.gzip)}** |`);
    console.log(`| (CSS, for reference) | page load | | ${kB(cssGzip)} |`);

    // For scale: Blockly's own prebuilt files for the same pieces (core, blocks, JavaScript generator, English).
    const blocklyDir = join(repoRoot, 'node_modules', 'blockly');
    const blocklyFiles = ['blockly_compressed.js', 'blocks_compressed.js', 'javascript_compressed.js', 'msg/en.js'];
    const blocklyGzip = (
      await Promise.all(blocklyFiles.map(async (file) => gzipSync(await readFile(join(blocklyDir, file))).length))
    ).reduce((sum, size) => sum + size, 0);
    console.log(
      `\nFor scale: Blockly's own prebuilt core + blocks + JavaScript generator + English messages = ` +
        `${kB(blocklyGzip)} gzip; the page's load bundle is ${(atLoad.gzip / blocklyGzip).toFixed(2)}× that.`,
    );
  } finally {
    await browser?.close();
    for (const server of servers.reverse()) await server.close();
    await emulator.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
