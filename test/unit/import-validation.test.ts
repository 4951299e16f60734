// One validation serves every way in. A hostile import — a reset token "a" open until the year
// 275,760, columns named user-token or holding markup, an e-mail that is no e-mail, a 5,000-character name, an outbox
// link to another site — is refused naming the bad entry, and changes nothing; a clean export still round-trips.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inProcessEmulator, type InProcessEmulator } from '../helpers/in-process-emulator.ts';

let emulator: InProcessEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

type Document = {
  users: Array<Record<string, unknown>>;
  outbox: Array<Record<string, unknown>>;
  links: Array<Record<string, unknown>>;
} & Record<string, unknown>;

/** An emulator with one user and an open reset link, and its export as an object to spoil. */
async function exported(): Promise<{ e: InProcessEmulator; document: Document }> {
  const e = (emulator = await inProcessEmulator({
    users: [{ email: 'alice@wonderland.com', password: 'wonderland' }],
  }));
  await e.request(`/${e.appId}/${e.apiKey}/users/restorepassword/alice@wonderland.com`);
  return { e, document: JSON.parse(e.app.admin.exportData()) as Document };
}

const importing = (e: InProcessEmulator, document: unknown) =>
  e.request('/_emulator/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(document),
  });

const hostile: Array<[string, (document: Document) => void, RegExp]> = [
  [
    'a reset token "a" open until the year 275,760',
    (d) => Object.assign(d.links[0]!, { token: 'a', expires: 8.64e15 }),
    /links\[0\]/,
  ],
  [
    'a well-formed token open until the year 275,760',
    (d) => Object.assign(d.links[0]!, { expires: 8.64e15 }),
    /links\[0\]/,
  ],
  [
    'a column named user-token',
    (d) => Object.assign(d.users[0]!.columns as object, { 'user-token': 'x' }),
    /users\[0\].*user-token/,
  ],
  [
    'a column named roles',
    (d) => Object.assign(d.users[0]!.columns as object, { roles: ['Admin'] }),
    /users\[0\].*roles/,
  ],
  [
    'markup in a column name',
    (d) => Object.assign(d.users[0]!.columns as object, { '<img src=x onerror=alert(1)>': 1 }),
    /users\[0\]/,
  ],
  ['an e-mail that is no e-mail', (d) => Object.assign(d.users[0]!, { email: '<script>x' }), /users\[0\]: email/],
  ['a 5,000-character name', (d) => Object.assign(d.users[0]!, { name: 'n'.repeat(5000) }), /users\[0\]: name/],
  [
    'an outbox link to another site',
    (d) => {
      const links = d.outbox[0]!.links as Array<{ url: string }>;
      links[0]!.url = 'https://evil.test/phish';
    },
    /outbox\[0\]/,
  ],
  [
    'an outbox link to another site with the emulator page path',
    (d) => {
      const links = d.outbox[0]!.links as Array<{ url: string }>;
      links[0]!.url = `https://evil.test${new URL(links[0]!.url).pathname}`;
    },
    /outbox\[0\]/,
  ],
];

describe('import refuses a hostile document', () => {
  it.each(hostile)('%s: 8008 naming the entry, nothing changed', async (_name, spoil, names) => {
    const { e, document } = await exported();
    const before = e.app.admin.exportData();
    spoil(document);
    const answer = await importing(e, document);
    expect(answer.status).toBe(400);
    expect((answer.body as { code: number }).code).toBe(8008);
    expect((answer.body as { message: string }).message).toMatch(names);
    expect(e.app.admin.exportData()).toBe(before);
  });

  it('a clean export imports as it is', async () => {
    const { e, document } = await exported();
    const answer = await importing(e, document);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ users: 1, outbox: 1 });
  });
});

describe('the data file takes the same rules', () => {
  it('a data file with a user the import would refuse is refused at start, naming it', async () => {
    const { document } = await exported();
    await emulator!.close();
    emulator = undefined;
    document.users[0]!.email = 'not an email';
    const folder = await mkdtemp(join(tmpdir(), 'hostile-data-'));
    try {
      const file = join(folder, 'data.json');
      await writeFile(file, JSON.stringify(document));
      await expect(inProcessEmulator({ dataFile: file })).rejects.toThrow(/users\[0\]: email/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
