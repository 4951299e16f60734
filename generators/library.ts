// The library's generator registries, derived from the generator files generators/index.ts lists: the Users blocks'
// and, apart, the Server logic blocks' (so a host without server logic bundles none of it).
// Data only: installing them is `install()`'s and `installServerLogic()`'s job.
import type { BlockGenerator, GeneratorFile } from './generator-file.ts';
import { listedGeneratorFiles, listedServerLogicGeneratorFiles } from './index.ts';

/** Every generator file of the Users blocks. */
export const generatorFiles: readonly GeneratorFile[] = listedGeneratorFiles;

/** Every generator file of the Server logic blocks. */
export const serverLogicGeneratorFiles: readonly GeneratorFile[] = listedServerLogicGeneratorFiles;

const entries = generatorFiles.flatMap((file) => Object.entries(file.types));

/** The JavaScript generator of every Users block, keyed by block type. */
export const forBlock: Readonly<Record<string, BlockGenerator>> = Object.fromEntries(
  entries.map(([type, { generate }]) => [type, generate]),
);

/** The JavaScript generator of every Server logic block, keyed by block type. */
export const serverLogicForBlock: Readonly<Record<string, BlockGenerator>> = /*#__PURE__*/ Object.fromEntries(
  /*#__PURE__*/ serverLogicGeneratorFiles
    .flatMap((file) => Object.entries(file.types))
    .map(([type, { generate }]) => [type, generate]),
);

/**
 * Block types whose own code contains `await`: a user function holding one of them must become `async`. (No Server
 * logic block awaits.)
 */
export const awaitingBlockTypes: ReadonlySet<string> = new Set(
  entries.filter(([, { awaits }]) => awaits).map(([type]) => type),
);
