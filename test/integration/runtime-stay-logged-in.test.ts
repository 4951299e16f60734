// The runtime's stay-logged-in against a stub of Backendless (test/helpers/stub-backend.ts): what it stores, where
// (the SDK's localStorage shape in browsers, a 0600 file in Node), and what it does with a broken record.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALICE, APP_ID, memoryStorage, useStubBackend } from '../helpers/stub-backend.ts';

const stub = useStubBackend();

describe('stay logged in', () => {
  let directory: string;
  beforeAll(() => void (directory = mkdtempSync(join(tmpdir(), 'runtime-test-'))));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  afterEach(() => vi.unstubAllGlobals());

  it('in Node without storage the session lives in memory only: a new instance starts logged out', async () => {
    await stub.app().UserService.login(ALICE.email, 'wonderland', true);
    expect(stub.app().UserService.getCurrentUserToken()).toBeNull();
  });

  it('a file keeps a stayLoggedIn session for a new instance (mode 0600), which can use and end it', async () => {
    const file = join(directory, 'session.json');
    const user = await stub.app({ storage: { file } }).UserService.login(ALICE.email, 'wonderland', true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const record = JSON.parse(JSON.parse(readFileSync(file, 'utf8'))[`Backendless_${APP_ID}`]);
    expect(record).toEqual({ stayLoggedIn: true, 'user-token': user['user-token'], 'current-user-id': ALICE.objectId });

    const restored = stub.app({ storage: { file } }).UserService;
    expect([restored.getCurrentUserToken(), restored.loggedInUser()]).toEqual([user['user-token'], ALICE.objectId]);
    stub.seen.length = 0;
    const reloaded = await restored.getCurrentUser();
    expect(reloaded).toMatchObject(ALICE);
    expect(reloaded!['user-token']).toBeUndefined(); // as in the SDK: the token stays in storage
    expect(stub.seen[0]!.headers['user-token']).toBe(user['user-token']);
    expect(await restored.isValidLogin()).toBe(true);
    await restored.logout();
    expect(stub.app({ storage: { file } }).UserService.getCurrentUserToken()).toBeNull();
  });

  it('a login without stayLoggedIn === true writes no token to the file and erases a remembered one', async () => {
    expect.hasAssertions();
    const file = join(directory, 'not-remembered.json');
    await stub.app({ storage: { file } }).UserService.login(ALICE.email, 'wonderland', true);
    for (const stay of [false, undefined, 'true', 1]) {
      await stub.app({ storage: { file } }).UserService.login(ALICE.email, 'wonderland', stay as boolean);
      expect(stub.app({ storage: { file } }).UserService.getCurrentUserToken()).toBeNull();
    }
  });

  it('two apps share one file without overwriting each other', async () => {
    const file = join(directory, 'shared.json');
    const first = stub.app({ storage: { file } }).UserService;
    const second = stub.app({ storage: { file }, appId: 'APP-2' }).UserService;
    first.setCurrentUser({ objectId: 'A', 'user-token': 'TA' }, true);
    second.setCurrentUser({ objectId: 'B', 'user-token': 'TB' }, true);
    expect(stub.app({ storage: { file } }).UserService.getCurrentUserToken()).toBe('TA');
    expect(stub.app({ storage: { file }, appId: 'APP-2' }).UserService.getCurrentUserToken()).toBe('TB');
  });

  it('a corrupt session file reads as no session and is replaced on the next login', async () => {
    const file = join(directory, 'corrupt.json');
    writeFileSync(file, '{not json');
    const users = stub.app({ storage: { file } }).UserService;
    expect(users.getCurrentUserToken()).toBeNull();
    await users.login(ALICE.email, 'wonderland', true);
    expect(stub.app({ storage: { file } }).UserService.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('uses the environment localStorage by default, under Backendless_<appId> in the SDK shape', async () => {
    const localStorage = memoryStorage();
    vi.stubGlobal('localStorage', localStorage);
    const user = await stub.app().UserService.login(ALICE.email, 'wonderland', true);
    expect(JSON.parse(localStorage.items.get(`Backendless_${APP_ID}`)!)).toEqual({
      stayLoggedIn: true,
      'user-token': user['user-token'],
      'current-user-id': ALICE.objectId,
    });
    expect(stub.app().UserService.getCurrentUserToken()).toBe(user['user-token']);
  });

  it("keeps keys it does not own in the stored record, and storage: 'memory' ignores localStorage", async () => {
    const localStorage = memoryStorage();
    localStorage.setItem(`Backendless_${APP_ID}`, '{"other":1}');
    vi.stubGlobal('localStorage', localStorage);
    await stub.app().UserService.login(ALICE.email, 'wonderland', true);
    expect(JSON.parse(localStorage.getItem(`Backendless_${APP_ID}`)!)).toMatchObject({ other: 1, stayLoggedIn: true });
    expect(stub.app({ storage: 'memory' }).UserService.getCurrentUserToken()).toBeNull();
  });

  it('a localStorage that throws (private mode) falls back to memory', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
    });
    const users = stub.app().UserService;
    await users.login(ALICE.email, 'wonderland', true);
    expect(users.getCurrentUserToken()).toBe('TOKEN-1');
  });

  it('a storage whose write fails leaves the session as it was', async () => {
    const storage = memoryStorage();
    const users = stub.app({ storage }).UserService;
    await users.login(ALICE.email, 'wonderland', true);
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    await expect(users.logout()).rejects.toThrow('QuotaExceededError');
    expect([users.getCurrentUserToken(), users.loggedInUser()]).toEqual(['TOKEN-1', ALICE.objectId]);
  });
});
