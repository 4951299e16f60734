// Every locale we ship, for hosts that switch at run time (`messages.de`, `setMessages(messages.de)`): English
// derived from the block files, each translation one file of this folder. Importing this object ships every
// locale; a host that wants one translation only imports its file (`codeless-blocks/locales/de`). A file is named
// as Blockly names the locale (`pt-br.ts`, as `blockly/msg/pt-br`) and exports it under that name in camel case with
// the region in capitals (`ptBR`); the key here is the file's name. A test fails when a locale file of this folder
// is missing here.
import { englishMessages, type Messages } from '../library.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { ptBR } from './pt-br.ts';

const locales = { en: englishMessages, de, fr, es, 'pt-br': ptBR, ja } satisfies Record<string, Messages>;

/** A locale we ship. */
export type Locale = keyof typeof locales;

/**
 * The texts of the blocks in every locale we ship, keyed by `Blockly.Msg` key: `en` (the default `install()`
 * sets), `de`, `fr`, `es`, `pt-br` and `ja`.
 */
export const messages: { readonly [L in Locale]: Messages } = locales;
