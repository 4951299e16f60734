// Starts and stops program runs. Every run gets a fresh module Web Worker (run-worker.ts); Stop terminates it,
// which ends any program — an infinite loop included — at once, and the page never blocks.
import type { RunEvent, RunRequest, RunUser } from './run-protocol.ts';

/** How a run ended. */
export type RunOutcome = 'finished' | 'failed' | 'stopped';

/** Callbacks for what a run reports; each is called on the page's main thread. */
export interface RunHandlers {
  print(lines: string[], skipped: number): void;
  highlight(blockId: string | null): void;
  session(token: string | null, objectId: string | null, user: RunUser | null): void;
  storage(key: string, value: string | null): void;
  error(code: number | null, message: string, blockId: string | null): void;
  done(token: string | null, user: RunUser | null): void;
}

/** One program run in its own worker. */
export class ProgramRun {
  /** Settles once, with how the run ended. */
  readonly outcome: Promise<RunOutcome>;
  private readonly worker: Worker;
  private settle!: (outcome: RunOutcome) => void;
  private failed = false;
  private settled = false;

  constructor(request: RunRequest, handlers: RunHandlers) {
    this.outcome = new Promise((resolve) => {
      this.settle = resolve;
    });
    this.worker = new Worker(new URL('./run-worker.ts', import.meta.url), { type: 'module', name: 'program run' });
    this.worker.onmessage = (message: MessageEvent<RunEvent>) => {
      if (this.settled) return;
      const event = message.data;
      switch (event.type) {
        case 'print':
          handlers.print(event.lines, event.skipped);
          break;
        case 'highlight':
          handlers.highlight(event.blockId);
          break;
        case 'session':
          handlers.session(event.token, event.objectId, event.user);
          break;
        case 'storage':
          handlers.storage(event.key, event.value);
          break;
        case 'error':
          this.failed = true;
          handlers.error(event.code, event.message, event.blockId);
          break;
        case 'done':
          handlers.done(event.token, event.user);
          this.finish(this.failed ? 'failed' : 'finished');
          break;
      }
    };
    // The worker script itself failed (e.g. could not load the runtime): report it like a program error.
    this.worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      if (this.settled) return;
      handlers.error(null, event.message || '', null);
      this.finish('failed');
    };
    this.worker.postMessage(request);
  }

  /** Ends the run now, wherever it is. */
  stop(): void {
    this.finish('stopped');
  }

  private finish(outcome: RunOutcome): void {
    if (this.settled) return;
    this.settled = true;
    this.worker.terminate();
    this.settle(outcome);
  }
}
