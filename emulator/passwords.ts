// Password hashing for the emulator's Users table: scrypt with a random salt per password, compared in
// constant time. Even a local emulator keeps real-looking credentials out of its data file.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Node's scrypt defaults (N = 2^14, r = 8, p = 1): about 16 MiB and tens of milliseconds per hash —
// the cost OWASP lists as a minimum, cheap enough to seed a few users at start-up.
const COST = 16_384;
const BLOCK_SIZE = 8;
const PARALLELIZATION = 1;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const PREFIX = 'scrypt';
const OPTIONS: ScryptOptions = { N: COST, r: BLOCK_SIZE, p: PARALLELIZATION };

function derive(password: string, salt: Buffer, options: ScryptOptions, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * Hashes a password into a self-describing string `scrypt$N$r$p$salt$hash` (base64url parts). The parameters
 * are written out so that a later version can recognise (and upgrade) today's hashes; today only these are read.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, OPTIONS, KEY_LENGTH);
  return [PREFIX, COST, BLOCK_SIZE, PARALLELIZATION, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Parses a stored hash; null unless it is exactly what {@link hashPassword} writes: the emulator's own
 * parameters, salt and key lengths. A data file is hand-editable, and scrypt's cost is in its parameters
 * (N = 2^20, r = 32 takes 4 GiB and seconds per login), so no other parameters are ever run.
 */
function parseHash(stored: string): { salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [, n, r, p, salt, key] = parts as [string, string, string, string, string, string];
  if (n !== String(COST) || r !== String(BLOCK_SIZE) || p !== String(PARALLELIZATION)) return null;
  const base64url = /^[A-Za-z0-9_-]+$/;
  if (!base64url.test(salt) || !base64url.test(key)) return null;
  const saltBytes = Buffer.from(salt, 'base64url');
  const keyBytes = Buffer.from(key, 'base64url');
  if (saltBytes.length !== SALT_LENGTH || keyBytes.length !== KEY_LENGTH) return null;
  return { salt: saltBytes, key: keyBytes };
}

/** True when `stored` looks like a hash written by {@link hashPassword}. */
export function isPasswordHash(stored: unknown): stored is string {
  return typeof stored === 'string' && parseHash(stored) !== null;
}

/**
 * Checks a password against a stored hash in constant time. A malformed hash never matches (and still
 * costs one scrypt run, so it cannot be told apart by timing either).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === null) {
    await derive(password, randomBytes(SALT_LENGTH), OPTIONS, KEY_LENGTH);
    return false;
  }
  const candidate = await derive(password, parsed.salt, OPTIONS, KEY_LENGTH);
  return timingSafeEqual(candidate, parsed.key);
}
