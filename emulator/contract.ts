// What code outside the emulator may know of it, browser code included: where it listens and how a user token
// is shown without revealing it. Types and pure functions only, no Node APIs.

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
