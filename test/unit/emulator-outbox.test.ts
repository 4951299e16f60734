// The outbox and its links over HTTP: every e-mail the user service would send is kept (never sent), listed by the
// admin API with its links, and the links work — a confirmation link confirms, a reset link leads to a safe page
// (escaped, no script, strict CSP, no referrer) that sets a new password — for this machine only.
import { beforeEach, describe, expect, it } from 'vitest';
import { type OutboxMessage } from '../../emulator/index.ts';
import { useInProcessEmulator, type JsonReply } from '../helpers/in-process-emulator.ts';
import { MAX_OUTBOX_MESSAGES } from '../../emulator/limits.ts';

let clockOffset = 0;
const ALICE = { login: 'alice@wonderland.com', password: 'wonderland' };

type Reply = JsonReply;

const call = (method: string, url: string, json?: unknown, headers?: Record<string, string>): Promise<Reply> =>
  emulator.call(method, url, json, headers);

const app = (path: string): string => `/${emulator.appId}/${emulator.apiKey}${path}`;
const outbox = async (): Promise<OutboxMessage[]> =>
  ((await call('GET', '/_emulator/outbox')).body as { messages: OutboxMessage[] }).messages;

/** Posts a form as a browser does from the page itself. */
async function submit(url: string, fields: Record<string, string>, origin?: string): Promise<Reply> {
  const response = await emulator.fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
  const text = await response.text();
  return { status: response.status, body: text, text, headers: response.headers };
}

function expectSafePage(reply: Reply): void {
  expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const csp = reply.headers.get('content-security-policy')!;
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/style-src 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('script-src');
  expect(reply.headers.get('referrer-policy')).toBe('same-origin');
  expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
  expect(reply.headers.get('cache-control')).toBe('no-store');
  expect(reply.text).not.toMatch(/<script/i);
}

// Before the emulator's reset, which reads the clock.
beforeEach(() => {
  clockOffset = 0;
});
const emulator = useInProcessEmulator({ now: () => Date.now() + clockOffset });

describe('e-mail confirmation', () => {
  beforeEach(async () => {
    await call('PATCH', '/_emulator/settings', { emailConfirmationRequired: true });
  });

  it('register puts a confirmation e-mail with its link in the outbox; its page confirms, once', async () => {
    const registered = await call('POST', app('/users/register'), {
      email: 'bill@lizard.com',
      password: 'chimney',
      name: 'Bill <b>the</b> Lizard',
    });
    expect(registered.body).toMatchObject({ userStatus: 'EMAIL_CONFIRMATION_PENDING' });
    expect(
      (await call('POST', app('/users/login'), { login: 'bill@lizard.com', password: 'chimney' })).body,
    ).toMatchObject({
      code: 3087,
    });
    const [mail] = await outbox();
    expect(mail).toMatchObject({
      kind: 'email-confirmation',
      to: 'bill@lizard.com',
      subject: 'Please confirm your email address',
      links: [{ label: 'Confirm email address', url: expect.stringMatching(/\/_emulator\/confirm-email\/[\w-]{32}$/) }],
    });
    expect(mail!.text).toContain(mail!.links[0]!.url);
    expect((await call('GET', `/_emulator/outbox/${mail!.id}`)).body).toEqual(mail);

    // A link checker's HEAD does not use the link up.
    expect((await emulator.fetch(mail!.links[0]!.url, { method: 'HEAD' })).status).toBe(200);
    // Opening the link shows a page (a GET confirms nothing, so an <img> on any page cannot); its form confirms.
    const opened = await call('GET', mail!.links[0]!.url);
    expect(opened.status).toBe(200);
    expectSafePage(opened);
    expect(opened.text).toContain('Confirm that bill@lizard.com is your address');
    const confirmed = await submit(mail!.links[0]!.url, { confirm: 'yes' });
    expect(confirmed.status).toBe(200);
    expectSafePage(confirmed);
    expect(confirmed.text).toContain('bill@lizard.com is confirmed');
    expect((await call('POST', app('/users/login'), { login: 'bill@lizard.com', password: 'chimney' })).status).toBe(
      200,
    );

    const again = await call('GET', mail!.links[0]!.url);
    expect(again.status).toBe(404);
    expectSafePage(again);
  });

  it('a resent confirmation replaces the older link; an expired link does not confirm', async () => {
    await call('POST', app('/users/register'), { email: 'bill@lizard.com', password: 'chimney' });
    expect((await call('POST', app('/users/resendconfirmation/bill@lizard.com'))).status).toBe(200);
    const [first, second] = await outbox();
    expect((await call('GET', first!.links[0]!.url)).status).toBe(404);
    clockOffset = 24 * 60 * 60 * 1000 + 1;
    expect((await call('GET', second!.links[0]!.url)).status).toBe(404);
    const { users } = (await call('GET', '/_emulator/users')).body as {
      users: Array<{ user: Record<string, unknown> }>;
    };
    expect(users.find(({ user }) => user.email === 'bill@lizard.com')!.user.userStatus).toBe(
      'EMAIL_CONFIRMATION_PENDING',
    );
  });
});

describe('password reset by link', () => {
  async function resetLink(): Promise<string> {
    expect((await call('GET', app('/users/restorepassword/alice%40wonderland.com'))).status).toBe(200);
    const [mail] = await outbox();
    expect(mail).toMatchObject({ kind: 'password-reset-link', to: ALICE.login, subject: 'Reset your password' });
    return mail!.links[0]!.url;
  }

  it('leads to a safe page with a form; a good answer sets the password, ends the sessions and closes the link', async () => {
    const session = (await call('POST', app('/users/login'), ALICE)).body as { 'user-token': string };
    const link = await resetLink();
    const page = await call('GET', link);
    expect(page.status).toBe(200);
    expectSafePage(page);
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(page.text).toContain('<form method="post">');
    expect(page.text).toContain('For alice@wonderland.com.');

    const done = await submit(link, { password: 'looking-glass', repeat: 'looking-glass' }, new URL(link).origin);
    expect(done.status).toBe(200);
    expectSafePage(done);
    expect(done.text).toContain('is changed');
    expect((await call('GET', app(`/users/isvalidusertoken/${session['user-token']}`))).body).toBe(false);
    expect((await call('POST', app('/users/login'), ALICE)).body).toMatchObject({ code: 3003 });
    expect((await call('POST', app('/users/login'), { ...ALICE, password: 'looking-glass' })).status).toBe(200);
    expect((await submit(link, { password: 'again', repeat: 'again' })).status).toBe(404);
  });

  it('asks again, keeping the link open, for differing or empty passwords', async () => {
    const link = await resetLink();
    const differ = await submit(link, { password: 'one', repeat: 'two' });
    expect(differ.status).toBe(400);
    expectSafePage(differ);
    expect(differ.text).toContain('The two passwords differ.');
    expect((await submit(link, { password: '', repeat: '' })).status).toBe(400);
    expect((await submit(link, { password: 'three', repeat: 'three' })).status).toBe(200);
  });

  it('escapes whatever a user put in their name', async () => {
    const { users } = (await call('GET', '/_emulator/users')).body as { users: Array<{ user: { objectId: string } }> };
    await call('PATCH', `/_emulator/users/${users[0]!.user.objectId}`, { name: '<img src=x onerror=alert(1)>' });
    const page = await call('GET', await resetLink());
    expect(page.text).not.toContain('<img');
    const mail = (await outbox())[0]!;
    expect(mail.text).toContain('Hello <img src=x onerror=alert(1)>,'); // plain text in the outbox, not HTML
  });

  it('answers an unknown or malformed token with the same 404 page', async () => {
    for (const token of ['nothing', 'a'.repeat(300), '%3Cscript%3E']) {
      const page = await call('GET', `/_emulator/reset-password/${token}`);
      expect(page.status).toBe(404);
      expectSafePage(page);
      expect(page.text).not.toContain('<script>');
    }
  });

  it('a new password by e-mail in generated-password mode: no link, the old password stops working', async () => {
    await call('PATCH', '/_emulator/settings', { passwordResetMode: 'generated-password' });
    await call('GET', app('/users/restorepassword/alice@wonderland.com'));
    const [mail] = await outbox();
    expect(mail).toMatchObject({ kind: 'generated-password', subject: 'Your new password', links: [] });
    const password = mail!.text.split('\n')[3]!;
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{12}$/);
    expect((await call('POST', app('/users/login'), ALICE)).body).toMatchObject({ code: 3003 });
    expect((await call('POST', app('/users/login'), { ...ALICE, password })).status).toBe(200);
  });
});

describe('the pages answer this machine only', () => {
  it('refuse a foreign Host (DNS rebinding) and a foreign page posting the form', async () => {
    await call('GET', app('/users/restorepassword/alice@wonderland.com'));
    const link = (await outbox())[0]!.links[0]!.url;
    const { pathname } = new URL(link);
    const rebound = await emulator.request(pathname, { headers: { host: 'rebind.example:80' } });
    expect(rebound.status).toBe(403);
    const foreign = await submit(link, { password: 'evil', repeat: 'evil' }, 'https://evil.example');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect((await call('POST', app('/users/login'), ALICE)).status).toBe(200);
  });
});

describe('the outbox over the admin API', () => {
  it('deletes one e-mail or all; 8008 for an unknown one; the link keeps working', async () => {
    await call('GET', app('/users/restorepassword/alice@wonderland.com'));
    await call('PATCH', '/_emulator/settings', { emailConfirmationRequired: true });
    await call('POST', app('/users/register'), { email: 'bill@lizard.com', password: 'chimney' });
    const [reset, confirmation] = await outbox();
    expect((await call('DELETE', `/_emulator/outbox/${reset!.id}`)).body).toEqual({ deleted: 1 });
    expect((await outbox()).map((message) => message.id)).toEqual([confirmation!.id]);
    expect((await call('GET', `/_emulator/outbox/${reset!.id}`)).body).toMatchObject({ code: 8008 });
    expect((await call('DELETE', '/_emulator/outbox')).body).toEqual({ deleted: 1 });
    expect(await outbox()).toEqual([]);
    expect((await call('GET', reset!.links[0]!.url)).status).toBe(200);
  });

  it(`keeps at most ${MAX_OUTBOX_MESSAGES} e-mails, dropping the oldest`, async () => {
    const restore = () => call('GET', app('/users/restorepassword/alice@wonderland.com'));
    const first = (await restore(), (await outbox())[0]!);
    for (let batch = 0; batch < MAX_OUTBOX_MESSAGES / 50; batch += 1)
      await Promise.all(Array.from({ length: 50 }, restore));
    const messages = await outbox();
    expect(messages).toHaveLength(MAX_OUTBOX_MESSAGES);
    expect(messages.map((message) => message.id)).not.toContain(first.id);
  });
});
