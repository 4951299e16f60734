// The Users routes the SDK cannot reach in every way, spoken to with raw HTTP: Update User's body rules (system
// properties sent back are ignored, 3024 for an objectId naming another user, register's bounds), guests (their bound
// is in hostile-input.test.ts), Find Users by Role's query parameters, Describe User Class' types, and the roles of the admin API.
import { describe, expect, it } from 'vitest';
import { type AdminRoleView, type AdminUserView } from '../../emulator/index.ts';
import { useInProcessEmulator } from '../helpers/in-process-emulator.ts';

const ALICE = { login: 'alice@wonderland.com', password: 'wonderland' };

async function call(
  method: string,
  path: string,
  options: { json?: unknown; token?: string; server?: boolean } = {},
): Promise<{ status: number; body: unknown }> {
  const key = options.server ? emulator.serverKey : emulator.apiKey;
  const url = path.startsWith('/_emulator')
    ? `${emulator.url}${path}`
    : `${emulator.url}/${emulator.appId}/${key}${path}`;
  const headers: Record<string, string> = {};
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers['user-token'] = options.token;
  const response = await emulator.fetch(url, {
    method,
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? '' : JSON.parse(text) };
}

async function loginAlice(): Promise<{ objectId: string; token: string; user: Record<string, unknown> }> {
  const user = (await call('POST', '/users/login', { json: ALICE })).body as Record<string, string>;
  return { objectId: user.objectId!, token: user['user-token']!, user };
}

const users = async (): Promise<AdminUserView[]> =>
  ((await call('GET', '/_emulator/users')).body as { users: AdminUserView[] }).users;

const emulator = useInProcessEmulator({
  roles: ['Admin', 'Editor'],
  users: [
    { ...ALICE, email: ALICE.login, name: 'Alice', age: 10, roles: ['Admin'] },
    { email: 'hatter@wonderland.com', password: 'tea-party', name: 'Hatter', age: 40, roles: ['Admin'] },
    { email: 'dodo@wonderland.com', password: 'caucus', name: 'Dodo', age: 25, roles: ['Admin'] },
  ],
});

describe('PUT users/<objectId>', () => {
  it('ignores the system properties a client sends back and keeps the server their values', async () => {
    const { objectId, token, user } = await loginAlice();
    const updated = await call('PUT', `/users/${objectId}`, {
      token,
      json: {
        ...user,
        created: 1,
        updated: 2,
        lastLogin: 3,
        userStatus: 'DISABLED',
        ownerId: 'X',
        socialAccount: 'Y',
        name: 'A.',
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'A.', created: user.created, userStatus: 'ENABLED', ownerId: objectId });
    expect(updated.body).not.toHaveProperty('user-token');
  });

  it('answers 3024 for a body whose objectId names another user than the path', async () => {
    const { objectId, token } = await loginAlice();
    const other = (await users()).find(({ user }) => user.email === 'hatter@wonderland.com')!.user.objectId as string;
    expect(
      (await call('PUT', `/users/${objectId}`, { token, json: { objectId: other, name: 'X' } })).body,
    ).toMatchObject({
      code: 3024,
    });
  });

  it("keeps register's rules: 3040 for a malformed identity, 3050 for a password that is no text, 8008 for bounds", async () => {
    const { objectId, token } = await loginAlice();
    const update = (json: Record<string, unknown>) => call('PUT', `/users/${objectId}`, { token, json });
    expect((await update({ email: 'not-an-address' })).body).toMatchObject({ code: 3040 });
    expect((await update({ password: 42 })).body).toMatchObject({ code: 3050 });
    expect((await update({ bio: 'x'.repeat(501) })).body).toMatchObject({ code: 8008 });
    expect((await update({ 'bad name': 1 })).body).toMatchObject({ code: 8008 });
    expect((await update({ deep: [[[[[[[[[1]]]]]]]]] })).body).toMatchObject({ code: 8008 });
    // A null removes a custom property.
    expect((await update({ age: null })).body).not.toHaveProperty('age');
  });

  it('answers 3064 for a dead token, before anything else', async () => {
    const { objectId } = await loginAlice();
    expect((await call('PUT', `/users/${objectId}`, { token: 'dead', json: { name: 'X' } })).body).toMatchObject({
      code: 3064,
    });
  });
});

describe('guests', () => {
  it('register with a guest objectId and a dead token: 3064; a guest cannot log in with a password', async () => {
    const guest = (await call('POST', '/users/register/guest')).body as Record<string, string>;
    await call('GET', '/users/logout', { token: guest['user-token'] });
    const reply = await call('POST', '/users/register', {
      token: guest['user-token'],
      json: { objectId: guest.objectId, email: 'g@x.com', password: 'p' },
    });
    expect(reply.body).toMatchObject({ code: 3064 });
    expect(
      (await call('POST', '/users/register', { json: { objectId: guest.objectId, email: 'g@x.com', password: 'p' } }))
        .body,
    ).toMatchObject({
      code: 3039,
    });
  });
});

describe('GET users/role/<role>', () => {
  const find = (query: string) => call('GET', `/users/role/Admin${query}`);

  it('pages, sorts, selects and excludes properties', async () => {
    const names = (reply: { body: unknown }) => (reply.body as Array<{ name: string }>).map((user) => user.name);
    expect(names(await find('?sortBy=age%20desc'))).toEqual(['Hatter', 'Dodo', 'Alice']);
    expect(names(await find('?sortBy=age&pageSize=2&offset=1'))).toEqual(['Dodo', 'Hatter']);
    expect(names(await find('?sortBy=name'))).toEqual(['Alice', 'Dodo', 'Hatter']);
    const selected = (await find('?property=name&property=age&sortBy=name&loadRoles=true')).body as Array<
      Record<string, unknown>
    >;
    expect(Object.keys(selected[0]!).sort()).toEqual(['___class', 'age', 'name', 'objectId', 'roles']);
    const excluded = (await find('?excludeProps=email,age')).body as Array<Record<string, unknown>>;
    expect(excluded[0]).not.toHaveProperty('email');
    expect(excluded[0]).toHaveProperty('name');
    // Relations the Users table does not have are nothing to load.
    expect((await find('?loadRelations=*&relationsDepth=2')).status).toBe(200);
  });

  it("filters with a where clause: comparisons, LIKE, IN, IS NULL, AND / OR / NOT, text compared as MySQL's default does", async () => {
    const names = async (where: string) =>
      ((await find(`?sortBy=name&where=${encodeURIComponent(where)}`)).body as Array<{ name: string }>).map(
        (user) => user.name,
      );
    expect(await names('age > 20')).toEqual(['Dodo', 'Hatter']);
    expect(await names('age >= 10 AND age <= 25')).toEqual(['Alice', 'Dodo']);
    expect(await names("name LIKE 'h%' OR name = 'ALICE'")).toEqual(['Alice', 'Hatter']);
    expect(await names("NOT (name IN ('Alice', 'Dodo'))")).toEqual(['Hatter']);
    expect(await names("name NOT LIKE '_odo'")).toEqual(['Alice', 'Hatter']);
    expect(await names('shoeSize IS NULL AND updated IS NULL')).toEqual(['Alice', 'Dodo', 'Hatter']);
    expect(await names("email = 'hatter@wonderland.com' AND `age` <> 41")).toEqual(['Hatter']);
    expect(await names("name = 'O''Brien'")).toEqual([]);
  });

  it('refuses parameters it cannot apply with 8008 naming them, rather than ignoring them', async () => {
    expect.hasAssertions();
    for (const [query, name] of [
      ['?where=age%20%3E', 'where'],
      ['?where=age%20%3E%2020%20OR', 'where'],
      [`?where=${encodeURIComponent("name = 'unclosed")}`, 'where'],
      [`?where=${'('.repeat(40)}age%3D1${')'.repeat(40)}`, 'where'],
      [`?where=${encodeURIComponent(`name = '${'x'.repeat(4_000)}'`)}`, 'where'],
      ['?where=name%3B%20DROP%20TABLE%20Users', 'where'],
      ['?groupBy=age', 'groupBy'],
      ['?pageSize=0', 'pageSize'],
      ['?pageSize=101', 'pageSize'],
      ['?offset=-1', 'offset'],
      ['?loadRoles=maybe', 'loadRoles'],
      ['?sortBy=name%20sideways', 'sortBy'],
      ['?colour=red', 'colour'],
    ]) {
      expect((await find(query!)).body, query).toMatchObject({ code: 8008, message: expect.stringContaining(name!) });
    }
  });
});

describe('GET users/userclassprops', () => {
  it('types each custom column by its values', async () => {
    await call('PUT', '/_emulator/users/' + (await users())[0]!.user.objectId, {
      json: { ratio: 0.5, vip: true, tags: ['a'] },
    });
    const columns = (await call('GET', '/users/userclassprops')).body as Array<{
      name: string;
      type: string;
      identity: boolean;
    }>;
    const type = (name: string) => columns.find((column) => column.name === name)?.type;
    expect([
      type('objectId'),
      type('email'),
      type('created'),
      type('age'),
      type('ratio'),
      type('vip'),
      type('tags'),
    ]).toEqual(['STRING_ID', 'STRING', 'DATETIME', 'INT', 'DOUBLE', 'BOOLEAN', 'JSON']);
    expect(columns.filter((column) => column.identity).map((column) => column.name)).toEqual(['email']);
    expect((await call('GET', '/users/userclassprops', { token: 'dead' })).body).toMatchObject({ code: 3064 });
  });
});

describe('roles over the admin API', () => {
  const roles = async (): Promise<AdminRoleView[]> =>
    ((await call('GET', '/_emulator/roles')).body as { roles: AdminRoleView[] }).roles;

  it("lists Backendless' system roles and the app's custom roles with their holders", async () => {
    const list = await roles();
    expect(list.filter((role) => role.system).map((role) => role.name)).toEqual([
      'NotAuthenticatedUser',
      'AuthenticatedUser',
      'SocialUser',
      'FacebookUser',
      'GooglePlusUser',
      'TwitterUser',
      'ASUser',
      'AndroidUser',
      'DotNetUser',
      'IOSUser',
      'JSUser',
      'RestUser',
      'ServerCodeUser',
    ]);
    expect(list.find((role) => role.name === 'AuthenticatedUser')!.users).toBe(3);
    expect(list.filter((role) => !role.system)).toEqual([
      { name: 'Admin', system: false, users: 3 },
      { name: 'Editor', system: false, users: 0 },
    ]);
  });

  it('adds, assigns, unassigns and deletes a custom role; refuses system or bad names', async () => {
    expect((await call('POST', '/_emulator/roles', { json: { name: 'Reviewer' } })).status).toBe(201);
    const alice = (await users())[0]!.user.objectId as string;
    expect((await call('POST', '/_emulator/roles/Reviewer/users', { json: { user: ALICE.login } })).body).toMatchObject(
      {
        roles: ['Admin', 'Reviewer'],
      },
    );
    expect((await call('DELETE', `/_emulator/roles/Reviewer/users/${alice}`)).body).toMatchObject({ roles: ['Admin'] });
    await call('POST', '/_emulator/roles/Reviewer/users', { json: { user: alice } });
    expect((await call('DELETE', '/_emulator/roles/Reviewer')).body).toEqual({ deleted: 'Reviewer', users: 1 });
    expect((await users())[0]!.roles).toEqual(['Admin']);
    expect((await call('POST', '/_emulator/roles', { json: { name: 'JSUser' } })).body).toMatchObject({ code: 8008 });
    expect((await call('POST', '/_emulator/roles', { json: { name: '1 bad' } })).body).toMatchObject({ code: 8008 });
    expect((await call('DELETE', '/_emulator/roles/AuthenticatedUser')).body).toMatchObject({ code: 8008 });
    expect((await call('DELETE', '/_emulator/roles/Nobody')).body).toMatchObject({ code: 2005 });
    expect(
      (await call('POST', '/_emulator/roles/AuthenticatedUser/users', { json: { user: alice } })).body,
    ).toMatchObject({ code: 2007 });
  });

  it('sets roles and account state of a user with PATCH', async () => {
    const alice = (await users())[0]!.user.objectId as string;
    expect((await call('PATCH', `/_emulator/users/${alice}`, { json: { roles: ['Editor'] } })).body).toMatchObject({
      roles: ['Editor'],
    });
    expect((await call('PATCH', `/_emulator/users/${alice}`, { json: { roles: ['Ghost'] } })).body).toMatchObject({
      code: 2005,
    });
    await call('PATCH', `/_emulator/users/${alice}`, { json: { userStatus: 'EMAIL_CONFIRMATION_PENDING' } });
    expect((await call('POST', '/users/login', { json: ALICE })).body).toMatchObject({ code: 3087 });
    expect((await call('PATCH', `/_emulator/users/${alice}`, { json: { userStatus: 'GUEST' } })).body).toMatchObject({
      code: 8008,
    });
    expect((await call('PATCH', `/_emulator/users/${alice}`, { json: { created: 1 } })).body).toMatchObject({
      code: 3016,
    });
  });
});
