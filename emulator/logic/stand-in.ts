// The `Backendless` a server-logic module is given, inside the logic worker: `ServerCode.User.<event>(handler,
// async)` records handlers as CodeRunner's handlerRegistrar does (one per event; the second argument makes it
// asynchronous), `ServerCode.Error(code, message, httpStatusCode)` is CodeRunner's error class, and `UserService`
// has the SDK's call shapes, each sent to the emulator, which answers it with the server key and the calling
// user's session and fires no event for it.
import { HANDLER_NAMES, type HandlerContext, type HandlerName } from './events.ts';

/** A handler as a module registers it. */
export type HandlerFunction = (this: HandlerContext, ...args: unknown[]) => unknown;

/** Sends one UserService call to the emulator; resolves with its answer or rejects with its Backendless error. */
export type CallEmulator = (method: string, args: unknown[]) => Promise<unknown>;

/** CodeRunner's `Backendless.ServerCode.Error`: a code, a message and optionally the HTTP status to answer with. */
class ServerCodeError extends Error {
  readonly code: number;
  readonly httpStatusCode: number | undefined;

  constructor(code: number, message: string, httpStatusCode?: number) {
    super(message);
    this.name = 'ServerCodeError';
    this.code = code;
    this.httpStatusCode = httpStatusCode;
  }
}

/** The handlers a module registered, and the stand-in it registered them on. */
export interface StandIn {
  backendless: Record<string, unknown>;
  handlers: Map<HandlerName, { invoke: HandlerFunction; async: boolean }>;
  /** Ends registration: CodeRunner accepts handlers only while the module loads. */
  seal(): void;
}

/** Builds the `Backendless` object a module's default export is called with. */
export function createStandIn(call: CallEmulator): StandIn {
  const handlers: StandIn['handlers'] = new Map();
  let sealed = false;
  const user: Record<string, (handler: unknown, async?: unknown) => void> = {};
  for (const event of HANDLER_NAMES) {
    user[event] = (handler: unknown, async?: unknown) => {
      if (sealed) throw new Error(`${event}: handlers are registered only while the module loads`);
      if (typeof handler !== 'function') throw new TypeError(`${event}: the handler must be a function`);
      if (handlers.has(event)) throw new Error(`[${event}] event handler already exists`);
      handlers.set(event, { invoke: handler as HandlerFunction, async: Boolean(async) });
    };
  }
  const backendless = {
    ServerCode: Object.freeze({ User: Object.freeze(user), Error: ServerCodeError }),
    UserService: Object.freeze(userService(call)),
  };
  return {
    backendless: Object.freeze(backendless),
    handlers,
    seal: () => {
      sealed = true;
    },
  };
}

/** The SDK's UserService calls a handler may make, each one message to the emulator. */
function userService(call: CallEmulator): Record<string, (...args: unknown[]) => Promise<unknown>> {
  return {
    register: (user) => call('register', [user]),
    // login(objectId[, stayLoggedIn]) is the server key's passwordless login, as in the SDK.
    login: (login, password) =>
      typeof password === 'string' ? call('login', [login, password]) : call('loginWithObjectId', [login]),
    loginAsGuest: () => call('loginAsGuest', []),
    logout: () => call('logout', []),
    update: (user) => call('update', [user]),
    describeUserClass: () => call('describeUserClass', []),
    restorePassword: (identity) => call('restorePassword', [identity]),
    getUserRoles: (userId) => call('getUserRoles', userId === undefined ? [] : [userId]),
    findByRole: (role) => call('findByRole', [role]),
    assignRole: (identity, role) => call('assignRole', [identity, role]),
    unassignRole: (identity, role) => call('unassignRole', [identity, role]),
    enableUser: (userId) => call('updateUserStatus', [userId, 'ENABLED']),
    disableUser: (userId) => call('updateUserStatus', [userId, 'DISABLED']),
    updateUserStatus: (userId, status) => call('updateUserStatus', [userId, status]),
    verifyPassword: (password) => call('verifyPassword', [password]),
  };
}
