// The two ways the runtime touches the world outside it — sending a request, keeping a session record — as
// types only. The browser parts and the Node parts (`node/`) both implement them and never import each other.

/** A raw answer: status and the whole body as text. */
export interface RawResponse {
  status: number;
  text: string;
}

/** Sends one request and reads the whole answer: fetch in browsers, undici in Node (`node/transport.ts`). */
export type Transport = (
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal,
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
}
