// One request to the Backendless REST API: transport (fetch in browsers, pooled undici in Node), the
// user-token header, JSON in and out, the answer's shape, and every failure turned into a BackendlessError.
import { BackendlessError } from './errors.ts';
import { MAX_RESPONSE_BYTES, tooLarge, type Transport } from './io.ts';
import { nodeOnly } from './platform.ts';

/** What a call expects of a successful answer: a test it must pass. */
export type Shape = (data: unknown) => boolean;

/** What a call needs to know about its app. */
export interface Target {
  /** `<serverURL>/<appId>/<apiKey>` or `<domain>/api`. */
  base: string;
  timeout: number;
  token: string | null;
}

const browserTransport: Transport = async (url, method, headers, body, signal) => {
  // A redirect is not followed: fetch would carry the user-token header to wherever it points.
  const response = await fetch(url, { method, headers, body, signal, redirect: 'manual' });
  // Read piece by piece, so an endless answer stops at the limit instead of filling the page's memory.
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  const reader = response.body?.getReader();
  for (let part; reader && !(part = await reader.read()).done;) {
    if ((size += part.value.length) > MAX_RESPONSE_BYTES) throw tooLarge();
    text += decoder.decode(part.value, { stream: true });
  }
  return { status: response.status, text: text + decoder.decode() };
};

let transport: Transport | undefined;

/**
 * Sends one request and returns the parsed JSON answer. With `shape`, a successful answer must be JSON that
 * passes its test; without, anything goes, an empty body included (then `undefined`). The current user token
 * goes in the `user-token` header of every request, login included, as the SDK does. The whole exchange, body
 * included, is bounded by `target.timeout`.
 */
export async function send(
  { base, timeout, token }: Target,
  method: 'GET' | 'POST',
  path: string,
  body?: object,
  shape?: Shape,
): Promise<unknown> {
  const headers: Record<string, string> = {};
  if (token) headers['user-token'] = token;
  if (body) headers['content-type'] = 'application/json';
  // Messages name the server by origin only: the path holds the API key, and sometimes a token. A serverURL
  // without a scheme has no origin to name, so it is refused before anything is sent; one with a user name or
  // password too, so that no message ever shows them (and browsers refuse such URLs anyway).
  const origin = /^https?:\/\/[^/?#@]+(?=[/?#]|$)/i.exec(base)?.[0];
  if (!origin) {
    throw new BackendlessError(
      'Backendless serverURL must start with http:// or https:// and hold no user name or password',
    );
  }
  const fail = (problem: string, status?: number, cause?: unknown) =>
    new BackendlessError(`Backendless server ${origin}: ${problem}`, undefined, status, cause);
  // A timer we clear, rather than AbortSignal.timeout, which would keep a pending timer per request.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const url = base + path;
  let status: number, text: string;
  try {
    transport ??= nodeOnly()?.nodeTransport() ?? browserTransport;
    ({ status, text } = await transport(url, method, headers, body && JSON.stringify(body), controller.signal));
  } catch (error) {
    const timedOut = controller.signal.aborted;
    // Whatever went wrong, stop reading: an answer left half-read would keep its connection and memory.
    controller.abort();
    // e.g. "connect ECONNREFUSED 127.0.0.1:3000", "other side closed", "Failed to fetch". An invalid URL error
    // carries the whole URL (API key included) — as `input` in Node, in the message in browsers — so it is not
    // kept as the cause, and the URL in the message becomes the origin.
    const { code, message } = error as { code?: unknown; message: string };
    const cause = code === 'ERR_INVALID_URL' || message.includes(url) ? undefined : error;
    throw fail(timedOut ? `no answer within ${timeout} ms` : message.split(url).join(origin), undefined, cause);
  } finally {
    clearTimeout(timer);
  }
  // Status 0 is a browser's opaque redirect.
  if (!status || (status > 299 && status < 400)) {
    throw fail('redirect refused', status || undefined);
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
  if (status > 299) {
    throw typeof data?.message === 'string'
      ? new BackendlessError(data.message, typeof data.code === 'number' ? data.code : undefined, status)
      : fail(`HTTP ${status} without a Backendless error`, status);
  }
  if (shape && data === undefined) throw fail(`HTTP ${status} without the expected JSON`, status);
  if (shape && !shape(data)) throw fail(`HTTP ${status} with an unexpected answer`, status);
  return data;
}
