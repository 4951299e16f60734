// The emulator's side of one logic worker (worker.ts): starts it on a module, runs a handler with a time limit,
// answers the UserService calls the logic makes, and replaces a worker that stops answering — a handler that
// loops blocks its thread, so after a run passes its limit the worker must answer a ping within the same limit
// or it is terminated and a fresh one loads the same module.
import { Worker } from 'node:worker_threads';
import type { CallOutcome, FromWorker, HandlerName, RegisteredHandler, ThrownValue, ToWorker } from './events.ts';

/** How a handler's run ended. */
export type RunResult =
  | { kind: 'done'; req: Record<string, unknown>; res: { result: unknown } | undefined; returned: unknown }
  | { kind: 'threw'; error: ThrownValue }
  | { kind: 'timed-out' }
  | { kind: 'stopped'; reason: string };

/** A run's result with the lines its handler logged. */
export interface RunReport {
  result: RunResult;
  logs: string[];
}

/** Answers a UserService call the logic made (`context` is the calling handler's `req.context`). */
export type CallHandler = (message: Extract<FromWorker, { type: 'call' }>) => Promise<CallOutcome>;

const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
/** Bounds of a worker's heap: a handler that allocates without end fails its run, not the emulator. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };
/** Starting a thread and loading a module may take longer than a handler's run on a busy machine. */
const MIN_LOAD_TIME_MS = 5_000;

/** Thrown by {@link LogicWorker.start} when a module cannot be loaded: the message says why. */
export class LogicLoadError extends Error {
  readonly logs: string[];

  constructor(message: string, logs: string[] = []) {
    super(message);
    this.name = 'LogicLoadError';
    this.logs = logs;
  }
}

interface Pending {
  settle(report: RunReport): void;
}

/** One worker thread running one module. */
export class LogicWorker {
  readonly handlers: RegisteredHandler[];
  readonly #source: string;
  readonly #timeLimitMs: number;
  readonly #onCall: CallHandler;
  #worker: Worker;
  #runs = new Map<number, Pending>();
  #pings = new Map<number, () => void>();
  #nextId = 0;
  #closed = false;
  /** Why runs no longer go to a worker: replaced by new logic, or the module no longer loads. */
  #closedReason = 'the server logic was replaced';
  /** Set while a worker whose run timed out is checked and, when stuck, replaced: new runs wait for it. */
  #recovering: Promise<void> | undefined;

  private constructor(
    worker: Worker,
    handlers: RegisteredHandler[],
    source: string,
    limit: number,
    onCall: CallHandler,
  ) {
    this.#worker = worker;
    this.handlers = handlers;
    this.#source = source;
    this.#timeLimitMs = limit;
    this.#onCall = onCall;
    this.#attach(worker);
  }

  /** Starts a worker on `source`; rejects with a {@link LogicLoadError} when it does not load within the limit. */
  static async start(source: string, timeLimitMs: number, onCall: CallHandler): Promise<LogicWorker> {
    const { worker, handlers } = await spawn(source, timeLimitMs);
    return new LogicWorker(worker, handlers, source, timeLimitMs, onCall);
  }

  /** Runs the handler of `event`; never rejects (a failure is the report's result). */
  async run(event: HandlerName, req: Record<string, unknown>, res?: { result: unknown }): Promise<RunReport> {
    await this.#recovering;
    if (this.#closed) return { result: { kind: 'stopped', reason: this.#closedReason }, logs: [] };
    const id = this.#nextId++;
    return new Promise<RunReport>((resolve) => {
      const timer = setTimeout(() => {
        this.#runs.delete(id);
        resolve({ result: { kind: 'timed-out' }, logs: [] });
        this.#recovering ??= this.#recover();
      }, this.#timeLimitMs);
      this.#runs.set(id, {
        settle: (report) => {
          clearTimeout(timer);
          this.#runs.delete(id);
          resolve(report);
        },
      });
      this.#post({ type: 'run', id, event, req, ...(res === undefined ? {} : { res }) });
    });
  }

  /** Stops the worker; runs still going end as stopped. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stopRuns('the server logic was replaced');
    await this.#worker.terminate();
  }

  #post(message: ToWorker): void {
    this.#worker.postMessage(message);
  }

  #attach(worker: Worker): void {
    worker.on('message', (message: FromWorker) => {
      if (worker !== this.#worker) return;
      if (message.type === 'done') {
        const { req, res, returned, logs } = message;
        this.#runs.get(message.id)?.settle({ result: { kind: 'done', req, res, returned }, logs });
      } else if (message.type === 'failed') {
        this.#runs.get(message.id)?.settle({ result: { kind: 'threw', error: message.error }, logs: message.logs });
      } else if (message.type === 'pong') {
        this.#pings.get(message.id)?.();
      } else if (message.type === 'call') {
        void this.#onCall(message).then((outcome) => {
          if (worker === this.#worker) this.#post({ type: 'call-result', id: message.id, outcome });
        });
      }
    });
    // A worker that dies (out of memory, process.exit in a handler) fails its runs; the next run gets a fresh one.
    // Its error is said by the runs that end with it: the listener keeps an 'error' from reaching the emulator.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (worker !== this.#worker || this.#closed) return;
      this.#stopRuns('the server logic worker stopped');
      this.#recovering ??= this.#replace().finally(() => (this.#recovering = undefined));
    });
  }

  /** After a run timed out: a worker that does not answer a ping within the limit is looping, and replaced. */
  async #recover(): Promise<void> {
    try {
      if (!(await this.#answersPing())) await this.#replace();
    } finally {
      this.#recovering = undefined;
    }
  }

  #answersPing(): Promise<boolean> {
    const id = this.#nextId++;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.#pings.delete(id);
        resolve(false);
      }, this.#timeLimitMs);
      this.#pings.set(id, () => {
        clearTimeout(timer);
        this.#pings.delete(id);
        resolve(true);
      });
      this.#post({ type: 'ping', id });
    });
  }

  async #replace(): Promise<void> {
    if (this.#closed) return;
    const stuck = this.#worker;
    this.#stopRuns('stopped with the server logic worker, which a handler kept busy past its time limit');
    await stuck.terminate();
    try {
      const { worker } = await spawn(this.#source, this.#timeLimitMs);
      this.#worker = worker;
      this.#attach(worker);
    } catch {
      // The module loaded once; if it no longer does, every later run says so.
      this.#closed = true;
      this.#closedReason = 'the server logic worker could not be restarted: deploy the logic again';
    }
  }

  #stopRuns(reason: string): void {
    for (const pending of [...this.#runs.values()]) pending.settle({ result: { kind: 'stopped', reason }, logs: [] });
  }
}

/** A new worker with `source` loaded, or a {@link LogicLoadError}. */
async function spawn(source: string, timeLimitMs: number): Promise<{ worker: Worker; handlers: RegisteredHandler[] }> {
  const worker = new Worker(WORKER_URL, { resourceLimits: RESOURCE_LIMITS, stdout: true, stderr: true });
  worker.unref();
  const loadLimitMs = Math.max(timeLimitMs, MIN_LOAD_TIME_MS);
  const loaded = await new Promise<Extract<FromWorker, { type: 'loaded' | 'load-failed' }> | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), loadLimitMs);
    const done = (message: Extract<FromWorker, { type: 'loaded' | 'load-failed' }> | undefined) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      resolve(message);
    };
    const onMessage = (message: FromWorker) => {
      if (message.type === 'loaded' || message.type === 'load-failed') done(message);
    };
    worker.on('message', onMessage);
    worker.once('error', (error) => done({ type: 'load-failed', message: error.message, logs: [] }));
    worker.postMessage({ type: 'load', source } satisfies ToWorker);
  });
  if (loaded?.type === 'loaded') return { worker, handlers: loaded.handlers };
  await worker.terminate();
  if (loaded === undefined) throw new LogicLoadError(`the module did not finish loading within ${loadLimitMs} ms`);
  throw new LogicLoadError(loaded.message, loaded.logs);
}
