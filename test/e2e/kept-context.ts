// A browser context a test file keeps from test to test, with one tab in it: a new context and page cost more than
// a page's load (a renderer process to start, an empty HTTP cache), so the harnesses (usePlayground, useConsole)
// empty a context after each test instead of closing it, and the next test's page starts as a new context's would.
import type { BrowserContext, Cookie, Page } from 'playwright-core';

/** The origins each kept context's pages (popups included) have gone to since it was last emptied. */
const visited = new WeakMap<BrowserContext, Set<string>>();

/** Notes, from now on, the origins `context`'s pages go to, whose storage {@link emptyContext} empties. */
export function keepContext(context: BrowserContext): BrowserContext {
  const origins = new Set<string>();
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
 * context's routes removed; every kind of storage of the origins it went to emptied (localStorage, IndexedDB, Cache Storage, service workers, cookies:
 * DevTools' `Storage.clearDataForOrigin`), then every cookie, then `cookies` set. The HTTP cache stays, unlike with
 * Playwright's `setStorageState`, which empties it and loads each origin in a page of its own: the next page loads
 * from the cache, with the code V8 compiled last time. The tab's sessionStorage (per tab) stays: neither the
 * playground nor the console uses it. Gives the tab for the next test; null, the context closed, when any of it fails.
 */
export async function emptyContext(
  context: BrowserContext,
  tab: Page | undefined,
  cookies: Cookie[] = [],
): Promise<Page | null> {
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
    if (cookies.length > 0) await context.addCookies(cookies);
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
