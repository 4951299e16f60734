// Small DOM helpers of the console. Every value from the emulator becomes text (`textContent`), never markup.

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

/** A date and time in the reader's locale, e.g. `30 Nov 2026, 13:05:28`; an em dash for none. */
export function formatTime(epochMs: number | null | undefined): string {
  if (typeof epochMs !== 'number') return '—';
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** A labelled form field: `<label>` text, then the control. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 10)}`;
  control.id = id;
  const hintNode = hint ? el('span', { class: 'hint', id: `${id}-hint`, text: hint }) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), control, hintNode);
}

/** One name for an account without an identity: a guest login (userStatus GUEST) is "Guest" in every tab. */
export const GUEST = 'Guest';

/**
 * How the console names a user in a sentence or a button's name: the email, else the name, else — for a guest —
 * `Guest (objectId)`, else the objectId.
 */
export function whoIs(user: { email?: unknown; name?: unknown; objectId?: unknown; userStatus?: unknown }): string {
  if (typeof user.email === 'string') return user.email;
  if (typeof user.name === 'string') return user.name;
  return user.userStatus === 'GUEST' ? `${GUEST} (${String(user.objectId)})` : String(user.objectId);
}
