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

function derive(password: string, salt: Buffer, options: ScryptOptions, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * Hashes a password into a self-describing string `scrypt$N$r$p$salt$hash` (base64url parts), so the
 * parameters can change later without breaking stored users.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, { N: COST, r: BLOCK_SIZE, p: PARALLELIZATION }, KEY_LENGTH);
  return [PREFIX, COST, BLOCK_SIZE, PARALLELIZATION, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Parses a stored hash; null when it is not one this module wrote (a corrupt or foreign data file). */
function parseHash(stored: string): { options: ScryptOptions; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [, n, r, p, salt, key] = parts as [string, string, string, string, string, string];
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  // Bound the parameters so a hand-edited data file cannot make one login allocate gigabytes.
  const sane =
    Number.isInteger(options.N) &&
    options.N >= 2 &&
    options.N <= 1 << 20 &&
    (options.N & (options.N - 1)) === 0 &&
    Number.isInteger(options.r) &&
    options.r >= 1 &&
    options.r <= 32 &&
    Number.isInteger(options.p) &&
    options.p >= 1 &&
    options.p <= 16;
  if (!sane) return null;
  const keyBytes = Buffer.from(key, 'base64url');
  if (keyBytes.length < 16 || keyBytes.length > 128) return null;
  return {
    options: { ...options, maxmem: 256 * options.N * options.r * options.p + 1024 * 1024 },
    salt: Buffer.from(salt, 'base64url'),
    key: keyBytes,
  };
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
    await derive(password, randomBytes(SALT_LENGTH), { N: COST, r: BLOCK_SIZE, p: PARALLELIZATION }, KEY_LENGTH);
    return false;
  }
  const candidate = await derive(password, parsed.salt, parsed.options, parsed.key.length);
  return timingSafeEqual(candidate, parsed.key);
}
