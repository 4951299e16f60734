// The page's language: Blockly's own messages, the block library's text, the playground's Blockly texts (toolbox
// categories, the program's start block) and its interface text, switched together and remembered across reloads.
import * as BlocklyEn from 'blockly/msg/en';
import { englishMessages, type Messages } from '../blocks/library.ts';
import type { ErrorMeanings } from './backend-errors.ts';
import { Blockly } from './blockly.ts';
import { en, LOCALES, type Locale, type TextSource, type UiMessages } from './ui-messages.ts';

const LOCALE_KEY = 'codeless-playground:locale';

function savedLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY) as Locale;
  return LOCALES.includes(saved) ? saved : 'en';
}

/** The current interface language; the only place it changes. */
export class InterfaceLanguage implements TextSource {
  private current: Locale = savedLocale();

  /** The current locale. */
  get locale(): Locale {
    return this.current;
  }

  /** The interface text of the current locale. */
  get text(): UiMessages {
    return loadedTexts[this.current]?.ui ?? en;
  }

  /** What the Backendless error codes mean in the current locale (null in English: the server's words are). */
  get errors(): ErrorMeanings | null {
    return loadedTexts[this.current]?.errors ?? null;
  }

  /**
   * Every text of the current locale: Blockly's, the library's and the playground's. Block text is read when a
   * block is created: call this before creating (or rebuilding) a workspace.
   */
  async load(): Promise<void> {
    await setMessages(this.current);
  }

  /**
   * Interface text: every element marked `data-text="key"` shows `text[key]`, `data-label="key"` gets it as its
   * `aria-label` (and a button as its tooltip too), `data-placeholder="key"` as its placeholder; the document's
   * title and lang too.
   */
  applyToPage(): void {
    const text = this.text;
    document.documentElement.lang = this.current;
    document.title = text.title;
    // Only a text that differs is replaced: the page's HTML already says the English, and text put in again costs
    // the layout the browser did while the scripts loaded.
    for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
      const value = text[node.dataset.text as keyof UiMessages];
      if (value !== undefined && node.textContent !== value) node.textContent = value;
    }
    for (const node of document.querySelectorAll<HTMLElement>('[data-label]')) {
      const value = text[node.dataset.label as keyof UiMessages];
      if (value) {
        node.setAttribute('aria-label', value);
        if (node instanceof HTMLButtonElement) node.title = value;
      }
    }
    for (const node of document.querySelectorAll<HTMLInputElement>('[data-placeholder]')) {
      node.placeholder = text[node.dataset.placeholder as keyof UiMessages] ?? '';
    }
  }

  /**
   * Switches to `target`: the texts first (a locale but English is fetched when first chosen), then the page's text,
   * remembered for the next visit. False when `target` is already the language (nothing changed).
   */
  async switchTo(target: Locale): Promise<boolean> {
    if (target === this.current) return false;
    await setMessages(target);
    this.current = target;
    localStorage.setItem(LOCALE_KEY, target);
    this.applyToPage();
    return true;
  }
}

/** Every text of one locale: Blockly's own, the block library's, the page's and its words for error codes. */
interface LocaleTexts {
  blockly: typeof BlocklyEn;
  blocks: Messages;
  ui: UiMessages;
  errors: ErrorMeanings | null;
}

/**
 * How each locale but English is fetched when first chosen, one chunk per part (each would add ~20 kB gzip to every
 * load): Blockly's messages, the library's block texts and the page's. A new locale is one entry here.
 */
const LOADERS: { readonly [L in Exclude<Locale, 'en'>]: () => Promise<LocaleTexts> } = {
  de: () =>
    gather(
      import('blockly/msg/de'),
      import('../blocks/messages/de.ts').then((module) => module.de),
      import('./ui-messages-de.ts').then((module) => [module.de, module.errorMeanings] as const),
    ),
  fr: () =>
    gather(
      import('blockly/msg/fr'),
      import('../blocks/messages/fr.ts').then((module) => module.fr),
      import('./ui-messages-fr.ts').then((module) => [module.fr, module.errorMeanings] as const),
    ),
  es: () =>
    gather(
      import('blockly/msg/es'),
      import('../blocks/messages/es.ts').then((module) => module.es),
      import('./ui-messages-es.ts').then((module) => [module.es, module.errorMeanings] as const),
    ),
  'pt-br': () =>
    gather(
      import('blockly/msg/pt-br'),
      import('../blocks/messages/pt-br.ts').then((module) => module.ptBR),
      import('./ui-messages-pt-br.ts').then((module) => [module.ptBR, module.errorMeanings] as const),
    ),
  ja: () =>
    gather(
      import('blockly/msg/ja'),
      import('../blocks/messages/ja.ts').then((module) => module.ja),
      import('./ui-messages-ja.ts').then((module) => [module.ja, module.errorMeanings] as const),
    ),
};

/** The parts of a locale, fetched side by side. */
async function gather(
  blockly: Promise<typeof BlocklyEn>,
  blocks: Promise<Messages>,
  page: Promise<readonly [UiMessages, ErrorMeanings]>,
): Promise<LocaleTexts> {
  const [blocklyTexts, blockTexts, [ui, errors]] = await Promise.all([blockly, blocks, page]);
  return { blockly: blocklyTexts, blocks: blockTexts, ui, errors };
}

/** The texts of each locale loaded so far (English ships with the page). */
const loadedTexts: Partial<Record<Locale, LocaleTexts>> = {
  en: { blockly: BlocklyEn, blocks: englishMessages, ui: en, errors: null },
};

async function setMessages(target: Locale): Promise<void> {
  const locale = (loadedTexts[target] ??= await LOADERS[target as Exclude<Locale, 'en'>]());
  // The module namespace itself, not a copy: copying its ~900 texts out of a namespace took longer than the rest of
  // the page's language put together. Its type has no index signature for `setLocale`'s (and TypeScript gives it a
  // `default`, which the ES module has not: `setLocale` only copies strings, as it is given them).
  const blocklyTexts: object = locale.blockly;
  Blockly.setLocale(blocklyTexts as Record<string, string>);
  // Assigned outright (not "only when absent"): switching languages must replace the previous text.
  Object.assign(Blockly.Msg, locale.blocks, playgroundBlocklyMessages(locale.ui));
}

/** Blockly.Msg keys of the playground's own Blockly texts (the toolbox's categories and the start block use them). */
function playgroundBlocklyMessages(text: UiMessages): Record<string, string> {
  return {
    CODELESS_PLAYGROUND_CATEGORY_SEARCH: text.categorySearch,
    CODELESS_PLAYGROUND_CATEGORY_LOGIC: text.categoryLogic,
    CODELESS_PLAYGROUND_CATEGORY_LOOPS: text.categoryLoops,
    CODELESS_PLAYGROUND_CATEGORY_MATH: text.categoryMath,
    CODELESS_PLAYGROUND_CATEGORY_TEXT: text.categoryText,
    CODELESS_PLAYGROUND_CATEGORY_VARIABLES: text.categoryVariables,
    CODELESS_PLAYGROUND_CATEGORY_FUNCTIONS: text.categoryFunctions,
    CODELESS_PLAYGROUND_START: text.programStart,
  };
}
