// `codeless run <workspace.json>`: runs the workspace's program in Node against a backend — the embedded
// emulator by default (started for the run), or a real Backendless app.
import { startEmulator } from '../../emulator/index.ts';
import { workspaceToFunctionBody } from '../../index.ts';
import { createBackendless, type BackendlessApp } from '../../runtime/index.ts';
import { backendFromArgs, backendOptions, openWorkspaceFile, parseCommandArgs, UsageError } from './workspace-file.ts';

const usage = `Usage: codeless run <workspace.json> [--server-url URL --app-id ID --api-key KEY]
  Without backend options the program runs against an emulator started for the run
  (seeded with alice@wonderland.com / wonderland). print blocks write to stdout.`;

type ProgramFunction = (backendless: BackendlessApp) => Promise<void>;
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => ProgramFunction;

/** Runs `codeless run`; resolves with the exit code (1 when the program fails). */
export async function runCommand(argv: string[]): Promise<number> {
  let file: string;
  let backend;
  try {
    const parsed = parseCommandArgs(argv, backendOptions);
    if (parsed.values.help) {
      console.log(usage);
      return 0;
    }
    file = parsed.file;
    backend = backendFromArgs(parsed.values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`codeless run: ${error.message}\n${usage}`);
    return 2;
  }

  const workspace = await openWorkspaceFile(file);
  let body: string;
  try {
    body = workspaceToFunctionBody(workspace);
  } finally {
    workspace.dispose();
  }
  const program = new AsyncFunction('Backendless', body);

  const emulator = backend ? null : await startEmulator();
  const settings = backend ?? { serverURL: emulator!.url, appId: emulator!.appId, apiKey: emulator!.apiKey };
  try {
    await program(createBackendless(settings));
    return 0;
  } catch (error) {
    console.error(`codeless run: ${describeFailure(error)}`);
    return 1;
  } finally {
    await emulator?.close();
  }
}

/** "3003 Invalid login or password" for a Backendless error; the message for anything else. */
function describeFailure(error: unknown): string {
  if (error !== null && typeof error === 'object') {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(error);
    return code === undefined || code === null ? text : `${String(code)} ${text}`;
  }
  return String(error);
}
