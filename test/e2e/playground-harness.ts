// What the playground's browser tests share: one emulator and one Vite dev server per test file, a fresh
// browser context per test that records page errors, console errors, dialogs and requests off this machine
// (checked after every test), the page's parts by role and accessible name, and the workspaces tests load.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { playgroundConfig } from '../../vite.config.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Files the tests write (workspaces to load, downloads); removed after the test file. */
export const scratchDir = `${repoRoot}.tmp/playground-e2e/`;
/** The scenario the page opens with. */
export const scenario: unknown = JSON.parse(readFileSync(`${repoRoot}playground/scenario/alice.json`, 'utf8'));
/** A user token as the emulator issues them. */
export const TOKEN = /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/;

/** What went wrong in the page during one test, checked after it. */
export interface PageProblems {
  errors: string[];
  /** Console errors that the test announced (e.g. the browser logging an expected HTTP 400). */
  allowed: RegExp[];
}

/** The running playground of one test file. */
export interface Playground {
  /** The emulator the page's "Embedded emulator" is (reset after every test). */
  readonly emulator: Emulator;
  /** A page with the playground loaded and interactive: in a fresh context (own localStorage) unless given one. */
  open(context?: BrowserContext): Promise<{ page: Page; problems: PageProblems }>;
}

/**
 * Starts the emulator, the dev server and Chromium before the file's tests, checks every page's problems after
 * each test (then resets the emulator), and stops everything after the file. Call once, at the top of a file.
 */
export function usePlayground(): Playground {
  let emulator: Emulator;
  let server: ViteDevServer;
  let browser: Browser;
  let playgroundURL: string;
  const contexts: { context: BrowserContext; problems: PageProblems }[] = [];

  async function open(context?: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
    let problems: PageProblems;
    if (!context) {
      context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      problems = { errors: [], allowed: [] };
      contexts.push({ context, problems });
    } else {
      problems = contexts.find((entry) => entry.context === context)!.problems;
    }
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
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
    emulator = await startEmulator();
    const config = playgroundConfig({ emulator });
    server = await createServer({ ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } });
    await server.listen();
    const { port } = server.httpServer!.address() as AddressInfo;
    playgroundURL = `http://127.0.0.1:${port}/`;
    browser = await launchChromium();
    // The first load makes Vite transform every module; pay it once here, not inside a test's timeout.
    const { page } = await open();
    await page.close();
  });

  afterEach(async () => {
    const finished = contexts.splice(0);
    await Promise.all(finished.map(({ context }) => context.close()));
    for (const { problems } of finished) {
      const unexpected = problems.errors.filter((error) => !problems.allowed.some((pattern) => pattern.test(error)));
      expect(unexpected, 'page errors / console errors').toEqual([]);
    }
    await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await emulator?.close();
    await rm(scratchDir, { recursive: true, force: true });
  });

  return {
    get emulator() {
      return emulator;
    },
    open,
  };
}

// Vitest has no Playwright locator matchers: poll the page instead (each poll waits up to POLL.timeout).
export const POLL = { timeout: 20_000 };
export const textOf = (locator: Locator) => async () => (await locator.textContent()) ?? '';
export const countOf = (locator: Locator) => () => locator.count();

export const consoleLog = (page: Page) => page.getByRole('log', { name: 'Console' });
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

/** Loads `workspace` through the page's own "Load workspace file" button and file chooser. */
export async function loadWorkspaceFile(page: Page, workspace: unknown, name: string): Promise<void> {
  const file = `${scratchDir}${name}`;
  await writeFile(file, JSON.stringify(workspace));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load workspace file' }).click();
  await (await chooser).setFiles(file);
  await expect.poll(textOf(consoleLog(page)), POLL).toContain(`Workspace loaded from ${name}`);
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
