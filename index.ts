// codeless-blocks: the package's front door. Importing it registers nothing; `install()` does, into the host's
// own Blockly (a peer dependency, so there is only one copy of its registries).
import { javascriptGenerator, type JavascriptGenerator } from 'blockly/javascript';
import {
  englishMessages,
  englishServerLogicMessages,
  englishUserMessages,
  serverLogicBlocks,
  userBlocks,
  type Messages,
} from './blocks/library.ts';
import { forBlock, serverLogicForBlock } from './generators/library.ts';
import { reservedWords, reserveWords } from './generators/program-generator.ts';
import { Blockly } from './blocks/blockly-core.ts';
import { registerServerLogicExtension } from './blocks/server-logic-extension.ts';

/** Options of `install`. */
export interface InstallOptions {
  /** The generator to register our block generators with (default: `javascriptGenerator` of `blockly/javascript`). */
  generator?: JavascriptGenerator;
}

/**
 * Registers every block definition and its generator, and the English texts where the host has none yet.
 * Idempotent: calling it again (a second host module, a hot reload, a test) neither throws nor warns.
 *
 * Blocks are registered before any workspace loads them (Blockly needs that order); a host using
 * `blockly/core` also loads Blockly's own blocks and a locale, which the toolbox's shadow blocks use.
 *
 * @param options The generator to register with.
 */
export function install(options: InstallOptions = {}): void {
  const generator = options.generator ?? javascriptGenerator;
  if (!generator || typeof generator !== 'object' || !('forBlock' in generator)) {
    throw new TypeError('install: options.generator must be a Blockly JavascriptGenerator');
  }
  // English only, never `messages`: reaching for that object here would ship every translation to every host.
  for (const [key, text] of Object.entries(englishUserMessages)) {
    // A host locale loaded earlier wins.
    if (Blockly.Msg[key] === undefined) Blockly.Msg[key] = text;
  }
  // Redefining a block type makes Blockly warn; dropping our own earlier definition first keeps a second
  // install quiet, and a hot-reloaded module's definitions replace the old ones.
  for (const definition of userBlocks) delete Blockly.Blocks[definition.type];
  Blockly.common.defineBlocks(Blockly.common.createBlockDefinitionsFromJsonArray([...userBlocks]));
  Object.assign(generator.forBlock, forBlock);
  reserveWords(generator, reservedWords);
}

/**
 * Does what `install()` does, and registers the Server logic blocks too: the event handler and the blocks of its
 * request, result and context (their toolbox category is `serverLogicCategory`), with their generators and English
 * texts, and the extension that disables such a block outside the handler it belongs to. A host without server logic
 * calls `install()` only and bundles none of this (install's own steps, repeated here, cost such a host nothing).
 * Idempotent.
 *
 * @param options The generator to register with.
 */
export function installServerLogic(options: InstallOptions = {}): void {
  install(options);
  const generator = options.generator ?? javascriptGenerator;
  registerServerLogicExtension();
  for (const [key, text] of Object.entries(englishServerLogicMessages)) {
    if (Blockly.Msg[key] === undefined) Blockly.Msg[key] = text;
  }
  for (const definition of serverLogicBlocks) delete Blockly.Blocks[definition.type];
  Blockly.common.defineBlocks(Blockly.common.createBlockDefinitionsFromJsonArray([...serverLogicBlocks]));
  Object.assign(generator.forBlock, serverLogicForBlock);
}

/**
 * Switches the blocks' texts to a locale (`de` from `codeless-blocks/locales/de`, or `messages.de`), replacing ours
 * in `Blockly.Msg`. Blocks created afterwards use the new texts; a rendered workspace shows them once it is
 * reloaded. Blockly's own texts are switched with `Blockly.setLocale` (e.g. with `blockly/msg/de`).
 *
 * @param locale A complete set of our messages.
 */
export function setMessages(locale: Messages): void {
  for (const key of Object.keys(englishMessages) as Array<keyof Messages>) {
    if (typeof locale[key] !== 'string') throw new TypeError(`setMessages: the locale has no text for ${key}`);
  }
  Object.assign(Blockly.Msg, locale);
}

export {
  missingInputs,
  requiredInputs,
  serverLogicBlocks,
  serverLogicBlockTypes,
  serverLogicCategory,
  toolboxCategory,
  userBlocks,
  userBlockTypes,
  type BlockWithInputs,
  type MessageKey,
  type Messages,
} from './blocks/library.ts';
export { messages, type Locale } from './blocks/messages/index.ts';
export type { ToolboxBlock, ToolboxCategory } from './blocks/block-file.ts';
export {
  blockStyles,
  categoryStyles,
  codelessThemes,
  darkBlockStyles,
  darkCategoryStyles,
  type CodelessThemes,
} from './blocks/styles.ts';
export { checkWorkspaceJson, loadWorkspaceJson } from './blocks/serialization.ts';
export {
  workspaceToFunctionBody,
  workspaceToProgram,
  type BackendSettings,
  type FunctionBodyOptions,
  type ProgramOptions,
  type ProgramRuntime,
} from './generators/program.ts';
export { workspaceToServerLogic, type ServerLogicOptions, type ServerLogicTarget } from './generators/server-logic.ts';
export { forBlock as generators } from './generators/library.ts';
export { reservedWords } from './generators/program-generator.ts';
export { quoteJs } from './generators/quote.ts';
export * as blocks from './blocks/index.ts';
