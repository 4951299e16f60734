// What a person sees of the playground, as strings, and which of them are still English in another language: the
// language tests read the page through these. Text the page does not own is left out by how the page marks it: a
// program's output and the code (`translate="no"`), a server's or browser's English message (`lang="en"`), places
// in a file (`lang="zxx"`), and what a person typed into blocks.
import * as BlocklyEn from 'blockly/msg/en';
import type { Page } from 'playwright-core';
import { messages } from '../../index.ts';
import { en } from '../../playground/ui-messages.ts';

/**
 * Every string a person sees (and what assistive technology reads from the page's own controls), by element; text
 * marked as another language than `lang` is left out.
 */
export function visibleStrings(page: Page, lang: string): Promise<string[]> {
  return page.evaluate((lang) => {
    // Not the page's to translate: marked as another language or as no language, typed by the person, or Blockly's
    // own announcements for screen readers (its live region).
    const skipped = (element: Element) =>
      !!element.closest(
        `[translate="no"], [lang]:not([lang="${lang}" i]):not(html), .blocklyEditableField, #settings-form input, ` +
          '#settings-form select, #blockly [aria-live]',
      );
    const shown = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
      element.getClientRects().length > 0;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (text && parent && shown(parent) && !skipped(parent)) found.push(text);
    }
    for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (!shown(element) || skipped(element)) continue;
      // Blockly's own labels for assistive technology are Blockly's business; the page's and the plugins' are ours.
      const ours = !element.closest('#blockly') || element.closest('.blockly-ws-search, .blocklyToolbox input');
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = element.getAttribute(name);
        if (value && (name === 'placeholder' || ours)) found.push(value);
      }
    }
    return found;
  }, lang);
}

/** The pieces a message shows: Blockly draws the text between `%1`, `%2` … as labels of their own. */
function pieces(texts: Iterable<unknown>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    found.add(text.trim());
    for (const piece of text.split(/%\d+/)) if (piece.trim()) found.add(piece.trim());
  }
  return found;
}

/** A locale's texts, as the page would show them: the page's, the blocks', Blockly's own. */
export interface LocaleTexts {
  ui: Record<string, string>;
  blocks: Record<string, string>;
  blockly: Record<string, unknown>;
}

/**
 * Every English text of the page, the blocks and Blockly that `target` says differently: what must not show when
 * the page is in `target`'s language.
 */
export function englishNotIn(target: LocaleTexts): Set<string> {
  const english = pieces([...Object.values(en), ...Object.values(messages.en), ...Object.values(BlocklyEn)]);
  const translated = pieces([
    ...Object.values(target.ui),
    ...Object.values(target.blocks),
    ...Object.values(target.blockly),
  ]);
  for (const text of translated) english.delete(text);
  return english;
}

/** A time of day written the English way. */
export const TWELVE_HOUR_TIME = /\d{1,2}:\d{2}(:\d{2})?\s?[AP]M\b/;
