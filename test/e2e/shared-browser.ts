// The run's Chromium, for a test file: launched once by the e2e project's global setup (test/setup/e2e-servers.ts),
// attached to here, once per Vitest worker (its files share this module). A file opens contexts in it and closes
// those it does not give back to the worker's kept contexts (test/e2e/kept-context.ts); the attachment ends with the
// worker, which closes whatever it still holds (the browser goes on for the other worker).
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import '../setup/e2e-servers.ts';

export { FOREIGN_HOST } from '../setup/e2e-servers.ts';

let attached: Promise<Browser> | undefined;

/** The run's Chromium, attached on first use (and again if the connection was lost). */
export async function sharedBrowser(): Promise<Browser> {
  if (attached && !(await attached).isConnected()) attached = undefined;
  attached ??= chromium.connect(inject('chromiumEndpoint'));
  return attached;
}
