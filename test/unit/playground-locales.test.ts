// The playground's interface text in every language it offers: each locale file has exactly the English keys, none
// empty, with the same `{name}` placeholders, and the language menu offers exactly the locales there are files for.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { en, LOCALES, type UiMessages } from '../../playground/ui-messages.ts';

const playground = new URL('../../playground/', import.meta.url);

/** Every `ui-messages-<locale>.ts` of the playground, with the one text object it exports. */
async function localeFiles(): Promise<Array<{ locale: string; text: Record<string, string> }>> {
  const names = readdirSync(playground).filter((name) => /^ui-messages-.+\.ts$/.test(name));
  return Promise.all(
    names.map(async (name) => {
      const exports = (await import(new URL(name, playground).href)) as Record<string, Record<string, string>>;
      expect(Object.keys(exports), `${name} exports one text object`).toHaveLength(1);
      return { locale: name.slice('ui-messages-'.length, -'.ts'.length), text: Object.values(exports)[0]! };
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

  test('the placeholder check catches a missing, an extra and a renamed placeholder', () => {
    const english: UiMessages['lockedOut'] = en.lockedOut;
    expect(placeholders('{email} は {time} までロック（{count} 回）')).toEqual(placeholders(english));
    for (const wrong of ['{email} bis {time}', '{email} {time} {count} {count}', '{mail} {time} {count}'])
      expect(placeholders(wrong)).not.toEqual(placeholders(english));
  });
});
