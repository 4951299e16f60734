// From a workspace to a program: `workspaceToProgram` (a complete ES module, for export and `codeless generate`)
// and `workspaceToFunctionBody` (the body of `async function (Backendless) { … }`, for runners). Both generate
// with the host's JavaScript generator, adjusted for the length of one call (program-generator.ts).
import type { Workspace } from 'blockly/core';
import { javascriptGenerator, type JavascriptGenerator } from 'blockly/javascript';
import { generateParts } from './program-generator.ts';
import { quoteJs } from './quote.ts';

/** Where a generated program finds the backend: what `Backendless.initApp` is called with. */
export interface BackendSettings {
  /** e.g. `https://api.backendless.com`, `https://eu-api.backendless.com`, or the emulator's URL. */
  serverURL: string;
  /** The application id. */
  appId: string;
  /** The REST or JS API key. */
  apiKey: string;
}

/** Which `Backendless` a program imports. */
export type ProgramRuntime = 'codeless-blocks' | 'backendless';

/** Options of `workspaceToProgram`. */
export interface ProgramOptions {
  /** `'codeless-blocks'` (default) imports `codeless-blocks/runtime`; `'backendless'` the official SDK. */
  runtime?: ProgramRuntime;
  /** The backend to `initApp`; `null` or absent leaves `initApp` to the code that loads the module. */
  backend?: BackendSettings | null;
  /** The generator to use (default: `javascriptGenerator` from `blockly/javascript`). */
  generator?: JavascriptGenerator;
}

/** Options of `workspaceToFunctionBody`. */
export interface FunctionBodyOptions {
  /** The generator to use (default: `javascriptGenerator` from `blockly/javascript`). */
  generator?: JavascriptGenerator;
  /**
   * Code put before every statement, `%1` standing for the block id as a string literal, e.g.
   * `'highlightBlock(%1);\n'` (Blockly's `STATEMENT_PREFIX`). Names it uses should be passed in `reservedWords`.
   */
  statementPrefix?: string;
  /** More names the body relies on (e.g. `highlightBlock`), so user variables cannot shadow them. */
  reservedWords?: readonly string[];
}

/** Where each runtime is imported from. */
const RUNTIME_MODULES: Readonly<Record<ProgramRuntime, string>> = {
  'codeless-blocks': 'codeless-blocks/runtime',
  backendless: 'backendless',
};

/** Refuses anything but a Blockly workspace, naming the caller. */
export function requireWorkspace(workspace: unknown, caller: string): asserts workspace is Workspace {
  if (!workspace || typeof (workspace as Workspace).getTopBlocks !== 'function') {
    throw new TypeError(`${caller} expects a Blockly workspace, got ${workspace === null ? 'null' : typeof workspace}`);
  }
}

function validBackend(backend: BackendSettings): BackendSettings {
  for (const key of ['serverURL', 'appId', 'apiKey'] as const) {
    if (typeof backend[key] !== 'string' || backend[key] === '') {
      throw new TypeError(`workspaceToProgram: backend.${key} must be a non-empty string`);
    }
  }
  if (!/^https?:\/\//i.test(backend.serverURL)) {
    throw new TypeError(
      `workspaceToProgram: backend.serverURL must start with http:// or https://, got ${quoteJs(backend.serverURL)}`,
    );
  }
  return backend;
}

/** Indents every non-empty line. */
export function indent(code: string, prefix: string): string {
  return code.replace(/^(?=.)/gm, prefix);
}

/**
 * Turns a workspace into a complete, readable ES module: the import of the runtime (ours or the official SDK),
 * the `initApp` call, the workspace's variables and functions, and the program as `export async function
 * main()`, which the module runs at once. It runs with `node program.mjs` and as `<script type="module">`.
 * When the program fails, it logs one line (`3003 Invalid login or password`) and, in Node, sets a non-zero
 * exit code. Event handlers (server logic) generate nothing here: `workspaceToServerLogic` generates them.
 *
 * @param workspace The workspace (headless or rendered).
 * @param options Runtime, backend and generator; see `ProgramOptions`.
 * @returns The module's source text.
 * @throws TypeError on a bad workspace, runtime or backend.
 */
export function workspaceToProgram(workspace: Workspace, options: ProgramOptions = {}): string {
  requireWorkspace(workspace, 'workspaceToProgram');
  const runtime = options.runtime ?? 'codeless-blocks';
  const runtimeModule = RUNTIME_MODULES[runtime];
  if (!Object.hasOwn(RUNTIME_MODULES, runtime) || runtimeModule === undefined) {
    throw new TypeError(
      `workspaceToProgram: runtime must be 'codeless-blocks' or 'backendless', got ${quoteJs(String(runtime))}`,
    );
  }
  const backend = options.backend ? validBackend(options.backend) : null;
  const { definitions, code } = generateParts(workspace, options.generator ?? javascriptGenerator, null, []);

  const initApp = backend
    ? `Backendless.initApp({\n` +
      `  serverURL: ${quoteJs(backend.serverURL)},\n` +
      `  appId: ${quoteJs(backend.appId)},\n` +
      `  apiKey: ${quoteJs(backend.apiKey)},\n` +
      `});\n`
    : `// Backendless.initApp(…) is left to the code that loads this module.\n`;

  return (
    `// Generated by codeless-blocks from a Blockly workspace.\n` +
    `import Backendless from ${quoteJs(runtimeModule)};\n` +
    `\n` +
    initApp +
    (definitions ? `\n${definitions}\n` : '') +
    `\n` +
    `/** The program drawn on the workspace. */\n` +
    `export async function main() {\n` +
    (code ? indent(code, '  ') + '\n' : '') +
    `}\n` +
    `\n` +
    `// One clear line instead of a stack trace: "3003 Invalid login or password" for a Backendless error.\n` +
    `function reportFailure(error) {\n` +
    `  const code = error?.code;\n` +
    `  console.error(code == null ? String(error?.message ?? error) : \`\${code} \${error.message}\`);\n` +
    `  if (globalThis.process) globalThis.process.exitCode = 1;\n` +
    `}\n` +
    `\n` +
    `await main().catch(reportFailure);\n`
  );
}

/**
 * Turns a workspace into the body of `async function (Backendless) { … }`: what a runner (the playground's
 * worker, `codeless run`) executes with its own `Backendless`. `print` writes with `console.log`. Failures are
 * not caught here: they reject the function's promise, for the runner to report. Event handlers generate nothing.
 *
 * @param workspace The workspace (headless or rendered).
 * @param options Generator, statement prefix and extra reserved words; see `FunctionBodyOptions`.
 * @returns The function body's source text.
 */
export function workspaceToFunctionBody(workspace: Workspace, options: FunctionBodyOptions = {}): string {
  requireWorkspace(workspace, 'workspaceToFunctionBody');
  if (options.statementPrefix !== undefined && typeof options.statementPrefix !== 'string') {
    throw new TypeError('workspaceToFunctionBody: statementPrefix must be a string');
  }
  const { definitions, code } = generateParts(
    workspace,
    options.generator ?? javascriptGenerator,
    options.statementPrefix || null,
    options.reservedWords ?? [],
  );
  return [definitions, code].filter(Boolean).join('\n\n') + '\n';
}
