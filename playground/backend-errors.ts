// What a Backendless error code means, in the page's language: the server sends its messages in English (and they
// stay shown, marked as English); for the user-service codes a program of these blocks meets, the page says in its
// own language what happened. Each language's words are in its ui-messages-<locale>.ts (`errorMeanings`), fetched
// with the language; English needs none: the server's own message is English already.

/** The codes every language but English explains. */
export const EXPLAINED_CODES = [
  2002, 3000, 3002, 3003, 3006, 3007, 3009, 3011, 3013, 3023, 3033, 3034, 3036, 3038, 3040, 3044, 3064, 3090,
] as const;

/** One language's meaning of every explained code: a code missing here fails the type check. */
export type ErrorMeanings = Readonly<Record<(typeof EXPLAINED_CODES)[number], string>>;

/** What `code` means in `meanings`' words, or null when the server's own (English) message is all there is. */
export function explainError(code: number, meanings: ErrorMeanings | null): string | null {
  return meanings !== null && Object.hasOwn(meanings, code) ? meanings[code as keyof ErrorMeanings] : null;
}
