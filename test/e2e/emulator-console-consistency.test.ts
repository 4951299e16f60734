// The emulator console says one thing at a time, and the same thing everywhere: a status line belongs to its tab
// and its last action; what one door refuses no other door lets in; a role added twice or a role held already is
// said to be so; a disabled user's sessions count as ended; an e-mailed link that no longer works does not look like
// one; a guest is "Guest" in every tab.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConsole } from './console-harness.ts';

const harness = useConsole();
const scratch = join(tmpdir(), `codeless-console-consistency-${process.pid}`);

beforeAll(async () => {
  await mkdir(scratch, { recursive: true });
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const status = (page: Page) => page.getByRole('status');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const usersTable = (page: Page) => page.getByRole('table', { name: /^Users/ });
/** Every status line a person can see, as text (hidden tabs' lines are not seen). */
const visibleStatuses = (page: Page) => status(page).allTextContents();

describe('a status line belongs to its tab and its last action', () => {
  it('"Settings saved." shows on Settings only, is gone on coming back, and gives way to a form error', async () => {
    const { page } = await harness.open();
    await tab(page, 'Settings').click();
    await button(page, 'Save settings').click();
    await expect.poll(() => visibleStatuses(page)).toEqual(['Settings saved.']);

    for (const name of ['Outbox', 'Users']) {
      await tab(page, name).click();
      await expect.poll(() => tab(page, name).getAttribute('aria-selected')).toBe('true');
      expect((await visibleStatuses(page)).join(' '), name).not.toContain('Settings saved.');
    }
    await tab(page, 'Settings').click();
    await expect.poll(() => tab(page, 'Settings').getAttribute('aria-selected')).toBe('true');
    expect((await visibleStatuses(page)).join(' ')).not.toContain('Settings saved.');

    await button(page, 'Save settings').click();
    await expect.poll(() => visibleStatuses(page)).toEqual(['Settings saved.']);
    const form = page.getByRole('form', { name: 'Registration and login settings' });
    await form.getByLabel('Session timeout (seconds)').fill('-5');
    await button(page, 'Save settings').click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/a whole number, 0 or more/);
    expect((await visibleStatuses(page)).join(' ')).not.toContain('Settings saved.');
  });
});

describe('one answer for one thing', () => {
  it('an import holding an e-mail address that the edit form refuses is refused whole', async () => {
    const exported = await harness.admin<{ users: Record<string, unknown>[] }>('GET', '/export');
    exported.users[0]!.email = '<script>x';
    const file = join(scratch, 'script-email.json');
    await writeFile(file, JSON.stringify(exported));
    const { page, allow } = await harness.open();
    allow(/the server responded with a status of 400/);
    await tab(page, 'Data').click();
    await page.getByLabel('Data file').setInputFiles(file);
    await button(page, 'Import data').click();
    await page.getByRole('dialog', { name: 'Are you sure?' }).getByRole('button', { name: 'Import data' }).click();
    const form = page.getByRole('form', { name: 'Import data' });
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^script-email\.json was refused.*email/);
    expect((await harness.users()).map((view) => view.user.email)).not.toContain('<script>x');
  });

  it('adding a role that exists says so, and so does assigning a role the user holds', async () => {
    const { page } = await harness.open();
    await tab(page, 'Roles').click();
    const roles = page.getByRole('table', { name: /^Roles/ });
    await page.getByLabel('New role').fill('Reader');
    await button(page, 'Add role').click();
    await roles.getByRole('cell', { name: 'Reader', exact: true }).waitFor();
    await expect.poll(() => visibleStatuses(page)).toEqual(['Added the role Reader.']);
    await page.getByLabel('New role').fill('Reader');
    await button(page, 'Add role').click();
    await expect.poll(() => visibleStatuses(page)).toEqual(['The role Reader exists already.']);

    await page.getByLabel('User', { exact: true }).selectOption({ label: 'alice@wonderland.com' });
    await button(page, 'Assign role').click();
    await expect.poll(() => visibleStatuses(page)).toEqual(['Assigned Reader to alice@wonderland.com.']);
    await button(page, 'Assign role').click();
    await expect.poll(() => visibleStatuses(page)).toEqual(['alice@wonderland.com holds Reader already.']);
  });

  it('a role name is checked by the emulator’s one rule: 64 characters pass, 65 are refused before sending', async () => {
    const { page } = await harness.open();
    await tab(page, 'Roles').click();
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/_emulator/roles')) posted.push(request.url());
    });
    await page.getByLabel('New role').fill(`R${'x'.repeat(64)}`);
    await button(page, 'Add role').click();
    await expect.poll(() => visibleStatuses(page)).toEqual([expect.stringMatching(/^New role: .*at most 64/)]);
    expect(posted).toEqual([]);
    await page.getByLabel('New role').fill(`R${'x'.repeat(63)}`);
    await button(page, 'Add role').click();
    await expect.poll(() => visibleStatuses(page)).toEqual([`Added the role R${'x'.repeat(63)}.`]);
  });

  it('right after Disable the user has no live session: the row and the Sessions tab agree', async () => {
    expect((await harness.login('alice@wonderland.com', 'wonderland')).status).toBe(200);
    const { page } = await harness.open();
    const row = usersTable(page).getByRole('row').filter({ hasText: 'alice@wonderland.com' });
    await expect.poll(() => row.getByRole('cell').nth(4).textContent()).toBe('1');
    await button(page, 'Disable alice@wonderland.com').click();
    await button(page, 'Enable alice@wonderland.com').waitFor();
    expect(await row.getByRole('cell').nth(4).textContent()).toBe('0');
    await tab(page, 'Sessions').click();
    await page.getByRole('table', { name: 'Live sessions (0)' }).waitFor();
  });
});

describe('the outbox', () => {
  it('a used reset link and a used confirmation link no longer look clickable, and say why', async () => {
    await harness.admin('PATCH', '/settings', { emailConfirmationRequired: true });
    await harness.rest('/users/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'gwen@example.com', password: 'gwen-pass' }),
    });
    expect((await harness.rest('/users/restorepassword/alice@wonderland.com')).status).toBe(200);
    const { page } = await harness.open();
    await tab(page, 'Outbox').click();
    const reset = page.getByRole('article').filter({ hasText: 'alice@wonderland.com' });
    const confirmation = page.getByRole('article').filter({ hasText: 'gwen@example.com' });
    await reset.getByRole('link', { name: 'Set a new password' }).waitFor();
    await confirmation.getByRole('link').first().waitFor();

    const resetLink = await reset.getByRole('link', { name: 'Set a new password' }).getAttribute('href');
    const resetPage = await page.context().newPage();
    await resetPage.goto(resetLink!);
    await resetPage.getByLabel('New password', { exact: true }).fill('looking-glass');
    await resetPage.getByLabel('Repeat the new password').fill('looking-glass');
    await resetPage.getByRole('button', { name: 'Set password' }).click();
    await resetPage.getByRole('heading', { name: 'Password changed' }).waitFor();
    const confirmLink = await confirmation.getByRole('link').first().getAttribute('href');
    await resetPage.goto(confirmLink!);
    await resetPage.getByRole('button').first().click();
    await expect
      .poll(async () => (await harness.users()).find((v) => v.user.email === 'gwen@example.com')?.user.userStatus)
      .toBe('ENABLED');

    await button(page, 'Refresh').click();
    await expect.poll(() => reset.getByRole('link').count()).toBe(0);
    await expect.poll(() => confirmation.getByRole('link').count()).toBe(0);
    expect(await reset.textContent()).toMatch(/used/);
    expect(await confirmation.textContent()).toMatch(/used/);
  });
});

describe('a guest', () => {
  it('is "Guest" in Users and in Sessions', async () => {
    expect((await harness.rest('/users/register/guest', { method: 'POST' })).status).toBe(200);
    const { page } = await harness.open();
    const guestRow = usersTable(page).getByRole('row').filter({ hasNotText: 'alice@wonderland.com' }).nth(1);
    await expect.poll(() => guestRow.getByRole('cell').first().textContent()).toBe('Guest');
    expect(await guestRow.textContent()).not.toContain('GUEST');
    await tab(page, 'Sessions').click();
    const sessions = page.getByRole('table', { name: /^Live sessions/ });
    await expect.poll(() => sessions.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('Guest');
  });
});
