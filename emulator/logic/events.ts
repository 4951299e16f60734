// The Users API events server logic may handle — each operation's before and after event with the request fields
// Backendless' JS CodeRunner gives its handlers (lib/server-code/events.js: beforeLogin ['login', 'password'],
// beforeRegister ['user'], …) — and the messages the emulator and its logic worker exchange. Loaded by both sides:
// erasable TypeScript only, no imports.

/** The request fields each hooked operation's handlers see (`req.<field>`), in CodeRunner's names. */
export const USER_OPERATIONS = {
  register: ['user'],
  login: ['login', 'password'],
  update: ['user'],
  describe: [],
  restorePassword: ['email'],
  logout: [],
} as const satisfies Record<string, readonly string[]>;

/** A Users API operation that fires a before and an after event. */
export type UserOperation = keyof typeof USER_OPERATIONS;

/** Before or after the operation. */
export type HandlerTiming = 'before' | 'after';

/** A handler's event name as CodeRunner's `Backendless.ServerCode.User` spells it: `beforeRegister`, `afterLogin` … */
export type HandlerName = `${HandlerTiming}${Capitalize<UserOperation>}`;

/** Every event name, in the order of {@link USER_OPERATIONS}, before first. */
export const HANDLER_NAMES: readonly HandlerName[] = Object.keys(USER_OPERATIONS).flatMap((operation) => {
  const capitalized = `${operation[0]!.toUpperCase()}${operation.slice(1)}`;
  return [`before${capitalized}`, `after${capitalized}`] as HandlerName[];
});

/** The event name of an operation's before or after handler. */
export function handlerName(timing: HandlerTiming, operation: UserOperation): HandlerName {
  return `${timing}${operation[0]!.toUpperCase()}${operation.slice(1)}` as HandlerName;
}

/** A registered handler: its event and whether the call waits for it. */
export interface RegisteredHandler {
  event: HandlerName;
  async: boolean;
}

/** What a handler is given as `req.context`: who calls (CodeRunner's InvocationContext fields the emulator has). */
export interface HandlerContext {
  appId: string;
  userId: string | null;
  userToken: string | null;
  userRoles: string[];
  prematureResult?: unknown;
}

/** A thrown value, as the worker describes it: a Backendless-style error (a `code`), or anything else. */
export interface ThrownValue {
  /** The error's `code` when it had a number or a string of digits (CodeRunner passes the number on). */
  code?: number;
  message: string;
  /** `httpStatusCode` when the error had one (Backendless.ServerCode.Error's third argument). */
  httpStatusCode?: number;
}

/** How a call the logic made through `Backendless.UserService` ended, as the emulator answers it. */
export type CallOutcome =
  { ok: true; value: unknown } | { ok: false; error: { code: number; message: string; status: number } };

/** The emulator to the worker. */
export type ToWorker =
  | { type: 'load'; source: string }
  | { type: 'run'; id: number; event: HandlerName; req: Record<string, unknown>; res?: { result: unknown } }
  | { type: 'ping'; id: number }
  | { type: 'call-result'; id: number; outcome: CallOutcome };

/** The worker to the emulator. */
export type FromWorker =
  | { type: 'loaded'; handlers: RegisteredHandler[]; logs: string[] }
  | { type: 'load-failed'; message: string; logs: string[] }
  | {
      type: 'done';
      id: number;
      req: Record<string, unknown>;
      res: { result: unknown } | undefined;
      returned: unknown;
      logs: string[];
    }
  | { type: 'failed'; id: number; error: ThrownValue; logs: string[] }
  | { type: 'pong'; id: number }
  | { type: 'call'; id: number; method: string; args: unknown[]; context: HandlerContext | undefined };
