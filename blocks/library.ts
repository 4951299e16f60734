// The library's registries, derived from the block files listed in blocks/index.ts: the JSON definitions, the
// Users toolbox category and the texts of every locale. Data only: nothing is registered here (`install()` does).
import { isBlockFile, LOCALES, type BlockFile, type Locale, type ToolboxCategory } from './block-file.ts';
import * as exported from './index.ts';
import { USERS_CATEGORY_STYLE, type JsonBlockDefinition } from './types.ts';

/** Every block file, in toolbox order. */
export const blockFiles: readonly BlockFile[] = Object.values(exported)
  .filter(isBlockFile)
  .sort((a, b) => a.toolbox.position - b.toolbox.position);

/** The JSON definitions of every block of the library, in toolbox order. */
export const userBlocks: readonly JsonBlockDefinition[] = blockFiles.flatMap((file) => file.definitions);

/** The type names of every block of the library. */
export const userBlockTypes: readonly string[] = userBlocks.map((block) => block.type);

/** The Users toolbox category: every block of the library, with shadow blocks filled in. */
export const toolboxCategory: ToolboxCategory = {
  kind: 'category',
  name: '%{BKY_CODELESS_USERS_CATEGORY}',
  categorystyle: USERS_CATEGORY_STYLE,
  contents: blockFiles.flatMap((file) => file.toolbox.entries),
};

/** The category's own text, beside those of the block files. */
const categoryMessages = {
  en: { CODELESS_USERS_CATEGORY: 'Users' },
  de: { CODELESS_USERS_CATEGORY: 'Benutzer' },
} satisfies Record<Locale, Record<string, string>>;

type KeyOf<File> = File extends BlockFile<infer Key> ? Key : never;

/** A message key used by the blocks (`Blockly.Msg` key, `%{BKY_<key>}` in a definition). */
export type MessageKey = keyof (typeof categoryMessages)['en'] | KeyOf<(typeof exported)[keyof typeof exported]>;

/** A complete set of texts for one locale. */
export type Messages = Record<MessageKey, string>;

/**
 * The texts of the blocks in every locale we ship, keyed by `Blockly.Msg` key: `en` (the default) and `de`.
 * German block labels keep the Backendless names users know from the (English-only) Codeless editor where a
 * translation would make them harder to look up in the docs.
 */
export const messages: { readonly [L in Locale]: Messages } = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    Object.assign({}, categoryMessages[locale], ...blockFiles.map((file) => file.messages[locale])) as Messages,
  ]),
) as { [L in Locale]: Messages };
