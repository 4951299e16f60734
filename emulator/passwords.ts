// Password hashing for the emulator's Users table: scrypt with a random salt per password, compared in
// constant time. Even a local emulator keeps real-looking credentials out of its data file.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Node's scrypt defaults (N = 2^14, r = 8, p = 1): about 16 MiB and tens of milliseconds per hash —
// the cost OWASP lists as a minimum, cheap enough to seed a few users at start-up. An emulator may be started with
// a lower N (`passwordCost`), down to 2^10: a test suite that registers and logs in hundreds of times spends most of
// its emulator time hashing. Every hash says its N, so hashes of any allowed cost are read whatever the emulator's.
/** scrypt's N for new hashes unless an emulator is told otherwise. */
export const DEFAULT_PASSWORD_COST = 16_384;
/** The lowest N an emulator hashes with or reads (16× cheaper than the default). */
export const MIN_PASSWORD_COST = 1_024;
const BLOCK_SIZE = 8;
const PARALLELIZATION = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const PREFIX = 'scrypt';

/** True for the N an emulator may hash with or read: a power of two from 2^10 to 2^14. */
export function isPasswordCost(cost: unknown): cost is number {
  return (
    typeof cost === 'number' &&
    Number.isInteger(cost) &&
    cost >= MIN_PASSWORD_COST &&
    cost <= DEFAULT_PASSWORD_COST &&
    (cost & (cost - 1)) === 0
  );
}

/** The environment variable that sets an emulator's password cost when its option is not given. */
export const PASSWORD_COST_VARIABLE = 'CODELESS_EMULATOR_PASSWORD_COST';

/**
 * `text` (a stored hash's N, the environment variable, the CLI's flag) as a cost: decimal digits without a leading
 * zero, naming an N {@link isPasswordCost} allows; undefined otherwise.
 */
export function parsePasswordCost(text: string): number | undefined {
  const cost = /^[1-9][0-9]{3,4}$/.test(text) ? Number(text) : NaN;
  return isPasswordCost(cost) ? cost : undefined;
}

function derive(password: string, salt: Buffer, cost: number): Promise<Buffer> {
  const options: ScryptOptions = { N: cost, r: BLOCK_SIZE, p: PARALLELIZATION };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * Hashes a password into a self-describing string `scrypt$N$r$p$salt$hash` (base64url parts), N being `cost`. The
 * parameters are written out so that a later version can recognise (and upgrade) today's hashes.
 */
export async function hashPassword(password: string, cost = DEFAULT_PASSWORD_COST): Promise<string> {
  if (!isPasswordCost(cost)) throw new RangeError(`scrypt's N must be a power of two from 1024 to 16384, not ${cost}`);
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, cost);
  return [PREFIX, cost, BLOCK_SIZE, PARALLELIZATION, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Parses a stored hash; null unless it is what {@link hashPassword} writes: an allowed N, the emulator's r and p,
 * salt and key lengths. A data file is hand-editable, and scrypt's cost is in its parameters (N = 2^20, r = 32
 * takes 4 GiB and seconds per login), so no other parameters are ever run.
 */
function parseHash(stored: string): { cost: number; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [, n, r, p, salt, key] = parts as [string, string, string, string, string, string];
  const cost = parsePasswordCost(n);
  if (cost === undefined || r !== String(BLOCK_SIZE) || p !== String(PARALLELIZATION)) return null;
  const base64url = /^[A-Za-z0-9_-]+$/;
  if (!base64url.test(salt) || !base64url.test(key)) return null;
  const saltBytes = Buffer.from(salt, 'base64url');
  const keyBytes = Buffer.from(key, 'base64url');
  if (saltBytes.length !== SALT_LENGTH || keyBytes.length !== KEY_LENGTH) return null;
  return { cost, salt: saltBytes, key: keyBytes };
}

/** True when `stored` looks like a hash written by {@link hashPassword}. */
export function isPasswordHash(stored: unknown): stored is string {
  return typeof stored === 'string' && parseHash(stored) !== null;
}

/**
 * Checks a password against a stored hash in constant time, at the hash's own cost. A malformed hash never
 * matches (and still costs one scrypt run at the default cost, so it cannot be told apart by timing either).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === null) {
    await derive(password, randomBytes(SALT_LENGTH), DEFAULT_PASSWORD_COST);
    return false;
  }
  const candidate = await derive(password, parsed.salt, parsed.cost);
  return timingSafeEqual(candidate, parsed.key);
}
