// The emulator console's languages: every table has every key of the English one, no more, none empty, and the
// same `{placeholders}` in each text (a translation that drops `{who}` would lose the user it names); a language is
// chosen from the playground's setting or the browser's tags.
import { describe, expect, it } from 'vitest';
import { en } from '../../console/messages/en.ts';
import { CONSOLE_LOCALES, consoleLocale, fill, loadConsoleMessages } from '../../console/messages/index.ts';
import { SAME_AS_ENGLISH } from '../fixtures/console-same-as-english.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the console message tables', () => {
  it.each(CONSOLE_LOCALES)('%s has every English key, each filled, with the same placeholders', async (locale) => {
    const table: Record<string, unknown> = await loadConsoleMessages(locale);
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const text = table[key];
      expect(typeof text === 'string' && text.trim() !== '', `${locale}.${key} is empty`).toBe(true);
      expect(placeholders(text as string), `${locale}.${key}`).toEqual(placeholders(english));
    }
  });

  it.each(Object.entries(SAME_AS_ENGLISH))('%s writes as English only the texts it means to', async (locale, same) => {
    const table: Record<string, string> = await loadConsoleMessages(locale as keyof typeof SAME_AS_ENGLISH);
    const equal = Object.entries(en).filter(([key, english]) => table[key] === english);
    expect(equal.map(([key]) => key).sort()).toEqual([...same].sort());
  });
});

describe('choosing the console language', () => {
  it.each([
    [['de'], 'de'],
    [['de-AT', 'en'], 'de'],
    [['pt-BR'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['pt-br'], 'pt-BR'],
    [['ja-JP'], 'ja'],
    [['fr-CA'], 'fr'],
    [['es-419'], 'es'],
    [['nl', 'es'], 'es'],
    [['nl'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (requested, expected) => {
    expect(consoleLocale(requested)).toBe(expected);
  });

  it('fills a text, leaving a name without a value as written', () => {
    expect(fill(en.roleAssigned, { role: 'Reader', who: 'alice@wonderland.com' })).toBe(
      'Assigned Reader to alice@wonderland.com.',
    );
    expect(fill(en.columnsHint, {})).toBe(en.columnsHint);
  });
});
