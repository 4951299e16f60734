// The library's generator registries, derived from the generator files generators/index.ts lists.
// Data only: installing them is `install()`'s job.
import type { BlockGenerator, GeneratorFile } from './generator-file.ts';
import { listedGeneratorFiles } from './index.ts';

/** Every generator file. */
export const generatorFiles: readonly GeneratorFile[] = listedGeneratorFiles;

const entries = generatorFiles.flatMap((file) => Object.entries(file.types));

/** The JavaScript generator of every block of the library, keyed by block type. */
export const forBlock: Readonly<Record<string, BlockGenerator>> = Object.fromEntries(
  entries.map(([type, { generate }]) => [type, generate]),
);

/** Block types whose own code contains `await`: a user function holding one of them must become `async`. */
export const awaitingBlockTypes: ReadonlySet<string> = new Set(
  entries.filter(([, { awaits }]) => awaits).map(([type]) => type),
);
