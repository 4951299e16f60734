// Small DOM helpers of the console. Every value from the emulator becomes text (`textContent`), never markup.
import { fill, type ConsoleMessages } from './messages/index.ts';

/** Attributes and properties of {@link el}: `text` sets textContent, `on*` functions become listeners. */
export type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/** Content of an element: nodes, text, or nothing. */
export type Child = Node | string | null | undefined | false;

/** An element with attributes (`aria-*`, `class`, …), listeners (`onclick`) and children (strings as text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'text') node.textContent = String(value);
    else if (key in node && typeof Reflect.get(node, key) === 'boolean') Reflect.set(node, key, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(
    ...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false),
  );
  return node;
}

/** A tab's section: its tools in a row (forms, buttons), then what it shows. */
export function viewSection(tools: Child[], ...children: Child[]): HTMLElement {
  return el('section', {}, el('div', { class: 'view-tools' }, ...tools), ...children);
}

/** A table with a caption and column headers; rows of cells (text or nodes). Wrapped so it scrolls sideways. */
export function table(caption: string, headers: string[], rows: Child[][], empty: string): HTMLElement {
  const body = el('tbody');
  // data-label: on a phone each row reflows into a card, every cell under its column's name (style.css).
  for (const row of rows) {
    body.append(el('tr', {}, ...row.map((cell, index) => el('td', { 'data-label': headers[index] }, cell))));
  }
  if (rows.length === 0) body.append(el('tr', {}, el('td', { colspan: headers.length, class: 'empty', text: empty })));
  return el(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
    el(
      'table',
      {},
      el('caption', { text: caption }),
      el('thead', {}, el('tr', {}, ...headers.map((header) => el('th', { scope: 'col', text: header })))),
      body,
    ),
  );
}

/** A small button whose accessible name says what it acts on (`label` shows; `name` is read). */
export function actionButton(label: string, name: string, onClick: () => void, className = 'small'): HTMLButtonElement {
  return el('button', { type: 'button', class: className, 'aria-label': name, text: label, onclick: onClick });
}

/** A date and time as readers of `locale` write it, e.g. `30 Nov 2026, 13:05:28`; an em dash for none. */
export function formatTime(epochMs: number | null | undefined, locale: string): string {
  if (typeof epochMs !== 'number') return '—';
  return new Date(epochMs).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** A labelled form field: `<label>` text, then the control. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 10)}`;
  control.id = id;
  const hintNode = hint ? el('span', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), control, hintNode);
}

/**
 * How the console names a user in a sentence or a button's name: the email, else the name, else — for a guest
 * login (userStatus GUEST), which has neither — "Guest (objectId)" in the console's language, else the objectId.
 * A cell that shows one user calls a guest just "Guest" (`text.guest`): one name for it in every tab.
 */
export function whoIs(
  user: { email?: unknown; name?: unknown; objectId?: unknown; userStatus?: unknown },
  text: ConsoleMessages,
): string {
  if (typeof user.email === 'string') return user.email;
  if (typeof user.name === 'string') return user.name;
  const objectId = String(user.objectId);
  return user.userStatus === 'GUEST' ? fill(text.guestWithId, { objectId }) : objectId;
}

/** Marks `element` as data, not the console's text (a role's name such as AuthenticatedUser): not to translate. */
export function dataText<E extends HTMLElement>(element: E): E {
  element.setAttribute('translate', 'no');
  return element;
}

/**
 * `template` filled with `values`, its `{slot}` holding `english` — a text the console does not own (the emulator's
 * rule or refusal, a browser's message) — marked `lang="en"`, so the rest can be the console's language.
 */
export function withEnglish(
  template: string,
  values: Record<string, string | number>,
  slot: string,
  english: string,
): (Node | string)[] {
  const [before = '', after = ''] = template.split(`{${slot}}`);
  return [fill(before, values), el('span', { lang: 'en', text: english }), fill(after, values)];
}
