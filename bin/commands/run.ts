// `codeless run <workspace.json>`: runs the workspace's program in Node against a backend — the embedded
// emulator by default (started for the run), or a real Backendless app — in a worker thread, stopped when it
// runs longer than --timeout.
import { Worker } from 'node:worker_threads';
import type { RunWorkerData } from './run-worker.ts';
import { backendFromArgs, backendOptions, parseCommandArgs, UsageError, withWorkspaceFile } from './workspace-file.ts';

/** How long a program may run by default, in seconds: far more than any sequence of user-service calls takes. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** The exit code of a program stopped by the time limit (the one coreutils' `timeout` uses). */
export const TIMED_OUT_EXIT_CODE = 124;

/** The longest limit a timer can keep (2^31 - 1 ms). */
const MAX_TIMEOUT_SECONDS = 2_147_483;

const usage = `Usage: codeless run <workspace.json> [--server-url URL --app-id ID --api-key KEY] [--timeout SECONDS]
  Without backend options the program runs against an emulator started for the run
  (seeded with alice@wonderland.com / wonderland). print blocks write to stdout.
  --timeout  seconds the program may run before it is stopped with exit code ${TIMED_OUT_EXIT_CODE}
             (default ${DEFAULT_TIMEOUT_SECONDS}; 0 = no limit)`;

/** Runs `codeless run`; resolves with the exit code (1 when the program fails, 124 when it was stopped). */
export async function runCommand(argv: string[]): Promise<number> {
  let file: string;
  let backend;
  let timeoutSeconds: number;
  try {
    const parsed = parseCommandArgs(argv, { ...backendOptions, timeout: { type: 'string' } });
    if (parsed.values.help) {
      console.log(usage);
      return 0;
    }
    file = parsed.file;
    backend = backendFromArgs(parsed.values);
    timeoutSeconds = parseTimeout(parsed.values.timeout);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`codeless run: ${error.message}\n${usage}`);
    return 2;
  }

  const body = await withWorkspaceFile(file, (workspace, { workspaceToFunctionBody }) =>
    workspaceToFunctionBody(workspace),
  );

  const emulator = backend ? null : await (await import('../../emulator/index.ts')).startEmulator();
  const settings = backend ?? { serverURL: emulator!.url, appId: emulator!.appId, apiKey: emulator!.apiKey };
  try {
    return await runInWorker({ body, backend: settings }, timeoutSeconds);
  } finally {
    await emulator?.close();
  }
}

/** `--timeout`: seconds, 0 for no limit; the default when absent. */
function parseTimeout(value: string | boolean | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(value);
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value) || seconds > MAX_TIMEOUT_SECONDS) {
    throw new UsageError(
      `--timeout must be a number of seconds up to ${MAX_TIMEOUT_SECONDS} (0 = no limit), got "${value}"`,
    );
  }
  return seconds;
}

/**
 * Runs the program in a worker thread and resolves with its exit code; ends the thread when the program runs
 * longer than `timeoutSeconds` (0: never), counted from the worker's "started" message. The worker prints the
 * program's output and its failure itself.
 */
function runInWorker(data: RunWorkerData, timeoutSeconds: number): Promise<number> {
  // The worker module has this file's extension: `.ts` from source, `.js` when built.
  const worker = new Worker(new URL('./run-worker' + import.meta.url.slice(-3), import.meta.url), { workerData: data });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  worker.once('message', () => {
    if (timeoutSeconds === 0) return;
    timer = setTimeout(() => {
      timedOut = true;
      void worker.terminate();
    }, timeoutSeconds * 1000);
  });
  return new Promise((resolve) => {
    // An error the program did not await (a rejected promise left behind): one line, like any failure.
    worker.on('error', (error) => console.error(`codeless run: ${error.message}`));
    worker.on('exit', (code) => {
      clearTimeout(timer);
      if (!timedOut) return resolve(code);
      console.error(
        `codeless run: stopped: the program was still running after ${timeoutSeconds} s (--timeout ${timeoutSeconds}; 0 = no limit)`,
      );
      resolve(TIMED_OUT_EXIT_CODE);
    });
  });
}
