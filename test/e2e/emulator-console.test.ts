// The emulator console as `codeless emulator` serves it (/_emulator/console/), driven in Chromium by roles and
// accessible names against a real emulator. Each action is checked where it counts: through the app's REST API
// (a new user logs in, a disabled one gets 3090, an ended token 3064, registration off 3009) or the admin API.
import { writeFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, useConsole } from './console-harness.ts';

const harness = useConsole({ maxFailedLogins: 3 });
const scratch = join(tmpdir(), `codeless-console-e2e-${process.pid}`);

beforeAll(async () => {
  await mkdir(scratch, { recursive: true });
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const status = (page: Page) => page.getByRole('status');
const usersTable = (page: Page) => page.getByRole('table', { name: /^Users/ });
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const confirmWith = (page: Page, action: string) =>
  page.getByRole('dialog', { name: 'Are you sure?' }).getByRole('button', { name: action, exact: true }).click();
const userByEmail = async (email: string) => (await harness.users()).find((view) => view.user.email === email);

describe('Users', () => {
  it('lists, adds (the new user logs in), edits, disables (3090), enables and deletes a user', async () => {
    const { page } = await harness.open();
    await usersTable(page).getByRole('cell', { name: 'alice@wonderland.com', exact: true }).waitFor();

    await button(page, 'Add user').click();
    const add = page.getByRole('dialog', { name: 'Add a user' });
    await add.getByLabel('Email').fill('bob@example.com');
    await add.getByLabel('Name').fill('Bob');
    await add.getByLabel('Password', { exact: true }).fill('builder-1');
    await add.getByRole('button', { name: 'Add user' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Added bob@example.com.');
    await usersTable(page).getByRole('cell', { name: 'bob@example.com', exact: true }).waitFor();
    expect((await harness.login('bob@example.com', 'builder-1')).status).toBe(200);

    await button(page, 'Edit bob@example.com').click();
    const edit = page.getByRole('dialog', { name: 'Edit bob@example.com' });
    await edit.getByLabel('Name').fill('Robert');
    await edit.getByLabel('Other properties (JSON object)').fill('{"age": 30');
    await edit.getByRole('button', { name: 'Save user' }).click();
    await expect.poll(() => edit.getByRole('alert').textContent()).toMatch(/^Other properties: not JSON/);
    await edit.getByLabel('Other properties (JSON object)').fill('{"age": 30}');
    await edit.getByLabel('New password').fill('builder-2');
    await edit.getByRole('button', { name: 'Save user' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Saved bob@example.com.');
    expect((await userByEmail('bob@example.com'))?.user).toMatchObject({ name: 'Robert', age: 30 });
    expect((await harness.login('bob@example.com', 'builder-2')).status).toBe(200);

    await button(page, 'Disable bob@example.com').click();
    await button(page, 'Enable bob@example.com').waitFor();
    expect((await harness.login('bob@example.com', 'builder-2')).body.code).toBe(3090);
    await button(page, 'Enable bob@example.com').click();
    await button(page, 'Disable bob@example.com').waitFor();
    expect((await harness.login('bob@example.com', 'builder-2')).status).toBe(200);

    await button(page, 'Delete bob@example.com').click();
    await confirmWith(page, 'Delete user');
    await expect.poll(() => status(page).textContent()).toBe('Deleted bob@example.com.');
    await expect
      .poll(() => usersTable(page).getByRole('cell', { name: 'bob@example.com', exact: true }).count())
      .toBe(0);
    expect(await userByEmail('bob@example.com')).toBeUndefined();
  });

  it('finds users by search, and Cancel in the confirmation deletes nothing', async () => {
    await harness.admin('POST', '/users', { email: 'carol@example.com', password: 'carol-pass', name: 'Carol' });
    const { page } = await harness.open();
    await page.getByLabel('Search users').fill('carol');
    await usersTable(page).getByRole('cell', { name: 'carol@example.com', exact: true }).waitFor();
    expect(await usersTable(page).getByRole('cell', { name: 'alice@wonderland.com', exact: true }).count()).toBe(0);
    await button(page, 'Delete carol@example.com').click();
    await page.getByRole('dialog', { name: 'Are you sure?' }).getByRole('button', { name: 'Cancel' }).click();
    expect(await userByEmail('carol@example.com')).toBeDefined();
  });

  it('unlocks an identity locked out after failed logins: the right password works again', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) await harness.login('alice@wonderland.com', 'wrong');
    expect((await harness.login('alice@wonderland.com', 'wonderland')).body.code).toBe(3036);
    const { page } = await harness.open();
    await usersTable(page)
      .getByText(/locked until/)
      .waitFor();
    await button(page, 'Unlock alice@wonderland.com').click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Unlocked alice@wonderland.com/);
    await expect
      .poll(() =>
        usersTable(page)
          .getByText(/locked until/)
          .count(),
      )
      .toBe(0);
    expect((await harness.login('alice@wonderland.com', 'wonderland')).status).toBe(200);
  });
});

describe('Sessions and roles', () => {
  it('lists a live session with its token masked and ends it: the token then answers 3064', async () => {
    const { body } = await harness.login('alice@wonderland.com', 'wonderland');
    const token = body['user-token'] as string;
    const { page } = await harness.open();
    await tab(page, 'Sessions').click();
    const masked = `${token.slice(0, 4)}…${token.slice(-4)}`;
    const sessions = page.getByRole('table', { name: /^Live sessions/ });
    await sessions.getByText(masked).waitFor();
    expect(await sessions.textContent()).not.toContain(token);
    await button(page, `End session ${masked} of alice@wonderland.com`).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Ended the session/);
    const after = await harness.rest(`/data/Users/${String(body.objectId)}`, { headers: { 'user-token': token } });
    expect(after.body.code).toBe(3064);

    await harness.login('alice@wonderland.com', 'wonderland');
    await button(page, 'Refresh').click();
    await button(page, 'End all sessions').click();
    await confirmWith(page, 'End all sessions');
    await expect.poll(() => status(page).textContent()).toBe('Ended 1 session.');
    await eventually(async () => (await harness.admin<{ sessions: unknown[] }>('GET', '/sessions')).sessions.length, 0);
  });

  it('shows the system roles, adds a custom role and assigns it to a user', async () => {
    const { page } = await harness.open();
    await tab(page, 'Roles').click();
    const roles = page.getByRole('table', { name: /^Roles/ });
    await roles.getByRole('cell', { name: 'AuthenticatedUser', exact: true }).waitFor();
    await page.getByLabel('New role').fill('Editors');
    await button(page, 'Add role').click();
    await roles.getByRole('cell', { name: 'Editors', exact: true }).waitFor();
    await page.getByLabel('Role', { exact: true }).selectOption('Editors');
    await page.getByLabel('User', { exact: true }).selectOption({ label: 'alice@wonderland.com' });
    await button(page, 'Assign role').click();
    await button(page, 'Unassign Editors from alice@wonderland.com').waitFor();
    expect((await userByEmail('alice@wonderland.com'))?.roles).toEqual(['Editors']);
  });
});

describe('Outbox and settings', () => {
  it('shows the password-reset e-mail; its link opens the emulator page that sets a new password', async () => {
    expect((await harness.rest('/users/restorepassword/alice@wonderland.com')).status).toBe(200);
    const { page } = await harness.open();
    await tab(page, 'Outbox').click();
    const mail = page.getByRole('article').filter({ hasText: 'alice@wonderland.com' });
    const opened = page.context().waitForEvent('page');
    await mail.getByRole('link', { name: 'Set a new password' }).click();
    const resetPage = await opened;
    await resetPage.getByLabel('New password', { exact: true }).fill('looking-glass');
    await resetPage.getByLabel('Repeat the new password').fill('looking-glass');
    await resetPage.getByRole('button', { name: 'Set password' }).click();
    await resetPage.getByRole('heading', { name: 'Password changed' }).waitFor();
    expect((await harness.login('alice@wonderland.com', 'looking-glass')).status).toBe(200);
  });

  it('saves a setting (registration off: register answers 3009) and refuses a bad value, changing nothing', async () => {
    const { page } = await harness.open();
    await tab(page, 'Settings').click();
    const form = page.getByRole('form', { name: 'Registration and login settings' });
    await form.getByLabel('Lockout (seconds)').fill('-5');
    await button(page, 'Save settings').click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^Lockout \(seconds\): a whole number/);
    expect((await harness.admin('GET', '/settings')).lockoutMs).toBe(15 * 60_000);

    await form.getByLabel('Lockout (seconds)').fill('60');
    await form.getByRole('checkbox', { name: /Registration enabled/ }).uncheck();
    await button(page, 'Save settings').click();
    await expect.poll(() => status(page).textContent()).toBe('Settings saved.');
    expect(await harness.admin('GET', '/settings')).toMatchObject({ registrationEnabled: false, lockoutMs: 60_000 });
    const register = await harness.rest('/users/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'dave@example.com', password: 'dave-pass' }),
    });
    expect(register.body.code).toBe(3009);
  });
});

describe('on a phone (390 × 844)', () => {
  it('every tab fits the width: nothing is cut off or scrolls sideways', async () => {
    expect.hasAssertions();
    await harness.login('alice@wonderland.com', 'wonderland');
    await harness.rest('/users/restorepassword/alice@wonderland.com');
    const { page } = await harness.open(undefined, { width: 390, height: 844 });
    await usersTable(page).getByText('alice@wonderland.com').first().waitFor();
    for (const name of ['Users', 'Sessions', 'Roles', 'Outbox', 'Server logic', 'Settings', 'Data']) {
      await tab(page, name).click();
      await expect.poll(() => tab(page, name).getAttribute('aria-selected')).toBe('true');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
  });
});

describe('Data', () => {
  it('exports a file, resets, and imports the file: the users are back', async () => {
    await harness.admin('POST', '/users', { email: 'erin@example.com', password: 'erin-pass' });
    const { page } = await harness.open();
    await tab(page, 'Data').click();
    const download = page.waitForEvent('download');
    await button(page, 'Export data').click();
    const file = join(scratch, 'export.json');
    await (await download).saveAs(file);

    await button(page, 'Reset emulator').click();
    await confirmWith(page, 'Reset emulator');
    await expect.poll(() => status(page).textContent()).toMatch(/^Reset: 1 seed user/);
    expect(await userByEmail('erin@example.com')).toBeUndefined();

    await page.getByLabel('Data file').setInputFiles(file);
    await button(page, 'Import data').click();
    await confirmWith(page, 'Import data');
    await expect.poll(() => status(page).textContent()).toMatch(/^Imported export\.json: 2 users/);
    expect(await userByEmail('erin@example.com')).toBeDefined();
    expect((await harness.login('erin@example.com', 'erin-pass')).status).toBe(200);
  });

  it('refuses a malformed file and a file the emulator rejects with a clear error, changing nothing', async () => {
    await harness.admin('POST', '/users', { email: 'frank@example.com', password: 'frank-pass' });
    const before = await harness.admin('GET', '/export');
    const { page, allow } = await harness.open();
    // The emulator's 400 to the rejected document is logged by Chromium as a failed resource.
    allow(/the server responded with a status of 400/);
    await tab(page, 'Data').click();
    const form = page.getByRole('form', { name: 'Import data' });

    const broken = join(scratch, 'broken.json');
    await writeFile(broken, '{"format": "codeless-emulator", "users": [');
    await page.getByLabel('Data file').setInputFiles(broken);
    await button(page, 'Import data').click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toMatch(/^broken\.json is not JSON .*nothing was changed/);

    const wrong = join(scratch, 'wrong.json');
    await writeFile(wrong, JSON.stringify({ format: 'something-else', users: [{ email: 1 }] }));
    await page.getByLabel('Data file').setInputFiles(wrong);
    await button(page, 'Import data').click();
    await confirmWith(page, 'Import data');
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toMatch(/^wrong\.json was refused, nothing was changed: 8008/);
    expect(await harness.admin('GET', '/export')).toEqual(before);
  });
});
