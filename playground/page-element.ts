// The page's elements by id, for the modules that wire them.

/** The element with `id`; a missing one is a mistake in index.html, reported as such. */
export function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`playground: #${id} is missing from index.html`);
  return found as T;
}
