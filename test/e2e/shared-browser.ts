// The run's Chromium, for a test file: launched once by the e2e project's global setup (test/setup/e2e-servers.ts),
// attached to here. A file opens fresh contexts in it (own cookies and storage, cheap) and closes them; after the
// file's tests it detaches, which closes what the file left open (the browser goes on for the other files).
import { chromium, type Browser } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import '../setup/e2e-servers.ts';

export { FOREIGN_HOST } from '../setup/e2e-servers.ts';

let attached: Promise<Browser> | undefined;

/** The run's Chromium, attached on first use (and again after a file of the same worker detached). */
export async function sharedBrowser(): Promise<Browser> {
  if (attached && !(await attached).isConnected()) attached = undefined;
  attached ??= chromium.connect(inject('chromiumEndpoint'));
  return attached;
}

// Registered when a file imports this module, before the file's own hooks: Vitest runs after-hooks stacked, last
// registered first, so this one runs after them.
afterAll(async () => {
  await (await attached)?.close();
});
