// From a workspace to a program: `workspaceToProgram` (a complete ES module, for export and `codeless generate`)
// and `workspaceToFunctionBody` (the body of `async function (Backendless) { … }`, for runners).
//
// Both generate with the host's JavaScript generator, and for the length of one call adjust it to what a real
// program needs, restoring every adjustment in a `finally`:
// - every string literal goes through `quoteJs` (Blockly's `quote_` loses `\n` and breaks on `\r`);
// - block comments cannot end their `//` line early (a `\r` or U+2028 in a comment would turn the rest of it
//   into code);
// - `print` writes with `console.log` (not `window.alert`, which does not exist in Node or workers);
// - user procedures that wait for the backend (directly or through other procedures) become `async`, and
//   their calls are awaited, so steps run in the order drawn;
// - a bare object literal at the top level is parenthesised, so it is not read as a block statement.
import type { Block, Workspace } from 'blockly/core';
import { javascriptGenerator, Order, type JavascriptGenerator } from 'blockly/javascript';
import { awaitingBlockTypes, reservedWords, type BlockGenerator } from './index.ts';
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

const PROCEDURE_DEFINITIONS = ['procedures_defreturn', 'procedures_defnoreturn'];
const PROCEDURE_CALLS = ['procedures_callreturn', 'procedures_callnoreturn'];

// Ends of line besides `\n` that JavaScript also ends a `//` comment at.
const OTHER_LINE_TERMINATORS = /\r\n?|[\u2028\u2029]/g;

/** The parts of a generated program: declarations and functions, then the statements of the top blocks. */
interface ProgramParts {
  /** `var …;` and function definitions, in Blockly's order. */
  definitions: string;
  /** The top blocks' code, in workspace order. */
  code: string;
}

// The generator members this module adjusts (some are protected or optional in Blockly's typings).
interface AdjustableGenerator {
  quote_: (text: string) => string;
  multiline_quote_: (text: string) => string;
  prefixLines: (text: string, prefix: string) => string;
  scrubNakedValue: (line: string) => string;
  STATEMENT_PREFIX: string | null;
  definitions_: Record<string, string>;
  forBlock: Record<string, BlockGenerator | undefined>;
  RESERVED_WORDS_: string;
  nameDB_?: unknown;
}

/**
 * Adds names to the generator's reserved words, once. Blockly builds its name database from the reserved words
 * only when it first creates it, so a generator that has generated before gets a fresh one.
 *
 * @param generator The generator.
 * @param words The names to reserve.
 */
export function reserveWords(generator: JavascriptGenerator, words: readonly string[]): void {
  const adjustable = generator as unknown as AdjustableGenerator;
  const reserved = new Set(adjustable.RESERVED_WORDS_.split(','));
  const missing = words.filter((word) => !reserved.has(word));
  if (missing.length === 0) return;
  generator.addReservedWords(missing.join(','));
  adjustable.nameDB_ = undefined;
}

/**
 * The names of the user procedures whose code waits: those holding one of our awaiting blocks, or calling a
 * procedure that does (to any depth, recursion included).
 */
function findAwaitingProcedures(workspace: Workspace): Set<string> {
  const definitions = PROCEDURE_DEFINITIONS.flatMap((type) => workspace.getBlocksByType(type, false));
  const awaiting = new Set<string>();
  const callsByProcedure = new Map<string, string[]>();
  for (const definition of definitions) {
    const name = String(definition.getFieldValue('NAME'));
    const calls: string[] = [];
    for (const block of definition.getDescendants(false)) {
      if (awaitingBlockTypes.has(block.type)) awaiting.add(name);
      else if (PROCEDURE_CALLS.includes(block.type)) calls.push(String(block.getFieldValue('NAME')));
    }
    callsByProcedure.set(name, calls);
  }
  // Spread "waits" backwards along calls until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, calls] of callsByProcedure) {
      if (!awaiting.has(name) && calls.some((callee) => awaiting.has(callee))) {
        awaiting.add(name);
        changed = true;
      }
    }
  }
  return awaiting;
}

/**
 * Runs `generate` with the generator adjusted for programs (see the top of this file), then restores it.
 */
function withProgramGenerator<T>(
  generator: JavascriptGenerator,
  workspace: Workspace,
  statementPrefix: string | null,
  generate: () => T,
): T {
  const adjustable = generator as unknown as AdjustableGenerator;
  const awaitingProcedures = findAwaitingProcedures(workspace);
  const restorers: Array<() => void> = [];

  // Replaces one member for the duration of the call; an inherited member is restored by deleting the own one.
  function override(target: Record<string, unknown>, key: string, value: unknown): void {
    const hadOwn = Object.prototype.hasOwnProperty.call(target, key);
    const previous = target[key];
    target[key] = value;
    restorers.push(() => {
      if (hadOwn) target[key] = previous;
      else delete target[key];
    });
  }
  const members = adjustable as unknown as Record<string, unknown>;
  const forBlock = adjustable.forBlock as Record<string, unknown>;
  const originalPrefixLines = adjustable.prefixLines;
  const originalScrubNakedValue = adjustable.scrubNakedValue;

  try {
    override(members, 'quote_', quoteJs);
    override(members, 'multiline_quote_', quoteJs);
    override(members, 'prefixLines', function (this: unknown, text: string, prefix: string): string {
      return originalPrefixLines.call(this, text.replace(OTHER_LINE_TERMINATORS, '\n'), prefix);
    });
    override(members, 'scrubNakedValue', function (this: unknown, line: string): string {
      return originalScrubNakedValue.call(this, line.startsWith('{') ? `(${line})` : line);
    });
    override(members, 'STATEMENT_PREFIX', statementPrefix);

    override(forBlock, 'text_print', function (block: Block, gen: JavascriptGenerator): string {
      const text = gen.valueToCode(block, 'TEXT', Order.NONE) || "''";
      return `console.log(${text});\n`;
    });

    for (const type of PROCEDURE_DEFINITIONS) {
      const defineProcedure = adjustable.forBlock[type];
      if (!defineProcedure) continue;
      override(forBlock, type, function (block: Block, gen: JavascriptGenerator) {
        const result = defineProcedure(block, gen);
        const name = String(block.getFieldValue('NAME'));
        if (awaitingProcedures.has(name)) {
          // Blockly stores the function under '%' + its code name, possibly after `//` comment lines.
          const definitions = (gen as unknown as AdjustableGenerator).definitions_;
          const key = '%' + gen.getProcedureName(name);
          const code = definitions[key];
          if (code !== undefined) {
            definitions[key] = code.replace(/^((?:\/\/[^\n]*\n)*)function /, '$1async function ');
          }
        }
        return result;
      });
    }
    const callWithResult = adjustable.forBlock['procedures_callreturn'];
    if (callWithResult) {
      override(forBlock, 'procedures_callreturn', function (block: Block, gen: JavascriptGenerator) {
        const result = callWithResult(block, gen);
        if (!awaitingProcedures.has(String(block.getFieldValue('NAME'))) || !Array.isArray(result)) return result;
        return [`await ${result[0]}`, Order.AWAIT];
      });
    }
    const callWithoutResult = adjustable.forBlock['procedures_callnoreturn'];
    if (callWithoutResult) {
      override(forBlock, 'procedures_callnoreturn', function (block: Block, gen: JavascriptGenerator) {
        const result = callWithoutResult(block, gen);
        // Blockly's statement call is built from the value call, which may already be awaited (above).
        if (
          !awaitingProcedures.has(String(block.getFieldValue('NAME'))) ||
          typeof result !== 'string' ||
          result.startsWith('await ')
        ) {
          return result;
        }
        return `await ${result}`;
      });
    }
    return generate();
  } finally {
    for (const restore of restorers.reverse()) restore();
  }
}

/**
 * Generates the definitions and the top-level code of a workspace. Does what `workspaceToCode` does, but keeps
 * the two apart (the program puts the code inside `main`) and gets the top blocks in one sort.
 */
function generateParts(
  workspace: Workspace,
  generator: JavascriptGenerator,
  statementPrefix: string | null,
  extraReservedWords: readonly string[],
): ProgramParts {
  reserveWords(generator, [...reservedWords, ...extraReservedWords]);
  return withProgramGenerator(generator, workspace, statementPrefix, () => {
    generator.init(workspace);
    const lines: string[] = [];
    let definitions: string;
    try {
      for (const block of workspace.getTopBlocks(true)) {
        let line = generator.blockToCode(block);
        if (Array.isArray(line)) line = line[0];
        if (!line) continue;
        if (block.outputConnection) {
          line = generator.scrubNakedValue(line);
          if (statementPrefix && !block.suppressPrefixSuffix) {
            line = generator.injectId(statementPrefix, block) + line;
          }
        }
        lines.push(line);
      }
    } finally {
      // `finish` hands back the definitions and resets the generator for its next use, even after an error.
      definitions = generator.finish('');
    }
    return {
      definitions: definitions.replace(/\n+$/, ''),
      code: lines
        .join('\n')
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n+$/, ''),
    };
  });
}

function requireWorkspace(workspace: unknown, caller: string): asserts workspace is Workspace {
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

function indent(code: string, prefix: string): string {
  return code.replace(/^(?=.)/gm, prefix);
}

/**
 * Turns a workspace into a complete, readable ES module: the import of the runtime (ours or the official SDK),
 * the `initApp` call, the workspace's variables and functions, and the program as `export async function
 * main()`, which the module runs at once. It runs with `node program.mjs` and as `<script type="module">`.
 * When the program fails, it logs one line (`3003 Invalid login or password`) and, in Node, sets a non-zero
 * exit code.
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
 * not caught here: they reject the function's promise, for the runner to report.
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
