// Roles, account status and OAuth2, through our runtime and the official SDK (v8) side by side against one stub
// (test/helpers/both-clients.ts): the cases of the SDK's own mocked-server unit tests (test/unit/specs/users/*). The
// same requests must arrive from both and the same result must come back.
import Sdk from 'backendless';
import { describe, expect, it } from 'vitest';
import { User } from '../../runtime/index.ts';
import { SAVED_BOB, TOKEN, both, useCallsStub } from '../helpers/both-clients.ts';

useCallsStub();

describe('roles and status', () => {
  it('getUserRoles(), getUserRoles(userId): GET users/userroles[/<id>], resolves the names', async () => {
    const [, mine] = await both((users) => users.getUserRoles!(), { json: ['AuthenticatedUser'] }, true);
    expect(mine.request).toMatchObject({ method: 'GET', path: 'users/userroles', token: TOKEN });
    expect(mine.result).toEqual(['AuthenticatedUser']);
    const [, theirs] = await both((users) => users.getUserRoles!('user-id'), { json: ['role-1', 'role-2'] });
    expect(theirs.request).toMatchObject({ method: 'GET', path: 'users/userroles/user-id' });
  });

  it.each([
    [[], 'users/role/testRoleName'],
    [[true], 'users/role/testRoleName?loadRoles=true'],
    [[false], 'users/role/testRoleName?loadRoles=false'],
    [[null, { pageSize: 30, offset: 40 }], 'users/role/testRoleName?pageSize=30&offset=40'],
    [[false, { pageSize: 30, offset: 40 }], 'users/role/testRoleName?loadRoles=false&pageSize=30&offset=40'],
  ])('findByRole(role, ...%j): GET %s, resolves Users', async (rest, path) => {
    const found = [{ name: 'nick-test-role', objectId: '14F0E678', roles: ['testRoleName'] }];
    const [sdk, ours] = await both((users) => users.findByRole!('testRoleName', ...rest), { json: found });
    expect(ours.request).toMatchObject({ method: 'GET', path });
    expect(ours.result).toEqual([{ ___class: 'Users', ...found[0] }]);
    expect((ours.result as unknown[])[0]).toBeInstanceOf(User);
    expect((sdk.result as unknown[])[0]).toBeInstanceOf(sdk.client.User);
  });

  it('findByRole sends every query key as the SDK’s DataQueryBuilder does', async () => {
    const builder = (
      Sdk as unknown as { DataQueryBuilder: { create(): Record<string, (...a: unknown[]) => unknown> } }
    ).DataQueryBuilder.create();
    for (const [method, ...args] of [
      ['setPageSize', 50],
      ['setOffset', 15],
      ['setProperties', ['foo', 'bar']],
      ['addProperties', 'prop 3', ['p4,5']],
      ['excludeProperties', ['x', 'y&z']],
      ['setWhereClause', "age >= 100 and name = 'a&b'"],
      ['setHavingClause', 'age >= 200'],
      ['setSortBy', ['created desc', 'name']],
      ['setGroupBy', 'objectId'],
      ['setRelated', ['rel1', 'rel2']],
      ['setRelationsDepth', 3],
      ['setRelationsPageSize', 25],
      ['setDistinct', true],
    ] as const) {
      builder[method]!(...args);
    }
    const query = (builder.toJSON as () => object)();
    const plainQuery = {
      pageSize: 30,
      offset: 40,
      properties: ['prop-1', 'prop-2'],
      excludeProps: ['prop-3', 'prop-3'],
      where: 'test-where',
      having: 'test-having',
      sortBy: 'test-sortby',
      groupBy: 'test-groupby',
      relations: [],
      relationsDepth: 4,
      relationsPageSize: 70,
    };
    for (const each of [query, plainQuery]) {
      const [, ours] = await both((users) => users.findByRole!('R', true, each), { json: [] });
      expect(ours.request!.rawPath).toMatch(/^users\/role\/R\?loadRoles=true&pageSize=/);
    }
  });

  it.each(['assignRole', 'unassignRole'])('%s(identity, role): POST {user, roleName}', async (name) => {
    const [, ours] = await both((users) => users[name]!('test-identity', 'test-role'), {});
    expect(ours.request).toMatchObject({
      method: 'POST',
      path: `users/${name}`,
      contentType: 'application/json',
      body: { user: 'test-identity', roleName: 'test-role' },
    });
  });

  it.each([
    ['enableUser', 'ENABLED'],
    ['disableUser', 'DISABLED'],
  ])('%s(id): PUT users/<id>/status {userStatus: %s}; a client key gets 3054', async (name, userStatus) => {
    for (const id of ['test-user-id', 123]) {
      const [, ours] = await both((users) => users[name]!(id), { json: { foo: 123 } });
      expect(ours.request).toMatchObject({ method: 'PUT', path: `users/${id}/status`, body: { userStatus } });
      expect(ours.result).toEqual({ foo: 123 });
    }
    const json = { code: 3054, message: 'Operation allowed only for BL logic.' };
    const [, refused] = await both((users) => users[name]!('id'), { status: 400, json });
    expect(refused.error).toMatchObject(json);
  });

  it('login by objectId: POST users/login {objectId}; a client key gets the server’s error', async () => {
    const [, ours] = await both((users) => users.login!('BOB-ID', true), {
      json: { ...SAVED_BOB, 'user-token': TOKEN },
    });
    expect(ours.request).toMatchObject({ method: 'POST', path: 'users/login', body: { objectId: 'BOB-ID' } });
    const json = { code: 2014, message: 'Login by object id is allowed only for Code Runner API key' };
    const [, refused] = await both((users) => users.login!('BOB-ID'), { status: 400, json });
    expect(refused.error).toMatchObject(json);
  });

  it('describeUserClass: GET users/userclassprops, resolves the columns', async () => {
    const columns = [{ name: 'email', type: 'STRING', required: false }];
    const [, ours] = await both((users) => users.describeUserClass!(), { json: columns });
    expect(ours.request).toMatchObject({ method: 'GET', path: 'users/userclassprops', body: undefined });
    expect(ours.result).toEqual(columns);
  });
});

describe('OAuth', () => {
  const mapping = { foo: 'foo', bar: 'bar' };

  it('getAuthorizationUrlLink posts the SDK’s body to users/oauth/<provider>/request_url', async () => {
    const url = 'https://authorization-url-example.com';
    for (const answer of [{ json: url }, { text: url }]) {
      const [, ours] = await both(
        (users) => users.getAuthorizationUrlLink!('Google', mapping, 'email;photo', false, 'https://after', 'foo.bar'),
        answer,
      );
      expect(ours.request).toMatchObject({
        method: 'POST',
        path: 'users/oauth/google/request_url',
        body: {
          fieldsMapping: mapping,
          permissions: 'email;photo',
          redirect: false,
          redirectAfterLoginUrl: 'https://after',
          callbackUrlDomain: 'foo.bar',
        },
      });
      expect(ours.result).toBe(url);
    }
  });

  it.each([
    ['()', [], {}],
    ['(mapping)', [mapping], { fieldsMapping: mapping }],
    ['(mapping, true)', [mapping, true], { fieldsMapping: mapping }],
    ['(true)', [true], {}],
    ['(null, null, true): the generated call', [null, null, true], { fieldsMapping: null, guestUser: null }],
  ])('loginWithOauth2(provider, token, ...%s) posts to users/social/<provider>/login', async (_name, rest, body) => {
    const [, ours] = await both((users) => users.loginWithOauth2!('Facebook', 'access', ...rest), {
      json: { ...SAVED_BOB, 'user-token': TOKEN },
    });
    expect(ours.request).toMatchObject({ method: 'POST', path: 'users/social/facebook/login' });
    expect(ours.request!.body).toEqual({ accessToken: 'access', ...body });
    expect(ours.result).toBeInstanceOf(User);
    expect(ours.client.users.getCurrentUserToken()).toBe(TOKEN);
  });

  it.each([
    ['(guest)', []],
    ['(guest, mapping)', [mapping]],
    ['(guest, mapping, true)', [mapping, true]],
    ['(guest, true)', [true]],
  ])('loginWithOauth2(provider, token, %s) sends the guest (a User of the client’s class)', async (_name, rest) => {
    const [, ours] = await both(
      (users, client) =>
        users.loginWithOauth2!(
          'facebook',
          'access',
          new client.User({ objectId: 'GUEST-ID', 'user-token': 'GUEST-TOKEN', userStatus: 'GUEST' }),
          ...rest,
        ),
      { json: { ...SAVED_BOB, 'user-token': TOKEN } },
    );
    expect(ours.request!.body).toMatchObject({
      accessToken: 'access',
      guestUser: { ___class: 'Users', objectId: 'GUEST-ID', userStatus: 'GUEST' },
    });
  });

  it('a guest given as a plain object is taken as the fields mapping, as in the SDK', async () => {
    const [, ours] = await both((users) => users.loginWithOauth2!('facebook', 'access', { objectId: 'G' }, true), {
      json: { ...SAVED_BOB, 'user-token': TOKEN },
    });
    expect(ours.request!.body).toEqual({ accessToken: 'access', fieldsMapping: { objectId: 'G' } });
  });
});
