// `codeless generate <workspace.json>`: prints the workspace's program as an ES module, or its event handlers as
// server logic (a Backendless JS CodeRunner file, or the module the emulator runs).
import type { ProgramRuntime, ServerLogicTarget } from '../../index.ts';
import { backendFromArgs, backendOptions, parseCommandArgs, UsageError, withWorkspaceFile } from './workspace-file.ts';

const usage = `Usage: codeless generate <workspace.json> [--target codeless-blocks|backendless|coderunner|emulator]
                         [--server-url URL --app-id ID --api-key KEY]
  --target      codeless-blocks (default) or backendless: the client program, importing that runtime
                (backendless: the official SDK); event handlers are left out of it
                coderunner: the event handlers as a file for Backendless' JS CodeRunner (deploy it with its tools)
                emulator: the event handlers as the module codeless emulator --logic runs
  --server-url, --app-id, --api-key
                write Backendless.initApp(...) with these settings into the program;
                without them the program leaves initApp to the code that loads it (client programs only)`;

const programTargets: readonly string[] = ['codeless-blocks', 'backendless'];
const serverLogicTargets: readonly string[] = ['coderunner', 'emulator'];

/** What to generate, from the arguments. */
type Wanted =
  | { kind: 'program'; runtime: ProgramRuntime; backend: ReturnType<typeof backendFromArgs> }
  | { kind: 'serverLogic'; target: ServerLogicTarget };

function wantedFrom(values: Record<string, string | boolean | undefined>): Wanted {
  const target = String(values.target ?? 'codeless-blocks');
  const backend = backendFromArgs(values);
  if (serverLogicTargets.includes(target)) {
    if (backend)
      throw new UsageError(`--server-url, --app-id and --api-key are for client programs, not --target ${target}`);
    return { kind: 'serverLogic', target: target as ServerLogicTarget };
  }
  if (!programTargets.includes(target)) {
    throw new UsageError(`--target must be codeless-blocks, backendless, coderunner or emulator, got "${target}"`);
  }
  return { kind: 'program', runtime: target as ProgramRuntime, backend };
}

/** Runs `codeless generate`; resolves with the exit code. */
export async function generateCommand(argv: string[]): Promise<number> {
  let file: string;
  let wanted: Wanted;
  try {
    const parsed = parseCommandArgs(argv, { target: { type: 'string' }, ...backendOptions });
    if (parsed.values.help) {
      console.log(usage);
      return 0;
    }
    file = parsed.file;
    wanted = wantedFrom(parsed.values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`codeless generate: ${error.message}\n${usage}`);
    return 2;
  }

  const output = await withWorkspaceFile(file, (workspace, { workspaceToProgram, workspaceToServerLogic }) =>
    wanted.kind === 'program'
      ? workspaceToProgram(workspace, { runtime: wanted.runtime, backend: wanted.backend })
      : workspaceToServerLogic(workspace, { target: wanted.target }),
  );
  process.stdout.write(output);
  return 0;
}
