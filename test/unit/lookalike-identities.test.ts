// Look-alike identities. NFC `josé` and NFD `jose\u0301` are one identity; invisible and
// bidirectional control characters are refused in identities with a clear error at every way in; what stays
// distinct (a Cyrillic а) is shown apart.
import { afterEach, describe, expect, it } from 'vitest';
import { revealNonAscii } from '../../emulator/contract.ts';
import { inProcessEmulator, type InProcessEmulator } from '../helpers/in-process-emulator.ts';

let emulator: InProcessEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(): Promise<InProcessEmulator> {
  emulator = await inProcessEmulator({ users: [] });
  return emulator;
}

async function post(path: string, body: unknown, token?: string, method = 'POST') {
  const e = emulator!;
  const reply = await e.request(path.startsWith('/_emulator') ? path : `/${e.appId}/${e.apiKey}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { 'user-token': token } : {}) },
    body: JSON.stringify(body),
  });
  return { status: reply.status, body: reply.body as Record<string, unknown> & { code?: number; message?: string } };
}

const register = (email: string, password = 'secret') => post('/users/register', { email, password });

describe('look-alike identities', () => {
  it('NFC josé and NFD jose\\u0301 are one identity: register answers 3033, login finds it either way', async () => {
    await start();
    expect((await register('jos\u00e9@corp.test')).status).toBe(200);
    expect((await register('jose\u0301@corp.test')).body.code).toBe(3033);
    const login = await post('/users/login', { login: 'jose\u0301@corp.test', password: 'secret' });
    expect(login.status).toBe(200);
    expect(login.body.email).toBe('jos\u00e9@corp.test');
  });

  it('an NFD address is stored as NFC', async () => {
    await start();
    expect((await register('rene\u0301@corp.test')).body.email).toBe('ren\u00e9@corp.test');
  });

  it.each([
    ['a zero-width space', 'alice\u200b@corp.test', 'U+200B'],
    ['a right-to-left override', 'alice\u202e@corp.test', 'U+202E'],
    ['a zero-width joiner', 'al\u200dice@corp.test', 'U+200D'],
    ['a byte-order mark', '\ufeffalice@corp.test', 'U+FEFF'],
    ['a right-to-left isolate', 'alice\u2067@corp.test', 'U+2067'],
  ])('%s in an identity is refused with 3040 naming it, at every way in', async (_name, email, named) => {
    const e = await start();
    const registered = await register(email);
    expect(registered.body.code).toBe(3040);
    expect(registered.body.message).toContain(named);
    const alice = await register('alice@corp.test');
    const session = await post('/users/login', { login: 'alice@corp.test', password: 'secret' });
    const update = await post(
      `/users/${String(alice.body.objectId)}`,
      { email },
      session.body['user-token'] as string,
      'PUT',
    );
    expect(update.body.code).toBe(3040);
    expect((await post('/_emulator/users', { email, password: 'secret' })).body.code).toBe(3040);
    const document = JSON.parse(e.app.admin.exportData()) as { users: Array<{ email: string }> };
    document.users[0]!.email = email;
    const imported = await post('/_emulator/import', document);
    expect(imported.body.code).toBe(8008);
    expect(imported.body.message).toContain(named);
  });

  it('a Cyrillic а makes another account, and its code point is shown beside it', async () => {
    await start();
    expect((await register('alice@corp.test')).status).toBe(200);
    expect((await register('\u0430lice@corp.test')).status).toBe(200);
    expect(revealNonAscii('\u0430lice@corp.test')).toBe('U+0430 \u0430');
    expect(revealNonAscii('alice@corp.test')).toBeUndefined();
  });
});
