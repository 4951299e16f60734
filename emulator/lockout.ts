// Failed-login counting and lockout (3036), keyed by the identity typed — whether or not such a user exists,
// so a lockout never reveals which identities are registered. Bounded in entries and in bytes: an entry is
// keyed by a digest of the identity, never the identity itself, so a flood of failed logins with megabyte-long
// identities costs a few hundred bytes each (see limits.ts).
import { createHash } from 'node:crypto';
import { MAX_FAILED_LOGIN_ENTRIES } from './limits.ts';
import { normalizeIdentity } from './users.ts';

/** What the table remembers of one identity. */
export interface FailedLogins {
  failures: number;
  lockedUntil: number;
}

/** The failed-login table. */
export class FailedLoginTracker {
  #entries = new Map<string, FailedLogins>();
  readonly #capacity: number;

  constructor(capacity = MAX_FAILED_LOGIN_ENTRIES) {
    this.#capacity = capacity;
  }

  /** True while `identity` is locked out at time `now`. An expired lock is forgotten. */
  isLocked(identity: string, now: number): boolean {
    const key = keyOf(identity);
    const entry = this.#entries.get(key);
    if (!entry || entry.lockedUntil === 0) return false;
    if (entry.lockedUntil > now) return true;
    this.#entries.delete(key);
    return false;
  }

  /** Counts a failure; locks the identity for `lockoutMs` once `maxFailures` is reached (0 = never). */
  recordFailure(identity: string, now: number, maxFailures: number, lockoutMs: number): void {
    if (maxFailures <= 0) return;
    const key = keyOf(identity);
    const entry = this.#entries.get(key) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    if (entry.failures >= maxFailures) entry.lockedUntil = now + lockoutMs;
    // Re-insert so the Map's order is "least recently failed first", then evict from the front.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#capacity) this.#evict(now);
  }

  /**
   * Makes room, oldest first — but an identity that is locked right now goes last: otherwise a flood of failed
   * logins for random identities would push a locked account out and give its attacker fresh guesses.
   */
  #evict(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.#capacity) return;
      if (entry.lockedUntil <= now) this.#entries.delete(key);
    }
    // Every entry is a live lock: memory stays bounded, the oldest locks go.
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.#capacity) return;
      this.#entries.delete(key);
    }
  }

  /** A successful login (or an admin unlock) forgets the failures; returns what it forgot, for {@link restore}. */
  clear(identity: string): FailedLogins | undefined {
    const key = keyOf(identity);
    const forgotten = this.#entries.get(key);
    this.#entries.delete(key);
    return forgotten;
  }

  /** Puts back what {@link clear} forgot (a change that could not be saved is undone). */
  restore(identity: string, forgotten: FailedLogins | undefined): void {
    if (forgotten) this.#entries.set(keyOf(identity), forgotten);
  }

  /** Failures counted and lock end for an identity, for the admin view. */
  status(identity: string, now: number): { failedLogins: number; lockedUntil: number | null } {
    const locked = this.isLocked(identity, now);
    const entry = this.#entries.get(keyOf(identity));
    return { failedLogins: entry?.failures ?? 0, lockedUntil: locked && entry ? entry.lockedUntil : null };
  }

  /** How many identities are remembered. */
  get size(): number {
    return this.#entries.size;
  }

  /** Forgets everything; returns the old table, for {@link restoreAll}. */
  reset(): ReadonlyMap<string, FailedLogins> {
    const old = this.#entries;
    this.#entries = new Map();
    return old;
  }

  /** A copy of the table, for {@link restoreAll}. */
  snapshot(): ReadonlyMap<string, FailedLogins> {
    return new Map([...this.#entries].map(([key, entry]) => [key, { ...entry }]));
  }

  /** Puts back a table {@link reset} or {@link snapshot} returned. */
  restoreAll(saved: ReadonlyMap<string, FailedLogins>): void {
    this.#entries = new Map(saved);
  }
}

/** A fixed-size key for an identity: 43 characters, whatever its length, equal for identities that match. */
function keyOf(identity: string): string {
  // UTF-16 code units, not UTF-8: two identities differing only in lone surrogates must not share a key.
  return createHash('sha256').update(normalizeIdentity(identity), 'utf16le').digest('base64url');
}
