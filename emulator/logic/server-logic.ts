// Server logic for the Users API, run as Backendless' JS CodeRunner runs event handlers: the services call
// `around(operation, …)`, which runs the operation's before handler (it may change the request's fields, stop the
// call by throwing, or answer for it by returning a value), the operation, then the after handler (it may change
// `res.result`, or return a new result). An asynchronous handler (registered with `true`) is started and not
// waited for. Handlers run in a worker (logic-worker.ts) with a time limit; calls the logic itself makes fire no
// event. Every run is kept (the latest {@link MAX_RUNS}) with its outcome and log for the admin API.
import type { AdminLogicHandlerView, AdminLogicRunView, AdminLogicView } from '../contract.ts';
import type { AppState, Caller, UserEventHooks } from '../app-state.ts';
import { errors } from '../errors.ts';
import {
  handlerName,
  type HandlerContext,
  type HandlerName,
  type RegisteredHandler,
  type UserOperation,
} from './events.ts';
import { LogicLoadError, LogicWorker, type RunReport } from './logic-worker.ts';
import { failure, outcomeOf, checkRequest } from './outcomes.ts';
import { answerLogicCall, type LogicServices } from './user-calls.ts';

/** How long a handler may run unless the emulator is told otherwise (`logicTimeLimitMs`). */
export const DEFAULT_LOGIC_TIME_LIMIT_MS = 5_000;
/** Runs the admin API keeps. */
export const MAX_RUNS = 100;
/** Characters of server-logic source the emulator takes (the PUT body's limit bounds it too). */
export const MAX_LOGIC_SOURCE_LENGTH = 512 * 1024;

/** The server logic of one app: the module deployed, its worker, and the latest runs. */
export class ServerLogic implements UserEventHooks {
  readonly #app: LogicServices;
  readonly #state: AppState;
  #timeLimitMs = DEFAULT_LOGIC_TIME_LIMIT_MS;
  #worker: LogicWorker | undefined;
  #name: string | null = null;
  #handlers = new Map<HandlerName, RegisteredHandler>();
  #runs: AdminLogicRunView[] = [];
  #nextRun = 1;
  #background = new Set<Promise<void>>();
  /** The deployment in progress: the next waits for it, so the last one asked for is the one that stays. */
  #deploying: Promise<unknown> = Promise.resolve();

  constructor(app: LogicServices, state: AppState) {
    this.#app = app;
    this.#state = state;
  }

  /** The time limit of each run, in milliseconds (a positive integer). */
  set timeLimitMs(ms: number) {
    this.#timeLimitMs = ms;
  }

  get timeLimitMs(): number {
    return this.#timeLimitMs;
  }

  /**
   * Replaces the server logic with the module `source` (`export default function (Backendless) { … }`). A module
   * that does not load is refused with an 8002 error saying why, and the logic deployed before stays. Deployments
   * take effect in the order they were asked for, however long each module takes to load.
   */
  async deploy(source: unknown, name?: unknown): Promise<AdminLogicView> {
    if (typeof source !== 'string') throw errors.invalidParameter("'source': must be the module's text");
    if (source.length > MAX_LOGIC_SOURCE_LENGTH)
      throw errors.invalidParameter(`'source': at most ${MAX_LOGIC_SOURCE_LENGTH} characters`);
    if (name !== undefined && name !== null && (typeof name !== 'string' || name.length > 200))
      throw errors.invalidParameter("'name': a string of at most 200 characters");
    const deployed = this.#deploying.then(() => this.#replace(source, name));
    this.#deploying = deployed.catch(() => undefined);
    return deployed;
  }

  async #replace(source: string, name: unknown): Promise<AdminLogicView> {
    let worker: LogicWorker;
    try {
      worker = await LogicWorker.start(source, this.#timeLimitMs, (message) => answerLogicCall(this.#app, message));
    } catch (error) {
      if (error instanceof LogicLoadError) {
        const refused = errors.unparsableRequest(`the server logic does not load: ${error.message.slice(0, 500)}`);
        throw Object.assign(refused, { cause: error });
      }
      throw error;
    }
    const previous = this.#worker;
    this.#worker = worker;
    this.#name = typeof name === 'string' ? name : null;
    this.#handlers = new Map(worker.handlers.map((handler) => [handler.event, handler]));
    await previous?.close();
    return this.view();
  }

  /** What the admin API shows. */
  view(): AdminLogicView {
    const handlers: AdminLogicHandlerView[] = [...this.#handlers.values()].map(({ event, async }) => {
      const timing = event.startsWith('before') ? 'before' : 'after';
      const rest = event.slice(timing.length);
      return { event, timing, operation: `${rest[0]!.toLowerCase()}${rest.slice(1)}`, async };
    });
    return { name: this.#name, timeLimitMs: this.#timeLimitMs, handlers, runs: [...this.#runs] };
  }

  /** Resolves once every asynchronous handler started so far has ended. */
  async whenIdle(): Promise<void> {
    while (this.#background.size > 0) await Promise.all(this.#background);
  }

  /** Stops the worker (after a deployment in progress, which it would otherwise outlive). */
  async close(): Promise<void> {
    const closed = this.#deploying.then(() => this.#stop());
    this.#deploying = closed.catch(() => undefined);
    await closed;
  }

  async #stop(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#name = null;
    this.#handlers = new Map();
    await worker?.close();
  }

  async around<R>(
    operation: UserOperation,
    caller: Caller | undefined,
    req: Record<string, unknown>,
    call: (req: Record<string, unknown>) => Promise<R>,
  ): Promise<R> {
    const before = this.#handlers.get(handlerName('before', operation));
    const after = this.#handlers.get(handlerName('after', operation));
    const worker = this.#worker;
    if (caller?.serverLogic || !worker || (!before && !after)) return call(req);
    const context = this.#context(caller);
    let request = req;
    let premature: { value: unknown } | undefined;
    if (before?.async) this.#startInBackground(worker, before, { ...req, context });
    else if (before) {
      const report = await this.#run(worker, before, { ...req, context });
      if (report.result.kind !== 'done') throw failure(before.event, report.result, this.#timeLimitMs);
      request = checkRequest(before.event, operation, req, report.result.req);
      const { returned } = report.result;
      const answer =
        returned !== undefined ? returned : (report.result.req.context as HandlerContext | undefined)?.prematureResult;
      if (answer !== undefined) premature = { value: answer };
    }
    const result = premature ? (premature.value as R) : await call(request);
    if (!after) return result;
    if (after.async) {
      this.#startInBackground(worker, after, { ...request, context }, { result });
      return result;
    }
    const report = await this.#run(worker, after, { ...request, context }, { result });
    if (report.result.kind !== 'done') throw failure(after.event, report.result, this.#timeLimitMs);
    const { returned, res } = report.result;
    return (returned !== undefined ? returned : res?.result) as R;
  }

  /** `req.context`: the app, and the calling user's id, session and roles (none for a call without a session). */
  #context(caller: Caller | undefined): HandlerContext {
    const context: HandlerContext = { appId: this.#state.appId, userId: null, userToken: null, userRoles: [] };
    if (!caller) return { ...context, userRoles: ['NotAuthenticatedUser'] };
    try {
      const user = this.#state.callerUser(caller);
      return {
        ...context,
        userId: user?.objectId ?? null,
        userToken: user ? (caller.token ?? null) : null,
        userRoles: this.#app.roles.getUserRoles(caller),
      };
    } catch {
      // A session that is no longer live: the operation itself answers 3064.
      return { ...context, userRoles: ['NotAuthenticatedUser'] };
    }
  }

  async #run(
    worker: LogicWorker,
    handler: RegisteredHandler,
    req: Record<string, unknown>,
    res?: { result: unknown },
  ): Promise<RunReport> {
    const started = performance.now();
    const at = new Date(this.#state.now()).toISOString();
    const report = await worker.run(handler.event, req, res);
    const { outcome, error } = outcomeOf(report.result, handler.event, this.#timeLimitMs);
    this.#runs.unshift({
      id: this.#nextRun++,
      event: handler.event,
      async: handler.async,
      at,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      outcome,
      ...(error ? { error } : {}),
      logs: report.logs,
    });
    if (this.#runs.length > MAX_RUNS) this.#runs.length = MAX_RUNS;
    return report;
  }

  /** An asynchronous handler: the call goes on; how the run ended is only recorded. */
  #startInBackground(
    worker: LogicWorker,
    handler: RegisteredHandler,
    req: Record<string, unknown>,
    res?: { result: unknown },
  ): void {
    const running = this.#run(worker, handler, req, res).then(
      () => undefined,
      () => undefined,
    );
    this.#background.add(running);
    void running.finally(() => this.#background.delete(running));
  }
}
