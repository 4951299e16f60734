// The one error type the runtime rejects with, so a program's catch can always read `code` and `message`.

/** The optional parts of a `BackendlessError`, as undici's errors take theirs. */
export interface BackendlessErrorOptions {
  code?: number | undefined;
  status?: number | undefined;
  headers?: BackendlessError['headers'];
  body?: unknown;
  cause?: unknown;
}

/**
 * An error from the Backendless user service or from the way to it. Like the official SDK's, its `message`,
 * `code`, `status`, `headers` and `body` are enumerable own properties (so `{ ...error }`, `JSON.stringify(error)`
 * and a logged error show them).
 *
 * - Server errors carry the Backendless `code` (e.g. 3003 "Invalid login or password"), the HTTP `status`, the
 *   answer's `headers` (lower-case names) and its `body` (parsed JSON, or the text). Branch on `code`, never on
 *   `status`.
 * - Client-side validation errors (empty login, empty password, `initApp` not called…) have the official SDK's
 *   exact `message` and `code === undefined`; the SDK throws plain `Error`s there, we throw this subclass of
 *   `Error` so one `catch` handles every failure the same way.
 * - Network failures and timeouts have `code === undefined` and `status === undefined`; the underlying error is
 *   kept as `cause`.
 */
export class BackendlessError extends Error {
  /** The Backendless error code (a number), or `undefined` when the server did not give one. */
  declare code: number | undefined;
  /** The HTTP status of the answer, or `undefined` when there was no answer. */
  declare status: number | undefined;
  /** The answer's headers, or `undefined` when there was no answer. */
  declare headers: Record<string, string | string[] | undefined> | undefined;
  /** The answer's body: its JSON, or its text when it was not JSON; `undefined` when there was no answer. */
  declare body: unknown;

  /**
   * @param message What went wrong.
   * @param options What is known besides: the server's `code`, the answer's `status`, `headers` and `body`, and
   *   the `cause` (an underlying error, kept as `cause`, not enumerable).
   */
  constructor(message: string, { code, status, headers, body, cause }: BackendlessErrorOptions = {}) {
    // No message for Error itself, which would make it non-enumerable: the SDK's errors have it enumerable, as the
    // fields after it (the `declare`s above add none of their own).
    super(undefined, { cause });
    Object.assign(this, { message, code, status, headers, body });
  }
}

// On the prototype, so the own enumerable properties are exactly the SDK's five.
BackendlessError.prototype.name = 'BackendlessError';

/**
 * The error for a bad `initApp` option, naming the option and the value given. What each option takes
 * is in `BackendlessConfig`: a domain starts with http:// or https://; a timeout is 1 to 2^31 - 1 ms;
 * storage is `{ getItem, setItem }`, `{ file }` (Node) or 'memory'.
 */
export const invalidOption = (option: string, value: unknown) =>
  new BackendlessError(`initApp: invalid ${option}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);

/** Refuses a wrong argument the way the official SDK does: its exact message, no code, nothing sent. */
export function checkArgument(ok: unknown, message: string): asserts ok {
  if (!ok) throw new BackendlessError(message);
}

/** Non-empty text, the SDK's test for names, passwords and e-mail addresses. */
export const isText = (value: unknown): value is string => !!value && typeof value === 'string';

/** A non-empty string or a number other than 0, the SDK's test for identities and object ids. */
export const isId = (value: unknown): value is string | number =>
  !!value && (typeof value === 'string' || typeof value === 'number');
