// One request to the Backendless REST API: transport (fetch in browsers, pooled undici in Node),
// the user-token header, JSON in and out, and every failure turned into a BackendlessError.
import { BackendlessError } from './errors.ts';
import type { Transport } from './io.ts';
import { nodeOnly } from './platform.ts';

/** What a call needs to know about its app. */
export interface Target {
  /** `<serverURL>/<appId>/<apiKey>` or `<domain>/api`. */
  base: string;
  timeout: number;
  token: string | null;
}

const browserTransport: Transport = async (url, method, headers, body, signal) => {
  const response = await fetch(url, { method, headers, body, signal });
  return { status: response.status, text: await response.text() };
};

let transport: Transport | undefined;

/**
 * Sends one request and returns the parsed JSON answer; only `expectJson: false` accepts an empty body
 * (and then returns `undefined`). The current user token goes in the `user-token` header of every
 * request, login included, as the SDK does. The whole exchange, body included, is bounded by
 * `target.timeout`.
 */
export async function send(
  { base, timeout, token }: Target,
  method: 'GET' | 'POST',
  path: string,
  body?: object,
  expectJson = true,
): Promise<unknown> {
  const headers: Record<string, string> = {};
  if (token) headers['user-token'] = token;
  if (body) headers['content-type'] = 'application/json';
  // Messages name the server by origin only: the path holds the API key, and sometimes a token. A serverURL
  // without a scheme has no origin to name, so it is refused before anything is sent.
  const origin = /^https?:\/\/[^/?#]+/i.exec(base)?.[0];
  if (!origin) throw new BackendlessError('Backendless serverURL must start with http:// or https://');
  const fail = (problem: string, status?: number, cause?: unknown) =>
    new BackendlessError(`Backendless server ${origin}: ${problem}`, undefined, status, cause);
  // A timer we clear, rather than AbortSignal.timeout, which would keep a pending timer per request.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let status: number, text: string;
  try {
    transport ??= nodeOnly()?.nodeTransport() ?? browserTransport;
    ({ status, text } = await transport(base + path, method, headers, body && JSON.stringify(body), controller.signal));
  } catch (error) {
    // e.g. "connect ECONNREFUSED 127.0.0.1:3000", "other side closed", "Failed to fetch".
    // An invalid URL error carries the whole URL (API key included) as `input`: it is not kept as the cause.
    const cause = (error as { code?: unknown }).code === 'ERR_INVALID_URL' ? undefined : error;
    throw fail(
      controller.signal.aborted ? `no answer within ${timeout} ms` : (error as Error).message,
      undefined,
      cause,
    );
  } finally {
    clearTimeout(timer);
  }
  let data: { code?: unknown; message?: unknown } | undefined;
  // An empty body (logout's success) is common: skip the parse rather than pay for a thrown error.
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON (HTML from a proxy, plain text): handled below.
    }
  }
  if (status < 200 || status > 299) {
    throw typeof data?.message === 'string'
      ? new BackendlessError(data.message, typeof data.code === 'number' ? data.code : undefined, status)
      : fail(`HTTP ${status} without a Backendless error`, status);
  }
  if (expectJson && data === undefined) throw fail(`HTTP ${status} without the expected JSON`, status);
  return data;
}
