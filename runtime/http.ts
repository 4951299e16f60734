// One request to the Backendless REST API: transport (fetch in browsers, pooled undici in Node), the
// user-token header, JSON in and out, the answer's shape, and every failure turned into a BackendlessError.
import { appPath, type Settings } from './config.ts';
import { BackendlessError } from './errors.ts';
import { MAX_RESPONSE_BYTES, noAnswer, tooLarge, type RawResponse, type Transport } from './io.ts';
import { nodeParts } from './platform.ts';

/** What a call expects of a successful answer: a test it must pass, which tells the compiler what the answer is. */
export type Shape<Answer> = (data: unknown) => data is Answer;

/** An HTTP method the user service uses. */
export type Method = 'GET' | 'POST' | 'PUT';

/** A call's way to the server: `send` for the app it belongs to, with the current user token. */
export type Call = <Answer = unknown>(
  method: Method,
  path: string,
  shape?: Shape<Answer>,
  body?: object,
) => Promise<Answer>;

/**
 * A value placed in a URL path segment, escaped whole: an identity, id or role name can never change the route.
 * (The SDK leaves `@ : $ & + , ; =` as they are in most paths; escaped, they reach the server as the same text.)
 */
export const segment = (value: unknown) => encodeURIComponent(value as string);

const browserTransport: Transport = async (origin, path, method, headers, body, timeout) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(noAnswer(timeout)), timeout);
  try {
    // A redirect is not followed: fetch would carry the user-token header to wherever it points.
    const response = await fetch(origin + path, {
      method,
      headers,
      body,
      signal: controller.signal,
      redirect: 'manual',
    });
    // Read piece by piece, so an endless answer stops at the limit instead of filling the page's memory.
    const parts: Uint8Array<ArrayBuffer>[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let part; reader && !(part = await reader.read()).done;) {
      if ((size += part.value.length) > MAX_RESPONSE_BYTES) throw tooLarge();
      parts.push(part.value);
    }
    // An opaque redirect's status 0 is no status.
    return {
      status: response.status || undefined,
      headers: Object.fromEntries(response.headers),
      body: await new Blob(parts).text(),
    };
  } catch (error) {
    // Whatever went wrong, stop reading: an answer left half-read would keep its connection and memory. (After
    // the timer's abort, fetch and the body's reader reject with its reason: noAnswer.)
    controller.abort();
    throw error;
  } finally {
    clearTimeout(timer);
  }
};

let transport: Transport | undefined;

/**
 * Sends one request to `<app's base URL>/<path>` and returns the answer: its JSON, or its text when it is not JSON
 * (`''` when empty), as the official SDK does. With `shape`, the answer must pass its test. `token` (the current
 * user token) goes in the `user-token` header of every request, login included, as the SDK does. The whole
 * exchange, body included, is bounded by the app's timeout.
 */
export async function send<Answer = unknown>(
  settings: Settings,
  token: string | null,
  method: Method,
  path: string,
  shape?: Shape<Answer>,
  body?: object,
): Promise<Answer> {
  const base = appPath(settings);
  // As the SDK rejects a call before initApp.
  if (!base) {
    throw new BackendlessError(
      'Backendless API is not configured, make sure you run Backendless.initApp(...) before the operation',
    );
  }
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
  // A failure on the way, or an answer that is no Backendless answer: named by the server's origin, with what
  // arrived of the answer.
  // The answer's status, headers and text go into the error as they are.
  const fail = (problem: string, answer?: RawResponse, cause?: unknown) =>
    new BackendlessError(`Backendless server ${origin}: ${problem}`, { ...answer, cause });
  path = base.slice(origin.length) + '/' + path;
  let answer;
  try {
    transport ??= nodeParts?.nodeTransport() ?? browserTransport;
    answer = await transport(origin, path, method, headers, body && JSON.stringify(body), settings.timeout);
  } catch (error) {
    // e.g. "connect ECONNREFUSED 127.0.0.1:3000", "other side closed", "Failed to fetch". A browser's invalid URL
    // error carries the whole URL (API key included) in its message: that error is not kept as the cause, and the
    // URL in the message becomes the origin. (Node's transport is handed the origin alone, which has no key.)
    const { message } = error as Error;
    throw fail(message.split(origin + path).join(origin), undefined, message.includes(path) ? undefined : error);
  }
  const { status, body: text } = answer;
  // No status: a browser's opaque redirect.
  if (!status || (status > 299 && status < 400)) throw fail('redirect refused', answer);
  let data: unknown = text;
  // An empty body (logout's success) is common: skip the parse rather than pay for a thrown error.
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      // Not JSON (HTML from a proxy, plain text): the text itself, as in the SDK.
    }
  }
  if (status > 299) {
    const { code, message } = (data ?? {}) as { code?: unknown; message?: unknown };
    throw typeof message === 'string'
      ? new BackendlessError(message, { ...answer, code: typeof code === 'number' ? code : undefined, body: data })
      : fail(`HTTP ${status} without a Backendless error`, answer);
  }
  if (shape && !shape(data)) throw fail(`HTTP ${status} with an unexpected answer`, answer);
  // Without a shape, nothing is known of the answer: `Answer` is then `unknown`, its default.
  return data as Answer;
}
