// The one error type the runtime rejects with, so a program's catch can always read `code` and `message`.

/**
 * An error from the Backendless user service or from the way to it.
 *
 * - Server errors carry the Backendless `code` (e.g. 3003 "Invalid login or password") and the HTTP
 *   `status`. Branch on `code`, never on `status`.
 * - Client-side validation errors (empty login, empty password, `initApp` not called) have the official
 *   SDK's exact `message` and `code === undefined`; the SDK throws plain `Error`s there, we throw this
 *   subclass of `Error` so one `catch` handles every failure the same way.
 * - Network failures and timeouts have `code === undefined` and `status === undefined`; the underlying
 *   error is kept as `cause`.
 */
export class BackendlessError extends Error {
  /** The Backendless error code (a number), or `undefined` when the server did not give one. */
  declare code: number | undefined;
  /** The HTTP status of the answer, or `undefined` when there was no answer. */
  declare status: number | undefined;

  constructor(message: string, code?: number, status?: number, cause?: unknown) {
    super(message, { cause });
    // Plain assignments (`declare` above): the same own properties, without class-field boilerplate.
    this.code = code;
    this.status = status;
    this.name = 'BackendlessError';
  }
}

/**
 * The error for a bad `initApp` option, naming the option and the value given. What each option takes
 * is in `BackendlessConfig`: a domain starts with http:// or https://; a timeout is 1 to 2^31 - 1 ms;
 * storage is `{ getItem, setItem }`, `{ file }` (Node) or 'memory'.
 */
export const invalidOption = (option: string, value: unknown) =>
  new BackendlessError(`initApp: invalid ${option}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
