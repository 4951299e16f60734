// What a Backendless error code means, in German: the server sends its messages in English (and they stay shown,
// marked as English); for the user-service codes a program of these blocks meets, the page says in German what
// happened. English needs nothing here: the server's own message is English already.
import type { Locale } from './ui-messages.ts';

const GERMAN: Record<number, string> = {
  2002: 'Anwendung nicht gefunden: Anwendungs-ID oder API-Schlüssel prüfen.',
  3000: 'Dieser Benutzer darf sich nicht anmelden.',
  3002: 'Der Benutzer ist schon angemeldet, und mehrfache Anmeldungen sind ausgeschaltet.',
  3003: 'Login oder Passwort ist falsch.',
  3006: 'Login oder Passwort fehlt.',
  3007: 'Abmelden nicht möglich: Anwendung passt nicht.',
  3009: 'Registrieren ist in dieser Anwendung ausgeschaltet.',
  3011: 'Das Passwort fehlt.',
  3013: 'Zum Registrieren fehlt die Identität (E-Mail).',
  3023: 'Abmelden nicht möglich: Niemand ist angemeldet.',
  3033: 'Diesen Benutzer gibt es schon.',
  3034: 'Anmelden ist in dieser Anwendung ausgeschaltet.',
  3036: 'Anmelden nicht möglich: Das Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt.',
  3038: 'Ein nötiger Wert fehlt.',
  3040: 'Die E-Mail-Adresse hat kein gültiges Format.',
  3044: 'Anmelden nicht möglich: Die Zahl gleichzeitiger Anmeldungen ist erreicht.',
  3064: 'Das Benutzer-Token gilt nicht mehr; der Benutzer muss sich neu anmelden.',
  3090: 'Das Benutzerkonto ist deaktiviert.',
};

/** What `code` means in `locale`'s words, or null when the server's own (English) message is all there is. */
export function explainError(code: number, locale: Locale): string | null {
  return locale === 'de' ? (GERMAN[code] ?? null) : null;
}
