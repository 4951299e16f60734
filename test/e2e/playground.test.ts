// The playground in real Chromium (Debian's /usr/bin/chromium, driven by playwright-core): a person's path
// through the page, selected by role and accessible name. One emulator for the file and the run's build of the
// page (playground-harness.ts); every test opens a fresh browser context (empty localStorage) and fails on any page
// error or console error it did not expect. (Past 300 lines on purpose: these tests share one emulator and the
// file's kept tab; a new group of tests goes in a file of its own that calls usePlayground().)
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import {
  chooseWorkspaceFile,
  codePanel,
  consoleLog,
  countOf,
  dragFromToolbox,
  fileAction,
  loadWorkspaceFile,
  loginWorkspace,
  openBackendSettings,
  POLL,
  repoRoot,
  run,
  runNode,
  runStatus,
  scenario,
  scenarioWith,
  scratchDir,
  textOf,
  TOKEN,
  under,
  usePlayground,
  pointAtApp,
} from './playground-harness.ts';

const playground = usePlayground();

/** A workspace of one block: print `text`. */
function printWorkspace(text: string) {
  const print = {
    type: 'text_print',
    x: 20,
    y: 20,
    inputs: { TEXT: { shadow: { type: 'text', fields: { TEXT: text } } } },
  };
  return { blocks: { languageVersion: 0, blocks: [print] } };
}

describe('playground', () => {
  test('the alice scenario runs green from a fresh page and the logout is visible', async () => {
    const { page } = await playground.open();
    await expect.poll(textOf(codePanel(page)), POLL).toContain('Backendless.UserService.login');
    expect(await run(page)).toBe('Finished.');
    const log = consoleLog(page);
    await expect.poll(textOf(log), POLL).toContain('Alice');
    expect(await log.textContent()).toMatch(TOKEN);
    await expect.poll(countOf(log.locator('.console-error')), POLL).toBe(0);
    // The backend panel: nobody logged in any more, no live session, the token seen is now invalid.
    const backend = page.getByRole('region', { name: 'Backend' });
    await backend.getByText('Logged in: nobody').waitFor(POLL);
    await backend.getByText('no live sessions').waitFor(POLL);
    await expect
      .poll(textOf(backend.getByRole('list', { name: 'Tokens seen in this page' })), POLL)
      .toContain('invalid');
  });

  test('a block dragged from the toolbox with the mouse onto the end of the program changes the code', async () => {
    const { page } = await playground.open();
    const before = await codePanel(page).textContent();
    // Dropped where the program's last block ends, it snaps on: part of the program.
    await dragFromToolbox(page, 'Text', 'print', await under(page, 'backendless_users_try_catch'));
    await expect.poll(() => codePanel(page).textContent()).not.toBe(before);
    await expect.poll(textOf(codePanel(page)), POLL).toContain("console.log('abc')");
  });

  test('a wrong password prints 3003 Invalid login or password in the console', async () => {
    const { page, problems } = await playground.open();
    // The browser itself logs the backend's HTTP 400 for a failed login: expected here, nothing else is.
    problems.allowed.push(/Failed to load resource: the server responded with a status of 400/);
    await loadWorkspaceFile(page, scenarioWith('alice@wonderland.com', 'not-the-password'), 'wrong-password.json');
    expect(await run(page)).toBe('Failed.');
    await expect
      .poll(textOf(consoleLog(page).locator('.console-error')), POLL)
      .toContain('3003 Invalid login or password');
  });

  test('Stop ends an infinite loop and the page stays responsive', async () => {
    const { page } = await playground.open();
    const forever = {
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'controls_whileUntil',
            x: 40,
            y: 40,
            fields: { MODE: 'WHILE' },
            inputs: {
              BOOL: { block: { type: 'logic_boolean', fields: { BOOL: 'TRUE' } } },
              DO: {
                block: { type: 'text_print', inputs: { TEXT: { shadow: { type: 'text', fields: { TEXT: 'tick' } } } } },
              },
            },
          },
        ],
      },
    };
    await loadWorkspaceFile(page, forever, 'forever.json');
    // Every run has a thread of its own (a dedicated worker); Stop must end it, not just stop listening to it.
    const programThread = page.waitForEvent('worker');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const thread = await programThread;
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('tick');
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Running…');
    // The running block is lit on the workspace while the loop goes round.
    const highlighted = page.locator('#blockly .blocklyHighlighted');
    await expect.poll(countOf(highlighted), POLL).toBeGreaterThan(0);
    const stop = page.getByRole('button', { name: 'Stop' });
    await expect.poll(() => stop.isEnabled(), POLL).toBe(true);
    const threadEnded = thread.waitForEvent('close', { timeout: 60_000 });
    await stop.click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Stopped.');
    await expect.poll(() => page.getByRole('button', { name: 'Run', exact: true }).isEnabled(), POLL).toBe(true);
    await expect.poll(() => stop.isDisabled(), POLL).toBe(true);
    expect(await highlighted.count()).toBe(0);
    // The main thread answers at once, and the loop really ended: its thread is gone and the console stops
    // growing — nothing it posted before it ended is shown once the page has drawn a frame after that.
    const lines = await consoleLog(page).locator('.console-line').count();
    await threadEnded;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await consoleLog(page).locator('.console-line').count()).toBe(lines);
  });

  test('a stay-logged-in session is kept in localStorage across reloads and used by the next run', async () => {
    const { page } = await playground.open();
    const printToken = {
      type: 'text_print',
      inputs: { TEXT: { block: { type: 'backendless_users_get_user_token' } } },
    };
    const login = loginWorkspace('alice@wonderland.com', 'wonderland', { stayLoggedIn: true, next: printToken });
    await loadWorkspaceFile(page, login, 'stay.json');
    expect(await run(page)).toBe('Finished.');
    const token = (await textOf(consoleLog(page).locator('.console-output').last())()).trim();
    expect(token).toMatch(TOKEN);
    // The SDK's own key and shape, so the official SDK in the same page would find the session too.
    const stored = await page.evaluate((key) => localStorage.getItem(key), `Backendless_${playground.emulator.appId}`);
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ 'user-token': token });
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    const backend = page.getByRole('region', { name: 'Backend' });
    await expect.poll(textOf(backend), POLL).toContain(`${token.slice(0, 4)}…${token.slice(-4)} — valid`);
    // Only "print the current user token" this time: the remembered session is still there.
    const printOnly = { blocks: { languageVersion: 0, blocks: [{ ...printToken, x: 20, y: 20 }] } };
    await loadWorkspaceFile(page, printOnly, 'print-token.json');
    await page.getByRole('button', { name: 'Clear console' }).click();
    expect(await run(page)).toBe('Finished.');
    // What the program printed (the console's own lines mark where the run starts and ends).
    expect((await textOf(consoleLog(page).locator('.console-output'))()).trim()).toBe(token);
  });

  test('a workspace loaded right before a reload is kept, and counts as saved', async () => {
    const { page } = await playground.open();
    const custom = printWorkspace('kept though the page left at once');
    await loadWorkspaceFile(page, custom, 'at-once.json');
    // No wait for the debounced autosave: the page saves what is pending as it goes.
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    await expect.poll(textOf(codePanel(page)), POLL).toContain('kept though the page left at once');
    // The blocks are the file's: loading another asks nothing (no unsaved work) and just loads it.
    await loadWorkspaceFile(page, custom, 'again.json');
  });

  test('reload keeps the workspace', async () => {
    const { page } = await playground.open();
    const custom = printWorkspace('kept across reloads');
    await loadWorkspaceFile(page, custom, 'kept.json');
    await expect.poll(textOf(codePanel(page)), POLL).toContain('kept across reloads');
    // Autosave is debounced; wait until localStorage holds the new workspace before reloading.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('codeless-playground:workspace') ?? ''))
      .toContain('kept across reloads');
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    await expect.poll(textOf(codePanel(page)), POLL).toContain('kept across reloads');
    expect(await textOf(codePanel(page))()).not.toContain('Backendless.UserService.login');
  });

  test('the keyboard alone runs the scenario: Tab reaches the named buttons, Ctrl+Enter runs, the log announces it', async () => {
    const { page } = await playground.open();
    // The console is a polite live region, so a screen reader reads what the program prints.
    expect(await consoleLog(page).getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { tag: element?.tagName, name: element?.getAttribute('aria-label') ?? element?.textContent?.trim() };
    });
    expect(focused).toEqual({ tag: 'BUTTON', name: 'Run' });
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => runStatus(page).textContent(), { timeout: 30_000 }).toBe('Finished.');
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('Old token still valid: false');
  });

  test('a malformed or foreign workspace file is refused with a clear message, and the workspace stays', async () => {
    expect.hasAssertions();
    const { page } = await playground.open();
    await expect.poll(textOf(codePanel(page)), POLL).toContain('Backendless.UserService.login');
    const before = await codePanel(page).textContent();
    const files: Array<[string, string, RegExp]> = [
      ['broken.json', '{"blocks": {"blocks": [', /not valid JSON/],
      [
        'foreign.json',
        JSON.stringify({ blocks: { languageVersion: 0, blocks: [{ type: 'acme_charge_card' }] } }),
        /unknown block type "acme_charge_card"/,
      ],
    ];
    for (const [name, content, message] of files) {
      const file = `${scratchDir}${name}`;
      await writeFile(file, content);
      await chooseWorkspaceFile(page, file);
      await expect.poll(textOf(consoleLog(page).locator('.console-error').last()), POLL).toMatch(message);
      expect(await consoleLog(page).locator('.console-error').last().textContent()).toContain(
        'The current workspace was left as it was.',
      );
    }
    expect(await codePanel(page).textContent()).toBe(before);
  });

  test('Save workspace file downloads the workspace, and Reset to scenario brings the scenario back', async () => {
    const { page } = await playground.open();
    const empty = { blocks: { languageVersion: 0, blocks: [] } };
    await loadWorkspaceFile(page, empty, 'empty.json');
    await expect.poll(textOf(codePanel(page)), POLL).not.toContain('Backendless.UserService.login');
    await fileAction(page, 'Reset to scenario');
    await expect.poll(textOf(codePanel(page)), POLL).toContain('Backendless.UserService.login');
    const download = page.waitForEvent('download');
    await fileAction(page, 'Save workspace file');
    const file = `${scratchDir}saved.json`;
    await (await download).saveAs(file);
    const saved = JSON.parse(await readFile(file, 'utf8')) as { blocks: { blocks: { type: string }[] } };
    expect(saved.blocks.blocks.map((block) => block.type)).toEqual(
      (scenario as { blocks: { blocks: { type: string }[] } }).blocks.blocks.map((block) => block.type),
    );
  });

  test('export downloads a program that runs in Node against the emulator, for our runtime and the official SDK', async () => {
    expect.hasAssertions();
    expect(existsSync(`${repoRoot}dist/runtime/index.js`), 'run `npm run build` first (npm test does)').toBe(true);
    const { page } = await playground.open();
    for (const [button, name] of [
      ['Export for codeless-blocks runtime', 'exported.mjs'],
      ['Export for official SDK', 'exported.backendless.mjs'],
    ] as const) {
      const download = page.waitForEvent('download');
      await fileAction(page, button);
      const file = `${scratchDir}${name}`;
      await (await download).saveAs(file);
      const source = await readFile(file, 'utf8');
      expect(source).toContain(playground.emulator.url);
      const result = await runNode(file);
      expect(result.stderr, name).toBe('');
      expect(result.code, name).toBe(0);
      expect(result.stdout).toContain('Alice');
      expect(result.stdout).toMatch(TOKEN);
    }
  });

  test('a hostile user name prints literally, as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const created = await fetch(`${playground.emulator.url}/_emulator/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'mallory@example.com', password: 'mallory-password', name: hostile }),
    });
    expect(created.status).toBe(201);
    const { page } = await playground.open();
    await loadWorkspaceFile(page, scenarioWith('mallory@example.com', 'mallory-password'), 'mallory.json');
    expect(await run(page)).toBe('Finished.');
    await expect.poll(textOf(consoleLog(page)), POLL).toContain(hostile);
    await expect.poll(countOf(page.locator('#console img, #backend-summary img, #logged-in img')), POLL).toBe(0);

    // Still logged in after a run, the name is also shown in the backend panel and in its session list.
    const staysLoggedIn = loginWorkspace('mallory@example.com', 'mallory-password');
    await loadWorkspaceFile(page, staysLoggedIn, 'mallory-stays.json');
    expect(await run(page)).toBe('Finished.');
    const backend = page.getByRole('region', { name: 'Backend' });
    await expect.poll(textOf(page.locator('#logged-in')), POLL).toContain(hostile);
    await expect.poll(textOf(backend), POLL).toContain(`${hostile} (mallory@example.com)`);
    expect(await backend.locator('img').count()).toBe(0);
    expect(await consoleLog(page).locator('img').count()).toBe(0);
  });

  test('German and the dark theme switch the page and the workspace, and are remembered', async () => {
    const { page } = await playground.open();
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('button', { name: 'Ausführen' }).waitFor(POLL);
    await page.getByRole('treeitem', { name: 'Benutzer' }).waitFor(POLL);
    await page.getByRole('button', { name: 'Dunkles Design' }).click();
    expect(await page.getByRole('button', { name: 'Dunkles Design' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Ausführen' }).waitFor(POLL);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    // The program still runs the same in German (Control+Enter is the keyboard shortcut for Run).
    await page.keyboard.press('Control+Enter');
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Fertig.');
  });

  test('a backend that is down is shown as not answering, and a run fails with one clear line', async () => {
    const { page, problems } = await playground.open();
    problems.allowed.push(/Failed to load resource: net::ERR_CONNECTION_REFUSED/);
    // A port that was just free: nothing listens there.
    const closed = createNetServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await pointAtApp(page, { url: `http://127.0.0.1:${port}`, appId: 'SOME-APP', apiKey: 'SOME-KEY' });
    await expect.poll(textOf(page.locator('#backend-status')), POLL).toContain('does not answer');
    expect(await run(page)).toBe('Failed.');
    await expect
      .poll(textOf(consoleLog(page).locator('.console-error').last()), POLL)
      .toContain(`Backendless server http://127.0.0.1:${port}`);
  });

  test('a wrong API key shows the backend error, not a blank', async () => {
    const { page, problems } = await playground.open();
    problems.allowed.push(/Failed to load resource: the server responded with a status of 40\d/);
    await openBackendSettings(page);
    await page.getByLabel('REST API key').fill('WRONG-KEY');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(textOf(page.locator('#backend-status')), POLL).toMatch(/^\d{4} \S/);
    // Remembered across reloads.
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    await expect.poll(() => page.getByLabel('REST API key').inputValue(), POLL).toBe('WRONG-KEY');
  });
});
