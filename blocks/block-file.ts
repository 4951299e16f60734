// The shape of a block file: everything the library knows about one block (or the shapes of one block) in one
// place — its JSON definitions, its entries in the Users toolbox category with their shadow blocks, and its
// English texts. `blocks/library.ts` derives every registry from these; nothing else lists blocks. Translations
// live one file per locale in blocks/messages/, so a host pays only for the locales it imports.
import type { JsonBlockDefinition } from './types.ts';

/** A block in a toolbox or a saved workspace: the part of Blockly's `BlockInfo` this library uses. */
export interface ToolboxBlock {
  kind?: 'block';
  type: string;
  fields?: Record<string, unknown>;
  extraState?: unknown;
  inputs?: Record<string, { shadow?: ToolboxBlock; block?: ToolboxBlock }>;
}

/** A JSON toolbox category. */
export interface ToolboxCategory {
  kind: 'category';
  name: string;
  categorystyle: string;
  contents: ToolboxBlock[];
}

/** Where a block file's entries go: the Users category, or Server logic (event handlers, which hosts may leave out). */
export interface ToolboxPlace {
  /** The category (default: `'users'`). */
  readonly category?: 'users' | 'serverLogic';
  /**
   * Lower comes first. Block files are found by name, not in any written order, so each says where it goes;
   * the numbers have gaps of 10, so a new block can go between two.
   */
  readonly position: number;
  /** The entries, ready to drop: every input that needs a value has a (shadow) block holding a working default. */
  readonly entries: readonly ToolboxBlock[];
}

/**
 * Everything one block file holds. `Key` is the union of its message keys, `Input` of its value inputs' names (known
 * for a call block, which a generator's call template names them in).
 */
export interface BlockFile<Key extends string = string, Input extends string = string> {
  readonly kind: 'blockFile';
  /** The JSON definitions, as `Blockly.common.createBlockDefinitionsFromJsonArray` takes them. */
  readonly definitions: readonly JsonBlockDefinition[];
  readonly toolbox: ToolboxPlace;
  /**
   * Every `Blockly.Msg` key its definitions use as `%{BKY_<key>}`, with its English text (the default; the type
   * of every translation is derived from these keys).
   */
  readonly messages: Readonly<Record<Key, string>>;
  /**
   * Never set: it carries the names of the value inputs to the compiler, so that a generator's call template
   * naming an input the block lacks does not compile (generators/sdk-call.ts).
   */
  readonly inputNames?: readonly Input[];
  /**
   * The value inputs that must hold a block, in each of the file's blocks: one left empty is a mistake a host can name
   * before a run (the block would send the server nothing, or an empty object), not a value. Inputs not listed may
   * stay empty. A call block's are derived from its `callInputs`.
   */
  readonly requiredInputs?: readonly string[];
  /**
   * A call block's inputs as it declared them (name, check, toolbox content): its required inputs are derived from
   * them where they are read (blocks/library.ts), so a host that never asks pays nothing for them.
   */
  readonly callInputs?: readonly (readonly [name: string, check: unknown, content: object])[];
}

/**
 * Describes one block file. Its message keys become part of `Messages`, so a translation that lacks one of them
 * does not compile.
 *
 * @param file The definitions, toolbox place and English texts.
 * @returns The block file, for `blocks/index.ts` to list.
 */
export function blockFile<Key extends string, Input extends string = string>(
  file: Omit<BlockFile<Key, Input>, 'kind'>,
): BlockFile<Key, Input> {
  return { kind: 'blockFile', ...file };
}

/**
 * Whether a value is a block file (what `blockFile` returns).
 *
 * @param value Any export of a block file.
 * @returns `true` for a block file.
 */
export function isBlockFile(value: unknown): value is BlockFile {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'blockFile';
}

/** Where the help URLs of the JavaScript SDK's user-service pages start. */
export const JS_DOCS = 'https://backendless.com/docs/js/';

/** Where the help URLs of the Codeless pages start (event handlers and their blocks are documented there). */
export const CODELESS_DOCS = 'https://backendless.com/docs/codeless/';

/** Where the help URLs of the REST pages start (user properties are documented there only). */
export const REST_DOCS = 'https://backendless.com/docs/rest/';

/**
 * A text shadow block for a toolbox input.
 *
 * @param value The text.
 * @returns The input's content.
 */
export function textShadow(value: string): { shadow: ToolboxBlock } {
  return { shadow: { type: 'text', fields: { TEXT: value } } };
}

/**
 * A true / false shadow block for a toolbox input.
 *
 * @param value The value.
 * @returns The input's content.
 */
export function booleanShadow(value: boolean): { shadow: ToolboxBlock } {
  return { shadow: { type: 'logic_boolean', fields: { BOOL: value ? 'TRUE' : 'FALSE' } } };
}
