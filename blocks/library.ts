// The library's registries, derived from the block files blocks/index.ts lists: the JSON definitions, the toolbox
// categories and the English texts (the type every translation in blocks/messages/ must fill). The Users blocks and
// the Server logic blocks are kept apart, so a host that installs only the Users blocks bundles nothing of server
// logic. Data only: nothing is registered here (`install()` and `installServerLogic()` do).
import type { BlockFile, ToolboxCategory } from './block-file.ts';
import { NULL_SHADOW } from './call-block.ts';
import { listedBlockFiles, listedServerLogicBlockFiles } from './index.ts';
import { USERS_CATEGORY_STYLE, type JsonBlockDefinition } from './types.ts';

const byPosition = (a: BlockFile, b: BlockFile) => a.toolbox.position - b.toolbox.position;

// The pure annotations below mark what a bundler may drop when nothing uses it: a host that calls `install()` only
// bundles nothing of server logic (bench/bundle.bench.ts measures a host's import).

/** Every block file of the Users category, in toolbox order. */
export const blockFiles: readonly BlockFile[] = [...listedBlockFiles].sort(
  (a, b) => a.toolbox.position - b.toolbox.position,
);

/** Every block file of the Server logic category, in toolbox order. */
export const serverLogicBlockFiles: readonly BlockFile[] = /*#__PURE__*/ [...listedServerLogicBlockFiles].sort(
  byPosition,
);

/** The JSON definitions of every block of the Users category, in toolbox order. */
export const userBlocks: readonly JsonBlockDefinition[] = blockFiles.flatMap((file) => file.definitions);

/** The type names of every block of the Users category. */
export const userBlockTypes: readonly string[] = /*#__PURE__*/ userBlocks.map((block) => block.type);

/** The JSON definitions of the Server logic blocks (event handlers and what they read and change). */
export const serverLogicBlocks: readonly JsonBlockDefinition[] = /*#__PURE__*/ serverLogicBlockFiles.flatMap(
  (file) => file.definitions,
);

/** The type names of the Server logic blocks. */
export const serverLogicBlockTypes: readonly string[] = /*#__PURE__*/ serverLogicBlocks.map((block) => block.type);

/** The Users toolbox category: every block of the library but server logic's, with shadow blocks filled in. */
export const toolboxCategory: ToolboxCategory = {
  kind: 'category',
  name: '%{BKY_CODELESS_USERS_CATEGORY}',
  categorystyle: USERS_CATEGORY_STYLE,
  contents: blockFiles.flatMap((file) => file.toolbox.entries),
};

/**
 * The Server logic toolbox category: the event handler and the blocks that read and change its request, its result
 * and its context. For a workspace of server logic (`installServerLogic()`, `workspaceToServerLogic`); a host
 * without one leaves it out.
 */
export const serverLogicCategory: ToolboxCategory = {
  kind: 'category',
  name: '%{BKY_CODELESS_SERVER_LOGIC_CATEGORY}',
  categorystyle: USERS_CATEGORY_STYLE,
  contents: /*#__PURE__*/ serverLogicBlockFiles.flatMap((file) => file.toolbox.entries),
};

/** Server logic's texts that are no block's own: its category's name and the warnings of misplaced blocks. */
const serverLogicLibraryMessages = {
  CODELESS_SERVER_LOGIC_CATEGORY: 'Server logic',
  CODELESS_SERVER_LOGIC_OUTSIDE_HANDLER: 'This block works only inside an event handler (Server logic).',
  CODELESS_SERVER_LOGIC_WRONG_HANDLER:
    'This block has no value in this event handler: its tooltip says which handlers it belongs to.',
} as const;

/** The value inputs each block type needs filled (see `BlockFile.requiredInputs`). */
export const requiredInputs: ReadonlyMap<string, readonly string[]> = /*#__PURE__*/ requiredInputsOf(blockFiles);

/** The files' required inputs by block type: declared, or derived from a call block's inputs, for each of its shapes. */
function requiredInputsOf(files: readonly BlockFile[]): Map<string, readonly string[]> {
  return new Map(
    files.flatMap((file) => {
      const required = file.requiredInputs ?? derivedRequiredInputs(file);
      return required.length > 0 ? file.definitions.map(({ type }) => [type, required] as const) : [];
    }),
  );
}

/**
 * A call block's required inputs: every input but one the toolbox fills with a `null` shadow (nothing is a value the
 * call takes) or a yes / no (a Boolean input always has a default).
 */
function derivedRequiredInputs(file: BlockFile): readonly string[] {
  return (file.callInputs ?? [])
    .filter(([, check, content]) => check !== 'Boolean' && !isNullShadow(content))
    .map(([name]) => name);
}

function isNullShadow(content: object): boolean {
  return 'shadow' in content && (content.shadow as { type?: unknown }).type === NULL_SHADOW;
}

/** A block as {@link missingInputs} reads it: a Blockly block is one. */
export interface BlockWithInputs {
  readonly type: string;
  getInputTargetBlock(name: string): unknown;
}

/**
 * The required inputs of a block that hold no block, in the block's order: what a host warns about before a run.
 *
 * @param block A block of any type (those of other libraries have none).
 * @returns The names of its empty required inputs.
 */
export function missingInputs(block: BlockWithInputs): string[] {
  return (requiredInputs.get(block.type) ?? []).filter((name) => !block.getInputTargetBlock(name));
}

type KeyOf<File> = File extends BlockFile<infer Key> ? Key : never;

/** A message key of the Users blocks and their category. */
export type UserMessageKey = 'CODELESS_USERS_CATEGORY' | KeyOf<(typeof listedBlockFiles)[number]>;

/** A message key of the Server logic blocks and their category. */
export type ServerLogicMessageKey =
  keyof typeof serverLogicLibraryMessages | KeyOf<(typeof listedServerLogicBlockFiles)[number]>;

/** A message key used by the blocks (`Blockly.Msg` key, `%{BKY_<key>}` in a definition). */
export type MessageKey = UserMessageKey | ServerLogicMessageKey;

/**
 * A complete set of texts for one locale: exactly the English keys. A translation typed `Messages` that lacks a
 * key, or has one no block uses, does not compile.
 */
export type Messages = Record<MessageKey, string>;

/** The texts of a category: its own, then each block file's. */
function textsOf(
  own: ReadonlyArray<Readonly<Record<string, string>>>,
  files: readonly BlockFile[],
): Record<string, string> {
  return Object.assign({}, ...own, ...files.map((file) => file.messages)) as Record<string, string>;
}

/** The English texts of the Users blocks and category: what `install()` sets. */
export const englishUserMessages = Object.assign(
  { CODELESS_USERS_CATEGORY: 'Users' },
  ...blockFiles.map((file) => file.messages),
) as Readonly<Record<UserMessageKey, string>>;

/** The English texts of the Server logic blocks and category: what `installServerLogic()` adds. */
export const englishServerLogicMessages = /*#__PURE__*/ textsOf(
  [serverLogicLibraryMessages],
  serverLogicBlockFiles,
) as Readonly<Record<ServerLogicMessageKey, string>>;

/** Every English text, keyed by `Blockly.Msg` key (`messages.en`). */
export const englishMessages: Messages = /*#__PURE__*/ textsOf(
  [englishUserMessages, serverLogicLibraryMessages],
  serverLogicBlockFiles,
) as Messages;
