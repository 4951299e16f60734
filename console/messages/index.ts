// Which language the console speaks: the same setting as the playground's (its locale, handed in when the console is
// mounted there) or, on the emulator's own page, `?lang=` or the browser's languages. English ships with the
// console; another language's table is fetched when chosen.
import { en, type ConsoleMessages } from './en.ts';

export type { ConsoleMessages };

/** The console's languages (BCP 47 tags). */
export const CONSOLE_LOCALES = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja'] as const;
export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];

/** The first of `requested` (tags such as `de-AT`, `pt`, `ja-JP`) the console speaks; English when none. */
export function consoleLocale(requested: readonly string[]): ConsoleLocale {
  for (const tag of requested) {
    const lower = tag.toLowerCase();
    const exact = CONSOLE_LOCALES.find((locale) => locale.toLowerCase() === lower);
    if (exact) return exact;
    const language = lower.split('-')[0];
    const same = CONSOLE_LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language);
    if (same) return same;
  }
  return 'en';
}

/** The text table of `locale`. */
export async function loadConsoleMessages(locale: ConsoleLocale): Promise<ConsoleMessages> {
  switch (locale) {
    case 'de':
      return (await import('./de.ts')).de;
    case 'fr':
      return (await import('./fr.ts')).fr;
    case 'es':
      return (await import('./es.ts')).es;
    case 'pt-BR':
      return (await import('./pt-BR.ts')).ptBR;
    case 'ja':
      return (await import('./ja.ts')).ja;
    default:
      return en;
  }
}

/** `template` with each `{name}` replaced by `values.name` (a name without a value stays as written). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
