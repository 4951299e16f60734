// The console's tab list: one tab per view, its panel shown when selected (and reloaded then), Left / Right arrows
// moving between tabs as the ARIA tabs pattern has it.
import { el } from './dom.ts';
import type { ConsoleView } from './view.ts';

/** The tab list and how to select a view. */
export interface ConsoleTabs {
  list: HTMLElement;
  /** Shows `view`'s panel and opens it (`open`: reloads it). */
  select(view: ConsoleView): Promise<void>;
  current(): ConsoleView;
}

/** Builds a tab for each of `views` (whose panels it marks as tab panels). */
export function consoleTabs(
  views: ConsoleView[],
  label: string,
  open: (view: ConsoleView) => Promise<void>,
): ConsoleTabs {
  const list = el('div', { role: 'tablist', 'aria-label': label, class: 'console-tabs' });
  let current = views[0]!;
  const tabs = views.map((view, index) => {
    const id = `console-tab-${view.id}`;
    view.panel.id = `${id}-panel`;
    view.panel.setAttribute('role', 'tabpanel');
    view.panel.setAttribute('aria-labelledby', id);
    view.panel.classList.add('console-panel');
    return el('button', {
      type: 'button',
      role: 'tab',
      id,
      'aria-controls': view.panel.id,
      text: view.label,
      onclick: () => void select(view),
      onkeydown: (event) => {
        const key = (event as KeyboardEvent).key;
        const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        event.preventDefault();
        const next = views[(index + step + views.length) % views.length]!;
        void select(next).then(() => tabs[views.indexOf(next)]!.focus());
      },
    });
  });
  list.append(...tabs);

  async function select(view: ConsoleView): Promise<void> {
    current = view;
    views.forEach((each, index) => {
      const selected = each === view;
      tabs[index]!.setAttribute('aria-selected', String(selected));
      tabs[index]!.tabIndex = selected ? 0 : -1;
      each.panel.hidden = !selected;
    });
    await open(view);
  }

  return { list, select, current: () => current };
}
