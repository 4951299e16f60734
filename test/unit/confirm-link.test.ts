// Opening a confirmation link shows a page; only that page's form (a POST, under the same checks
// as the reset form's) confirms the address — so an <img> or any other GET a foreign page makes confirms nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { inProcessEmulator, type InProcessEmulator } from '../helpers/in-process-emulator.ts';

let emulator: InProcessEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function pendingUserWithLink(): Promise<{ e: InProcessEmulator; link: string }> {
  const e = (emulator = await inProcessEmulator({ users: [], emailConfirmationRequired: true }));
  const base = `/${e.appId}/${e.apiKey}`;
  const json = { 'content-type': 'application/json' };
  await e.request(`${base}/users/register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: 'pending@corp.test', password: 'secret' }),
  });
  const created = await e.request(`${base}/users/createEmailConfirmationURL/pending@corp.test`, { method: 'POST' });
  const { confirmationURL } = created.body as { confirmationURL: string };
  return { e, link: new URL(confirmationURL).pathname };
}

const statusOf = (e: InProcessEmulator) =>
  e.app.admin.listUsers().find((view) => view.user.email === 'pending@corp.test')?.user.userStatus;

describe('a confirmation link', () => {
  it('loaded as an image by a foreign page (a GET without Origin) confirms nothing', async () => {
    const { e, link } = await pendingUserWithLink();
    const loaded = await e.request(link, { headers: { 'sec-fetch-dest': 'image', 'sec-fetch-site': 'cross-site' } });
    expect(loaded.status).toBe(200);
    expect(statusOf(e)).toBe('EMAIL_CONFIRMATION_PENDING');
  });

  it('shows a page whose form confirms the address, once', async () => {
    const { e, link } = await pendingUserWithLink();
    const page = await e.request(link);
    expect(page.status).toBe(200);
    expect(page.text).toContain('pending@corp.test');
    expect(page.text).toMatch(/<form method="post">/);
    expect(page.text).toMatch(/<button type="submit"[^>]*>Confirm/);
    expect(statusOf(e)).toBe('EMAIL_CONFIRMATION_PENDING');

    const confirmed = await e.request(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: e.url },
      body: 'confirm=yes',
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.text).toContain('is confirmed');
    expect(statusOf(e)).toBe('ENABLED');
    expect((await e.request(link, { method: 'POST', headers: { origin: e.url } })).status).toBe(404);
    expect((await e.request(link)).status).toBe(404);
  });

  it('a foreign page cannot post the form', async () => {
    const { e, link } = await pendingUserWithLink();
    const posted = await e.request(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.test' },
      body: 'confirm=yes',
    });
    expect(posted.status).toBe(403);
    expect(statusOf(e)).toBe('EMAIL_CONFIRMATION_PENDING');
  });

  it('a HEAD still says whether a link works, and uses nothing up', async () => {
    const { e, link } = await pendingUserWithLink();
    expect((await e.request(link, { method: 'HEAD' })).status).toBe(200);
    expect((await e.request(`${link}x`, { method: 'HEAD' })).status).toBe(404);
    expect(statusOf(e)).toBe('EMAIL_CONFIRMATION_PENDING');
  });
});
