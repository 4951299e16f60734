// Syntax colouring for the read-only code panel. It builds DOM nodes whose text is set with textContent, so
// generated code (which carries user-typed strings) is never parsed as HTML.

const KEYWORDS = new Set(
  (
    'async await break case catch class const continue default delete do else export extends false finally for ' +
    'function if import in instanceof let new null of return switch this throw true try typeof undefined var void ' +
    'while from'
  ).split(' '),
);

// One alternation, tried left to right at each position: comments, strings, numbers, words, anything else.
const TOKEN =
  /(\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$))|('(?:[^'\\\n]|\\.)*'?|"(?:[^"\\\n]|\\.)*"?|`(?:[^`\\]|\\[\s\S])*`?)|(\b\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?\b)|([A-Za-z_$][\w$]*)|([\s\S])/g;

/** Fills `target` with `code`, wrapping comments, strings, numbers and keywords in classed spans. */
export function renderHighlightedCode(target: HTMLElement, code: string): void {
  const fragment = document.createDocumentFragment();
  let plain = '';
  const flush = () => {
    if (plain) fragment.append(plain);
    plain = '';
  };
  const span = (className: string, value: string) => {
    flush();
    const node = document.createElement('span');
    node.className = className;
    node.textContent = value;
    fragment.append(node);
  };
  for (const match of code.matchAll(TOKEN)) {
    const [token, comment, string, numeric, word] = match;
    if (comment !== undefined) span('tok-comment', token);
    else if (string !== undefined) span('tok-string', token);
    else if (numeric !== undefined) span('tok-number', token);
    else if (word !== undefined && KEYWORDS.has(word)) span('tok-keyword', token);
    else plain += token;
  }
  flush();
  target.replaceChildren(fragment);
}
