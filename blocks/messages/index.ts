// Every locale we ship, for hosts that switch at run time (`messages.de`, `setMessages(messages.de)`): English
// derived from the block files, each translation one file of this folder. Importing this object ships every
// locale; a host that wants one translation only imports its file (`codeless-blocks/locales/de`). A test fails
// when a locale file of this folder is missing here.
import { englishMessages, type Messages } from '../library.ts';
import { de } from './de.ts';

const locales = { en: englishMessages, de } satisfies Record<string, Messages>;

/** A locale we ship. */
export type Locale = keyof typeof locales;

/**
 * The texts of the blocks in every locale we ship, keyed by `Blockly.Msg` key: `en` (the default `install()`
 * sets) and `de`.
 */
export const messages: { readonly [L in Locale]: Messages } = locales;
