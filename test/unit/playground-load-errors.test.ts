// Why a workspace file was refused, in every language of the playground: each sentence the library writes for a
// refused file is said in the page's language, places in the file kept as code, and nothing left in English but the
// parts that are not the page's (a JSON parser's message).
import { describe, expect, test } from 'vitest';
import { checkWorkspaceJson } from '../../index.ts';
import type { LinePart } from '../../playground/console-panel.ts';
import { loadErrorText } from '../../playground/load-error-text.ts';
import { de } from '../../playground/ui-messages-de.ts';
import { es } from '../../playground/ui-messages-es.ts';
import { fr } from '../../playground/ui-messages-fr.ts';
import { ja } from '../../playground/ui-messages-ja.ts';
import { ptBR } from '../../playground/ui-messages-pt-br.ts';
import type { Locale, UiMessages } from '../../playground/ui-messages.ts';

const LANGUAGES: Array<[Locale, UiMessages]> = [
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['pt-br', ptBR],
  ['ja', ja],
];

/** The library's message for `json`, as the page gets it. */
function refusal(json: unknown): string {
  try {
    checkWorkspaceJson(json);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the workspace was accepted');
}

const block = (fields: object) => ({ blocks: { languageVersion: 0, blocks: [fields] } });
const REFUSED = {
  'an unknown block type': refusal(block({ type: 'acme_charge_card' })),
  'an unknown block type, many times': refusal({
    blocks: { languageVersion: 0, blocks: [{ type: 'acme_x' }, { type: 'acme_x' }] },
  }),
  'a block without a type': refusal(block({ fields: {} })),
  'fields that are not an object': refusal(block({ type: 'text', fields: 3 })),
  'an input that is not a block': refusal(block({ type: 'text_print', inputs: { TEXT: 3 } })),
  'blocks that are not a list': refusal({ blocks: { languageVersion: 0, blocks: 3 } }),
  'variables that are not a list': refusal({ blocks: { languageVersion: 0, blocks: [] }, variables: 3 }),
  'a variable without name and id': refusal({ blocks: { languageVersion: 0, blocks: [] }, variables: [{}] }),
  'many problems': refusal({
    blocks: { languageVersion: 0, blocks: Array.from({ length: 12 }, (_, i) => ({ type: `acme_${i}` })) },
  }),
  'not a workspace': refusal([1, 2]),
  'not JSON': refusal('{'),
};

const textOf = (parts: LinePart[]) => parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

describe('a refused workspace file, in every language', () => {
  test.each(LANGUAGES)('%s says every refusal in its own words', (locale, text) => {
    expect.hasAssertions();
    for (const [what, message] of Object.entries(REFUSED)) {
      const parts = loadErrorText(message, { text, locale, errors: null });
      const english = parts.filter((part) => typeof part !== 'string' && part.lang === 'en');
      // Only a JSON parser's own message stays English.
      expect(english.length, `${what}: ${textOf(parts)}`).toBe(what === 'not JSON' ? 1 : 0);
      expect(textOf(parts), what).not.toMatch(/\{\w+\}/);
      expect(textOf(parts), what).not.toContain('The workspace');
    }
  });

  test('places in the file and block types stay as written, marked as code', () => {
    const parts = loadErrorText(REFUSED['an unknown block type'], { text: ja, locale: 'ja', errors: null });
    expect(parts).toContainEqual({ text: '"acme_charge_card"', lang: 'zxx' });
    expect(textOf(parts)).toContain('不明なブロックの種類 "acme_charge_card"');
  });

  test('English is the library message as it is', () => {
    const message = REFUSED['an unknown block type'];
    expect(loadErrorText(message, { text: de, locale: 'en', errors: null })).toEqual([message]);
  });
});
