// The two ways the runtime touches the world outside it — sending a request, keeping a session record — as
// types, plus the answer size limit every transport keeps. The browser parts and the Node parts (`node/`) both
// implement them and never import each other.

/**
 * The largest answer a transport reads (16 MiB): a user-service answer is a few kilobytes, and a broken or
 * hostile server must not be able to fill the memory of the page or process.
 */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** What a transport throws for an answer over {@link MAX_RESPONSE_BYTES}; `send` adds the server's origin. */
export const tooLarge = () => new Error('answer over 16 MiB, not read');

/** What a transport throws when the whole exchange took longer than its timeout; `send` adds the origin. */
export const noAnswer = (timeout: number) => new Error(`no answer within ${timeout} ms`);

/**
 * A raw answer: status, headers (lower-case names) and the whole body as text — what a `BackendlessError` carries of
 * it. No status: a browser's opaque redirect (status 0 there).
 */
export interface RawResponse {
  status: number | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends one request to `origin + path` and reads the whole answer (at most {@link MAX_RESPONSE_BYTES}) within
 * `timeout` milliseconds, or rejects (with {@link noAnswer} when the time ran out) and stops reading: fetch in
 * browsers, undici in Node (`node/transport.ts`). Redirects are never followed: they come back as the 3xx answer
 * (with no status from a browser's opaque redirect).
 */
export type Transport = (
  origin: string,
  path: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  timeout: number,
) => Promise<RawResponse>;

/** Anything shaped like Web Storage: `localStorage`, `sessionStorage`, or your own object. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What `node/index.ts` gives the runtime when it runs under Node. */
export interface NodeParts {
  /** A transport on one keep-alive connection pool for the process. */
  nodeTransport(): Transport;
  /** The session file behind `initApp({ storage: { file } })`. */
  fileStorage(file: string): WebStorageLike;
  /**
   * Whether `globalThis.localStorage` is Node's own (Node 25+: an accessor that prints a warning on every read unless
   * Node was started with --localstorage-file). Under Node sessions go to a file or memory, so that one is never read;
   * one the program set itself (a plain property) is used as in a browser.
   */
  builtinStorage(): boolean;
}
