// The emulated app's user-service settings (what Backendless Console shows under Users → Registration and Login):
// their defaults — Backendless' own where its documentation or the SDK's e2e spec records one — and the one check
// every source of settings (options, flags, the data file, the admin API) goes through.
import {
  MAX_PASSWORD_LENGTH,
  type EmulatorSettings,
  type MultipleLoginsPolicy,
  type PasswordResetMode,
} from './contract.ts';
import { errors } from './errors.ts';

export type { EmulatorSettings, MultipleLoginsPolicy, PasswordResetMode } from './contract.ts';

/** Backendless' longest session timeout: 30 days ("The maximum allowed value is 30 days"). */
export const MAX_SESSION_TIMEOUT_MS = 30 * 24 * 60 * 60 * 1000;

/** Settings a new emulator starts with. */
export const DEFAULT_SETTINGS: Readonly<EmulatorSettings> = Object.freeze({
  registrationEnabled: true,
  emailConfirmationRequired: false,
  passwordResetMode: 'link',
  loginsDisabled: false,
  // The SDK's e2e spec: "multiple logins disabled (default rule): second login should logout previously logged in user".
  multipleLogins: 'end-previous',
  maxConcurrentLogins: 0,
  // The SDK's e2e spec: "unlimited unsuccessful logins (by default)".
  maxFailedLogins: 0,
  lockoutMs: 15 * 60 * 1000,
  // Backendless: with "Enable Session Timeout" off "the inactivity timeout is set to 3600".
  sessionTimeoutMs: 60 * 60 * 1000,
  redirectOrigins: Object.freeze([]),
  // Backendless takes any non-empty password unless the app sets a policy.
  minPasswordLength: 1,
});

/** How many origins `redirectOrigins` may list. */
export const MAX_REDIRECT_ORIGINS = 100;

const POLICIES: readonly MultipleLoginsPolicy[] = ['end-previous', 'reject', 'allow'];
const RESET_MODES: readonly PasswordResetMode[] = ['link', 'generated-password'];

/**
 * Checks a partial settings object (from options, flags, a data file or the admin route); returns it typed, throws
 * an 8008 error naming the first bad field. Fields whose value is undefined are left out.
 */
export function validateSettings(input: Record<string, unknown>): Partial<EmulatorSettings> {
  const result: Partial<EmulatorSettings> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    switch (key) {
      case 'registrationEnabled':
      case 'emailConfirmationRequired':
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
      case 'passwordResetMode':
        if (!RESET_MODES.includes(value as PasswordResetMode)) {
          throw errors.invalidParameter(`'passwordResetMode': must be one of ${RESET_MODES.join(', ')}`);
        }
        result.passwordResetMode = value as PasswordResetMode;
        break;
      case 'maxConcurrentLogins':
      case 'maxFailedLogins':
      case 'lockoutMs':
        result[key] = wholeNumber(key, value, Number.MAX_SAFE_INTEGER);
        break;
      case 'sessionTimeoutMs':
        result.sessionTimeoutMs = wholeNumber(key, value, MAX_SESSION_TIMEOUT_MS);
        break;
      case 'minPasswordLength':
        result.minPasswordLength = wholeNumber(key, value, MAX_PASSWORD_LENGTH);
        if (result.minPasswordLength < 1) throw errors.invalidParameter("'minPasswordLength': at least 1");
        break;
      case 'redirectOrigins':
        result.redirectOrigins = redirectOrigins(value);
        break;
      default:
        throw errors.invalidParameter(
          `'${key.slice(0, 80)}': not a setting (known: ${Object.keys(DEFAULT_SETTINGS).join(', ')})`,
        );
    }
  }
  return result;
}

function wholeNumber(key: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw errors.invalidParameter(`'${key}': must be a whole number from 0 to ${max}`);
  }
  return value;
}

/** A list of http(s) origins, each written as its origin (`https://app.example`, no path), normalized, once each. */
function redirectOrigins(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_REDIRECT_ORIGINS) {
    throw errors.invalidParameter(`'redirectOrigins': an array of at most ${MAX_REDIRECT_ORIGINS} origins`);
  }
  const origins = value.map((entry: unknown) => {
    const origin = typeof entry === 'string' && entry.length <= 300 ? originOf(entry.replace(/\/$/, '')) : undefined;
    if (origin === undefined) {
      throw errors.invalidParameter(
        `'redirectOrigins': ${JSON.stringify(String(entry).slice(0, 80))} is not an origin such as https://app.example`,
      );
    }
    return origin;
  });
  return [...new Set(origins)];
}

/** The origin a text names when it is exactly an http(s) origin (scheme, host, port; no path, query or user). */
function originOf(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const bare =
    url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  return (url.protocol === 'http:' || url.protocol === 'https:') && bare && !/[?#]/.test(text) ? url.origin : undefined;
}
