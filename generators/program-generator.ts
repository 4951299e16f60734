// Generating a program with the host's JavaScript generator. For the length of one call the generator is adjusted
// to what a real program needs, and every adjustment is restored in a `finally`:
// - every string literal goes through `quoteJs` (Blockly's `quote_` loses `\n` and breaks on `\r`);
// - block comments cannot end their `//` line early (a `\r` or U+2028 in a comment would turn the rest of it
//   into code);
// - `print` writes with `console.log` (not `window.alert`, which does not exist in Node or workers);
// - user procedures that wait for the backend (directly or through other procedures) become `async`, and
//   their calls are awaited, so steps run in the order drawn (async-procedures.ts);
// - a bare object literal at the top level is parenthesised, so it is not read as a block statement.
import type { Block, Workspace } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { asyncProcedureGenerators } from './async-procedures.ts';
import { adjustable } from './generator-members.ts';
import { quoteJs } from './quote.ts';

/**
 * Names generated programs rely on. Reserved in the generator, so a user variable or function with one of
 * these names is renamed (`Backendless2`) instead of shadowing it.
 */
export const reservedWords: readonly string[] = [
  'Backendless', // the runtime (or the official SDK)
  'main', // the program's entry point in workspaceToProgram's module
  'reportFailure', // its error reporter
  'console',
  'process',
  'globalThis',
];

// Ends of line besides `\n` that JavaScript also ends a `//` comment at.
const OTHER_LINE_TERMINATORS = /\r\n?|[\u2028\u2029]/g;

/** The parts of a generated program: declarations and functions, then the statements of the top blocks. */
export interface ProgramParts {
  /** `var …;` and function definitions, in Blockly's order. */
  definitions: string;
  /** The top blocks' code, in workspace order. */
  code: string;
}

/**
 * Adds names to the generator's reserved words, once. Blockly builds its name database from the reserved words
 * only when it first creates it, so a generator that has generated before gets a fresh one.
 *
 * @param generator The generator.
 * @param words The names to reserve.
 */
export function reserveWords(generator: JavascriptGenerator, words: readonly string[]): void {
  const members = adjustable(generator);
  const reserved = new Set(members.RESERVED_WORDS_.split(','));
  const missing = words.filter((word) => !reserved.has(word));
  if (missing.length === 0) return;
  generator.addReservedWords(missing.join(','));
  members.nameDB_ = undefined;
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
  const members = adjustable(generator);
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
  const forBlock = members.forBlock as Record<string, unknown>;
  const originalPrefixLines = members.prefixLines;
  const originalScrubNakedValue = members.scrubNakedValue;

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

    for (const [type, generate] of Object.entries(asyncProcedureGenerators(workspace, members.forBlock))) {
      override(forBlock, type, generate);
    }
    return generate();
  } finally {
    for (const restore of restorers.reverse()) restore();
  }
}

/**
 * Generates the definitions and the top-level code of a workspace, with the generator adjusted (see the top of
 * this file). Does what `workspaceToCode` does, but keeps
 * the two apart (the program puts the code inside `main`) and gets the top blocks in one sort.
 */
export function generateParts(
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
