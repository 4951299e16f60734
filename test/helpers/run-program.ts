// Runs a generated program for real, as a person would with `node program.mjs`: written to a .mjs file inside the
// repository (so that `codeless-blocks/runtime` resolves to the package's own build in dist/), its import pointed at
// our runtime or the official SDK, started with Node 24 after a runner has called `initApp` on that same
// `Backendless`.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const node = `${root}node_modules/.bin/node`;
const OUR_IMPORT = "import Backendless from 'codeless-blocks/runtime';";

/** Which `Backendless` a program runs with. */
export type Runtime = 'codeless-blocks' | 'backendless';

/** What a program did: its output, its failure report and its exit code. */
export interface ProgramRun {
  stdout: string;
  stderr: string;
  exitCode: number | string | undefined;
}

/**
 * Writes `source` (a program of `workspaceToProgram`, importing our runtime) and its runner to `directory` and runs
 * it. A program that fails resolves too, with its exit code.
 */
export async function runProgramFile(
  directory: string,
  name: string,
  source: string,
  runtime: Runtime,
  backend: { serverURL: string; appId: string; apiKey: string },
): Promise<ProgramRun> {
  if (!source.includes(OUR_IMPORT)) throw new Error(`${name}: the program does not import our runtime`);
  const runtimeModule = runtime === 'backendless' ? 'backendless' : 'codeless-blocks/runtime';
  writeFileSync(
    `${directory}${name}.${runtime}.mjs`,
    source.replace(OUR_IMPORT, `import Backendless from '${runtimeModule}';`),
  );
  const runner = `${directory}${name}.${runtime}.runner.mjs`;
  writeFileSync(
    runner,
    `import Backendless from '${runtimeModule}';\n` +
      `Backendless.initApp(${JSON.stringify(backend)});\n` +
      `await import('./${name}.${runtime}.mjs');\n`,
  );
  try {
    const { stdout, stderr } = await run(node, [runner], { cwd: root, timeout: 25_000, encoding: 'utf8' });
    return { stdout, stderr, exitCode: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number | string };
    return { stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', exitCode: failed.code };
  }
}
