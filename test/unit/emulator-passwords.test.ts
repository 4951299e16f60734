// The emulator's password hashes: scrypt at N = 16384 by default, at a lower N (down to 1024) when an emulator is
// told so; each hash says its N and is checked at it, and no hash outside the allowed parameters is ever run.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEmulator } from '../../emulator/build.ts';
import {
  DEFAULT_PASSWORD_COST,
  hashPassword,
  isPasswordHash,
  MIN_PASSWORD_COST,
  PASSWORD_COST_VARIABLE,
  verifyPassword,
} from '../../emulator/passwords.ts';
import { inProcessEmulator } from '../helpers/in-process-emulator.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a password hash', () => {
  it('is scrypt at N = 16384, r = 8, p = 1 unless a cost is given', async () => {
    expect(DEFAULT_PASSWORD_COST).toBe(16_384);
    const hash = await hashPassword('wonderland');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword('wonderland', hash)).toBe(true);
    expect(await verifyPassword('Wonderland', hash)).toBe(false);
  });

  it('says its own N and is checked at it, whatever the default', async () => {
    for (const cost of [1024, 2048, 4096, 8192]) {
      const hash = await hashPassword('wonderland', cost);
      expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', String(cost), '8', '1']);
      expect(isPasswordHash(hash)).toBe(true);
      expect(await verifyPassword('wonderland', hash)).toBe(true);
      expect(await verifyPassword('wonderland!', hash)).toBe(false);
    }
  });

  it('is refused at an N that is not a power of two from 1024 to 16384', async () => {
    for (const cost of [0, 512, 1000, 1536, 32_768, 1_048_576, Number.NaN]) {
      await expect(hashPassword('wonderland', cost)).rejects.toThrow(/power of two from 1024 to 16384/);
    }
    const [, , r, p, salt, key] = (await hashPassword('wonderland', MIN_PASSWORD_COST)).split('$');
    for (const n of ['512', '1000', '01024', '1024.0', '32768', '1e4', '']) {
      const stored = ['scrypt', n, r, p, salt, key].join('$');
      expect(isPasswordHash(stored), n).toBe(false);
      // Never run at the stored parameters: a refused hash matches nothing.
      expect(await verifyPassword('wonderland', stored)).toBe(false);
    }
  });
});

describe("an emulator's password cost", () => {
  /** The N of the hash the emulator stored for the user it was seeded with. */
  async function seededCost(options: Parameters<typeof inProcessEmulator>[0]): Promise<number> {
    const emulator = await inProcessEmulator(options);
    try {
      const exported = await emulator.call('GET', '/_emulator/export');
      const [user] = (exported.body as { users: Array<{ passwordHash: string }> }).users;
      return Number(user!.passwordHash.split('$')[1]);
    } finally {
      await emulator.close();
    }
  }

  it('is the default without the option or the environment variable', async () => {
    vi.stubEnv(PASSWORD_COST_VARIABLE, '');
    expect(await seededCost({})).toBe(16_384);
  });

  it('is the environment variable when set, and the option over it', async () => {
    vi.stubEnv(PASSWORD_COST_VARIABLE, '2048');
    expect(await seededCost({})).toBe(2048);
    expect(await seededCost({ passwordCost: 4096 })).toBe(4096);
  });

  it('logs a user in whose hash was written at another cost', async () => {
    vi.stubEnv(PASSWORD_COST_VARIABLE, '');
    const emulator = await inProcessEmulator({ passwordCost: 1024 });
    try {
      const added = await emulator.call('POST', '/_emulator/users', {
        email: 'dodo@wonderland.com',
        password: 'caucus',
      });
      expect(added.status).toBe(201);
      const exported = (await emulator.call('GET', '/_emulator/export')).body as {
        users: Array<{ passwordHash: string }>;
      };
      // Alice as a default emulator would have hashed her, then the whole data back in.
      exported.users[0]!.passwordHash = await hashPassword('wonderland');
      expect((await emulator.call('POST', '/_emulator/import', exported)).status).toBe(200);
      for (const login of [
        { login: 'alice@wonderland.com', password: 'wonderland' },
        { login: 'dodo@wonderland.com', password: 'caucus' },
      ]) {
        const answer = await emulator.call('POST', `/${emulator.appId}/${emulator.apiKey}/users/login`, login);
        expect(answer.status, login.login).toBe(200);
      }
    } finally {
      await emulator.close();
    }
  });

  it('refuses a cost that is not one, naming where it came from', async () => {
    await expect(buildEmulator({ passwordCost: 1000 })).rejects.toThrow(
      "passwordCost 1000: scrypt's N must be a power of two from 1024 to 16384",
    );
    vi.stubEnv(PASSWORD_COST_VARIABLE, 'cheap');
    await expect(buildEmulator({})).rejects.toThrow(
      `${PASSWORD_COST_VARIABLE}="cheap": scrypt's N must be a power of two from 1024 to 16384`,
    );
  });
});
