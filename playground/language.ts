// The page's language: Blockly's own messages, the block library's text, the toolbox's category names and the
// playground's interface text, switched together and remembered across reloads.
import * as BlocklyEn from 'blockly/msg/en';
import { messages } from '../index.ts';
import { Blockly } from './blockly.ts';
import { categoryMessages, LOCALES, uiMessages, type Locale, type TextSource, type UiMessages } from './ui-messages.ts';

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
    return uiMessages[this.current];
  }

  /**
   * Blockly's own messages, the library's block text and the playground's category names, for the current
   * locale. Block text is read when a block is created: call this before creating (or rebuilding) a workspace.
   */
  async applyToBlockly(): Promise<void> {
    await setBlocklyMessages(this.current);
  }

  /** Interface text: every element marked `data-text="key"` shows `text[key]`; the document's title and lang too. */
  applyToPage(): void {
    document.documentElement.lang = this.current;
    document.title = this.text.title;
    for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
      const value = this.text[node.dataset.text as keyof UiMessages];
      if (value) node.textContent = value;
    }
  }

  /**
   * Switches to `target`: Blockly's messages first (German is fetched when first chosen), then the page's text,
   * remembered for the next visit. False when `target` is already the language (nothing changed).
   */
  async switchTo(target: Locale): Promise<boolean> {
    if (target === this.current) return false;
    await setBlocklyMessages(target);
    this.current = target;
    localStorage.setItem(LOCALE_KEY, target);
    this.applyToPage();
    return true;
  }
}

async function setBlocklyMessages(target: Locale): Promise<void> {
  // English ships with the page; German is fetched when first chosen (it would add ~20 kB gzip to every load).
  const blocklyMessages = target === 'de' ? await import('blockly/msg/de') : BlocklyEn;
  Blockly.setLocale(blocklyMessages as unknown as Record<string, string>);
  // Assigned outright (not "only when absent"): switching languages must replace the previous text.
  Object.assign(Blockly.Msg, messages[target], categoryMessages(target));
}
