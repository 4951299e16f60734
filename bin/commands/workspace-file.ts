// Reading a saved workspace file for `codeless generate` and `codeless run`: every way it can be wrong
// becomes one clear sentence (the bin prints it as one line), never a stack trace. Blockly and the library load
// only once a file has passed the checks that need neither (arguments, size, JSON): a mistake is answered at once.
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type * as Blockly from 'blockly';
import type { BackendSettings } from '../../index.ts';
import { errorMessage } from '../../emulator/contract.ts';

/** A workspace file larger than this is refused before it is read: saved workspaces are kilobytes. */
export const MAX_WORKSPACE_BYTES = 16 * 1024 * 1024;

/** A command-line mistake: the bin prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Opens a workspace file and hands its workspace and the library to `use`, disposing of the workspace afterwards.
 * The library is loaded only once the file checked out (it came with the workspace).
 */
export async function withWorkspaceFile<T>(
  path: string,
  use: (workspace: Blockly.Workspace, library: typeof import('../../index.ts')) => T,
): Promise<T> {
  const workspace = await openWorkspaceFile(path);
  const library = await import('../../index.ts');
  try {
    return use(workspace, library);
  } finally {
    workspace.dispose();
  }
}

/** Reads, checks and loads a workspace file into a new headless workspace with our blocks installed. */
export async function openWorkspaceFile(path: string): Promise<Blockly.Workspace> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error(`${path} is not a file`);
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`no such workspace file: ${path}`, { cause: error });
    if (code === 'EACCES') throw new Error(`cannot read workspace file ${path}: permission denied`, { cause: error });
    throw error;
  }
  if (size > MAX_WORKSPACE_BYTES) {
    throw new Error(
      `workspace file ${path} is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_WORKSPACE_BYTES / 1024 / 1024} MiB`,
    );
  }
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`workspace file ${path} is not valid JSON: ${errorMessage(error)}`, { cause: error });
  }
  await import('./headless-blockly.ts');
  const [{ Workspace }, { installServerLogic, loadWorkspaceJson }] = await Promise.all([
    import('blockly'),
    import('../../index.ts'),
  ]);
  // Every block, server logic's too: one file may hold a client program and event handlers.
  installServerLogic();
  const workspace = new Workspace();
  try {
    loadWorkspaceJson(workspace, json);
  } catch (error) {
    workspace.dispose();
    throw new Error(`workspace file ${path}: ${errorMessage(error)}`, { cause: error });
  }
  return workspace;
}

/** The backend options shared by `generate` and `run`. */
export const backendOptions = {
  'server-url': { type: 'string' },
  'app-id': { type: 'string' },
  'api-key': { type: 'string' },
} as const;

/** Parses a command's arguments: exactly one workspace file, the given options, `--help`. */
export function parseCommandArgs(
  argv: string[],
  options: Record<string, { type: 'string' | 'boolean' }>,
): { values: Record<string, string | boolean | undefined>; file: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
    if (!values.help && positionals.length !== 1) {
      throw new Error(
        positionals.length === 0 ? 'missing <workspace.json>' : `one workspace file, got ${positionals.length}`,
      );
    }
    return { values, file: positionals[0] ?? '' };
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
}

/** The backend named by --server-url, --app-id and --api-key: all three, or none (`null`). */
export function backendFromArgs(values: Record<string, unknown>): BackendSettings | null {
  const given = Object.keys(backendOptions).filter((name) => values[name] !== undefined);
  if (given.length === 0) return null;
  if (given.length !== 3) {
    throw new UsageError('give --server-url, --app-id and --api-key together (or none)');
  }
  const serverURL = String(values['server-url']).replace(/\/+$/, '');
  // A user name or password in the URL is never printed (nor sent: Backendless takes none there).
  const shown = serverURL.replace(/^([a-z][a-z\d+.-]*:\/\/)?[^/?#]*@/i, '$1…@');
  if (shown !== serverURL)
    throw new UsageError(`--server-url must not contain a user name or password, got "${shown}"`);
  if (!/^https?:\/\/[^/]/i.test(serverURL)) {
    throw new UsageError(`--server-url must be an http:// or https:// URL, got "${serverURL}"`);
  }
  return { serverURL, appId: String(values['app-id']), apiKey: String(values['api-key']) };
}
