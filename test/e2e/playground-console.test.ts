// The emulator console inside the playground: the backend panel's "Emulator console" button opens the console's
// views in a dialog of the page, against the embedded emulator the page knows — loaded only when first opened, so the
// page's own load fetches none of its code but the admin client it shares. For a Backendless app the button is
// disabled and says why.
import { describe, expect, it } from 'vitest';
import { POLL, textOf, usePlayground, pointAtApp } from './playground-harness.ts';

const playground = usePlayground();

describe('the emulator console in the playground', () => {
  it('is loaded on first use, opens in a dialog showing alice, and closes back to its button', async () => {
    const context = await playground.newContext();
    const consoleCode: string[] = [];
    // The files the console's modules became (its views, its texts, its styles). The admin API's one client
    // (console/admin-client.ts) is not among them: it is the backend panel's too, which shows the emulator's
    // sessions from the start, so the build puts it in a file of its own that both load.
    const consoleFiles = playground.builtFiles(/^\.\.\/console\//).map((file) => `/${file}`);
    context.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (consoleFiles.some((file) => path.endsWith(file))) consoleCode.push(request.url());
    });
    const { page } = await playground.open(context);
    expect(consoleCode, 'console code fetched with the page').toEqual([]);

    const open = page.getByRole('button', { name: 'Emulator console' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Emulator console' });
    await dialog
      .getByRole('table', { name: /^Users/ })
      .getByRole('cell', { name: 'alice@wonderland.com', exact: true })
      .waitFor();
    expect(consoleCode.length).toBeGreaterThan(0);
    expect(await dialog.getByRole('tab', { name: 'Users' }).getAttribute('aria-selected')).toBe('true');

    // It works there as on its own page: end the session a login made.
    const { url, appId, apiKey } = playground.emulator;
    await fetch(`${url}/${appId}/${apiKey}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'alice@wonderland.com', password: 'wonderland' }),
    });
    await dialog.getByRole('tab', { name: 'Sessions' }).click();
    await dialog.getByRole('button', { name: /^End session .* of alice@wonderland.com$/ }).click();
    await expect.poll(textOf(dialog.getByRole('status')), POLL).toMatch(/^Ended the session/);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('is disabled, with the reason, when the backend is a Backendless app', async () => {
    const { page } = await playground.open();
    await pointAtApp(page, playground.emulator);
    const open = page.getByRole('button', { name: 'Emulator console' });
    await expect.poll(() => open.isDisabled(), POLL).toBe(true);
    expect(await page.locator('#console-entry-note').textContent()).toMatch(
      /for the embedded emulator; this backend is a Backendless app/,
    );

    await page.getByRole('combobox', { name: 'Backend', exact: true }).selectOption('emulator');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => open.isDisabled(), POLL).toBe(false);
  });

  it('opened again, shows no status of the last visit ("Settings saved." stays with the save that said it)', async () => {
    const { page } = await playground.open();
    const open = page.getByRole('button', { name: 'Emulator console' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Emulator console' });
    await dialog.getByRole('tab', { name: 'Settings' }).click();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialog.getByRole('status').allTextContents(), POLL).toEqual(['Settings saved.']);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
    await open.click();
    await dialog.getByRole('form', { name: 'Registration and login settings' }).waitFor();
    await expect.poll(() => dialog.getByRole('status').allTextContents(), POLL).toEqual(['']);
  });
});

describe('the emulator console in the page language', () => {
  it('speaks German when the page does, and English again after switching back', async () => {
    const { page } = await playground.open();
    await page.getByLabel('Language').selectOption('de');
    const open = page.getByRole('button', { name: 'Emulator-Konsole' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Emulator-Konsole' });
    await dialog.getByRole('heading', { name: 'Emulator-Konsole' }).waitFor();
    const tabs = await dialog.getByRole('tab').allTextContents();
    expect(tabs).toEqual(['Benutzer', 'Sitzungen', 'Rollen', 'Postausgang', 'Serverlogik', 'Einstellungen', 'Daten']);
    await dialog.getByRole('table', { name: /^Benutzer \(/ }).waitFor();
    expect(await dialog.evaluate((element) => element.querySelector('.emulator-console')?.getAttribute('lang'))).toBe(
      'de',
    );
    await dialog.getByRole('button', { name: 'Schließen' }).click();

    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('button', { name: 'Emulator console' }).click();
    await page.getByRole('dialog', { name: 'Emulator console' }).getByRole('tab', { name: 'Users' }).waitFor();
  });
});

describe('the output log', () => {
  it('is never a focus stop of zero height: while empty it takes no focus', async () => {
    const { page } = await playground.open();
    const log = page.getByRole('log', { name: 'Console' });
    const focusableWithoutHeight = () =>
      log.evaluate((element: HTMLElement) => element.tabIndex >= 0 && element.getBoundingClientRect().height === 0);
    expect(await log.textContent()).toBe('');
    expect(await focusableWithoutHeight()).toBe(false);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(async () => (await log.textContent())?.length ?? 0, POLL).toBeGreaterThan(0);
    expect(await log.evaluate((element: HTMLElement) => element.tabIndex)).toBe(0);
  });
});
