// Playground: time from navigation to an interactive workspace for the production build, side by side with its
// floor — a bare page that injects Blockly with the same toolbox and nothing else (bench/playground-floor/) — in
// headless Chromium, in pairs of loads (bench/stats.ts); and the JavaScript the build ships (gzip). Target: the
// playground within 1.25× its floor.
//
// "Interactive" is the `codeless:interactive` performance mark both pages set: for the playground, once the
// workspace is injected, the scenario loaded, the code shown, the controls wired and the backend known — the
// moment a person can drag a block and run it; for the floor, once Blockly is injected.
//
// What it prints is its report (bench/report.ts: docs/benchmarks/playground.md and its section of docs/performance.md).
import { totalmem } from 'node:os';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build, preview, type InlineConfig } from 'vite';
import { startEmulator, type Emulator } from '../emulator/index.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { playgroundConfig } from '../vite.config.ts';
import { formatRatio, formatSpread, interleaved, median, quantile, ratios, SPREAD_LEGEND } from './stats.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
/** Rounds of one cold load of each page, the two moments apart; the order alternates round by round. */
const ROUNDS = 50;
const WARM_UP = 3;
const TARGET = 1.25;

/** What one cold load cost, in ms: wall time to the mark, and the main thread's CPU time on the way. */
interface Load {
  wall: number;
  cpu: number;
}

/**
 * One cold load (fresh context: empty cache and storage): navigation → the page's `codeless:interactive` mark, and
 * the CPU time the page's main thread spent until the page is ready (`data-ready`: the floor sets it at its mark,
 * the playground after the mark, once its flows are wired). Chromium's `ThreadTime` is read by polling, so it cannot
 * be read at the mark itself; time other processes held the core does not inflate it, unlike wall time.
 */
async function timeLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const devtools = await context.newCDPSession(page);
    await devtools.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async () => {
      const { metrics } = await devtools.send('Performance.getMetrics');
      const seconds = metrics.find((metric) => metric.name === 'ThreadTime')?.value;
      if (seconds === undefined) throw new Error('Chromium reported no ThreadTime metric');
      return seconds * 1000;
    };
    const cpuBefore = await threadTime();
    await page.goto(url);
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    const cpu = (await threadTime()) - cpuBefore;
    if (errors.length > 0) throw new Error(`${url} logged errors: ${errors.join('; ')}`);
    const wall = await page.evaluate(() => performance.getEntriesByName('codeless:interactive')[0]?.startTime ?? NaN);
    return { wall, cpu };
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

/**
 * The scripts on the way to interactive: those index.html loads and everything they import statically, before the
 * page's first line runs. What a page reaches by `import()` (a flow started, the run worker) is not among them.
 */
async function criticalPath(outDir: string): Promise<Set<string>> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const found = new Set<string>();
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (found.has(name)) continue;
    found.add(name);
    const code = await readFile(join(outDir, name), 'utf8');
    const folder = name.slice(0, name.lastIndexOf('/') + 1);
    // Static imports only: `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"` (never `import(`).
    for (const [, from, bare] of code.matchAll(
      /\bfrom\s*["']\.\/([^"']+\.js)["']|\bimport\s*["']\.\/([^"']+\.js)["']/g,
    )) {
      pending.push(folder + (from ?? bare));
    }
  }
  return found;
}

/** What the production build ships: each JavaScript file, raw and gzip, and when the page loads it. */
async function shippedScripts(outDir: string) {
  const files = (await listFiles(outDir)).filter((file) => file.endsWith('.js'));
  const atLoad = await criticalPath(outDir);
  const loadedWhen = (name: string) =>
    atLoad.has(name)
      ? 'before interactive'
      : name.includes('run-worker')
        ? 'on Run'
        : /(^|\/)(de|ui-messages-de)-[^/]*\.js$/.test(name)
          ? 'on switching to German'
          : 'after interactive';
  return Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      const name = file.slice(outDir.length + 1);
      return { name, loaded: loadedWhen(name), raw: body.length, gzip: gzipSync(body).length };
    }),
  );
}

export default async function (): Promise<void> {
  // The pages are served first: the emulator lets their origins use its admin API, as `npm start` does.
  let emulator: Emulator | undefined;
  // .tmp/ is git-ignored, so a fresh clone has none: mkdtemp makes only the last part of its path.
  await mkdir(join(repoRoot, '.tmp'), { recursive: true });
  const scratch = await mkdtemp(join(repoRoot, '.tmp', 'playground-bench-'));
  const page = playgroundConfig({ emulator: () => emulator });
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
    emulator = await startEmulator({ adminOrigins: Object.values(targets).map(({ url }) => new URL(url).origin) });

    const chromium = await launchChromium();
    browser = chromium;
    const loadOf = (url: string) => () => timeLoad(chromium, url);
    const loads = Object.values(targets).map(({ url }) => loadOf(url));
    await interleaved(WARM_UP, loads);
    // In pairs, alternating which page goes first: both see the same machine load, and the ratio is per pair.
    const [floorLoads, pageLoads] = (await interleaved(ROUNDS, loads)) as [Load[], Load[]];
    const wall = (list: Load[]) => list.map((load) => load.wall);
    const cpu = (list: Load[]) => list.map((load) => load.cpu);
    const wallRatios = ratios(wall(pageLoads), wall(floorLoads));
    const cpuRatios = ratios(cpu(pageLoads), cpu(floorLoads));
    const ratio = median(wallRatios);

    const scripts = await shippedScripts(playgroundDir);
    const sum = (list: typeof scripts) => list.reduce((total, script) => total + script.gzip, 0);
    const when = (loaded: string) => sum(scripts.filter((script) => script.loaded === loaded));
    const floorScripts = await shippedScripts(floorDir);
    const floorAtLoad = floorScripts.filter((script) => script.loaded === 'before interactive');
    const atLoad = scripts.filter((script) => script.loaded === 'before interactive');
    const lines = [
      `Chromium ${browser.version()} (headless), ${(totalmem() / 2 ** 30).toFixed(0)} GiB. ${ROUNDS} rounds after ` +
        `${WARM_UP} warm-up rounds; a round is one cold load of each page (fresh browser context: empty cache and ` +
        'storage), the two moments apart, the order alternating round by round. Both built by `vite build` and ' +
        `served by \`vite preview\`. Times are medians (wall time with its quartiles); "vs floor" is the median of ` +
        `the per-round ratios (${SPREAD_LEGEND}).`,
      '',
      '| page | navigation → interactive, median | p25 – p75 | vs floor | main thread CPU, median | vs floor |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...[floorLoads, pageLoads].map((list, i) => {
        const times = wall(list);
        const floorRow = i === 0;
        return (
          `| ${Object.keys(targets)[i]} | ${ms(median(times))} | ${ms(quantile(times, 0.25))} – ` +
          `${ms(quantile(times, 0.75))} | ${floorRow ? '1.00×' : formatRatio(wallRatios)} | ` +
          `${ms(median(cpu(list)))} | ${floorRow ? '1.00×' : formatRatio(cpuRatios)} |`
        );
      }),
      '',
      `Target ≤ ${TARGET.toFixed(2)}× the floor (navigation → interactive): **${ratio <= TARGET ? 'met' : 'missed'}** ` +
        `(${ratio.toFixed(2)}× ${formatSpread(wallRatios)}). Wall time is what a person waits, and what other work ` +
        "on the machine stretches; the main thread's CPU time (Chromium's `ThreadTime`) is the part of it other " +
        'processes cannot inflate, so on a busy machine its ratio is the steadier one. It is read when the page says ' +
        'it is ready (`data-ready`): the floor at its mark, the playground once its flows are wired too, after the ' +
        'mark — so it holds work a person does not wait for.',
      '',
      `JavaScript on the way to interactive (what index.html loads and its static imports): ${kB(sum(atLoad))} ` +
        `gzip in ${atLoad.length} files, ${(sum(atLoad) / sum(floorAtLoad)).toFixed(2)}× the floor's ` +
        `${kB(sum(floorAtLoad))} in ${floorAtLoad.length}. After interactive or when a flow starts: ` +
        `${kB(when('after interactive'))}, ${kB(when('on switching to German'))} on switching to German, ` +
        `${kB(when('on Run'))} on Run — ${kB(sum(scripts))} in all.`,
    ];
    const report = lines.join('\n') + '\n';
    console.log(report);
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    await emulator?.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
