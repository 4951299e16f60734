// Guest login, register and update, restoring a password and the e-mail calls, through our runtime and the official
// SDK (v8) side by side against one stub (test/helpers/both-clients.ts): the cases of the SDK's own mocked-server unit
// tests (test/unit/specs/users/*). The same requests must arrive from both and the same result must come back.
import { describe, expect, it, vi } from 'vitest';
import { User } from '../../runtime/index.ts';
import { BOB, SAVED_BOB, TOKEN, both, type Client, useCallsStub } from '../helpers/both-clients.ts';

useCallsStub();

describe('guest, register and update', () => {
  it.each([true, false, undefined])('loginAsGuest(%s): POST users/register/guest, no body', async (stay) => {
    const guest = { ...SAVED_BOB, userStatus: 'GUEST', email: undefined, 'user-token': TOKEN };
    const [sdk, ours] = await both((users) => users.loginAsGuest!(stay), { json: guest });
    expect(ours.request).toEqual({
      method: 'POST',
      path: 'users/register/guest',
      rawPath: 'users/register/guest',
      token: undefined,
      contentType: undefined,
      body: undefined,
    });
    expect(ours.result).toBeInstanceOf(User);
    expect(sdk.result).toBeInstanceOf(sdk.client.User);
    expect(ours.client.users.getCurrentUserToken()).toBe(TOKEN);
  });

  it('register posts the user (a plain object or a User) with the client locale and resolves a User', async () => {
    for (const make of [(_client: Client) => ({ ...BOB }), (client: Client) => new client.User({ ...BOB })]) {
      const [, ours] = await both((users, client) => users.register!(make(client)), { json: SAVED_BOB });
      expect(ours.request).toMatchObject({ method: 'POST', path: 'users/register', contentType: 'application/json' });
      expect(ours.request!.body).toMatchObject({ ...BOB, blUserLocale: expect.any(String) });
      expect(ours.result).toBeInstanceOf(User);
    }
  });

  it('register with the logged-in guest’s objectId sends it with the guest’s token (guest → member)', async () => {
    const [, ours] = await both(
      (users) => users.register!({ ...BOB, objectId: 'GUEST-ID' }),
      { json: { ...SAVED_BOB, objectId: 'GUEST-ID', userStatus: 'ENABLED' } },
      true,
    );
    expect(ours.request).toMatchObject({ token: TOKEN, body: { ...BOB, objectId: 'GUEST-ID' } });
  });

  it('register: an empty 200 resolves, with the SDK’s empty answer', async () => {
    const [sdk, ours] = await both((users) => users.register!({ ...BOB }), {});
    expect(ours.result).toBe(sdk.result);
  });

  it.each([
    ['a navigator.languages list', { languages: ['l1-X'], language: 'l3' }, 'l1'],
    ['userLanguage', { languages: [], userLanguage: 'l2-X', language: 'l3' }, 'l2'],
    ['language', { language: 'L3-X' }, 'l3'],
    ['browserLanguage', { browserLanguage: 'l4-X' }, 'l4'],
    ['systemLanguage', { systemLanguage: 'l5-X' }, 'l5'],
    ['nothing', {}, undefined],
  ])('register takes blUserLocale from %s, as the SDK does', async (_source, navigator, locale) => {
    vi.stubGlobal('navigator', navigator);
    try {
      const [, ours] = await both((users) => users.register!({ ...BOB }), { json: SAVED_BOB });
      expect((ours.request!.body as Record<string, unknown>).blUserLocale).toBe(locale);
      const [, kept] = await both((users) => users.register!({ ...BOB, blUserLocale: 'mine' }), { json: SAVED_BOB });
      expect((kept.request!.body as Record<string, unknown>).blUserLocale).toBe('mine');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('update(user): PUT users/<objectId> with the user, resolves a User; the current user is not replaced', async () => {
    const [, ours] = await both(
      (users) => users.update!({ objectId: 'BOB-ID', name: 'Bob M.' }),
      { json: { ...SAVED_BOB, name: 'Bob M.' } },
      true,
    );
    expect(ours.request).toMatchObject({
      method: 'PUT',
      path: 'users/BOB-ID',
      token: TOKEN,
      contentType: 'application/json',
      body: { objectId: 'BOB-ID', name: 'Bob M.' },
    });
    expect(ours.result).toBeInstanceOf(User);
    expect(ours.result).toMatchObject({ name: 'Bob M.' });
    expect(await ours.client.users.getCurrentUser!()).toMatchObject({ name: 'Bob Miller' });
  });

  it('update of nothing fails as the SDK’s does, before sending', async () => {
    const [, ours] = await both((users) => users.update!(undefined));
    expect(ours.error).toBeInstanceOf(TypeError);
    expect(ours.requests).toEqual([]);
  });
});

describe('password and e-mail', () => {
  it('restorePassword escapes the identity as the SDK does and resolves the answer', async () => {
    for (const identity of ['foo@bar.com', '@__test', ':__test', '/__test', '#__test', '?__test', '=__test', '+__t']) {
      const [, ours] = await both((users) => users.restorePassword!(identity), {});
      expect(ours.request).toMatchObject({ method: 'GET', path: `users/restorepassword/${identity}`, body: undefined });
      expect(ours.request!.rawPath).toBe(`users/restorepassword/${encodeURIComponent(identity)}`);
    }
  });

  it.each(['foo@bar.com', 'username', 123456, 0])(
    'resendEmailConfirmation(%j) and createEmailConfirmationURL(%j): POST, no body',
    async (identity) => {
      const [, resend] = await both((users) => users.resendEmailConfirmation!(identity), {});
      expect(resend.request).toMatchObject({ method: 'POST', path: `users/resendconfirmation/${identity}` });
      expect([resend.request!.body, resend.request!.contentType, resend.result]).toEqual([undefined, undefined, '']);
      const confirmationURL = 'https://example.com/confirm/X';
      const [, create] = await both((users) => users.createEmailConfirmationURL!(identity), {
        json: { confirmationURL },
      });
      expect(create.request).toMatchObject({ method: 'POST', path: `users/createEmailConfirmationURL/${identity}` });
      expect(create.result).toEqual({ confirmationURL });
    },
  );

  it('verifyPassword posts {password} to verifypassowrd with the token and resolves a boolean', async () => {
    for (const valid of [true, false]) {
      const [, ours] = await both((users) => users.verifyPassword!('pw'), { json: { valid } }, true);
      expect(ours.request).toMatchObject({
        method: 'POST',
        path: 'users/verifypassowrd',
        token: TOKEN,
        contentType: 'application/json',
        body: { password: 'pw' },
      });
      expect(ours.result).toBe(valid);
    }
  });

  it('verifyPassword refused by the server (3122 for a client key) rejects with its code', async () => {
    const json = { code: 3122, message: 'Password verification allowed only from CloudCode' };
    const [, ours] = await both((users) => users.verifyPassword!('pw'), { status: 400, json }, true);
    expect(ours.error).toMatchObject(json);
  });
});
