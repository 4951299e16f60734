// The thread a `codeless run` program runs in, apart from the emulator and the time limit in the main thread:
// `run.ts` can end it at any moment, even inside `while (true) {}`, which no timer in the program's own
// thread could interrupt. print lines go to stdout, a failure to stderr as one line; the exit code says which.
import { parentPort, workerData } from 'node:worker_threads';
import { createBackendless, type BackendlessConfig } from '../../runtime/index.ts';

/** What `run.ts` hands over: the generated function body and the backend it runs against. */
export interface RunWorkerData {
  body: string;
  backend: BackendlessConfig;
}

type ProgramFunction = (backendless: unknown) => Promise<void>;
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => ProgramFunction;

/** "3003 Invalid login or password" for a Backendless error; the message for anything else. */
function describeFailure(error: unknown): string {
  if (error !== null && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(error);
    return code === undefined || code === null ? text : `${String(code)} ${text}`;
  }
  return String(error);
}

const { body, backend } = workerData as RunWorkerData;
const program = new AsyncFunction('Backendless', body);
const Backendless = createBackendless(backend);
// The time limit starts now: loading this thread's modules is not the program's time.
parentPort!.postMessage('started');
try {
  await program(Backendless);
} catch (error) {
  console.error(`codeless run: ${describeFailure(error)}`);
  process.exit(1);
}
// Ends the thread even when the program left something pending (an open connection, a timer).
process.exit(0);
