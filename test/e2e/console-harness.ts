// What the emulator console's browser tests share: one emulator per test file (the console served by it from
// dist/console/, which the e2e project's global setup keeps fresh), the run's Chromium, in which `evil.test`
// resolves to this machine (a foreign origin that still reaches the emulator; test/setup/e2e-servers.ts), a page
// per test as a fresh context's (one the worker keeps, emptied after each test), whose page errors, console
// errors and requests off this machine fail the test, and the emulator's REST and admin API for checking what the
// console did.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.ts';
import type { AdminUserView } from '../../emulator/contract.ts';
import { releaseContext, sizeTab, takeContext } from './kept-context.ts';
import { FOREIGN_HOST } from './shared-browser.ts';

/** A host name Chromium resolves to 127.0.0.1 in these tests: its pages are on a foreign, non-loopback origin. */
export { FOREIGN_HOST };

/** A page of one test, and what went wrong in it. */
export interface OpenPage {
  page: Page;
  /** Console errors a test expects (a refused request is logged by Chromium as an error). */
  allow(pattern: RegExp): void;
}

/** The emulator and browser of one test file. */
export interface ConsoleHarness {
  readonly emulator: Emulator;
  /**
   * A page as a fresh context's (empty storage, no cookies; the file's earlier tests may have used it), its problems
   * checked after the test, at `url` (default the console; null: blank) and `viewport` (default 1280 × 900).
   */
  open(url?: string | null, viewport?: { width: number; height: number }): Promise<OpenPage>;
  /** The console's URL on the emulator. */
  readonly consoleURL: string;
  /** `POST users/login` on the app; the status and the parsed body. */
  login(login: string, password: string): Promise<{ status: number; body: Record<string, unknown> }>;
  /** A request to the app's REST API (below `<url>/<appId>/<apiKey>`). */
  rest(path: string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown> }>;
  /** The admin API's users. */
  users(): Promise<AdminUserView[]>;
  /** A request to the admin API (below `/_emulator`), parsed. */
  admin<T = Record<string, unknown>>(method: string, path: string, body?: object): Promise<T>;
}

/** Starts the emulator for the file; resets it after every test. Call once, at the top. */
export function useConsole(options: EmulatorOptions = {}): ConsoleHarness {
  let emulator: Emulator;
  const opened: { page: Page; problems: string[]; allowed: RegExp[] }[] = [];

  async function parse(response: Response): Promise<{ status: number; body: Record<string, unknown> }> {
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  const harness: ConsoleHarness = {
    get emulator() {
      return emulator;
    },
    get consoleURL() {
      return `${emulator.url}/_emulator/console/`;
    },
    async open(url = harness.consoleURL, viewport = { width: 1280, height: 900 }) {
      const { context, tab } = await takeContext();
      const page = tab ?? (await context.newPage());
      const entry = { page, problems: [] as string[], allowed: [] as RegExp[] };
      opened.push(entry);
      await sizeTab(page, viewport);
      page.on('pageerror', (error) => entry.problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') entry.problems.push(`console: ${message.text()}`);
      });
      page.on('request', (request) => {
        const { protocol, hostname } = new URL(request.url());
        if (!['data:', 'blob:'].includes(protocol) && !['127.0.0.1', FOREIGN_HOST].includes(hostname)) {
          entry.problems.push(`request off this machine: ${request.url()}`);
        }
      });
      page.on('dialog', (dialog) => {
        entry.problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      if (url) await page.goto(url);
      return { page, allow: (pattern) => entry.allowed.push(pattern) };
    },
    async login(login, password) {
      return harness.rest('/users/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, password }),
      });
    },
    async rest(path, init) {
      return parse(await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}${path}`, init));
    },
    async users() {
      return (await harness.admin<{ users: AdminUserView[] }>('GET', '/users')).users;
    },
    async admin<T>(method: string, path: string, body?: object) {
      const response = await fetch(`${emulator.url}/_emulator${path}`, {
        method,
        ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
      });
      return (await parse(response)).body as T;
    },
  };

  beforeAll(async () => {
    emulator = await startEmulator(options);
  });

  afterEach(async () => {
    const finished = opened.splice(0);
    await Promise.all(finished.map(({ page }) => releaseContext(page.context(), page)));
    for (const { problems, allowed } of finished) {
      expect(
        problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem))),
        'page errors / console errors / requests off this machine',
      ).toEqual([]);
    }
    await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
  });

  afterAll(async () => {
    await emulator?.close();
  });

  return harness;
}

/** Polls `read` until it equals `expected` (no fixed sleep). */
export async function eventually<T>(read: () => Promise<T> | T, expected: T): Promise<void> {
  await expect.poll(read, { timeout: 15_000 }).toEqual(expected);
}
