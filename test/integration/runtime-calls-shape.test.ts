// The User class and server errors as the SDK gives them, logout with nobody logged in, and argument errors, through
// our runtime and the official SDK (v8) side by side against one stub (test/helpers/both-clients.ts): a result is a
// Backendless.User of each client's own class where the SDK gives one, a server error reaches the program with the
// same enumerable message, code, status, headers and body, and the same argument errors are thrown with nothing sent.
import { describe, expect, it } from 'vitest';
import { BackendlessError, createBackendless, User } from '../../runtime/index.ts';
import { SAVED_BOB, TOKEN, both, type Outcome, useCallsStub } from '../helpers/both-clients.ts';

useCallsStub();

describe('users and errors in the SDK’s shape, side by side', () => {
  it('new Backendless.User copies the properties and is a Users record; results are instances of it', async () => {
    const user = new User({ email: 'a@b.c', ___class: 'Other' });
    expect(user).toEqual({ email: 'a@b.c', ___class: 'Users' });
    expect(user).toBeInstanceOf(createBackendless().User);
    const [, ours] = await both((users) => users.login!('foo@bar.com', '123456'), {
      json: { ...SAVED_BOB, 'user-token': TOKEN },
    });
    expect(ours.result).toBeInstanceOf(User);
  });

  it('a server error carries the same enumerable message, code, status, headers and body as the SDK’s', async () => {
    const answer = { status: 400, json: { code: 3020, message: 'Unable to find user with the given identity' } };
    const [sdk, ours] = await both((users) => users.restorePassword!('nobody@x.com'), answer);
    expect(ours.error).toBeInstanceOf(BackendlessError);
    expect(Object.keys(ours.error!)).toEqual(Object.keys(sdk.error!));
    expect(Object.keys(ours.error!)).toEqual(['message', 'code', 'status', 'headers', 'body']);
    const fields = (error: Outcome['error']) => {
      const { headers, ...rest } = { ...error! } as unknown as Record<string, unknown> & {
        headers: Record<string, string>;
      };
      return { ...rest, contentType: headers['content-type'] };
    };
    expect(fields(ours.error)).toEqual(fields(sdk.error));
    expect(fields(ours.error)).toEqual({
      message: 'Unable to find user with the given identity',
      code: 3020,
      status: 400,
      body: answer.json,
      contentType: 'application/json',
    });
    expect(JSON.parse(JSON.stringify(ours.error))).toMatchObject({ message: answer.json.message, code: 3020 });
  });
});

describe('logout with nobody logged in', () => {
  it('still sends GET users/logout, without a token, and resolves on Backendless’ 200', async () => {
    const [, ours] = await both((users) => users.logout!(), {});
    expect(ours.request).toMatchObject({ method: 'GET', path: 'users/logout', token: undefined });
    expect(ours.result).toBeUndefined();
  });
});

describe('argument errors: the SDK’s messages, nothing sent', () => {
  const fn = () => ({});
  const cases: [string, unknown[][], string][] = [
    [
      'restorePassword',
      [[], [''], [0], [123], [null], [true], [false], [{}], [[]], [fn]],
      'Email Address must be provided and must be a string.',
    ],
    [
      'resendEmailConfirmation',
      [[], [null], [true], [false], [{}], [[]], [fn]],
      'Identity must be a string or number.',
    ],
    ['resendEmailConfirmation', [['']], 'Identity can not be an empty string.'],
    ['createEmailConfirmationURL', [[], [null], [true], [{}], [[]], [fn]], 'Identity must be a string or number.'],
    ['createEmailConfirmationURL', [['']], 'Identity can not be an empty string.'],
    [
      'verifyPassword',
      [[], [''], [null], [0], [123], [true], [{}], [[]], [fn]],
      'Password has to be a non empty string',
    ],
    ['verifyPassword', [['pw']], 'In order to check password you have to be logged in'],
    [
      'findByRole',
      [[], [null], [false], [''], [0], [123], [{}], [[]], [fn]],
      'Role Name must be a string and can not be empty',
    ],
    [
      'findByRole',
      [
        ['R', ''],
        ['R', 0],
        ['R', 123],
        ['R', {}],
        ['R', []],
        ['R', fn],
      ],
      'The second argument "loadRoles" can be a boolean only',
    ],
    [
      'findByRole',
      [
        ['R', true, false],
        ['R', true, true],
        ['R', true, ''],
        ['R', true, 123],
        ['R', true, []],
        ['R', true, fn],
      ],
      'The third argument "query" can be an instance of DataQueryBuilder or a plain object only',
    ],
    [
      'assignRole',
      [[null], [false], [true], [''], [0], [{}], [[]], [fn]],
      'User identity must be a string or number and can not be empty.',
    ],
    ['unassignRole', [[null], [''], [0], [{}]], 'User identity must be a string or number and can not be empty.'],
    [
      'assignRole',
      [
        ['i', null],
        ['i', ''],
        ['i', 0],
        ['i', {}],
        ['i', fn],
      ],
      'Role Name must be a string and can not be empty.',
    ],
    [
      'unassignRole',
      [
        ['i', null],
        ['i', ''],
        ['i', []],
      ],
      'Role Name must be a string and can not be empty.',
    ],
    [
      'enableUser',
      [[], [null], [true], [false], [''], [{}], [[]], [fn]],
      'User objectId must be non empty string/number',
    ],
    ['disableUser', [[], [null], [true], [''], [{}], [[]]], 'User objectId must be non empty string/number'],
    [
      'updateUserStatus',
      [['id'], ['id', null], ['id', true], ['id', ''], ['id', 0], ['id', 123], ['id', {}]],
      'User Status must be a valid string',
    ],
    [
      'loginWithOauth2',
      [[], [null], [true], [''], [0], [123], [{}], [[]], [fn]],
      '"providerCode" must be non empty string.',
    ],
    [
      'loginWithOauth2',
      [['p'], ['p', null], ['p', true], ['p', ''], ['p', 0], ['p', {}], ['p', fn]],
      '"accessToken" must be non empty string.',
    ],
    [
      'login',
      [
        [undefined, '1'],
        [null, '1'],
        [true, '1'],
        [{}, '1'],
        [[], '1'],
        [fn, '1'],
      ],
      'the first argument must be either a string or a number',
    ],
    ['login', [[0], ['']], 'the first argument cannot be an empty value'],
    [
      'login',
      [
        ['foo@bar.com', null],
        ['foo@bar.com', ''],
        ['foo@bar.com', 0],
      ],
      'the "password" value cannot be an empty value',
    ],
  ];

  it.each(cases)('%s rejects %j with "%s"', async (name, argumentLists, message) => {
    expect.hasAssertions();
    for (const args of argumentLists) {
      const [, ours] = await both((users) => users[name]!(...args));
      expect(ours.error).toBeInstanceOf(BackendlessError);
      expect([ours.error!.message, ours.error!.code]).toEqual([message, undefined]);
      expect(ours.requests).toEqual([]);
    }
  });
});
