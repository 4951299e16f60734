// The emulator console: what the Firebase Emulator UI is for Firebase Auth, for our emulator. Tabs for Users,
// Sessions, Roles, Outbox, Server logic, Settings and Data over the emulator's admin API, each with a status line (a live region)
// that says what its last action did or why it failed — emptied when the tab is shown again, so a line never speaks
// of another tab or of an earlier visit — and one confirmation dialog. `mountConsole` builds it into any element: the
// page `codeless emulator` serves (main.ts) and a dialog of the playground use the same views, in the language
// they are given.
import { errorMessage } from '../emulator/contract.ts';
import { AdminClient, AdminError } from './admin-client.ts';
import { confirmDialog, type Confirm } from './confirm-dialog.ts';
import { dataView } from './data-view.ts';
import { el } from './dom.ts';
import { en } from './messages/en.ts';
import { logicView } from './logic-view.ts';
import { fill, type ConsoleLocale, type ConsoleMessages } from './messages/index.ts';
import { outboxView } from './outbox-view.ts';
import { rolesView } from './roles-view.ts';
import { sessionsView } from './sessions-view.ts';
import { settingsView } from './settings-view.ts';
import { consoleTabs } from './tabs.ts';
import { usersView } from './users-view.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';

/** The mounted console. */
export interface MountedConsole {
  /** The language it speaks. */
  readonly locale: ConsoleLocale;
  /** Reloads the tab on show. */
  refresh(): Promise<void>;
  /** Shows the tab `id` (users, sessions, roles, outbox, logic, settings, data). */
  show(id: string): Promise<void>;
}

/** Options of {@link mountConsole}. */
export interface ConsoleOptions {
  /** The emulator's admin root, `<serverURL>/_emulator`. */
  adminURL: string;
  /** The heading's level (the playground's dialog has its own h2 above; default 1). */
  headingLevel?: 1 | 2;
  /** Its language (default English) and that language's text (`loadConsoleMessages`). */
  locale?: ConsoleLocale;
  text?: ConsoleMessages;
}

/** Builds the console into `root` (emptied first) and shows its Users tab. */
export function mountConsole(root: HTMLElement, options: ConsoleOptions): MountedConsole {
  const { text = en, locale = 'en' } = options;
  const client = new AdminClient(options.adminURL, text.noAnswer);
  root.replaceChildren();
  root.classList.add('emulator-console');
  root.lang = locale;
  const confirm = confirmDialog(root, text);
  const contexts = new Map<ConsoleView, ConsoleContext>();
  const views = [usersView, sessionsView, rolesView, outboxView, logicView, settingsView, dataView].map((build) => {
    const context = consoleContext(client, confirm, text, locale);
    const view = build(context);
    view.panel.prepend(context.status);
    contexts.set(view, context);
    return view;
  });
  // Shown again: what the tab said belonged to the last visit.
  const open = (view: ConsoleView) => {
    const context = contexts.get(view)!;
    context.clear();
    return view.refresh().catch(context.fail);
  };
  const tabs = consoleTabs(views, text.consoleHeading, open);
  const heading = el(options.headingLevel === 2 ? 'h2' : 'h1', { text: text.consoleHeading });
  const where = el('p', { class: 'console-where', text: fill(text.adminWhere, { url: client.adminURL }) });
  root.append(el('header', { class: 'console-header' }, heading, where), tabs.list, ...views.map((view) => view.panel));
  void tabs.select(views[0]!);
  return {
    locale,
    refresh: () => open(tabs.current()),
    show: async (id) => {
      const view = views.find((each) => each.id === id);
      if (view) await tabs.select(view);
    },
  };
}

/** What a view gets: the client, a status line of its own, the console's confirmation dialog and its text. */
function consoleContext(
  client: AdminClient,
  confirm: Confirm,
  text: ConsoleMessages,
  locale: ConsoleLocale,
): ConsoleContext & { status: HTMLElement } {
  const status = el('p', { class: 'console-status', role: 'status', 'aria-live': 'polite' });
  const show = (message: string | Node | (Node | string)[], isError: boolean) => {
    status.replaceChildren(...(Array.isArray(message) ? message : [message]));
    status.classList.toggle('error', isError);
  };
  // The emulator's refusal is its own English sentence (`code message`): marked so.
  const fail = (error: unknown) =>
    show(
      error instanceof AdminError
        ? el('span', { lang: 'en', text: error.message })
        : fill(text.failed, { reason: errorMessage(error) }),
      true,
    );
  return {
    client,
    text,
    locale,
    status,
    say: (message) => show(message, false),
    fail,
    refuse: (...parts) => show(parts, true),
    clear: () => show('', false),
    confirm,
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
}
