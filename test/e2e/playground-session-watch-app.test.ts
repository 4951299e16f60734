// Watching must not change what is watched, for a Backendless app too (no admin API: the page can only ask the app
// itself, and asking `isvalidusertoken` counts as using the session). The page's periodic refresh asks nothing of
// the sort, so with a 20 s session timeout a session nobody uses ends on time while the page is open. The page is
// the production build with an ordinary app as its backend; both clocks are the test's.
import { writeFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { startEmulator } from '../../emulator/index.ts';
import {
  loadWorkspaceFile,
  quietTracker,
  loginWorkspace,
  POLL,
  run,
  textOf,
  usePlayground,
} from './playground-harness.ts';

const playground = usePlayground({ build: { backend: 'emulator-as-app' } });

// The page's refresh interval (playground/main.ts): one fast-forward of the page's clock fires it once.
const REFRESH_MS = 10_000;

test('with a Backendless app, a 20 s session timeout and the page open, an untouched session ends on time', async () => {
  let now = Date.now();
  const emulator = await startEmulator({ sessionTimeoutMs: 20_000, now: () => now });
  try {
    const app = { serverURL: emulator.url, appId: emulator.appId, apiKey: emulator.apiKey };
    await writeFile(`${playground.builtDir}backend.json`, JSON.stringify(app));
    // A fake clock cannot be taken out of a context: this one is the test's own, closed after it.
    const context = await playground.newContext({ own: true });
    await context.clock.install();
    const { page } = await playground.open(context);
    const quiet = quietTracker(page, emulator.url);
    const login = loginWorkspace('alice@wonderland.com', 'wonderland', { stayLoggedIn: true });
    await loadWorkspaceFile(page, login, 'login.json');
    expect(await run(page)).toBe('Finished.');
    // What the run itself set off is the last use of the session: the panel's refresh after it (queued on the page's
    // clock, then isvalidusertoken, then the user's name read with the token). Let it all finish before time moves.
    await page.clock.runFor(1_000);
    await expect.poll(textOf(page.locator('#logged-in')), POLL).toMatch(/Alice.*kept by “stay logged in”/);
    await quiet();

    // 24 s of nobody using the session, the page refreshing every 10 s of its own time meanwhile.
    for (let step = 0; step < 4; step++) {
      now += 6_000;
      await page.clock.fastForward(REFRESH_MS);
      await quiet();
    }

    const listed = (await (await fetch(`${emulator.url}/_emulator/sessions`)).json()) as { sessions: unknown[] };
    expect(listed.sessions).toEqual([]);
  } finally {
    await emulator.close();
  }
});
