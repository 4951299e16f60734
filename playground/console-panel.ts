// The output console: a `role="log"` live region, one element per line, text set with textContent so a value
// like `<img src=x onerror=alert(1)>` prints literally and never becomes markup. What a program prints is marked
// `translate="no"` (it is the program's, in whatever language it was written); a backend's or the browser's own
// message inside a line of the page is marked `lang="en"`, the language those arrive in. The page's own lines are
// given as a way to say them ({@link LocalizedLine}), so a language switch says the lines already shown again in the
// new language; a program's output and the server's words stay as they came. An http(s) address in a printed line
// is a link a person can open (in a new tab: the page and its console stay); a line of the page may carry a button
// that acts on it. While it is empty, the console says what to do, and the log (then of no height) is no stop for
// the keyboard; with lines it is one, so a keyboard user can scroll them.
import type { TextSource } from './ui-messages.ts';

/** The kinds of line the console shows, each styled (and announced) alike. */
export type ConsoleLineKind = 'output' | 'error' | 'info' | 'run';

/** Part of a line: the page's own text, or text in a language of its own (a server's English message). */
export type LinePart = string | { text: string; lang: string };

/** A button in a line of the page's own, doing `action` when pressed. */
export interface LineButton {
  text: string;
  action: () => void;
}

/** A line of the page's own, said in the page's current language: drawn now, and again after a language switch. */
export type LocalizedLine = (language: TextSource) => string | readonly (LinePart | LineButton)[];

/** What a line is made of: fixed text (a program's output), or the page's own words ({@link LocalizedLine}). */
export type ConsoleLine = string | readonly LinePart[] | LocalizedLine;

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
  private pending: { line: ConsoleLine; kind: ConsoleLineKind }[] = [];
  private readonly language: TextSource;
  // How to say each line of the page's own again, by its element.
  private readonly localized = new WeakMap<Element, LocalizedLine>();
  private frame = 0;
  // Whether the newest line is in view; a person who scrolls up to read keeps their place.
  private following = true;

  /** `element`: the log; `empty`: what shows while it has no line; `language`: the page's, for its own lines. */
  constructor(element: HTMLElement, empty: HTMLElement, language: TextSource) {
    this.element = element;
    this.empty = empty;
    this.language = language;
    element.addEventListener('scroll', () => {
      this.following = element.scrollTop + element.clientHeight >= element.scrollHeight - 4;
    });
  }

  /** Adds one line per entry in `lines`. */
  append(lines: readonly ConsoleLine[], kind: ConsoleLineKind = 'output'): void {
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
    this.element.append(...this.pending.map((pending) => this.render(pending)));
    this.pending = [];
    const excess = this.element.childElementCount - MAX_LINES;
    for (let i = 0; i < excess; i++) this.element.firstElementChild?.remove();
    this.empty.hidden = true;
    this.element.tabIndex = 0;
    if (this.following) this.element.scrollTop = this.element.scrollHeight;
  }

  /** Removes every line; the console says what to do again. */
  clear(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
    this.element.replaceChildren();
    this.element.removeAttribute('tabindex');
    this.following = true;
    this.empty.hidden = false;
  }

  /** After a language switch: the page's own lines already shown, said again in the new language. */
  relabel(): void {
    for (const row of this.element.children) {
      const say = this.localized.get(row);
      if (say) row.replaceChildren(...renderParts(say(this.language)));
    }
  }

  private render({ line, kind }: { line: ConsoleLine; kind: ConsoleLineKind }): HTMLElement {
    const row = document.createElement('div');
    row.className = `console-line console-${kind}`;
    if (kind === 'output') row.translate = false;
    if (typeof line === 'function') {
      this.localized.set(row, line);
      row.append(...renderParts(line(this.language)));
    } else {
      row.append(...(kind === 'output' && typeof line === 'string' ? withLinks(line) : renderParts(line)));
    }
    return row;
  }

  /** Brings the newest line into view (the console may have been scrolled, or hidden behind a tab). */
  showLatest(): void {
    this.following = true;
    this.flush();
    this.element.scrollTop = this.element.scrollHeight;
  }
}

function renderParts(line: string | readonly (LinePart | LineButton)[]): Node[] {
  return typeof line === 'string' ? [document.createTextNode(line)] : line.map(renderPart);
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

function renderPart(part: LinePart | LineButton): Node {
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
