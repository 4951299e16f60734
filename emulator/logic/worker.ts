// The logic worker: a worker thread that loads one server-logic module (`export default function (Backendless)
// { … }`) and runs its handlers as CodeRunner's invoke-handler does — `handler.call(req.context, req[, res])`, a
// value it returns becomes the result (`prematureResult` for a before handler) — and hands back the changed
// request and response as JSON, or what it threw. It shares no memory with the emulator: the emulator's state is
// reached only through UserService calls sent as messages. `console` inside a handler is recorded for its run.
import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import { parentPort } from 'node:worker_threads';
import type { CallOutcome, FromWorker, HandlerContext, ThrownValue, ToWorker } from './events.ts';
import { createStandIn, type StandIn } from './stand-in.ts';

const MAX_LOG_LINES = 100;
const MAX_LOG_LINE_LENGTH = 2_000;

interface RunScope {
  logs: string[];
  context: HandlerContext | undefined;
}

const port = parentPort!;
const scope = new AsyncLocalStorage<RunScope>();
const loadLogs: string[] = [];
const calls = new Map<number, (outcome: CallOutcome) => void>();
let nextCall = 0;
let standIn: StandIn | undefined;

function post(message: FromWorker): void {
  port.postMessage(message);
}

function record(logs: string[], line: string): void {
  if (logs.length < MAX_LOG_LINES) logs.push(line.length > MAX_LOG_LINE_LENGTH ? `${line.slice(0, 2_000)}…` : line);
}

// console.* inside a handler writes to its run's log (outside a run: to the module's load log).
for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
  console[level] = (...args: unknown[]) => record(scope.getStore()?.logs ?? loadLogs, format(...args));
}
// A rejection or exception no handler awaited must not stop the worker: it is written to the run's log.
process.on('unhandledRejection', (reason) =>
  record(scope.getStore()?.logs ?? loadLogs, `unhandled: ${describe(reason).message}`),
);
process.on('uncaughtException', (error) =>
  record(scope.getStore()?.logs ?? loadLogs, `uncaught: ${describe(error).message}`),
);

function callEmulator(method: string, args: unknown[]): Promise<unknown> {
  const id = nextCall++;
  const context = scope.getStore()?.context;
  return new Promise((resolve, reject) => {
    calls.set(id, (outcome) => {
      if (outcome.ok) resolve(outcome.value);
      else reject(Object.assign(new Error(outcome.error.message), outcome.error));
    });
    post({ type: 'call', id, method, args: toJson(args) as unknown[], context });
  });
}

/** What was thrown: CodeRunner keeps a numeric `code` (a string of digits counts) and `httpStatusCode`. */
function describe(thrown: unknown): ThrownValue {
  if (typeof thrown !== 'object' || thrown === null) return { message: String(thrown) };
  const { code, httpStatusCode, message, exceptionMessage } = thrown as Record<string, unknown>;
  const text = [exceptionMessage, message].find((value) => typeof value === 'string') as string | undefined;
  const numeric = typeof code === 'string' && /^\d{1,9}$/.test(code) ? Number(code) : code;
  return {
    message: text ?? String(thrown),
    ...(typeof numeric === 'number' && Number.isInteger(numeric) ? { code: numeric } : {}),
    ...(typeof httpStatusCode === 'number' ? { httpStatusCode } : {}),
  };
}

/** JSON's view of a value, as the wire has it (what a handler changed must survive being sent). */
function toJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

async function load(source: string): Promise<void> {
  try {
    const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
    const module = (await import(url)) as { default?: unknown };
    if (typeof module.default !== 'function')
      throw new TypeError('the module must export default function (Backendless) { … }');
    standIn = createStandIn(callEmulator);
    await (module.default as (backendless: unknown) => unknown)(standIn.backendless);
    standIn.seal();
    const handlers = [...standIn.handlers].map(([event, { async }]) => ({ event, async }));
    post({ type: 'loaded', handlers, logs: loadLogs });
  } catch (error) {
    post({ type: 'load-failed', message: describe(error).message, logs: loadLogs });
  }
}

async function run(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const { id, event, req, res } = message;
  const logs: string[] = [];
  const handler = standIn?.handlers.get(event);
  const context = req.context as HandlerContext;
  try {
    if (!handler) throw new Error(`no ${event} handler is registered`);
    const args = res === undefined ? [req] : [req, res];
    const returned = await scope.run({ logs, context }, () => handler.invoke.apply(context, args));
    post({
      type: 'done',
      id,
      req: toJson(req) as Record<string, unknown>,
      res: toJson(res) as { result: unknown } | undefined,
      returned: toJson(returned),
      logs,
    });
  } catch (error) {
    post({ type: 'failed', id, error: describe(error), logs });
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'load':
      void load(message.source);
      break;
    case 'run':
      void run(message);
      break;
    case 'ping':
      post({ type: 'pong', id: message.id });
      break;
    case 'call-result':
      calls.get(message.id)?.(message.outcome);
      calls.delete(message.id);
      break;
  }
});
