// OAuth2 from the playground, as a Backendless web app does it. Get Authorization URL prints the consent page's
// address as a link; with the page as "redirect after login", Allow comes back to the page with userToken and
// userId, and the page is signed in as that person (the next run's current user, the backend panel and "Logged
// in:" agree, the address bar loses the query). Login with OAuth2 without an access token offers the provider's
// sign-in; the access token it hands back goes into the block, and the next run logs in with it.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { consoleLog, loadWorkspaceFile, POLL, run, textOf, usePlayground } from './playground-harness.ts';

const playground = usePlayground();

const text = (value: string) => ({ shadow: { type: 'text', fields: { TEXT: value } } });
const nothing = { shadow: { type: 'logic_null' } };
const who = (page: Page) => page.locator('#logged-in');

/** `print(<value>)`, then `next`. */
const print = (value: object, next?: object) => ({
  type: 'text_print',
  inputs: { TEXT: { block: value } },
  ...(next ? { next: { block: next } } : {}),
});
const currentEmail = {
  type: 'backendless_users_get_property',
  inputs: { PROPERTY: text('email'), USER: { block: { type: 'backendless_users_get_current_user' } } },
};
const workspace = (first: object) => ({ blocks: { languageVersion: 0, blocks: [{ ...first, x: 20, y: 20 }] } });

/** Answers the local provider's consent page as `email` (and `name`), Allow. */
async function allow(consent: Page, email: string, name: string): Promise<void> {
  await consent.getByRole('textbox', { name: 'Email address' }).fill(email);
  await consent.getByRole('textbox', { name: 'Name' }).fill(name);
  await consent.getByRole('button', { name: 'Allow' }).click();
}

describe('OAuth2 from the playground', () => {
  test('a sign-in started from the playground comes back to it signed in as that person', async () => {
    const { page } = await playground.open();
    const authorizationUrl = {
      type: 'backendless_users_get_authorization_url',
      inputs: { PROVIDER: text('googleplus'), SCOPE: nothing, REDIRECT_AFTER_LOGIN: text(playground.url) },
    };
    await loadWorkspaceFile(page, workspace(print(authorizationUrl)), 'oauth-url.json');
    expect(await run(page)).toBe('Finished.');

    const link = consoleLog(page).getByRole('link', { name: /\/_emulator\/oauth\/googleplus\/authorize\?request=/ });
    const opened = page.context().waitForEvent('page');
    await link.click();
    const consent = await opened;
    await allow(consent, 'dodo@wonderland.com', 'Dodo');

    // Back on the playground: signed in, the query gone from the address bar.
    await consent.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    expect(new URL(consent.url()).search).toBe('');
    await expect.poll(textOf(who(consent)), POLL).toMatch(/^Logged in: Dodo \(dodo@wonderland\.com\) · /);
    await expect.poll(textOf(consoleLog(consent)), POLL).toContain('Signed in as Dodo (dodo@wonderland.com)');
    const backend = consent.getByRole('region', { name: 'Backend' });
    await expect.poll(textOf(backend), POLL).toMatch(/Dodo \(dodo@wonderland\.com\).*this page/);
    // The runtime's current user is that person.
    await loadWorkspaceFile(consent, workspace(print(currentEmail)), 'current.json');
    expect(await run(consent)).toBe('Finished.');
    await expect.poll(textOf(consoleLog(consent)), POLL).toContain('dodo@wonderland.com');
    // The tab the sign-in started from agrees.
    await expect.poll(textOf(who(page)), POLL).toMatch(/^Logged in: Dodo \(dodo@wonderland\.com\) · /);
  });

  test('Login with OAuth2 gets its access token from the provider without copying by hand', async () => {
    const { page } = await playground.open();
    const login = {
      type: 'backendless_users_login_with_oauth2_statement',
      inputs: {
        PROVIDER: text('googleplus'),
        ACCESS_TOKEN: text(''),
        GUEST_USER: nothing,
        STAY_LOGGED_IN: { shadow: { type: 'logic_boolean', fields: { BOOL: 'FALSE' } } },
      },
      next: { block: print(currentEmail) },
    };
    await loadWorkspaceFile(page, workspace(login), 'oauth-login.json');
    expect(await run(page)).toBe('Failed.');

    const opened = page.context().waitForEvent('page');
    await consoleLog(page).getByRole('button', { name: 'Get an access token from googleplus' }).click();
    const consent = await opened;
    await allow(consent, 'hatter@wonderland.com', 'Hatter');
    await expect.poll(() => consent.isClosed(), POLL).toBe(true);
    await expect
      .poll(textOf(consoleLog(page)), POLL)
      .toContain('The access token from googleplus is in Login with OAuth2: press Run.');

    expect(await run(page)).toBe('Finished.');
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('hatter@wonderland.com');
    expect(await textOf(consoleLog(page))()).not.toContain('local-googleplus-');
  });
});
