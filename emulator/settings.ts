// The emulated app's user-service settings (what Backendless Console shows under Users → Login and
// Registration): their defaults and the one check every source of settings goes through.
import { errors } from './errors.ts';

/**
 * What happens when a user who already has a live session logs in again:
 * - `allow`: both sessions live (Backendless's default);
 * - `end-previous`: the older sessions end (their tokens turn invalid; `isvalidusertoken` → false);
 * - `reject`: the new login fails with 3002.
 */
export type MultipleLoginsPolicy = 'allow' | 'end-previous' | 'reject';

/** The app's user-service settings (Backendless Console → Users → Login / Registration). */
export interface EmulatorSettings {
  /** false → register answers 3009 (HTTP 403). Default true. */
  registrationEnabled: boolean;
  /** true → every login answers 3034 ("User login is disabled"). Default false. */
  loginsDisabled: boolean;
  /** See {@link MultipleLoginsPolicy}. Default `allow`. */
  multipleLogins: MultipleLoginsPolicy;
  /** Live sessions one user may hold; the next login answers 3044. 0 = no limit (default). */
  maxConcurrentLogins: number;
  /** Failed logins in a row that lock an identity out (3036). 0 = never lock. Default 5. */
  maxFailedLogins: number;
  /** How long a lockout lasts, in milliseconds. Default 15 minutes. */
  lockoutMs: number;
  /** Idle time after which a session ends (its token then answers 3064). 0 = never (default). */
  sessionTimeoutMs: number;
}

/** Settings a new emulator starts with. */
export const DEFAULT_SETTINGS: Readonly<EmulatorSettings> = Object.freeze({
  registrationEnabled: true,
  loginsDisabled: false,
  multipleLogins: 'allow',
  maxConcurrentLogins: 0,
  maxFailedLogins: 5,
  lockoutMs: 15 * 60 * 1000,
  sessionTimeoutMs: 0,
});

const POLICIES: readonly MultipleLoginsPolicy[] = ['allow', 'end-previous', 'reject'];

/**
 * Checks a partial settings object (from options or the admin route); returns it typed, throws an
 * 8008 error naming the first bad field. Fields whose value is undefined are left out.
 */
export function validateSettings(input: Record<string, unknown>): Partial<EmulatorSettings> {
  const result: Partial<EmulatorSettings> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    switch (key) {
      case 'registrationEnabled':
      case 'loginsDisabled':
        if (typeof value !== 'boolean') throw errors.invalidParameter(`'${key}': must be true or false`);
        result[key] = value;
        break;
      case 'multipleLogins':
        if (!POLICIES.includes(value as MultipleLoginsPolicy)) {
          throw errors.invalidParameter(`'multipleLogins': must be one of ${POLICIES.join(', ')}`);
        }
        result.multipleLogins = value as MultipleLoginsPolicy;
        break;
      case 'maxConcurrentLogins':
      case 'maxFailedLogins':
      case 'lockoutMs':
      case 'sessionTimeoutMs':
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
          throw errors.invalidParameter(`'${key}': must be a whole number ≥ 0`);
        }
        result[key] = value;
        break;
      default:
        throw errors.invalidParameter(
          `'${key.slice(0, 80)}': not a setting (known: ${Object.keys(DEFAULT_SETTINGS).join(', ')})`,
        );
    }
  }
  return result;
}
