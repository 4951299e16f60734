// The local OAuth2 provider over HTTP: Get Authorization URL (returned, or redirected to, as Backendless does), the
// consent page (safe HTML, this machine only, its form allowed to reach only where the sign-in goes), its answers
// (signed in with userToken and userId, or access_denied), the implicit grant that hands an app an access token,
// and that token's exchange for a session.
import { beforeEach, describe, expect, it } from 'vitest';
import { useInProcessEmulator, type JsonReply } from '../helpers/in-process-emulator.ts';

let clockOffset = 0;
const APP_PAGE = 'http://localhost:5173/after-login?tab=1';

type Reply = JsonReply;

const call = (method: string, url: string, json?: unknown, headers?: Record<string, string>): Promise<Reply> =>
  emulator.call(method, url, json, headers);

const app = (path: string): string => `/${emulator.appId}/${emulator.apiKey}${path}`;

async function answerForm(url: string, fields: Record<string, string>, origin?: string): Promise<Reply> {
  const response = await emulator.fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
  const text = await response.text();
  return { status: response.status, body: text, text, headers: response.headers };
}

async function requestUrl(body: Record<string, unknown>, provider = 'github'): Promise<string> {
  const reply = await call('POST', app(`/users/oauth/${provider}/request_url`), { redirect: false, ...body });
  expect(reply.status).toBe(200);
  return reply.body as string;
}

// Before the emulator's reset, which reads the clock.
beforeEach(() => {
  clockOffset = 0;
});
const emulator = useInProcessEmulator({ now: () => Date.now() + clockOffset });

describe('POST users/oauth/<provider>/request_url', () => {
  it("answers the consent page's URL with redirect: false, and redirects to it without (Backendless' default)", async () => {
    const url = await requestUrl({ redirectAfterLoginUrl: APP_PAGE });
    expect(url).toMatch(new RegExp(`^${emulator.url}/_emulator/oauth/github/authorize\\?request=[\\w-]{24}$`));
    const redirected = await call('POST', app('/users/oauth/GitHub/request_url'), {});
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toMatch(/\/_emulator\/oauth\/github\/authorize\?request=/);
  });

  it('refuses what it cannot use with 8008: a redirect that is not http(s), a bad mapping, a bad provider code', async () => {
    expect.hasAssertions();
    for (const [provider, body] of [
      ['github', { redirectAfterLoginUrl: 'javascript:alert(1)' }],
      ['github', { redirectAfterLoginUrl: 'http://user:pass@localhost/' }],
      ['github', { redirectAfterLoginUrl: `http://localhost/${'a'.repeat(3000)}` }],
      ['github', { fieldsMapping: { email: 'not a column' } }],
      ['github', { fieldsMapping: 'email' }],
      ['github', { permissions: 'x'.repeat(1001) }],
      ['git%20hub', {}],
    ] as const) {
      const reply = await call('POST', app(`/users/oauth/${provider}/request_url`), { redirect: false, ...body });
      expect(reply.body, JSON.stringify(body)).toMatchObject({ code: 8008 });
    }
  });
});

describe('the consent page', () => {
  it('is a safe page whose form may reach only the page itself and where the sign-in goes', async () => {
    const page = await call('GET', await requestUrl({ redirectAfterLoginUrl: APP_PAGE, permissions: '<b>email</b>' }));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self' http://localhost:5173;");
    expect(csp).not.toContain('script-src');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.text).toContain('Sign in with github');
    expect(page.text).toContain('Scope: &#60;b&#62;email&#60;/b&#62;');
    expect(page.text).not.toMatch(/<script|<b>/);
  });

  it('allowed: signs in (a new account for a new person) and sends the browser back with userToken and userId', async () => {
    const url = await requestUrl({ redirectAfterLoginUrl: APP_PAGE, fieldsMapping: { name: 'displayName' } });
    const reply = await answerForm(url, { email: 'queen@hearts.com', name: 'Queen', decision: 'allow' });
    expect(reply.status).toBe(303);
    const back = new URL(reply.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe('http://localhost:5173/after-login');
    expect(back.searchParams.get('tab')).toBe('1');
    const token = back.searchParams.get('userToken')!;
    const userId = back.searchParams.get('userId')!;
    expect((await call('GET', app(`/users/isvalidusertoken/${token}`))).body).toBe(true);
    const user = (await call('GET', app(`/data/Users/${userId}`), undefined, { 'user-token': token })).body;
    expect(user).toMatchObject({
      email: 'queen@hearts.com',
      name: 'Queen',
      displayName: 'Queen',
      socialAccount: 'github',
      userStatus: 'ENABLED',
    });
    // The sign-in is used up.
    expect((await call('GET', url)).status).toBe(400);
  });

  it('signs an existing account in by its e-mail address, and says so on a page without a redirect', async () => {
    const url = await requestUrl({});
    const reply = await answerForm(url, { email: 'alice@wonderland.com', decision: 'allow' });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('Signed in to the app as alice@wonderland.com.');
    const { sessions } = (await call('GET', '/_emulator/sessions')).body as { sessions: Array<{ email: string }> };
    expect(sessions.map((session) => session.email)).toEqual(['alice@wonderland.com']);
  });

  it('denied: the app hears error=access_denied and nobody is signed in', async () => {
    const url = await requestUrl({ redirectAfterLoginUrl: APP_PAGE });
    const reply = await answerForm(url, { decision: 'deny' });
    expect(reply.status).toBe(303);
    expect(new URL(reply.headers.get('location')!).searchParams.get('error')).toBe('access_denied');
    expect(((await call('GET', '/_emulator/sessions')).body as { sessions: unknown[] }).sessions).toEqual([]);
  });

  it('asks again for an address that is not one, keeping the sign-in open', async () => {
    const url = await requestUrl({ redirectAfterLoginUrl: APP_PAGE });
    const wrong = await answerForm(url, { email: '<not-an-address>', decision: 'allow' });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('3040');
    expect(wrong.text).toContain('value="&#60;not-an-address&#62;"');
    expect((await answerForm(url, { email: 'queen@hearts.com', decision: 'allow' })).status).toBe(303);
  });

  it('a sign-in the app refuses (registration off) keeps the sign-in open: the page can ask again once it is on', async () => {
    const url = await requestUrl({ redirectAfterLoginUrl: APP_PAGE });
    await call('PATCH', '/_emulator/settings', { registrationEnabled: false });
    const refused = await answerForm(url, { email: 'queen@hearts.com', decision: 'allow' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('3009');
    await call('PATCH', '/_emulator/settings', { registrationEnabled: true });
    expect((await answerForm(url, { email: 'queen@hearts.com', decision: 'allow' })).status).toBe(303);
    // Used up now.
    expect((await call('GET', url)).status).toBe(400);
  });

  it('says a sign-in is over after ten minutes, or when it never was', async () => {
    const url = await requestUrl({});
    clockOffset = 10 * 60 * 1000 + 1;
    const expired = await call('GET', url);
    expect(expired.status).toBe(400);
    expect(expired.text).toContain('start it again');
    expect((await call('GET', '/_emulator/oauth/github/authorize?request=nothing')).status).toBe(400);
    expect((await call('GET', '/_emulator/oauth/github/authorize')).status).toBe(400);
  });

  it('answers this machine only: a foreign Host or a foreign page posting it gets 403', async () => {
    const url = await requestUrl({ redirectAfterLoginUrl: APP_PAGE });
    const { pathname, search } = new URL(url);
    expect((await emulator.request(`${pathname}${search}`, { headers: { host: 'rebind.example' } })).status).toBe(403);
    const foreign = await answerForm(url, { email: 'evil@example.com', decision: 'allow' }, 'https://evil.example');
    expect(foreign.status).toBe(403);
    expect(((await call('GET', '/_emulator/sessions')).body as { sessions: unknown[] }).sessions).toEqual([]);
  });
});

describe('the implicit grant and Login with OAuth2', () => {
  const authorize = (query: Record<string, string>) =>
    `${emulator.url}/_emulator/oauth/google/authorize?${new URLSearchParams(query)}`;

  it('hands an app an access token in the fragment, which social/<provider>/login exchanges for a session', async () => {
    const url = authorize({ response_type: 'token', redirect_uri: 'http://localhost:5173/cb', state: 's1' });
    const page = await call('GET', url);
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self' http://localhost:5173;");
    const reply = await answerForm(url, { email: 'knave@hearts.com', name: 'Knave', decision: 'allow' });
    expect(reply.status).toBe(303);
    const next = new URL(reply.headers.get('location')!);
    expect(next.search).toBe('');
    const fragment = new URLSearchParams(next.hash.slice(1));
    expect(fragment.get('token_type')).toBe('Bearer');
    expect(fragment.get('expires_in')).toBe('3600');
    expect(fragment.get('state')).toBe('s1');
    const accessToken = fragment.get('access_token')!;

    const login = await call('POST', app('/users/social/google/login'), { accessToken });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ email: 'knave@hearts.com', socialAccount: 'google' });
    // The provider's token is for google only.
    expect((await call('POST', app('/users/social/facebook/login'), { accessToken })).body).toMatchObject({
      code: 8008,
    });
    // A token is honoured for an hour.
    clockOffset = 60 * 60 * 1000 + 1;
    expect((await call('POST', app('/users/social/google/login'), { accessToken })).body).toMatchObject({ code: 8008 });
  });

  it('denied: error=access_denied in the fragment', async () => {
    const url = authorize({ response_type: 'token', redirect_uri: 'http://localhost:5173/cb' });
    const reply = await answerForm(url, { decision: 'deny' });
    expect(new URLSearchParams(new URL(reply.headers.get('location')!).hash.slice(1)).get('error')).toBe(
      'access_denied',
    );
  });

  it('refuses a request it cannot answer: another response_type, no or a bad redirect_uri', async () => {
    expect.hasAssertions();
    const queries: Array<Record<string, string>> = [
      { response_type: 'code', redirect_uri: 'http://localhost/cb' },
      { response_type: 'token' },
      { response_type: 'token', redirect_uri: 'data:text/html,hi' },
    ];
    for (const query of queries) {
      expect((await call('GET', authorize(query))).status, JSON.stringify(query)).toBe(400);
    }
  });

  it('a social login of a new person while registration is off: 3009; with the account there: a session', async () => {
    const url = authorize({ response_type: 'token', redirect_uri: 'http://localhost:5173/cb' });
    const location = (await answerForm(url, { email: 'alice@wonderland.com', decision: 'allow' })).headers.get(
      'location',
    )!;
    const accessToken = new URLSearchParams(new URL(location).hash.slice(1)).get('access_token')!;
    const fresh = authorize({ response_type: 'token', redirect_uri: 'http://localhost:5173/cb' });
    const freshLocation = (await answerForm(fresh, { email: 'new@person.com', decision: 'allow' })).headers.get(
      'location',
    )!;
    const newcomer = new URLSearchParams(new URL(freshLocation).hash.slice(1)).get('access_token')!;
    await call('PATCH', '/_emulator/settings', { registrationEnabled: false });
    const refused = await call('POST', app('/users/social/google/login'), { accessToken: newcomer });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 3009 });
    expect((await call('POST', app('/users/social/google/login'), { accessToken })).body).toMatchObject({
      email: 'alice@wonderland.com',
      socialAccount: 'BACKENDLESS',
    });
  });
});
