// The shape of a generator file: for each block type of its block file, the function that generates the block's
// JavaScript and whether that code awaits (`await …`). Whether a user function becomes `async` depends on it, so
// every generator says so explicitly. `generators/library.ts` derives `forBlock` and `awaitingBlockTypes` from
// these; nothing else lists generators.
import type { Block } from 'blockly/core';
import type { JavascriptGenerator, Order } from 'blockly/javascript';

/** A block-code generator, as `JavascriptGenerator.forBlock` holds them. */
export type BlockGenerator = (block: Block, generator: JavascriptGenerator) => [string, Order] | string | null;

/** How one block type is generated. */
export interface TypeGenerator {
  readonly generate: BlockGenerator;
  /** Whether the block's own code contains `await` (not counting the blocks plugged into it). */
  readonly awaits: boolean;
}

/** Everything one generator file holds, keyed by block type. */
export interface GeneratorFile {
  readonly kind: 'generatorFile';
  readonly types: Readonly<Record<string, TypeGenerator>>;
}

/**
 * Describes one generator file.
 *
 * @param types For each block type, its generator and whether it awaits.
 * @returns The generator file, for `generators/index.ts` to list.
 */
export function generatorFile(types: Record<string, TypeGenerator>): GeneratorFile {
  return { kind: 'generatorFile', types };
}

/**
 * Whether a value is a generator file (what `generatorFile` returns).
 *
 * @param value Any export of a generator file.
 * @returns `true` for a generator file.
 */
export function isGeneratorFile(value: unknown): value is GeneratorFile {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'generatorFile';
}
