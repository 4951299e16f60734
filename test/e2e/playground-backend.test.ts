// The backend panel says what is true: a lockout says until when and the page ends it;
// who is logged in for this page — during a run, kept by "stay logged in", or nobody and why — by name, never a
// bare objectId; live sessions can be ended one by one or all at once; a run that cannot reach the backend turns
// the panel red at once and says what to check.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { startEmulator } from '../../emulator/index.ts';
import {
  consoleLog,
  loadWorkspaceFile,
  loginWorkspace,
  POLL,
  run,
  runStatus,
  scenarioWith,
  textOf,
  usePlayground,
  pointAtApp,
} from './playground-harness.ts';

const playground = usePlayground();

const backend = (page: Page) => page.getByRole('region', { name: 'Backend' });
const who = (page: Page) => page.locator('#logged-in');

/** Changes the emulator's settings through its admin API (each test starts from the defaults after a reset). */
async function emulatorSettings(settings: object): Promise<void> {
  const response = await fetch(`${playground.emulator.url}/_emulator/settings`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  expect(response.status).toBe(200);
}

/** Logs in through the emulator's Backendless API, as another program would. */
async function login(password: string): Promise<Response> {
  const { url, appId, apiKey } = playground.emulator;
  return fetch(`${url}/${appId}/${apiKey}/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'alice@wonderland.com', password }),
  });
}

describe('the backend panel', () => {
  test('a lockout says until when, and the page can end it', async () => {
    await emulatorSettings({ maxFailedLogins: 5, lockoutMs: 15 * 60 * 1000 });
    for (let i = 0; i < 5; i++) expect((await login('not-the-password')).status).toBe(400);
    const { users } = (await (await fetch(`${playground.emulator.url}/_emulator/users`)).json()) as {
      users: { user: { email: string }; lockedUntil: number | null }[];
    };
    const lockedUntil = users.find((view) => view.user.email === 'alice@wonderland.com')!.lockedUntil!;
    const until = new Date(lockedUntil).toLocaleTimeString('en', { timeZone: 'UTC' });

    const { page, problems } = await playground.open({ timezoneId: 'UTC' });
    problems.allowed.push(/Failed to load resource: the server responded with a status of 400/);
    // The right password, and still refused: the console says why, until when, and where to end it.
    expect(await run(page)).toBe('Failed.');
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('3036 Unable to login.');
    await expect
      .poll(textOf(consoleLog(page)), POLL)
      .toContain(
        `alice@wonderland.com is locked out until ${until} (5 failed logins in a row). Unlock it in the Backend panel.`,
      );
    const locked = backend(page).getByRole('list', { name: 'Locked out' });
    await expect.poll(textOf(locked), POLL).toContain(`alice@wonderland.com until ${until}`);

    await locked.getByRole('button', { name: 'Unlock alice@wonderland.com' }).click();
    await expect.poll(() => locked.isVisible(), POLL).toBe(false);
    expect(await run(page)).toBe('Finished.');
  });

  test('after a run that did not stay logged in: nobody, and why; its session is listed by name and can be ended', async () => {
    await emulatorSettings({ multipleLogins: 'allow' });
    const { page } = await playground.open();
    await loadWorkspaceFile(page, loginWorkspace('alice@wonderland.com', 'wonderland'), 'login.json');
    expect(await run(page)).toBe('Finished.');
    await expect
      .poll(textOf(who(page)), POLL)
      .toBe(
        'Logged in: nobody. The last run logged in as Alice (alice@wonderland.com) without “stay logged in”, so this ' +
          'page did not keep that session. That session is still live on the server until it is ended or times out.',
      );
    // A second run leaves a second session: they pile up, each listed by who it belongs to, and can be ended.
    expect(await run(page)).toBe('Finished.');
    const sessions = backend(page).getByRole('list', { name: 'Live sessions on the emulator' });
    await expect.poll(() => sessions.getByRole('listitem').count(), POLL).toBe(2);
    expect(await sessions.getByRole('listitem').first().textContent()).toMatch(
      /^Alice \(alice@wonderland\.com\) · [0-9A-F]{4}…[0-9A-F]{4} · last used \d/,
    );
    await sessions
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^End the session .* of Alice/ })
      .click();
    await expect.poll(() => sessions.getByRole('listitem').count(), POLL).toBe(1);
    await run(page);
    await expect.poll(() => sessions.getByRole('listitem').count(), POLL).toBe(2);
    await backend(page).getByRole('button', { name: 'End all sessions' }).click();
    await expect.poll(textOf(backend(page)), POLL).toContain('no live sessions');
  });

  test('during a run the panel names who the program is logged in as, not "?" and a token', async () => {
    const { page } = await playground.open();
    const tick = { type: 'text_print', inputs: { TEXT: { shadow: { type: 'text', fields: { TEXT: 'tick' } } } } };
    const loopForever = {
      type: 'controls_whileUntil',
      fields: { MODE: 'WHILE' },
      inputs: { BOOL: { block: { type: 'logic_boolean', fields: { BOOL: 'TRUE' } } }, DO: { block: tick } },
    };
    await loadWorkspaceFile(
      page,
      loginWorkspace('alice@wonderland.com', 'wonderland', { next: loopForever }),
      'login-then-loop.json',
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(textOf(who(page)), POLL).toBe('Running as Alice (alice@wonderland.com).');
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Stopped.');
  });

  test('a session kept by "stay logged in" is named after a reload, and Log out ends it', async () => {
    const { page } = await playground.open();
    await loadWorkspaceFile(
      page,
      loginWorkspace('alice@wonderland.com', 'wonderland', { stayLoggedIn: true }),
      'stay-logged-in.json',
    );
    expect(await run(page)).toBe('Finished.');
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    await expect
      .poll(textOf(who(page)), POLL)
      .toMatch(
        /^Logged in: Alice \(alice@wonderland\.com\) · [0-9A-F]{4}…[0-9A-F]{4}, kept by “stay logged in”: the next run starts as this user\.$/,
      );
    const sessions = backend(page).getByRole('list', { name: 'Live sessions on the emulator' });
    await expect.poll(textOf(sessions), POLL).toContain('kept by this page');

    await backend(page).getByRole('button', { name: 'Log out' }).click();
    await expect.poll(textOf(who(page)), POLL).toBe('Logged in: nobody. The next run starts logged out.');
    await expect.poll(textOf(backend(page)), POLL).toContain('no live sessions');
  });

  test('a run that cannot reach the backend turns the panel red at once and says what to check', async () => {
    const elsewhere = await startEmulator();
    const { page, problems } = await playground.open();
    problems.allowed.push(/Failed to load resource: net::ERR_CONNECTION_REFUSED/);
    await pointAtApp(page, elsewhere);
    const status = page.locator('#backend-status');
    await expect.poll(textOf(status), POLL).toMatch(/^answers \(\d+ ms\)$/);

    await elsewhere.close();
    await loadWorkspaceFile(page, scenarioWith('alice@wonderland.com', 'wonderland'), 'scenario.json');
    expect(await run(page)).toBe('Failed.');
    // No "Check backend" pressed: the panel already says the backend does not answer.
    await expect.poll(textOf(status), POLL).toMatch(/^does not answer: /);
    await expect
      .poll(textOf(consoleLog(page)), POLL)
      .toContain(
        `The browser could not reach ${elsewhere.url}. Check that the server runs and that Server URL under Backend ` +
          'settings is right',
      );
  });
});
