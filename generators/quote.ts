// The one place where text a user typed becomes a JavaScript string literal.
//
// Blockly's own `JavascriptGenerator.quote_` escapes only `\`, `'` and `\n` (and turns a newline into a line
// continuation, so the newline is lost); a `\r` in a field makes the program a SyntaxError. `quoteJs` is
// JSON.stringify-grade instead, and stricter still, because generated programs are also embedded in HTML pages
// and written to files:
// - every line terminator (`\n`, `\r`, U+2028, U+2029) and every other control character is escaped;
// - a lone UTF-16 surrogate is escaped as `\uXXXX` (written raw, it would turn into U+FFFD once the program is
//   saved as UTF-8, silently changing the value);
// - the `<` of `</script` and `<!--` is written `\x3C`, so the literal can sit inside an inline
//   `<script>` element;
// - single quotes keep the output close to what Blockly users are used to reading (`'alice@wonderland.com'`);
//   `${…}` needs nothing, as it is only special inside template literals, which we never emit.

/** Escapes that have a short, readable form. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '\0': '\\x00',
};

// Characters that need attention: backslash, quote, C0 controls, DEL, C1 controls, the two Unicode line
// separators, the BOM (some tools strip it), a lone surrogate, and `<`. With the `u` flag a well-formed
// surrogate pair is one code point above U+FFFF, which the class does not contain, so pairs stay as they are.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /[\\'\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff<]/gu;

/** `\uXXXX` for one UTF-16 code unit. */
function unicodeEscape(codeUnit: number): string {
  return '\\u' + codeUnit.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Turns any string into a single-quoted JavaScript string literal that evaluates to exactly that string.
 *
 * The result is valid in a script, a module and an inline HTML `<script>` element, whatever the input holds:
 * quotes, backslashes, line terminators, control characters, lone surrogates, `</script>`, `${…}`.
 *
 * @param text The user's text.
 * @returns The literal, e.g. `'it\'s'`.
 * @throws TypeError when `text` is not a string (a bug in the caller, never user input).
 */
export function quoteJs(text: string): string {
  if (typeof text !== 'string') {
    throw new TypeError(`quoteJs expects a string, got ${text === null ? 'null' : typeof text}`);
  }
  const body = text.replace(NEEDS_ESCAPE, (match, offset: number) => {
    const short = SHORT_ESCAPES[match];
    if (short !== undefined) return short;
    if (match === '<') {
      const after = text.slice(offset + 1, offset + 8).toLowerCase();
      return after.startsWith('/script') || after.startsWith('!--') ? '\\x3C' : '<';
    }
    return unicodeEscape(match.charCodeAt(0));
  });
  return `'${body}'`;
}
