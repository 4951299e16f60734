// The one way this project starts a browser: Debian's Chromium (never a downloaded one), headless, with the
// background services off — on a closed network they would only fail, many times a second.
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser (`.ci/run` installs it when missing). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless Chromium from {@link CHROMIUM_PATH}; `args` adds switches (e.g. `--host-resolver-rules=…`,
 * which gives a test a foreign host name that still resolves to this machine).
 */
export function launchChromium(options: { args?: string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    headless: true,
  });
}
