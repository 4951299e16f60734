// The output console: a `role="log"` live region, one element per line, text set with textContent so a value
// like `<img src=x onerror=alert(1)>` prints literally and never becomes markup.

/** The kinds of line the console shows, each styled (and announced) alike. */
export type ConsoleLineKind = 'output' | 'error' | 'info';

// Enough history to scroll through; a program printing in a loop must not grow the DOM without bound.
const MAX_LINES = 2000;

/** Appends lines to the console element and keeps it scrolled to the newest one. */
export class ConsolePanel {
  private readonly element: HTMLElement;

  constructor(element: HTMLElement) {
    this.element = element;
  }

  /** Adds one line per entry in `lines`. */
  append(lines: readonly string[], kind: ConsoleLineKind = 'output'): void {
    if (lines.length === 0) return;
    const stickToBottom =
      this.element.scrollTop + this.element.clientHeight >= this.element.scrollHeight - 4 || kind !== 'output';
    const fragment = document.createDocumentFragment();
    for (const line of lines.slice(-MAX_LINES)) {
      const row = document.createElement('div');
      row.className = `console-line console-${kind}`;
      row.textContent = line;
      fragment.append(row);
    }
    this.element.append(fragment);
    const excess = this.element.childElementCount - MAX_LINES;
    for (let i = 0; i < excess; i++) this.element.firstElementChild?.remove();
    if (stickToBottom) this.element.scrollTop = this.element.scrollHeight;
  }

  /** Removes every line. */
  clear(): void {
    this.element.replaceChildren();
  }
}
