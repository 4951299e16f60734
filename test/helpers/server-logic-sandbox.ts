// Runs generated server logic the way its two hosts do, with a stand-in Backendless that records what it is asked:
// the CodeRunner script in a fresh vm context (CodeRunner gives its files a global `Backendless`), the emulator
// module imported from a data: URL and called with the stand-in.
import vm from 'node:vm';

/** What CodeRunner hands a handler as `req`. */
export interface HandlerRequest {
  user?: Record<string, unknown>;
  login?: unknown;
  password?: unknown;
  email?: unknown;
  context: { userId?: string | null; userRoles?: string[] };
}

/** What CodeRunner hands an after handler as `res`. */
export interface HandlerResponse {
  result?: unknown;
  error?: unknown;
}

type Handler = (req: HandlerRequest, res?: HandlerResponse) => Promise<unknown>;

/** One `Backendless.ServerCode.User.<event>(handler, async)` call. */
export interface Registration {
  event: string;
  handler: Handler;
  async: unknown;
}

/** A stand-in `Backendless` and what it recorded. */
export interface StandIn {
  Backendless: { ServerCode: { User: object }; UserService: object };
  registrations: Registration[];
  /** Every `Backendless.UserService.<method>(…)` call, method and arguments. */
  serviceCalls: Array<[string, unknown[]]>;
  /** What the logic printed with console.log. */
  printed: string[];
  /** The handler registered for an event; fails when there is none. */
  handler(event: string): Handler;
}

/** A fresh stand-in: every event name registers, every UserService method resolves with nothing. */
export function standInBackendless(): StandIn {
  const registrations: Registration[] = [];
  const serviceCalls: Array<[string, unknown[]]> = [];
  const User = new Proxy(
    {},
    {
      get:
        (_target, event) =>
        (handler: Handler, async: unknown): void => {
          registrations.push({ event: String(event), handler, async });
        },
    },
  );
  const UserService = new Proxy(
    {},
    {
      get:
        (_target, method) =>
        async (...args: unknown[]): Promise<void> => {
          serviceCalls.push([String(method), args]);
        },
    },
  );
  return {
    Backendless: { ServerCode: { User }, UserService },
    registrations,
    serviceCalls,
    printed: [],
    handler(event) {
      const found = registrations.find((registration) => registration.event === event);
      if (!found) throw new Error(`no handler for ${event}`);
      return found.handler;
    },
  };
}

/** Runs a CodeRunner script in a fresh vm context whose only globals are the stand-in `Backendless` and `console`. */
export function runCoderunnerScript(source: string, standIn: StandIn): void {
  const console = { log: (...parts: unknown[]) => standIn.printed.push(parts.map(String).join(' ')) };
  const context = vm.createContext({ Backendless: standIn.Backendless, console });
  vm.runInContext(source, context, { filename: 'handlers.js', timeout: 1000 });
}

/** Imports the emulator module from a data: URL and calls its default export with the stand-in. */
export async function runEmulatorModule(source: string, standIn: StandIn): Promise<void> {
  const url = `data:text/javascript;base64,${Buffer.from(`${source}\n// ${Math.random()}`).toString('base64')}`;
  const module = (await import(/* @vite-ignore */ url)) as { default: (Backendless: object) => void };
  module.default(standIn.Backendless);
}
