// What the playground's browser tests share: the run's Chromium and its served production build of the playground
// (test/setup/e2e-servers.ts), or a plain static server holding a copy of it; one emulator per test file (its own, so
// files may run side by side); a browser context per test as a fresh one (one the worker keeps from test to test and
// file to file, emptied after each test: test/e2e/kept-context.ts) that records page errors, console errors, dialogs
// and requests off this machine (checked after every test); the page's parts by role and accessible name, and the
// workspaces tests load.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.ts';
import { emulatorCookieValue, PLAYGROUND_EMULATOR_COOKIE } from '../setup/e2e-servers.ts';
import { contextOptions, DEFAULT_VIEWPORT, releaseContext, sizeTab, takeContext } from './kept-context.ts';
import { sharedBrowser } from './shared-browser.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Files this test file writes (workspaces to load, downloads, a build); its own folder, removed after the file. */
export const scratchDir = `${repoRoot}.tmp/playground-e2e/${process.pid}-${randomUUID().slice(0, 8)}/`;
/** The scenario the page opens with. */
export const scenario: unknown = JSON.parse(readFileSync(`${repoRoot}playground/scenario/alice.json`, 'utf8'));
/** A user token as the emulator issues them. */
export const TOKEN = /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/;

/** What went wrong in the page during one test, checked after it. */
export interface PageProblems {
  errors: string[];
  /** Console errors that the test announced (e.g. the browser logging an expected HTTP 400). */
  allowed: RegExp[];
  /** Console warnings (Blockly reports an inconsistent undo this way); tests that care check them. */
  warnings: string[];
}

/** How a test's browser context is set up. */
export interface OpenOptions {
  /** Default 1400 × 900. */
  viewport?: { width: number; height: number };
  /** The browser's time zone (default the machine's). */
  timezoneId?: string;
}

/** The running playground of one test file. */
export interface Playground {
  /** The emulator the page's "Embedded emulator" is (this file's own; reset after every test). */
  readonly emulator: Emulator;
  /** The page's URL. */
  readonly url: string;
  /**
   * The production build's directory: the run's (shared by every file: read it, never write to it), or the file's
   * own copy of it (`usePlayground({ build })`), whose `backend.json` the file may write.
   */
  readonly builtDir: string;
  /**
   * The files (paths under the page's folder, e.g. `assets/flows-B_rz70np.js`, with their CSS) that the modules
   * named by `source` became in the build: a module loaded with `import()` is a file of its own. `source` is a path
   * from `playground/` as Vite's manifest names it (`flows.ts`, `../console/mount.ts`), or a pattern for several.
   */
  builtFiles(source: string | RegExp): string[];
  /**
   * Holds `context`'s requests for the files `source` became ({@link builtFiles}) until the returned `release` is
   * called: the page meets the moment before a lazily loaded module has arrived.
   */
  holdBack(context: BrowserContext, source: string | RegExp): Promise<() => void>;
  /**
   * A browser context of the test's own (to add listeners or routes to, to open pages in), its problems checked after
   * the test: a kept one, as `open()` takes (its listeners, routes and pages but one are removed after the test), or
   * with `own`, a new one closed after the test — for what cannot be taken out of a context, such as a fake clock.
   */
  newContext(options?: OpenOptions & { own?: boolean }): Promise<BrowserContext>;
  /**
   * A page with the playground loaded and interactive, in `context` when given; otherwise in a context with empty
   * storage (no cookies, localStorage or IndexedDB but the page's emulator cookie) that is the test's alone, though
   * an earlier test of this worker (this file's or another's) may have used it: its HTTP cache is kept, so the page
   * loads from it, and its first page may be the tab an earlier test used, navigated anew (its listeners and routes
   * removed, sized again): a tab that stays open keeps its renderer process, which on a 2-core machine costs more to
   * start than the page's load.
   */
  open(context?: BrowserContext | OpenOptions): Promise<{ page: Page; problems: PageProblems }>;
}

/** How the playground is served to a test file. */
export interface PlaygroundServing {
  /**
   * Serve a copy of the run's production build (`vite build`) from a plain static file server, as anyone could
   * host it, instead of the run's build behind `vite preview`. `backend` is what its `backend.json` says: `'none'`
   * leaves the built file (`null`), `'emulator-as-app'` names the test emulator as an ordinary Backendless app (no
   * admin API).
   */
  build?: { backend: 'none' | 'emulator-as-app' };
}

/**
 * The options of a file's emulator, given the origin the playground's page is served from. The place to let that
 * page use the emulator's admin API once admin routes answer only the origins they are told
 * (`startEmulator({ adminOrigins: [playgroundOrigin] })`); until then the loopback origin needs nothing.
 */
function emulatorOptions(playgroundOrigin: string): EmulatorOptions {
  return { adminOrigins: [playgroundOrigin] };
}

/**
 * Starts the file's emulator (and, for `build`, serves a copy of the run's build statically) before the file's
 * tests, checks every page's problems after each test (then resets the emulator), and stops everything after the
 * file. The browser and the served build are the run's (test/setup/e2e-servers.ts). Call once, at the top of a file.
 */
export function usePlayground(serving: PlaygroundServing = {}): Playground {
  let emulator: Emulator;
  let server: { close(): Promise<void> } | undefined;
  let playgroundURL: string;
  let builtDir: string;
  /**
   * The contexts the running test uses, each with what went wrong in its pages; a context `open()` made also with
   * the tab it keeps for the next test (the first page `open()` gave in it) and that tab when it is free.
   */
  const contexts: InUse[] = [];

  /** The cookies a context starts with: the one that names this file's emulator to the run's server. */
  function startCookies() {
    if (serving.build) return [];
    return [
      {
        name: PLAYGROUND_EMULATOR_COOKIE,
        value: emulatorCookieValue(emulator),
        domain: new URL(playgroundURL).hostname,
        path: '/',
        expires: -1,
        httpOnly: false,
        secure: false,
        sameSite: 'Lax' as const,
      },
    ];
  }

  async function newContext(options: OpenOptions & { own?: boolean } = {}): Promise<BrowserContext> {
    if (!options.own) return contextFor(options);
    const browser = await sharedBrowser();
    const context = await browser.newContext({
      ...contextOptions(options.timezoneId),
      ...(options.viewport ? { viewport: options.viewport } : {}),
      // The run's server serves every file's page; a cookie names the emulator its backend.json offers.
      storageState: { cookies: startCookies(), origins: [] },
    });
    contexts.push({ context, problems: { errors: [], allowed: [], warnings: [] }, reusable: null });
    return context;
  }

  /**
   * A kept context in `options`' time zone (test/e2e/kept-context.ts: emptied, perhaps with the tab an earlier test
   * of this worker used), with this file's cookie. Its pages start at the default viewport; `open()` sizes a page as
   * asked (a context per size would load the page without the cache another size's context has).
   */
  async function contextFor(options: OpenOptions = {}): Promise<BrowserContext> {
    const { context, tab } = await takeContext(options.timezoneId);
    contexts.push({
      context,
      problems: { errors: [], allowed: [], warnings: [] },
      reusable: options.timezoneId ?? '',
      viewport: options.viewport,
      kept: tab,
      spare: tab,
    });
    const cookies = startCookies();
    if (cookies.length > 0) await context.addCookies(cookies);
    return context;
  }

  async function open(given?: BrowserContext | OpenOptions): Promise<{ page: Page; problems: PageProblems }> {
    const context = given && 'newPage' in given ? given : await contextFor(given);
    const entry = contexts.find((candidate) => candidate.context === context)!;
    const viewport = (given && 'newPage' in given ? entry.viewport : given?.viewport) ?? DEFAULT_VIEWPORT;
    const { problems } = entry;
    const page = entry.spare ?? (await context.newPage());
    entry.spare = undefined;
    if (entry.reusable !== null) {
      entry.kept ??= page;
      await sizeTab(page, viewport);
    }
    page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
      if (message.type() === 'warning') problems.warnings.push(message.text());
    });
    // Offline first: every asset, Blockly's media included, comes from our own servers.
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
        problems.errors.push(`request off this machine: ${request.url()}`);
      }
    });
    page.on('dialog', (dialog) => {
      problems.errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(playgroundURL);
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    return { page, problems };
  }

  beforeAll(async () => {
    await mkdir(scratchDir, { recursive: true });
    if (serving.build) {
      // A copy of the run's build (`vite build` output: the emulator it is served with plays no part in it), so that
      // the file may write its own backend.json.
      const outDir = `${scratchDir}build/`;
      builtDir = outDir;
      const [, files] = await Promise.all([
        cp(inject('playgroundBuildDir'), outDir, { recursive: true }),
        serveStatically(outDir),
      ]);
      server = files;
      playgroundURL = files.url;
    } else {
      playgroundURL = inject('playgroundURL');
      builtDir = inject('playgroundBuildDir');
    }
    emulator = await startEmulator(emulatorOptions(new URL(playgroundURL).origin));
    if (serving.build?.backend === 'emulator-as-app') {
      const app = { serverURL: emulator.url, appId: emulator.appId, apiKey: emulator.apiKey };
      await writeFile(`${builtDir}backend.json`, JSON.stringify(app));
    }
  });

  afterEach(async () => {
    const finished = contexts.splice(0);
    // A kept context (open()'s or newContext()'s) is given back to the worker, emptied with its tab, for a later test
    // of any file (test/e2e/kept-context.ts). One a test asked to have as its own (newContext({ own: true })) is closed.
    await Promise.all(
      finished.map(({ context, reusable, kept }) =>
        reusable === null ? context.close() : releaseContext(context, kept, reusable),
      ),
    );
    for (const { problems } of finished) {
      const unexpected = problems.errors.filter((error) => !problems.allowed.some((pattern) => pattern.test(error)));
      expect(unexpected, 'page errors / console errors').toEqual([]);
    }
    await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
  });

  function builtFiles(source: string | RegExp): string[] {
    const manifest = JSON.parse(readFileSync(`${builtDir}.vite/manifest.json`, 'utf8')) as Record<
      string,
      { file: string; css?: string[] }
    >;
    const named = Object.entries(manifest).filter(([key]) =>
      typeof source === 'string' ? key === source : source.test(key),
    );
    if (named.length === 0) throw new Error(`no module ${String(source)} in the build's manifest`);
    return named.flatMap(([, chunk]) => [chunk.file, ...(chunk.css ?? [])]);
  }

  afterAll(async () => {
    await server?.close();
    await emulator?.close();
    await rm(scratchDir, { recursive: true, force: true });
  });

  return {
    get emulator() {
      return emulator;
    },
    get url() {
      return playgroundURL;
    },
    get builtDir() {
      return builtDir;
    },
    builtFiles,
    async holdBack(context, source) {
      const files = builtFiles(source).map((file) => `/${file}`);
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await context.route(
        (url) => files.some((file) => url.pathname.endsWith(file)),
        async (route) => {
          await released;
          await route.continue();
        },
      );
      return release;
    },
    newContext,
    open,
  };
}

/** A context the running test uses (see `usePlayground`). */
interface InUse {
  context: BrowserContext;
  problems: PageProblems;
  /**
   * The time zone ('' the machine's) of a kept context `open()` took; null for one `newContext()` gave, closed after
   * the test.
   */
  reusable: string | null;
  /** The viewport its pages are sized to (the default one when not given). */
  viewport?: { width: number; height: number };
  /** The tab it keeps for the next test. */
  kept?: Page;
  /** That tab, while no `open()` of this test has taken it. */
  spare?: Page;
}

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.cur': 'image/x-icon',
};

/** A plain static file server for `root` on 127.0.0.1 (no Vite, no plugin: what any web host does). */
async function serveStatically(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const files = createHttpServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': STATIC_TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  const { port } = files.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => files.close(() => resolve())),
  };
}

// Vitest has no Playwright locator matchers: poll the page instead (each poll waits up to POLL.timeout).
export const POLL = { timeout: 20_000 };
export const textOf = (locator: Locator) => async () => (await locator.textContent()) ?? '';
export const countOf = (locator: Locator) => () => locator.count();

// The page's one log (named "Console", or "Konsole" in German).
export const consoleLog = (page: Page) => page.getByRole('log');
export const runStatus = (page: Page) => page.locator('#run-status');
export const codePanel = (page: Page) => page.getByRole('region', { name: 'Generated code' }).locator('pre');

/** Runs the workspace and waits until the run reports how it ended. */
export async function run(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(() => runStatus(page).textContent(), { timeout: 30_000 }).toMatch(/Finished|Failed|Stopped/);
  return (await runStatus(page).textContent()) ?? '';
}

/** The scenario with its login and password replaced wherever they appear as field values. */
export function scenarioWith(login: string, password: string): unknown {
  const replace = (value: unknown): unknown => {
    if (value === 'alice@wonderland.com') return login;
    if (value === 'wonderland') return password;
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replace(inner)]));
    }
    return value;
  };
  return replace(scenario);
}

/** A workspace with one Login User statement (optionally remembered, optionally followed by `next`). */
export function loginWorkspace(
  login: string,
  password: string,
  options: { stayLoggedIn?: boolean; next?: object } = {},
): object {
  const text = (value: string) => ({ shadow: { type: 'text', fields: { TEXT: value } } });
  return {
    blocks: {
      languageVersion: 0,
      blocks: [
        {
          type: 'backendless_users_login_statement',
          x: 20,
          y: 20,
          inputs: {
            LOGIN: text(login),
            PASSWORD: text(password),
            STAY_LOGGED_IN: {
              shadow: { type: 'logic_boolean', fields: { BOOL: options.stayLoggedIn ? 'TRUE' : 'FALSE' } },
            },
          },
          ...(options.next ? { next: { block: options.next } } : {}),
        },
      ],
    },
  };
}

/** Chooses `action` (e.g. 'Reset to scenario') from the page's File menu (named `menu` in the page's language). */
export async function fileAction(page: Page, action: string): Promise<void> {
  const item = page.getByRole('button', { name: action, exact: true });
  if (!(await item.isVisible())) {
    await page.locator('#file-menu').click();
  }
  await item.click();
}

/** Chooses "Load workspace file" (in the page's language) and hands the file chooser `file` (a path). */
export async function chooseWorkspaceFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  const german = (await page.locator('html').getAttribute('lang')) === 'de';
  await fileAction(page, german ? 'Arbeitsbereich laden' : 'Load workspace file');
  await (await chooser).setFiles(file);
}

/**
 * Loads `workspace` through the page's own "Load workspace file" menu item and file chooser, and waits for the
 * console's `loaded` line (the English one unless given).
 */
export async function loadWorkspaceFile(
  page: Page,
  workspace: unknown,
  name: string,
  loaded = `Workspace loaded from ${name}`,
): Promise<void> {
  const file = `${scratchDir}${name}`;
  await writeFile(file, JSON.stringify(workspace));
  await chooseWorkspaceFile(page, file);
  await expect.poll(textOf(consoleLog(page)), POLL).toContain(loaded);
}

/**
 * Opens the backend panel's settings by their summary (`summary`: its text in the page's language). The lists above
 * it (sessions, tokens) grow when the emulator or a run tells them something new, which moves the summary: a click
 * whose press and release fell on either side of such a move opened nothing, and is made again.
 */
export async function openBackendSettings(page: Page, summary = 'Backend settings'): Promise<void> {
  const settings = page.locator('#settings');
  const isOpen = () => settings.evaluate((details) => (details as HTMLDetailsElement).open);
  await expect
    .poll(async () => {
      if (!(await isOpen())) await settings.getByText(summary, { exact: true }).click();
      return isOpen();
    }, POLL)
    .toBe(true);
}

/** Points the (English) page's backend settings at a Backendless app by its server URL, application id and key. */
export async function pointAtApp(page: Page, app: { url: string; appId: string; apiKey: string }): Promise<void> {
  await openBackendSettings(page);
  await page.getByRole('combobox', { name: 'Backend', exact: true }).selectOption('custom');
  await page.getByLabel('Server URL').fill(app.url);
  await page.getByLabel('Application ID').fill(app.appId);
  await page.getByLabel('REST API key').fill(app.apiKey);
  await page.getByRole('button', { name: 'Save settings' }).click();
}

/** Runs `file` with the project's Node; gives up (killing it) after 30 s. */
export function runNode(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(`${repoRoot}node_modules/.bin/node`, [file], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The blocks of `type` on the workspace (not in the toolbox's flyout), top-level or nested. */
export const mainBlocks = (page: Page, type: string) =>
  page.locator(`#blockly svg.blocklySvg > g.blocklyWorkspace > g.blocklyBlockCanvas g.${type}`);

/** The top-left corner a block dropped right under the block of `type` (its first on the workspace) would take. */
export async function under(page: Page, type: string): Promise<{ x: number; y: number }> {
  const box = (await mainBlocks(page, type).locator('> path.blocklyPath').first().boundingBox())!;
  return { x: box.x, y: box.y + box.height };
}

/**
 * Drags the first block of the toolbox's `category` that shows `label` with the mouse, as a hand would, and drops
 * it with its top-left corner at `to`.
 */
export async function dragFromToolbox(
  page: Page,
  category: string,
  label: string,
  to: { x: number; y: number },
): Promise<void> {
  await page.getByRole('treeitem', { name: category }).click();
  const block = page.locator('.blocklyFlyout .blocklyDraggable').filter({ hasText: label }).first();
  await block.waitFor();
  const from = (await block.boundingBox())!;
  // Grabbed near its top-left corner (its label), so the drop point is where that corner lands.
  const grab = { x: 10, y: 8 };
  await page.mouse.move(from.x + grab.x, from.y + grab.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
  await page.mouse.move(to.x + grab.x, to.y + grab.y, { steps: 15 });
  await page.mouse.up();
}

/**
 * Waits, when called, until every request the page has started to `origin` since this was set up has finished.
 * Requests are tracked one by one (one that was already under way when this was set up is not counted, its end
 * included), after a round trip to the page so that requests it started before are reported.
 */
export function quietTracker(page: Page, origin: string): () => Promise<void> {
  const open = new Set<Request>();
  page.on('request', (request) => {
    if (request.url().startsWith(origin)) open.add(request);
  });
  const done = (request: Request) => void open.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    await page.evaluate(() => document.title);
    await expect.poll(() => open.size, POLL).toBe(0);
  };
}
