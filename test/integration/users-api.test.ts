// The whole Users API against the emulator, as a table of cases run with every client in `usersApiClients` (the
// official SDK, and any client of ours added there): each case is written against the SDK's API only —
// `app.UserService.xxx(…)`, `new app.User(…)` — and checks what Backendless answers: results, codes and statuses.
// Settings, the outbox and the consent page are reached over the emulator's admin API and pages, as a person would.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startEmulator, type Emulator, type OutboxMessage } from '../../emulator/index.ts';
import { rejection } from '../helpers/rejection.ts';
import { usersApiClients, type ClientApp, type UsersApiClient } from '../helpers/users-api-clients.ts';

const ALICE = { email: 'alice@wonderland.com', password: 'wonderland' };
const HATTER = { email: 'hatter@wonderland.com', password: 'tea-party' };
/** A page of the app's own, where a sign-in comes back to (never fetched). */
const APP_PAGE = 'http://localhost:5173/signed-in';

let emulator: Emulator;
let clockOffset = 0;

beforeAll(async () => {
  emulator = await startEmulator({
    now: () => Date.now() + clockOffset,
    roles: ['Admin', 'Editor'],
    users: [
      { ...ALICE, name: 'Alice', roles: ['Admin'] },
      { ...HATTER, name: 'Hatter', roles: ['Admin', 'Editor'] },
      { email: 'dormouse@wonderland.com', password: 'sleepy', name: 'Dormouse' },
    ],
  });
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(async () => {
  clockOffset = 0;
  await admin('POST', '/reset');
});

/** An admin API call; its JSON answer. */
async function admin(method: string, path: string, json?: unknown): Promise<unknown> {
  const response = await fetch(`${emulator.url}/_emulator${path}`, {
    method,
    headers: json === undefined ? {} : { 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`admin ${method} ${path}: ${response.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

const settings = (changes: Record<string, unknown>) => admin('PATCH', '/settings', changes);
const outbox = async (): Promise<OutboxMessage[]> =>
  ((await admin('GET', '/outbox')) as { messages: OutboxMessage[] }).messages;

/** Answers the local provider's consent page at `url` as a person would; the URL the browser is sent to next. */
async function consent(url: string, person: { email: string; name?: string }, decision = 'allow'): Promise<string> {
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<form method="post">');
  const answer = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...person, decision }).toString(),
  });
  expect(answer.status).toBe(303);
  return answer.headers.get('location')!;
}

/** An access token of the local provider for a person, as a provider's SDK gets one in a browser (implicit grant). */
async function providerToken(provider: string, person: { email: string; name?: string }): Promise<string> {
  const query = new URLSearchParams({ response_type: 'token', redirect_uri: APP_PAGE, state: 'xyz' });
  const next = new URL(await consent(`${emulator.url}/_emulator/oauth/${provider}/authorize?${query}`, person));
  const fragment = new URLSearchParams(next.hash.slice(1));
  expect(fragment.get('state')).toBe('xyz');
  return fragment.get('access_token')!;
}

/** What a case gets: its client's app instances (client key, server key) and the emulator. */
interface Context {
  client: UsersApiClient;
  /** A new app instance with the client key (what pages and blocks use). */
  app(): ClientApp;
  /** A new app instance with the server key (what CloudCode uses). */
  server(): ClientApp;
}

/** Awaits a rejection with a Backendless code (and HTTP status). */
async function expectCode(promise: Promise<unknown>, code: number, status = 400): Promise<Error> {
  const error = await rejection<Error & { code?: number; status?: number }>(promise);
  expect({ code: error.code, status: error.status }, error.message).toEqual({ code, status });
  return error;
}

async function aliceId(): Promise<string> {
  const { users } = (await admin('GET', '/users')) as { users: Array<{ user: { objectId: string; email: string } }> };
  return users.find(({ user }) => user.email === ALICE.email)!.user.objectId;
}

type Case = [name: string, run: (context: Context) => Promise<void>];

const cases: Case[] = [
  // ---- Login as Guest --------------------------------------------------------------------------------------
  [
    'loginAsGuest: a GUEST user with a token, the current user',
    async ({ app }) => {
      const client = app();
      const guest = await client.UserService.loginAsGuest();
      expect(guest).toBeInstanceOf(client.User);
      expect(guest).toMatchObject({ ___class: 'Users', userStatus: 'GUEST', email: null });
      expect(guest.objectId).toMatch(/^[0-9A-F-]{36}$/);
      expect(typeof guest['user-token']).toBe('string');
      expect(client.UserService.getCurrentUserToken()).toBe(guest['user-token']);
      expect(await client.UserService.isValidLogin()).toBe(true);
    },
  ],
  [
    'loginAsGuest(true) stays logged in; getUserRoles gives a guest NotAuthenticatedUser',
    async ({ app }) => {
      const client = app();
      const guest = await client.UserService.loginAsGuest(true);
      expect(client.UserService.loggedInUser()).toBe(guest.objectId);
      expect(await client.UserService.getUserRoles()).toEqual(['NotAuthenticatedUser']);
    },
  ],

  // ---- Register (a guest becomes a member) ----------------------------------------------------------------
  [
    "register with the guest's objectId converts that account, which then logs in with its password",
    async ({ app }) => {
      const client = app();
      const guest = await client.UserService.loginAsGuest();
      const member = await client.UserService.register({ ...guest, email: 'march@hare.com', password: 'tea-time' });
      expect(member).toMatchObject({ objectId: guest.objectId, email: 'march@hare.com', userStatus: 'ENABLED' });
      expect(member).not.toHaveProperty('password');
      const loggedIn = await app().UserService.login('march@hare.com', 'tea-time');
      expect(loggedIn.objectId).toBe(guest.objectId);
    },
  ],
  [
    "register with an objectId that is not the caller's own guest: 3039",
    async ({ app }) => {
      const guest = await app().UserService.loginAsGuest();
      // Another client, not signed in as that guest.
      await expectCode(app().UserService.register({ objectId: guest.objectId, email: 'x@y.com', password: 'p' }), 3039);
      await expectCode(
        app().UserService.register({ objectId: await aliceId(), email: 'x@y.com', password: 'p' }),
        3039,
      );
    },
  ],
  [
    'register: 3033 for a taken identity, 3011 without a password, 3009 (HTTP 403) while registration is off',
    async ({ app }) => {
      const users = app().UserService;
      await expectCode(users.register({ email: ALICE.email, password: 'x' }), 3033);
      await expectCode(users.register(new (app().User)()), 3011);
      await settings({ registrationEnabled: false });
      await expectCode(users.register({ email: 'new@wonderland.com', password: 'x' }), 3009, 403);
    },
  ],

  // ---- Update User ----------------------------------------------------------------------------------------
  [
    'update: the logged-in user changes its own name and a custom property',
    async ({ app }) => {
      const users = app().UserService;
      const alice = await users.login(ALICE.email, ALICE.password);
      const updated = await users.update({ objectId: alice.objectId, name: 'Alice L.', shoeSize: 37 });
      expect(updated).toMatchObject({ objectId: alice.objectId, name: 'Alice L.', shoeSize: 37 });
      expect(await users.getCurrentUser(true)).toMatchObject({ name: 'Alice L.', shoeSize: 37 });
      // The whole object sent back (system properties, token and all) is an update too.
      const again = await users.update({ ...updated, name: 'Alice' });
      expect(again.name).toBe('Alice');
    },
  ],
  [
    'update: 3028 without a session, 3029 for another user, 3030 for an unknown objectId',
    async ({ app }) => {
      const users = app().UserService;
      const alice = await aliceId();
      await expectCode(users.update({ objectId: alice, name: 'X' }), 3028);
      await users.login(HATTER.email, HATTER.password);
      await expectCode(users.update({ objectId: alice, name: 'X' }), 3029);
      await expectCode(users.update({ objectId: '00000000-0000-0000-0000-000000000000', name: 'X' }), 3030);
    },
  ],
  [
    "update: 3018 for another user's identity, 3045 for an emptied identity or password",
    async ({ app }) => {
      const users = app().UserService;
      const alice = await users.login(ALICE.email, ALICE.password);
      await expectCode(users.update({ objectId: alice.objectId, email: HATTER.email }), 3018);
      await expectCode(users.update({ objectId: alice.objectId, email: '' }), 3045);
      await expectCode(users.update({ objectId: alice.objectId, password: null }), 3045);
    },
  ],
  [
    'update: a new password logs in, the old one answers 3003',
    async ({ app }) => {
      const users = app().UserService;
      const alice = await users.login(ALICE.email, ALICE.password);
      await users.update({ objectId: alice.objectId, password: 'looking-glass' });
      await expectCode(app().UserService.login(ALICE.email, ALICE.password), 3003);
      expect((await app().UserService.login(ALICE.email, 'looking-glass')).objectId).toBe(alice.objectId);
    },
  ],
  [
    "update with the server key: another user's properties",
    async ({ server }) => {
      const updated = await server().UserService.update({ objectId: await aliceId(), name: 'Alice by CloudCode' });
      expect(updated.name).toBe('Alice by CloudCode');
    },
  ],

  // ---- Restore Password -----------------------------------------------------------------------------------
  [
    'restorePassword e-mails a link whose page sets a new password; 3020 for an unknown identity',
    async ({ app }) => {
      await app().UserService.restorePassword(ALICE.email);
      const [mail] = await outbox();
      expect(mail).toMatchObject({ kind: 'password-reset-link', to: ALICE.email });
      const page = mail!.links[0]!.url;
      const form = await fetch(page, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ password: 'new-wonder', repeat: 'new-wonder' }).toString(),
      });
      expect(form.status).toBe(200);
      await expectCode(app().UserService.login(ALICE.email, ALICE.password), 3003);
      expect((await app().UserService.login(ALICE.email, 'new-wonder')).email).toBe(ALICE.email);
      await expectCode(app().UserService.restorePassword('nobody@wonderland.com'), 3020);
    },
  ],
  [
    'restorePassword in generated-password mode e-mails a new password that logs in',
    async ({ app }) => {
      await settings({ passwordResetMode: 'generated-password' });
      await app().UserService.restorePassword(ALICE.email);
      const [mail] = await outbox();
      expect(mail).toMatchObject({ kind: 'generated-password', to: ALICE.email, links: [] });
      const password = mail!.text.split('\n')[3]!;
      await expectCode(app().UserService.login(ALICE.email, ALICE.password), 3003);
      expect((await app().UserService.login(ALICE.email, password)).email).toBe(ALICE.email);
    },
  ],

  // ---- Resend Email Confirmation / Create Confirmation URL ------------------------------------------------
  [
    'with confirmation required: register → 3087 at login → confirmation link → login',
    async ({ app }) => {
      await settings({ emailConfirmationRequired: true });
      const users = app().UserService;
      const user = await users.register({ email: 'caterpillar@wonderland.com', password: 'hookah', name: 'Cat' });
      expect(user.userStatus).toBe('EMAIL_CONFIRMATION_PENDING');
      await expectCode(users.login('caterpillar@wonderland.com', 'hookah'), 3087);
      const [mail] = await outbox();
      expect(mail).toMatchObject({ kind: 'email-confirmation', to: 'caterpillar@wonderland.com' });
      // The link shows a page; its form confirms (a GET confirms nothing).
      expect((await fetch(mail!.links[0]!.url)).status).toBe(200);
      const form = { 'content-type': 'application/x-www-form-urlencoded' };
      expect((await fetch(mail!.links[0]!.url, { method: 'POST', headers: form, body: 'confirm=yes' })).status).toBe(
        200,
      );
      expect((await users.login('caterpillar@wonderland.com', 'hookah')).userStatus).toBe('ENABLED');
    },
  ],
  [
    'resendEmailConfirmation e-mails a new link (an empty answer); createEmailConfirmationURL answers one',
    async ({ app }) => {
      await settings({ emailConfirmationRequired: true });
      const users = app().UserService;
      await users.register({ email: 'caterpillar@wonderland.com', password: 'hookah' });
      const resent = await users.resendEmailConfirmation('caterpillar@wonderland.com');
      expect(resent === '' || resent === undefined || resent === null).toBe(true);
      expect(await outbox()).toHaveLength(2);
      const { confirmationURL } = await users.createEmailConfirmationURL('caterpillar@wonderland.com');
      expect(confirmationURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_emulator\/confirm-email\//);
      expect(await outbox()).toHaveLength(2);
      // The link's page confirms through its form (a GET only shows the page).
      expect((await fetch(confirmationURL)).status).toBe(200);
      const confirm = { 'content-type': 'application/x-www-form-urlencoded' };
      expect((await fetch(confirmationURL, { method: 'POST', headers: confirm, body: 'confirm=yes' })).status).toBe(
        200,
      );
      expect((await users.login('caterpillar@wonderland.com', 'hookah')).userStatus).toBe('ENABLED');
    },
  ],
  [
    'resend / create confirmation: 3103 while not required, 3104 for an unknown user, 3102 once confirmed',
    async ({ app }) => {
      const users = app().UserService;
      await expectCode(users.resendEmailConfirmation(ALICE.email), 3103);
      await expectCode(users.createEmailConfirmationURL(ALICE.email), 3103);
      await settings({ emailConfirmationRequired: true });
      await expectCode(users.resendEmailConfirmation('nobody@wonderland.com'), 3104);
      await expectCode(users.createEmailConfirmationURL('nobody@wonderland.com'), 3104);
      await expectCode(users.resendEmailConfirmation(ALICE.email), 3102);
      await expectCode(users.createEmailConfirmationURL(ALICE.email), 3102);
    },
  ],

  // ---- Verify Password ------------------------------------------------------------------------------------
  [
    'verifyPassword: 3122 with the client key; true / false with the server key',
    async ({ app, server }) => {
      const users = app().UserService;
      await users.login(ALICE.email, ALICE.password);
      const error = await expectCode(users.verifyPassword(ALICE.password), 3122);
      expect(error.message).toBe('Password verification allowed only from CloudCode');
      const cloud = server().UserService;
      await cloud.login(ALICE.email, ALICE.password);
      expect(await cloud.verifyPassword(ALICE.password)).toBe(true);
      expect(await cloud.verifyPassword('invalid password')).toBe(false);
    },
  ],
  [
    'verifyPassword with the server key and a dead token: 3064',
    async ({ server }) => {
      const cloud = server().UserService;
      const alice = await cloud.login(ALICE.email, ALICE.password);
      cloud.setCurrentUser({ ...alice, 'user-token': 'invalid-token' }, true);
      const error = await expectCode(cloud.verifyPassword(ALICE.password), 3064);
      expect(error.message).toBe('Not existing user token - invalid-token. Relogin user to update your user token');
    },
  ],

  // ---- Get User Roles / Find Users by Role ----------------------------------------------------------------
  [
    'getUserRoles: AuthenticatedUser and the custom roles of the logged-in user',
    async ({ app }) => {
      const users = app().UserService;
      await users.login(HATTER.email, HATTER.password);
      expect(await users.getUserRoles()).toEqual(['AuthenticatedUser', 'Admin', 'Editor']);
    },
  ],
  [
    'findByRole: the holders, with roles when loadRoles; a query filters, pages, sorts and selects; 2005 for an unknown role',
    async ({ app }) => {
      const users = app().UserService;
      const admins = await users.findByRole('Admin', true);
      expect(admins.map((user) => user.email).sort()).toEqual([ALICE.email, HATTER.email]);
      expect(admins.find((user) => user.email === HATTER.email)!.roles).toEqual([
        'AuthenticatedUser',
        'Admin',
        'Editor',
      ]);
      const plain = await users.findByRole('Admin');
      expect(plain[0]).not.toHaveProperty('roles');
      const page = await users.findByRole('Admin', null, { pageSize: 1, offset: 1, sortBy: ['email desc'] });
      expect(page.map((user) => user.email)).toEqual([ALICE.email]);
      const filtered = await users.findByRole('Admin', false, { where: "name LIKE 'H%'" });
      expect(filtered.map((user) => user.email)).toEqual([HATTER.email]);
      const selected = await users.findByRole('Editor', false, { properties: ['name'] });
      expect(selected).toEqual([{ ___class: 'Users', objectId: expect.any(String), name: 'Hatter' }]);
      // Custom roles only, as Backendless documents (a system role would list every user).
      await expectCode(users.findByRole('AuthenticatedUser'), 8008);
      await expectCode(users.findByRole('NoSuchRole'), 2005);
    },
  ],

  // ---- Assign / Unassign Role (server-only) ---------------------------------------------------------------
  [
    'assignRole / unassignRole with the client key: 2011',
    async ({ app }) => {
      const users = app().UserService;
      await users.login(ALICE.email, ALICE.password);
      await expectCode(users.assignRole(ALICE.email, 'Editor'), 2011);
      await expectCode(users.unassignRole(ALICE.email, 'Admin'), 2011);
    },
  ],
  [
    'assignRole / unassignRole with the server key: the role comes and goes',
    async ({ app, server }) => {
      const cloud = server().UserService;
      await cloud.assignRole(ALICE.email, 'Editor');
      const users = app().UserService;
      await users.login(ALICE.email, ALICE.password);
      expect(await users.getUserRoles()).toContain('Editor');
      await cloud.unassignRole(ALICE.email, 'Editor');
      expect(await users.getUserRoles()).not.toContain('Editor');
    },
  ],
  [
    'assignRole / unassignRole with the server key: 2007 / 2008 for a system role, 2005 for an unknown role',
    async ({ server }) => {
      const cloud = server().UserService;
      await expectCode(cloud.assignRole(ALICE.email, 'AuthenticatedUser'), 2007);
      await expectCode(cloud.unassignRole(ALICE.email, 'AuthenticatedUser'), 2008);
      await expectCode(cloud.assignRole(ALICE.email, 'NonexistentRole'), 2005);
      await expectCode(cloud.unassignRole(ALICE.email, 'NonexistentRole'), 2005);
    },
  ],
  [
    "getUserRoles(userId): another user's roles with the server key, 2011 with the client key",
    async ({ app, server }) => {
      expect(await server().UserService.getUserRoles(await aliceId())).toEqual(['AuthenticatedUser', 'Admin']);
      await expectCode(app().UserService.getUserRoles(await aliceId()), 2011);
    },
  ],

  // ---- Enable / Disable User (server-only) ----------------------------------------------------------------
  [
    "disableUser / enableUser with the client key: 3054 'Operation allowed only for BL logic.'",
    async ({ app }) => {
      const users = app().UserService;
      const alice = await users.login(ALICE.email, ALICE.password);
      const error = await expectCode(users.disableUser(alice.objectId), 3054);
      expect(error.message).toBe('Operation allowed only for BL logic.');
      await expectCode(users.enableUser(alice.objectId), 3054);
    },
  ],
  [
    'disableUser with the server key: login answers 3090; enableUser: it logs in again',
    async ({ app, server }) => {
      const cloud = server().UserService;
      const alice = await aliceId();
      await cloud.disableUser(alice);
      await expectCode(app().UserService.login(ALICE.email, ALICE.password), 3090);
      await cloud.enableUser(alice);
      expect((await app().UserService.login(ALICE.email, ALICE.password)).objectId).toBe(alice);
    },
  ],

  // ---- Login by objectId (server-only) --------------------------------------------------------------------
  [
    'login by objectId: 2014 with the client key, a session with the server key',
    async ({ app, server }) => {
      const error = await expectCode(app().UserService.login(await aliceId()), 2014);
      expect(error.message).toBe('Login by object id is allowed only for Code Runner API key');
      const cloud = server().UserService;
      const alice = await cloud.login(await aliceId());
      expect(alice).toMatchObject({ objectId: await aliceId(), email: ALICE.email });
      expect(typeof alice['user-token']).toBe('string');
      expect(await cloud.isValidLogin()).toBe(true);
    },
  ],

  // ---- Get Authorization URL / Login with OAuth2 ----------------------------------------------------------
  [
    "getAuthorizationUrlLink: the emulator's consent page, which signs in and comes back with userToken and userId",
    async ({ app }) => {
      const users = app().UserService;
      const url = await users.getAuthorizationUrlLink('github', { name: 'name' }, 'user:email', false, APP_PAGE);
      expect(url).toMatch(new RegExp(`^${emulator.url}/_emulator/oauth/github/authorize\\?request=`));
      const back = new URL(await consent(url, { email: 'queen@hearts.com', name: 'Queen' }));
      expect(back.origin + back.pathname).toBe(APP_PAGE);
      const token = back.searchParams.get('userToken')!;
      const holder = app().UserService;
      holder.setCurrentUser({ objectId: back.searchParams.get('userId')!, 'user-token': token });
      expect(await holder.isValidLogin()).toBe(true);
      expect(await holder.getCurrentUser(true)).toMatchObject({ email: 'queen@hearts.com', socialAccount: 'github' });
    },
  ],
  [
    'loginWithOauth2: a token of the local provider signs in, the same account each time, with mapped fields',
    async ({ app }) => {
      const token = await providerToken('google', { email: 'knave@hearts.com', name: 'Knave' });
      const client = app();
      const first = await client.UserService.loginWithOauth2('google', token, { name: 'nickname' });
      expect(first).toBeInstanceOf(client.User);
      expect(first).toMatchObject({ email: 'knave@hearts.com', socialAccount: 'google', nickname: 'Knave' });
      expect(client.UserService.getCurrentUserToken()).toBe(first['user-token']);
      expect(await client.UserService.getUserRoles()).toEqual(['AuthenticatedUser', 'SocialUser']);
      const again = await app().UserService.loginWithOauth2('google', token, true);
      expect(again.objectId).toBe(first.objectId);
    },
  ],
  [
    "loginWithOauth2 with the guest as guestUser turns the guest into the provider's account",
    async ({ app }) => {
      const token = await providerToken('facebook', { email: 'duchess@wonderland.com' });
      const client = app();
      const guest = await client.UserService.loginAsGuest();
      const user = await client.UserService.loginWithOauth2('facebook', token, new client.User(guest));
      expect(user).toMatchObject({ objectId: guest.objectId, email: 'duchess@wonderland.com', userStatus: 'ENABLED' });
      expect(await client.UserService.getUserRoles()).toEqual(['AuthenticatedUser', 'SocialUser', 'FacebookUser']);
    },
  ],
  [
    'loginWithOauth2 with a token the provider never handed out: 8008',
    async ({ app }) => {
      await expectCode(app().UserService.loginWithOauth2('google', 'made-up-token'), 8008);
    },
  ],

  // ---- Describe User Class --------------------------------------------------------------------------------
  [
    'describeUserClass: the system columns and the custom ones',
    async ({ app }) => {
      const users = app().UserService;
      await users.register({ email: 'gryphon@wonderland.com', password: 'x', location: 'New York' });
      await users.login('gryphon@wonderland.com', 'x');
      const columns = await users.describeUserClass();
      expect(columns.map((column) => column.name)).toEqual(
        expect.arrayContaining(['location', 'email', 'created', 'updated', 'objectId']),
      );
      expect(columns.find((column) => column.name === 'location')).toMatchObject({ type: 'STRING' });
    },
  ],

  // ---- Backendless' defaults ------------------------------------------------------------------------------
  [
    'logout with nobody logged in resolves (the SDK e2e spec logs out right after register)',
    async ({ app }) => {
      const users = app().UserService;
      await users.register({ email: 'mock@turtle.com', password: 'soup' });
      await expect(users.logout()).resolves.toBeUndefined();
    },
  ],
  [
    'multiple logins off by default: a second login ends the first session',
    async ({ app }) => {
      const first = app().UserService;
      const second = app().UserService;
      await first.login(ALICE.email, ALICE.password, true);
      await second.login(ALICE.email, ALICE.password, true);
      expect(await first.isValidLogin()).toBe(false);
      expect(await second.isValidLogin()).toBe(true);
    },
  ],
  [
    'a forbidden second login: 3002, the first session stays',
    async ({ app }) => {
      await settings({ multipleLogins: 'reject' });
      const first = app().UserService;
      await first.login(ALICE.email, ALICE.password, true);
      await expectCode(app().UserService.login(ALICE.email, ALICE.password, true), 3002);
      expect(await first.isValidLogin()).toBe(true);
    },
  ],
  [
    'multiple logins on with a limit of 2: the third login answers 3044',
    async ({ app }) => {
      await settings({ multipleLogins: 'allow', maxConcurrentLogins: 2 });
      const first = app().UserService;
      const second = app().UserService;
      await first.login(ALICE.email, ALICE.password, true);
      await second.login(ALICE.email, ALICE.password, true);
      await expectCode(app().UserService.login(ALICE.email, ALICE.password, true), 3044);
      expect(await first.isValidLogin()).toBe(true);
      expect(await second.isValidLogin()).toBe(true);
    },
  ],
  [
    'unlimited failed logins by default; with a lock after 2 the right password answers 3036',
    async ({ app }) => {
      const users = app().UserService;
      for (let attempt = 0; attempt < 3; attempt += 1) await expectCode(users.login(ALICE.email, 'invalid'), 3003);
      expect((await users.login(ALICE.email, ALICE.password)).email).toBe(ALICE.email);
      await settings({ maxFailedLogins: 2 });
      await expectCode(users.login(ALICE.email, 'invalid'), 3003);
      expect((await users.login(ALICE.email, ALICE.password)).email).toBe(ALICE.email);
      await expectCode(users.login(ALICE.email, 'invalid'), 3003);
      await expectCode(users.login(ALICE.email, 'invalid'), 3003);
      await expectCode(users.login(ALICE.email, ALICE.password), 3036);
    },
  ],
  [
    'a session unused past the timeout (an hour by default) answers 3064',
    async ({ app }) => {
      const users = app().UserService;
      await users.login(ALICE.email, ALICE.password);
      clockOffset = 60 * 60 * 1000 + 1;
      expect(await users.isValidLogin()).toBe(false);
      await expectCode(users.getCurrentUser(true), 3064);
    },
  ],
];

describe.each(usersApiClients)('the Users API through $name', (client) => {
  const context: Context = {
    client,
    app: () => client.create(emulator),
    server: () => client.create({ url: emulator.url, appId: emulator.appId, apiKey: emulator.serverKey }),
  };
  test.each(cases)('%s', async (_name, run) => {
    expect.hasAssertions();
    await run(context);
  });
});
