// The page's language: Blockly's own messages, the block library's text, the playground's Blockly texts (toolbox
// categories, the program's start block) and its interface text, switched together and remembered across reloads.
import * as BlocklyEn from 'blockly/msg/en';
import { messages } from '../index.ts';
import { Blockly } from './blockly.ts';
import { en, LOCALES, type Locale, type TextSource, type UiMessages } from './ui-messages.ts';

const LOCALE_KEY = 'codeless-playground:locale';

function savedLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY) as Locale;
  return LOCALES.includes(saved) ? saved : 'en';
}

/** The interface text of each locale loaded so far (English ships with the page). */
const loaded: Partial<Record<Locale, UiMessages>> = { en };

/** The current interface language; the only place it changes. */
export class InterfaceLanguage implements TextSource {
  private current: Locale = savedLocale();

  /** The current locale. */
  get locale(): Locale {
    return this.current;
  }

  /** The interface text of the current locale. */
  get text(): UiMessages {
    return loaded[this.current] ?? en;
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
    for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
      node.textContent = text[node.dataset.text as keyof UiMessages] ?? node.textContent;
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
   * Switches to `target`: the texts first (German is fetched when first chosen), then the page's text,
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

async function setMessages(target: Locale): Promise<void> {
  // English ships with the page; German is fetched when first chosen (it would add ~20 kB gzip to every load).
  const [blocklyMessages, text] =
    target === 'de'
      ? await Promise.all([import('blockly/msg/de'), loaded.de ?? import('./ui-messages-de.ts').then(({ de }) => de)])
      : [BlocklyEn, en];
  loaded[target] = text;
  // The texts as a plain object: a module namespace has no index signature for `setLocale`'s type (and TypeScript
  // gives it a `default`, which the ES module has not).
  const { default: _namespace, ...texts } = blocklyMessages;
  Blockly.setLocale(texts);
  // Assigned outright (not "only when absent"): switching languages must replace the previous text.
  Object.assign(Blockly.Msg, messages[target], playgroundBlocklyMessages(text));
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
