// What the console's app and its views share: the context every view gets and the shape of a view. Its own
// module, so the views do not import the app that imports them.
import type { AdminClient } from './admin-client.ts';
import type { Confirm } from './confirm-dialog.ts';
import type { ConsoleLocale, ConsoleMessages } from './messages/index.ts';

/** What every view gets: the admin API, its own status line and the console's confirmation. */
export interface ConsoleContext {
  client: AdminClient;
  /** The console's text in its language. */
  text: ConsoleMessages;
  /** Its language, for dates and times. */
  locale: ConsoleLocale;
  /** Says what happened in the status line (read out by screen readers). */
  say(message: string): void;
  /** Says what went wrong in the status line, as an error. */
  fail(error: unknown): void;
  /** Says why an action was refused before anything was sent (parts: text, or nodes such as a marked rule). */
  refuse(...parts: (Node | string)[]): void;
  /** Empties the status line (a new action began, or its outcome is said elsewhere, e.g. beside a form). */
  clear(): void;
  confirm: Confirm;
  /** Runs `action`, reporting its failure; resolves false when it failed. */
  attempt(action: () => Promise<unknown>): Promise<boolean>;
}

/** One tab of the console: its panel and how it reloads what it shows. */
export interface ConsoleView {
  /** Names the tab in ids and for `MountedConsole.show` (users, sessions, roles, outbox, logic, settings, data). */
  id: string;
  /** The tab's text. */
  label: string;
  panel: HTMLElement;
  refresh(): Promise<void>;
}
