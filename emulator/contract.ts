// What code outside the emulator may know of it, browser code included: where it listens, how a user token is
// shown without revealing it, and the shapes its admin API answers with. Types and pure functions only, no Node
// APIs.

/** Where an emulator listens and the app it serves: what `startEmulator()` resolves to (without `close`), what
 * `/emulator.json` and `codeless emulator --json` print. */
export interface EmulatorAddress {
  /** Its base URL, e.g. `http://127.0.0.1:3850`. */
  url: string;
  /** The application id of the app it serves. */
  appId: string;
  /** The REST API key of that app. */
  apiKey: string;
}

/** A user token as the admin side and the playground show it: its first and last four characters. */
export function maskToken(token: string): string {
  return token.length <= 10 ? '…' : `${token.slice(0, 4)}…${token.slice(-4)}`;
}

/** Any JSON value a custom Users column can hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A user object as Backendless sends it: system columns and custom columns, never a password. */
export type PublicUser = Record<string, JsonValue>;

/** A user as the admin API (`GET /_emulator/users`) lists it: the public object plus account state. */
export interface AdminUserView {
  user: PublicUser;
  loginDisabled: boolean;
  /** Failed logins counted for the user's email since the last success. */
  failedLogins: number;
  /** When the lockout ends (epoch milliseconds), or null when not locked out. */
  lockedUntil: number | null;
  liveSessions: number;
}

/** A live session as the admin API (`GET /_emulator/sessions`) lists it: its token masked, never whole. */
export interface AdminSessionView {
  /** Names the session for `DELETE /_emulator/sessions/<sessionId>` without revealing its token. */
  sessionId: string;
  /** The user's objectId. */
  objectId: string;
  email: string | null;
  name: string | null;
  created: number;
  lastUsed: number;
  /** The token through {@link maskToken}. */
  token: string;
}
