// The flows a Codeless user meets first, as programs drawn with the blocks, generated, and run with Node against the
// emulator — with our runtime and with the official SDK: a guest who registers and logs in; a forgotten password,
// the e-mailed link followed over HTTP as a browser would, the new password; an unconfirmed address refused with
// 3087, the confirmation link, the login; and "Sign in with …" through the emulator's OAuth2 provider. Between two
// programs the test does what the person does outside the program: opens the e-mail, the link, the consent page.
import * as Blockly from 'blockly';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { OutboxMessage } from '../../emulator/contract.ts';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { install, loadWorkspaceJson, workspaceToProgram } from '../../index.ts';
import {
  block,
  bool,
  compare,
  errorPart,
  get,
  login,
  newUser,
  print,
  property,
  set,
  text,
  tryCatchCodes,
  workspace,
  type SavedBlock,
  type SavedWorkspace,
} from '../fixtures/saved-blocks.ts';
import { runProgramFile, type Runtime } from '../helpers/run-program.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const workDir = `${root}.tmp/user-flows-${process.pid}/`;

let emulator: Emulator;

beforeAll(async () => {
  if (!existsSync(`${root}dist/runtime/index.js`)) {
    throw new Error('dist/runtime is missing: run `npm run build` first (`npm test` does)');
  }
  install();
  mkdirSync(workDir, { recursive: true });
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await emulator?.close();
  rmSync(workDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await admin('POST', 'reset');
});

async function admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${emulator.url}/_emulator/${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  expect(response.ok, `${method} ${path}`).toBe(true);
  return (await response.json()) as T;
}

let programs = 0;

/** Generates the workspace's program, runs it, and returns the lines it printed; it must not fail. */
async function runBlocks(saved: SavedWorkspace, runtime: Runtime): Promise<string[]> {
  const blocks = new Blockly.Workspace();
  try {
    loadWorkspaceJson(blocks, saved);
    const source = workspaceToProgram(blocks);
    const run = await runProgramFile(workDir, `flow-${programs++}`, source, runtime, {
      serverURL: emulator.url,
      appId: emulator.appId,
      apiKey: emulator.apiKey,
    });
    expect(run.stderr, source).toBe('');
    expect(run.exitCode).toBe(0);
    return run.stdout === '' ? [] : run.stdout.replace(/\n$/, '').split('\n');
  } finally {
    blocks.dispose();
  }
}

/** The one e-mail of a kind the outbox holds for an address. */
async function mailTo(to: string, kind: OutboxMessage['kind']): Promise<OutboxMessage> {
  const { messages } = await admin<{ messages: OutboxMessage[] }>('GET', 'outbox');
  const mails = messages.filter((message) => message.to === to && message.kind === kind);
  expect(mails, `${kind} to ${to}`).toHaveLength(1);
  return mails[0]!;
}

/**
 * Fills in and sends the one form of a page as a browser does: the page's own URL as the target (the forms have no
 * action), every named field the page has, urlencoded. Returns the answer, redirects not followed.
 */
async function submitForm(url: string, values: Record<string, string>): Promise<Response> {
  const page = await fetch(url);
  expect(page.status, url).toBe(200);
  const html = await page.text();
  expect(html).toContain('<form method="post">');
  const names = [...html.matchAll(/<(?:input|button)[^>]*\bname="([^"]+)"/g)].map((match) => match[1]);
  for (const name of Object.keys(values)) expect(names, `a field named ${name}`).toContain(name);
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(values).toString(),
    redirect: 'manual',
  });
}

const stay = () => ({ STAY_LOGGED_IN: bool(false) });
const loginAs = (email: string, password: string, shape = 'backendless_users_login'): SavedBlock =>
  block(shape, { LOGIN: text(email), PASSWORD: text(password), ...stay() });
const setProperty = (name: string, user: SavedBlock, value: string): SavedBlock =>
  block('backendless_users_set_property', { PROPERTY: text(name), USER: { block: user }, VALUE: text(value) });

describe.each(['codeless-blocks', 'backendless'] as const)('the first flows, run with %s', (runtime) => {
  test('a guest registers and logs in: the guest account becomes the member, no second account', async () => {
    const printed = await runBlocks(
      workspace(
        ['guest', 'member'],
        set('guest', block('backendless_users_login_as_guest', stay())),
        print('Guest: ', property('userStatus', get('guest'))),
        setProperty('email', get('guest'), 'gwen@wonderland.com'),
        setProperty('password', get('guest'), 'looking-glass'),
        setProperty('name', get('guest'), 'Gwen'),
        block('backendless_users_register_statement', { USER: { block: get('guest') } }),
        block('backendless_users_logout'),
        set('member', loginAs('gwen@wonderland.com', 'looking-glass')),
        print('Member: ', property('name', get('member')), ' ', property('userStatus', get('member'))),
        print('The guest account: ', compare(property('objectId', get('member')), property('objectId', get('guest')))),
        print('Roles: ', block('backendless_users_get_user_roles')),
      ),
      runtime,
    );
    expect(printed).toEqual([
      'Guest: GUEST',
      'Member: Gwen ENABLED',
      'The guest account: true',
      'Roles: AuthenticatedUser',
    ]);
    const { users } = await admin<{ users: Array<{ user: { email: string | null; userStatus: string } }> }>(
      'GET',
      'users',
    );
    expect(users.map(({ user }) => [user.email, user.userStatus]).sort()).toEqual([
      ['alice@wonderland.com', 'ENABLED'],
      ['gwen@wonderland.com', 'ENABLED'],
    ]);
  });

  test('a forgotten password: Restore Password, the e-mailed link opened and a new password set, then the login', async () => {
    const before = await runBlocks(
      workspace(
        ['error'],
        tryCatchCodes(
          [3003],
          [login('I forgot', 'backendless_users_login_statement')],
          [print('Wrong password: ', errorPart('CODE'))],
        ),
        block('backendless_users_restore_password', { IDENTITY: text('alice@wonderland.com') }),
        print('Reset e-mail sent'),
      ),
      runtime,
    );
    expect(before).toEqual(['Wrong password: 3003', 'Reset e-mail sent']);

    const mail = await mailTo('alice@wonderland.com', 'password-reset-link');
    expect(mail.links).toHaveLength(1);
    const changed = await submitForm(mail.links[0]!.url, {
      password: 'through the looking-glass',
      repeat: 'through the looking-glass',
    });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('is changed');

    const after = await runBlocks(
      workspace(
        ['error'],
        print('Logged in as ', property('name', login('through the looking-glass'))),
        block('backendless_users_logout'),
        tryCatchCodes(
          [3003],
          [login('wonderland', 'backendless_users_login_statement')],
          [print('The old password: ', errorPart('CODE'))],
        ),
      ),
      runtime,
    );
    expect(after).toEqual(['Logged in as Alice', 'The old password: 3003']);
    // The link set one password; it does not work twice.
    expect((await fetch(mail.links[0]!.url)).status).toBe(404);
  });

  test('an unconfirmed address: the login is refused with 3087 until the confirmation link is opened', async () => {
    await admin('PATCH', 'settings', { emailConfirmationRequired: true });
    const before = await runBlocks(
      workspace(
        ['error'],
        block('backendless_users_register_statement', {
          USER: { block: newUser('carol@wonderland.com', 'red queen', 'Carol') },
        }),
        tryCatchCodes(
          [3087],
          [loginAs('carol@wonderland.com', 'red queen', 'backendless_users_login_statement')],
          [print('Confirm your e-mail first: ', errorPart('CODE'))],
        ),
      ),
      runtime,
    );
    expect(before).toEqual(['Confirm your e-mail first: 3087']);

    const mail = await mailTo('carol@wonderland.com', 'email-confirmation');
    // The link shows a page; its form confirms (a GET confirms nothing).
    expect((await fetch(mail.links[0]!.url)).status).toBe(200);
    const confirmed = await fetch(mail.links[0]!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'confirm=yes',
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('is confirmed');

    const after = await runBlocks(
      workspace(
        [],
        print('Logged in as ', property('name', loginAs('carol@wonderland.com', 'red queen'))),
        print('Status: ', property('userStatus', block('backendless_users_get_current_user', {}, { RELOAD: true }))),
      ),
      runtime,
    );
    expect(after).toEqual(['Logged in as Carol', 'Status: ENABLED']);
  });

  test('"Sign in with …": an access token from the provider\'s consent page, and Login with OAuth2 makes the guest that user', async () => {
    // What the provider's SDK does in a browser (OAuth2's implicit grant): the person allows, the page gets a token.
    const callback = 'http://127.0.0.1:9/signed-in';
    const consent = await submitForm(
      `${emulator.url}/_emulator/oauth/googleplus/authorize?response_type=token&redirect_uri=${encodeURIComponent(callback)}`,
      { email: 'hatter@wonderland.com', name: 'Hatter', decision: 'allow' },
    );
    expect(consent.status).toBe(303);
    const back = new URL(consent.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(callback);
    const accessToken = new URLSearchParams(back.hash.slice(1)).get('access_token');
    expect(accessToken).toMatch(/\S/);

    const printed = await runBlocks(
      workspace(
        ['guest', 'user'],
        set('guest', block('backendless_users_login_as_guest', stay())),
        set(
          'user',
          block('backendless_users_login_with_oauth2', {
            PROVIDER: text('googleplus'),
            ACCESS_TOKEN: text(accessToken!),
            GUEST_USER: { block: get('guest') },
            ...stay(),
          }),
        ),
        print('Signed in as ', property('name', get('user')), ' <', property('email', get('user')), '>'),
        print('The guest account: ', compare(property('objectId', get('user')), property('objectId', get('guest')))),
        print('Logged in: ', block('backendless_users_is_valid_login')),
      ),
      runtime,
    );
    expect(printed).toEqual([
      'Signed in as Hatter <hatter@wonderland.com>',
      'The guest account: true',
      'Logged in: true',
    ]);
  });

  test('Get Authorization URL leads to the consent page, which signs the person in and comes back with a user token', async () => {
    const printed = await runBlocks(
      workspace(
        [],
        print(
          block('backendless_users_get_authorization_url', {
            PROVIDER: text('googleplus'),
            SCOPE: text('email profile'),
            REDIRECT_AFTER_LOGIN: text('http://127.0.0.1:9/welcome'),
          }),
        ),
      ),
      runtime,
    );
    expect(printed).toHaveLength(1);
    const signedIn = await submitForm(printed[0]!, { email: 'alice@wonderland.com', name: 'Alice', decision: 'allow' });
    expect(signedIn.status).toBe(303);
    const back = new URL(signedIn.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe('http://127.0.0.1:9/welcome');
    const userToken = back.searchParams.get('userToken')!;
    const valid = await fetch(
      `${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/isvalidusertoken/${userToken}`,
    );
    expect(await valid.json()).toBe(true);
  });
});
