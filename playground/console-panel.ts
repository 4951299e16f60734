// The output console: a `role="log"` live region, one element per line, text set with textContent so a value
// like `<img src=x onerror=alert(1)>` prints literally and never becomes markup. What a program prints is marked
// `translate="no"` (it is the program's, in whatever language it was written); a backend's or the browser's own
// message inside a line of the page is marked `lang="en"`, the language those arrive in. An http(s) address in a
// printed line is a link a person can open (in a new tab: the page and its console stay); a line of the page may
// carry a button that acts on it. While it is empty, the console says what to do.

/** The kinds of line the console shows, each styled (and announced) alike. */
export type ConsoleLineKind = 'output' | 'error' | 'info' | 'run';

/**
 * Part of a line: the page's own text, text in a language of its own (a server's English message), or a button
 * that does `action` when pressed.
 */
export type LinePart = string | { text: string; lang: string } | { text: string; action: () => void };

// An http(s) address in a program's output, up to the first space, quote or angle bracket; a sentence's closing
// punctuation is not part of it.
const ADDRESS = /https?:\/\/[^\s"'<>]+[^\s"'<>.,;:!?)\]]/g;

// Enough history to scroll through; a program printing in a loop must not grow the DOM without bound.
const MAX_LINES = 2000;

/**
 * Appends lines to the console element and keeps it scrolled to the newest one. A program's output is drawn once
 * per frame however fast it arrives (a loop printing flat out would otherwise keep the page busy laying out
 * lines); the page's own lines are drawn at once, after any output still waiting.
 */
export class ConsolePanel {
  private readonly element: HTMLElement;
  private readonly empty: HTMLElement;
  // Lines not drawn yet (at most MAX_LINES: older ones would be removed as soon as drawn).
  private pending: { line: string | readonly LinePart[]; kind: ConsoleLineKind }[] = [];
  private frame = 0;
  // Whether the newest line is in view; a person who scrolls up to read keeps their place.
  private following = true;

  /** `element`: the log; `empty`: what shows while it has no line. */
  constructor(element: HTMLElement, empty: HTMLElement) {
    this.element = element;
    this.empty = empty;
    element.addEventListener('scroll', () => {
      this.following = element.scrollTop + element.clientHeight >= element.scrollHeight - 4;
    });
  }

  /** Adds one line per entry in `lines`. */
  append(lines: readonly (string | readonly LinePart[])[], kind: ConsoleLineKind = 'output'): void {
    if (lines.length === 0) return;
    for (const line of lines.slice(-MAX_LINES)) this.pending.push({ line, kind });
    if (this.pending.length > MAX_LINES) this.pending.splice(0, this.pending.length - MAX_LINES);
    if (kind === 'output') {
      this.frame ||= requestAnimationFrame(() => this.flush());
    } else {
      // The page's own lines (errors, a run's end) are news: shown now, and followed.
      this.following = true;
      this.flush();
    }
  }

  /** Draws every line still waiting. */
  flush(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.pending.length === 0) return;
    this.element.append(...this.pending.map(renderLine));
    this.pending = [];
    const excess = this.element.childElementCount - MAX_LINES;
    for (let i = 0; i < excess; i++) this.element.firstElementChild?.remove();
    this.empty.hidden = true;
    if (this.following) this.element.scrollTop = this.element.scrollHeight;
  }

  /** Removes every line; the console says what to do again. */
  clear(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
    this.element.replaceChildren();
    this.following = true;
    this.empty.hidden = false;
  }

  /** Brings the newest line into view (the console may have been scrolled, or hidden behind a tab). */
  showLatest(): void {
    this.following = true;
    this.flush();
    this.element.scrollTop = this.element.scrollHeight;
  }
}

function renderLine({ line, kind }: { line: string | readonly LinePart[]; kind: ConsoleLineKind }): HTMLElement {
  const row = document.createElement('div');
  row.className = `console-line console-${kind}`;
  if (kind === 'output') row.translate = false;
  if (typeof line === 'string') row.append(...(kind === 'output' ? withLinks(line) : [line]));
  else row.append(...line.map(renderPart));
  return row;
}

/** A printed line as text and links: each http(s) address opens in a new tab, without access to this page. */
function withLinks(line: string): (string | HTMLAnchorElement)[] {
  const parts: (string | HTMLAnchorElement)[] = [];
  let from = 0;
  for (const match of line.matchAll(ADDRESS)) {
    parts.push(line.slice(from, match.index));
    const link = document.createElement('a');
    link.href = match[0];
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = match[0];
    parts.push(link);
    from = match.index + match[0].length;
  }
  parts.push(line.slice(from));
  return parts.filter((part) => part !== '');
}

function renderPart(part: LinePart): Node {
  if (typeof part === 'string') return document.createTextNode(part);
  if ('action' in part) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'small';
    button.textContent = part.text;
    button.addEventListener('click', part.action);
    return button;
  }
  const span = document.createElement('span');
  span.lang = part.lang;
  span.textContent = part.text;
  return span;
}
