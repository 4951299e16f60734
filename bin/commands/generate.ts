// `codeless generate <workspace.json>`: prints the workspace's program as an ES module.
import type { ProgramRuntime } from '../../index.ts';
import { backendFromArgs, backendOptions, parseCommandArgs, UsageError, withWorkspaceFile } from './workspace-file.ts';

const usage = `Usage: codeless generate <workspace.json> [--target codeless-blocks|backendless]
                         [--server-url URL --app-id ID --api-key KEY]
  --target      the runtime the program imports: codeless-blocks (default) or backendless (the official SDK)
  --server-url, --app-id, --api-key
                write Backendless.initApp(...) with these settings into the program;
                without them the program leaves initApp to the code that loads it`;

const targets: readonly ProgramRuntime[] = ['codeless-blocks', 'backendless'];

/** Runs `codeless generate`; resolves with the exit code. */
export async function generateCommand(argv: string[]): Promise<number> {
  let file: string;
  let runtime: ProgramRuntime;
  let backend;
  try {
    const parsed = parseCommandArgs(argv, { target: { type: 'string' }, ...backendOptions });
    if (parsed.values.help) {
      console.log(usage);
      return 0;
    }
    file = parsed.file;
    const target = String(parsed.values.target ?? 'codeless-blocks');
    if (!targets.includes(target as ProgramRuntime)) {
      throw new UsageError(`--target must be codeless-blocks or backendless, got "${target}"`);
    }
    runtime = target as ProgramRuntime;
    backend = backendFromArgs(parsed.values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`codeless generate: ${error.message}\n${usage}`);
    return 2;
  }

  const program = await withWorkspaceFile(file, (workspace, { workspaceToProgram }) =>
    workspaceToProgram(workspace, { runtime, backend }),
  );
  process.stdout.write(program);
  return 0;
}
