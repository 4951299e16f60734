// The library's registries, derived from the block files blocks/index.ts lists: the JSON definitions,
// the Users toolbox category and the English texts (the type every translation in blocks/messages/ must fill). Data
// only: nothing is registered here (`install()` does).
import type { BlockFile, ToolboxCategory } from './block-file.ts';
import { listedBlockFiles } from './index.ts';
import { SERVER_LOGIC_CATEGORY_STYLE, USERS_CATEGORY_STYLE, type JsonBlockDefinition } from './types.ts';

/** Every block file, in toolbox order. */
export const blockFiles: readonly BlockFile[] = [...listedBlockFiles].sort(
  (a, b) => a.toolbox.position - b.toolbox.position,
);

/** The JSON definitions of every block of the library, in toolbox order. */
export const userBlocks: readonly JsonBlockDefinition[] = blockFiles.flatMap((file) => file.definitions);

/** The type names of every block of the library. */
export const userBlockTypes: readonly string[] = userBlocks.map((block) => block.type);

const entriesOf = (category: 'users' | 'serverLogic') =>
  blockFiles.filter((file) => (file.toolbox.category ?? 'users') === category).flatMap((file) => file.toolbox.entries);

/** The Users toolbox category: every block of the library but server logic's, with shadow blocks filled in. */
export const toolboxCategory: ToolboxCategory = {
  kind: 'category',
  name: '%{BKY_CODELESS_USERS_CATEGORY}',
  categorystyle: USERS_CATEGORY_STYLE,
  contents: entriesOf('users'),
};

/**
 * The Server logic toolbox category: the event handler and the blocks that read and change its request, its result
 * and its context. For a workspace of server logic (`workspaceToServerLogic`); a host without one leaves it out.
 */
export const serverLogicCategory: ToolboxCategory = {
  kind: 'category',
  name: '%{BKY_CODELESS_SERVER_LOGIC_CATEGORY}',
  categorystyle: SERVER_LOGIC_CATEGORY_STYLE,
  contents: entriesOf('serverLogic'),
};

/** Texts that are not a block's own: the categories' names and the warnings of misplaced server-logic blocks. */
const libraryMessages = {
  CODELESS_USERS_CATEGORY: 'Users',
  CODELESS_SERVER_LOGIC_CATEGORY: 'Server logic',
  CODELESS_SERVER_LOGIC_OUTSIDE_HANDLER: 'This block works only inside an event handler (Server logic).',
  CODELESS_SERVER_LOGIC_WRONG_HANDLER:
    'This block has no value in this event handler: its tooltip says which handlers it belongs to.',
} as const;

type KeyOf<File> = File extends BlockFile<infer Key> ? Key : never;

/** A message key used by the blocks (`Blockly.Msg` key, `%{BKY_<key>}` in a definition). */
export type MessageKey = keyof typeof libraryMessages | KeyOf<(typeof listedBlockFiles)[number]>;

/**
 * A complete set of texts for one locale: exactly the English keys. A translation typed `Messages` that lacks a
 * key, or has one no block uses, does not compile.
 */
export type Messages = Record<MessageKey, string>;

/** The English texts of the blocks and the category, keyed by `Blockly.Msg` key: the default `install()` sets. */
export const englishMessages: Messages = Object.assign(
  { ...libraryMessages },
  ...blockFiles.map((file) => file.messages),
) as Messages;
