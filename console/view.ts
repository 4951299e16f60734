// What the console's app and its views share: the context every view gets and the shape of a view. Its own
// module, so the views do not import the app that imports them.
import type { AdminClient } from './admin-client.ts';
import type { Confirm } from './confirm-dialog.ts';

/** What every view gets: the admin API, its own status line and the console's confirmation. */
export interface ConsoleContext {
  client: AdminClient;
  /** Says what happened in the status line (read out by screen readers). */
  say(message: string): void;
  /** Says what went wrong in the status line, as an error. */
  fail(error: unknown): void;
  /** Empties the status line (a new action began, or its outcome is said elsewhere, e.g. beside a form). */
  clear(): void;
  confirm: Confirm;
  /** Runs `action`, reporting its failure; resolves false when it failed. */
  attempt(action: () => Promise<unknown>): Promise<boolean>;
}

/** One tab of the console: its panel and how it reloads what it shows. */
export interface ConsoleView {
  label: string;
  panel: HTMLElement;
  refresh(): Promise<void>;
}
