// Watching must not change what is watched: the page re-reads the backend every few seconds while it is open, and
// those reads never keep a session alive. With a 20 s session timeout and the page open, a session nobody uses
// ends on time, and the page says so. Both clocks are the test's: the emulator's (`now`) and the page's timers
// (Playwright's clock), so no test waits 20 s of wall time.
import { expect, test } from 'vitest';
import { startEmulator } from '../../emulator/index.ts';
import { emulatorCookieValue, PLAYGROUND_EMULATOR_COOKIE } from '../setup/e2e-servers.ts';
import {
  loadWorkspaceFile,
  quietTracker,
  loginWorkspace,
  POLL,
  run,
  textOf,
  usePlayground,
} from './playground-harness.ts';

const playground = usePlayground();

// The page's refresh interval (playground/main.ts): one fast-forward of the page's clock fires it once.
const REFRESH_MS = 10_000;

test('with a 20 s session timeout and the page open, an untouched session ends on time', async () => {
  let now = Date.now();
  const emulator = await startEmulator({
    adminOrigins: [new URL(playground.url).origin],
    sessionTimeoutMs: 20_000,
    now: () => now,
  });
  try {
    // A fake clock cannot be taken out of a context: this one is the test's own, closed after it.
    const context = await playground.newContext({ own: true });
    await context.addCookies([
      { name: PLAYGROUND_EMULATOR_COOKIE, value: emulatorCookieValue(emulator), url: playground.url },
    ]);
    await context.clock.install();
    const { page } = await playground.open(context);
    const quiet = quietTracker(page, emulator.url);
    await loadWorkspaceFile(
      page,
      loginWorkspace('alice@wonderland.com', 'wonderland', { stayLoggedIn: true }),
      'l.json',
    );
    expect(await run(page)).toBe('Finished.');
    const who = page.locator('#logged-in');
    await expect.poll(textOf(who), POLL).toMatch(/^Logged in: Alice .*kept by “stay logged in”/);
    await quiet();

    // 24 s of nobody using the session, the page refreshing every 10 s of its own time meanwhile.
    for (let step = 0; step < 4; step++) {
      now += 6_000;
      const refreshed = page.waitForResponse((response) =>
        response.url().startsWith(`${emulator.url}/_emulator/sessions`),
      );
      await page.clock.fastForward(REFRESH_MS);
      await refreshed;
      await quiet();
    }

    const listed = (await (await fetch(`${emulator.url}/_emulator/sessions`)).json()) as { sessions: unknown[] };
    expect(listed.sessions).toEqual([]);
    await expect.poll(textOf(who), POLL).toMatch(/^Logged in: nobody\. The session this page kept .* has ended/);
  } finally {
    await emulator.close();
  }
});
