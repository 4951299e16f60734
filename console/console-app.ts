// The emulator console: what the Firebase Emulator UI is for Firebase Auth, for our emulator. Tabs for Users,
// Sessions, Roles, Outbox, Settings and Data over the emulator's admin API, a status line (a live region) that says
// what each action did or why it failed, and one confirmation dialog. `mountConsole` builds it into any element: the
// page `codeless emulator` serves (main.ts) and a dialog of the playground use the same views.
import { AdminClient, AdminError } from './admin-client.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { dataView } from './data-view.ts';
import { el } from './dom.ts';
import { outboxView } from './outbox-view.ts';
import { rolesView } from './roles-view.ts';
import { sessionsView } from './sessions-view.ts';
import { settingsView } from './settings-view.ts';
import { usersView } from './users-view.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';

/** The mounted console. */
export interface MountedConsole {
  /** Reloads the tab on show. */
  refresh(): Promise<void>;
  /** Shows the tab named `label` (Users, Sessions, Roles, Outbox, Settings, Data). */
  show(label: string): Promise<void>;
}

/** Options of {@link mountConsole}. */
export interface ConsoleOptions {
  /** The emulator's admin root, `<serverURL>/_emulator`. */
  adminURL: string;
  /** The heading's level (the playground's dialog has its own h2 above; default 1). */
  headingLevel?: 1 | 2;
}

/** Builds the console into `root` (emptied first) and shows its Users tab. */
export function mountConsole(root: HTMLElement, options: ConsoleOptions): MountedConsole {
  const client = new AdminClient(options.adminURL);
  root.replaceChildren();
  root.classList.add('emulator-console');
  const status = el('p', { class: 'console-status', role: 'status', 'aria-live': 'polite' });
  const say = (message: string, error = false) => {
    status.textContent = message;
    status.classList.toggle('error', error);
  };
  const fail = (error: unknown) =>
    say(error instanceof AdminError ? error.message : `Failed: ${(error as Error)?.message ?? String(error)}`, true);
  const context: ConsoleContext = {
    client,
    say: (message) => say(message),
    fail,
    confirm: confirmDialog(root),
    attempt: async (action) => {
      try {
        await action();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
  };
  const views: ConsoleView[] = [
    usersView(context),
    sessionsView(context),
    rolesView(context),
    outboxView(context),
    settingsView(context),
    dataView(context),
  ];

  const heading = el(options.headingLevel === 2 ? 'h2' : 'h1', { text: 'Emulator console' });
  const where = el('p', { class: 'console-where', text: `Admin API ${client.adminURL} · this machine only` });
  const tablist = el('div', { role: 'tablist', 'aria-label': 'Emulator console', class: 'console-tabs' });
  let current = views[0]!;
  const tabs = views.map((view, index) => {
    const id = `console-tab-${view.label.toLowerCase()}`;
    view.panel.id = `${id}-panel`;
    view.panel.setAttribute('role', 'tabpanel');
    view.panel.setAttribute('aria-labelledby', id);
    view.panel.classList.add('console-panel');
    const tab = el('button', {
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
    return tab;
  });
  tablist.append(...tabs);

  async function select(view: ConsoleView): Promise<void> {
    current = view;
    views.forEach((each, index) => {
      const selected = each === view;
      tabs[index]!.setAttribute('aria-selected', String(selected));
      tabs[index]!.tabIndex = selected ? 0 : -1;
      each.panel.hidden = !selected;
    });
    await view.refresh().catch(fail);
  }

  root.append(
    el('header', { class: 'console-header' }, heading, where),
    tablist,
    status,
    ...views.map((view) => view.panel),
  );
  void select(current);
  return {
    refresh: () => current.refresh().catch(fail),
    show: async (label) => {
      const view = views.find((each) => each.label === label);
      if (view) await select(view);
    },
  };
}
