// The playground's interface text in every language it offers: each locale file has exactly the English keys, none
// empty, with the same `{name}` placeholders, and the meaning of every explained error code; the language menu offers
// exactly the locales there are files for.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXPLAINED_CODES } from '../../playground/backend-errors.ts';
import { en, LOCALES, type UiMessages } from '../../playground/ui-messages.ts';

const playground = new URL('../../playground/', import.meta.url);

/**
 * Every `ui-messages-<locale>.ts` of the playground, with its text (exported under the locale's name in camel case,
 * `ptBR` for `pt-br`) and what the error codes mean in it (`errorMeanings`), and nothing else.
 */
async function localeFiles(): Promise<
  Array<{ locale: string; text: Record<string, string>; errors: Record<string, string> }>
> {
  const names = readdirSync(playground).filter((name) => /^ui-messages-.+\.ts$/.test(name));
  return Promise.all(
    names.map(async (name) => {
      const locale = name.slice('ui-messages-'.length, -'.ts'.length);
      const textName = locale.replace(/-(\w+)$/, (_, region: string) => region.toUpperCase());
      const exports = (await import(new URL(name, playground).href)) as Record<string, Record<string, string>>;
      expect(Object.keys(exports).sort(), name).toEqual([textName, 'errorMeanings'].sort());
      return { locale, text: exports[textName]!, errors: exports.errorMeanings! };
    }),
  );
}

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('playground locales', () => {
  test('there is a file for every locale the page offers but English, and no other', async () => {
    const found = (await localeFiles()).map(({ locale }) => locale);
    expect(found.sort()).toEqual(LOCALES.filter((locale) => locale !== 'en').sort());
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'pt-br', 'ja']));
  });

  test('the language menu offers each locale once, in the order of LOCALES', () => {
    const html = readFileSync(new URL('index.html', playground), 'utf8');
    const menu = html.slice(
      html.indexOf('<select id="locale">'),
      html.indexOf('</select>', html.indexOf('id="locale"')),
    );
    expect([...menu.matchAll(/<option value="([^"]+)"/g)].map((match) => match[1])).toEqual([...LOCALES]);
  });

  test('every locale has exactly the English keys, none empty, with the same placeholders', async () => {
    expect.hasAssertions();
    for (const { locale, text } of await localeFiles()) {
      expect(Object.keys(text).sort(), locale).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const translated = text[key] ?? '';
        expect(translated.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(translated), `${locale}.${key}`).toEqual(placeholders(english));
      }
    }
  });

  test('every locale says what each explained error code means', async () => {
    expect.hasAssertions();
    for (const { locale, errors } of await localeFiles()) {
      expect(Object.keys(errors).map(Number).sort(), locale).toEqual([...EXPLAINED_CODES].sort());
      for (const [code, meaning] of Object.entries(errors)) expect(meaning.trim(), `${locale} ${code}`).not.toBe('');
    }
  });

  test('the placeholder check catches a missing, an extra and a renamed placeholder', () => {
    const english: UiMessages['lockedOut'] = en.lockedOut;
    expect(placeholders('{email} は {time} までロック（{count} 回）')).toEqual(placeholders(english));
    for (const wrong of ['{email} bis {time}', '{email} {time} {count} {count}', '{mail} {time} {count}'])
      expect(placeholders(wrong)).not.toEqual(placeholders(english));
  });
});
