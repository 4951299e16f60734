// Browser contexts the test files of a worker keep from test to test, and from file to file, with one tab in each: a
// new context and page cost more than a page's load (a renderer process to start, an empty HTTP cache, V8 compiling
// the page's code again), so the harnesses (usePlayground, useConsole) empty a context after each test instead of
// closing it and give it back here, and the next test's page, in this file or a later one, starts as a new
// context's would. Each Vitest worker (one process, its modules shared by its files) has its own; they close with it.
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser.ts';

/** The viewport a kept context's pages start at (a popup's; `open()` sizes the page it gives). */
export const DEFAULT_VIEWPORT = { width: 1400, height: 900 };

/** How a browser test's context is opened: at the default viewport, downloads accepted, in `timezoneId` if given. */
export function contextOptions(timezoneId?: string): BrowserContextOptions {
  return { viewport: DEFAULT_VIEWPORT, acceptDownloads: true, ...(timezoneId ? { timezoneId } : {}) };
}

/** An emptied context free for the next test, with the tab it keeps. */
interface KeptContext {
  context: BrowserContext;
  tab: Page;
}

/** Contexts free for the next test of any file of this worker, by time zone ('' for the machine's). */
const free = new Map<string, KeptContext[]>();

/**
 * A context in `timezoneId` (default the machine's) as a new one would be — empty storage, no cookies — with the tab
 * an earlier test kept in it, when there is one free; otherwise a new context of the run's Chromium with no tab
 * yet. Give it back with {@link releaseContext} after the test.
 */
export async function takeContext(timezoneId?: string): Promise<{ context: BrowserContext; tab?: Page }> {
  const kept = free.get(timezoneId ?? '')?.pop();
  if (kept) return kept;
  const browser = await sharedBrowser();
  return { context: keepContext(await browser.newContext(contextOptions(timezoneId))) };
}

/**
 * Empties `context` ({@link emptyContext}) and keeps it, with `tab`, for the next test that asks for its time zone;
 * a context that cannot be emptied is closed.
 */
export async function releaseContext(context: BrowserContext, tab: Page | undefined, timezoneId?: string) {
  const emptied = await emptyContext(context, tab);
  if (!emptied) return;
  const key = timezoneId ?? '';
  free.set(key, [...(free.get(key) ?? []), { context, tab: emptied }]);
}

/** The origins each kept context's pages (popups included) have gone to since it was last emptied. */
const visited = new WeakMap<BrowserContext, Set<string>>();

/** Notes, from now on, the origins `context`'s pages go to, whose storage {@link emptyContext} empties. */
function keepContext(context: BrowserContext): BrowserContext {
  const origins = visited.get(context) ?? new Set<string>();
  visited.set(context, origins);
  context.on('request', (request) => {
    const { origin } = new URL(request.url());
    if (request.isNavigationRequest() && origin !== 'null') origins.add(origin);
  });
  return context;
}

/**
 * Undoes what a test did to a kept context, as far as a new context would not show it: its pages closed but `tab`,
 * which is left blank without the listeners and routes it was given (a new blank tab when the test closed it); the
 * context's own listeners and routes removed; every kind of storage of the origins it went to emptied (localStorage,
 * IndexedDB, Cache Storage, service workers, cookies: DevTools' `Storage.clearDataForOrigin`), then every cookie.
 * The HTTP cache stays, unlike with Playwright's `setStorageState`, which empties it and loads each origin in a page
 * of its own: the next page loads from the cache, with the code V8 compiled last time. The tab's sessionStorage (per
 * tab) stays: neither the playground nor the console uses it. Gives the tab for the next test; null, the context
 * closed, when any of it fails.
 */
async function emptyContext(context: BrowserContext, tab: Page | undefined): Promise<Page | null> {
  try {
    await Promise.all(context.pages().map((page) => (page === tab ? null : page.close())));
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    const page = tab && !tab.isClosed() ? tab : await context.newPage();
    await page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goto('about:blank');
    const origins = visited.get(context)!;
    const devtools = await context.newCDPSession(page);
    for (const origin of origins) {
      await devtools.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    }
    await devtools.detach();
    origins.clear();
    await context.clearCookies();
    context.removeAllListeners();
    keepContext(context);
    return page;
  } catch {
    await context.close().catch(() => {});
    return null;
  }
}

/** Sizes `page` to `viewport` unless it already is (a kept tab serves tests of every size). */
export async function sizeTab(page: Page, viewport: { width: number; height: number }): Promise<void> {
  const now = page.viewportSize();
  if (now?.width !== viewport.width || now.height !== viewport.height) await page.setViewportSize(viewport);
}
