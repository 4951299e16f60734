// The users an emulator starts with (and a reset restores): the scenario's alice by default, or the list given
// to `startEmulator({ users })` / `codeless emulator --users FILE`, checked with register's rules and hashed. A seed
// user may name custom roles (`roles: ["Admin"]`), which must be among the app's roles.
import { validateNewUser, type NewUserProperties } from './user-properties.ts';
import { newUserRecord, normalizeIdentity, type StoredUser } from './users.ts';
import { errorMessage } from './contract.ts';

/** A seed user: identity, password, optional name, custom roles and any custom columns. */
export interface SeedUser {
  email: string;
  password: string;
  name?: string;
  /** Custom roles the user holds (each must be one of the app's roles). */
  roles?: string[];
  [column: string]: unknown;
}

/** The scenario's user: alice@wonderland.com / wonderland, name Alice. */
export const DEFAULT_SEED_USERS: readonly SeedUser[] = Object.freeze([
  Object.freeze({ email: 'alice@wonderland.com', password: 'wonderland', name: 'Alice' }),
]);

/** Validates and hashes seed users into records; throws a plain Error naming the bad entry. */
export async function seedRecords(
  seed: readonly SeedUser[],
  now: number,
  roleExists: (role: string) => boolean,
  minPasswordLength: number,
  hash: (password: string) => Promise<string>,
): Promise<StoredUser[]> {
  if (!Array.isArray(seed)) throw new Error('users must be an array of { email, password, name?, ...columns }');
  const validated: Array<{ properties: NewUserProperties; roles: string[] }> = [];
  const identities = new Set<string>();
  for (const [index, entry] of seed.entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new Error(`users[${index}] must be an object { email, password, name?, roles?, ...columns }`);
    }
    const { roles = [], ...user } = entry as SeedUser;
    const where = `users[${index}] (${String((entry as SeedUser).email).slice(0, 100)})`;
    if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string' || !roleExists(role))) {
      throw new Error(`${where}: roles must be an array of the app's custom roles (give them with the roles option)`);
    }
    let properties;
    try {
      properties = validateNewUser(user as Record<string, unknown>, minPasswordLength);
    } catch (error) {
      throw new Error(`${where}: ${errorMessage(error)}`, { cause: error });
    }
    const identity = normalizeIdentity(properties.email);
    if (identities.has(identity)) throw new Error(`users[${index}]: ${properties.email} is listed twice`);
    identities.add(identity);
    validated.push({ properties, roles: [...new Set(roles)] });
  }
  // Hashed in parallel: scrypt runs on libuv's thread pool, so a larger seed starts several times faster.
  return Promise.all(
    validated.map(async ({ properties, roles }) => ({
      ...newUserRecord(properties, await hash(properties.password), now),
      roles,
    })),
  );
}
