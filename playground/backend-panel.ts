// The backend at a glance: which backend is configured, whether it answers, who is logged in, the emulator's
// live sessions (its admin routes) and every token this page has seen with its current validity — so a
// logout is visible: the session disappears and the old token turns invalid.
import { maskToken } from '../emulator/contract.ts';
import type { ResolvedBackend } from './backend-settings.ts';
import { errorMessage } from './error-message.ts';
import type { RunUser } from './run-protocol.ts';
import type { UiMessages } from './ui-messages.ts';

/** The elements the panel writes into (all present in index.html). */
export interface BackendPanelElements {
  summary: HTMLElement;
  status: HTMLElement;
  loggedIn: HTMLElement;
  sessions: HTMLElement;
  sessionsNote: HTMLElement;
  tokens: HTMLElement;
}

/** One live session as the emulator's admin route lists it (token masked by the emulator). */
interface SessionRow {
  who: string;
  token: string;
  detail: string;
}

/** `{code, message}` of a Backendless error body as one line, e.g. `3003 Invalid login or password`. */
export async function describeErrorResponse(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (body && (typeof body.code === 'number' || typeof body.message === 'string')) {
      return [body.code, body.message].filter((part) => part !== undefined && part !== '').join(' ');
    }
  } catch {
    // Not JSON: fall through to the status line.
  }
  return `HTTP ${response.status} ${response.statusText}`.trim();
}

function readSessions(body: unknown): SessionRow[] {
  const list = Array.isArray(body)
    ? body
    : body && typeof body === 'object' && Array.isArray((body as { sessions?: unknown }).sessions)
      ? (body as { sessions: unknown[] }).sessions
      : [];
  return list.map((entry) => {
    const session = (entry ?? {}) as Record<string, unknown>;
    const user = (session.user ?? {}) as Record<string, unknown>;
    const pick = (...values: unknown[]) =>
      values.find((value) => typeof value === 'string' && value) as string | undefined;
    const email = pick(session.email, user.email);
    const name = pick(session.name, user.name);
    const who = (name && email ? `${name} (${email})` : (name ?? email ?? pick(session.objectId))) ?? '?';
    const token = pick(session.token, session.maskedToken, session.userToken) ?? '';
    const since = session.lastUsed ?? session.created;
    const detail = typeof since === 'number' ? new Date(since).toLocaleTimeString() : '';
    return { who, token, detail };
  });
}

/** Renders and refreshes the backend section. */
export class BackendPanel {
  private readonly elements: BackendPanelElements;
  private backend: ResolvedBackend | null = null;
  private label = '';
  private text: UiMessages;
  private current: { token: string | null; user: RunUser | null } = { token: null, user: null };
  // Tokens seen in this page (memory only), newest last, with the last known validity.
  private readonly tokens = new Map<string, boolean | null>();
  private refreshing: Promise<void> | null = null;

  constructor(elements: BackendPanelElements, text: UiMessages) {
    this.elements = elements;
    this.text = text;
  }

  /** Switches the interface language and re-renders. */
  setText(text: UiMessages): void {
    this.text = text;
    this.render();
  }

  /** Points the panel at another backend; what was seen on the previous one is forgotten. */
  setBackend(backend: ResolvedBackend | null, label: string, problem?: string): void {
    this.backend = backend;
    this.label = label;
    this.tokens.clear();
    this.current = { token: null, user: null };
    this.elements.summary.textContent = backend ? `${label} · ${backend.domain ?? backend.serverURL}` : label;
    this.elements.status.textContent = problem ?? '';
    this.elements.status.dataset.state = problem ? 'error' : 'unknown';
    this.render();
  }

  /** Records who the last run left logged in (or nobody). */
  setLoggedIn(token: string | null, user: RunUser | null): void {
    this.current = { token, user };
    if (token) this.noteToken(token);
    this.render();
  }

  /** Remembers a token a run used, to show whether the backend still accepts it. */
  noteToken(token: string): void {
    if (!this.tokens.has(token)) this.tokens.set(token, null);
  }

  /** Asks the backend whether it answers (`GET …/info`), a Backendless error shown as `code message`. */
  async checkStatus(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    this.elements.status.textContent = this.text.statusChecking;
    this.elements.status.dataset.state = 'unknown';
    const started = performance.now();
    try {
      const response = await fetch(`${backend.baseURL}/info`, { cache: 'no-store' });
      if (backend !== this.backend) return;
      if (response.ok) {
        await response.text();
        const ms = Math.round(performance.now() - started);
        this.elements.status.textContent = `${this.text.statusAnswers} (${ms} ms)`;
        this.elements.status.dataset.state = 'ok';
      } else {
        this.elements.status.textContent = await describeErrorResponse(response);
        this.elements.status.dataset.state = 'error';
      }
    } catch (error) {
      if (backend !== this.backend) return;
      this.elements.status.textContent = `${this.text.statusUnreachable} (${errorMessage(error)})`;
      this.elements.status.dataset.state = 'error';
    }
  }

  /** Re-reads the emulator's sessions and re-validates every token seen; concurrent calls share one refresh. */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const backend = this.backend;
    if (!backend) return;
    const validity = [...this.tokens.keys()].map(async (token) => {
      try {
        const response = await fetch(`${backend.baseURL}/users/isvalidusertoken/${encodeURIComponent(token)}`, {
          cache: 'no-store',
        });
        if (response.ok && backend === this.backend) this.tokens.set(token, (await response.json()) === true);
      } catch {
        // Unknown validity stays unknown; the status line says whether the backend answers.
      }
    });
    let sessions: SessionRow[] | null = null;
    if (backend.adminURL) {
      try {
        const response = await fetch(`${backend.adminURL}/sessions`, { cache: 'no-store' });
        if (response.ok) sessions = readSessions(await response.json());
      } catch {
        sessions = null;
      }
    }
    await Promise.all(validity);
    if (backend !== this.backend) return;
    this.renderSessions(sessions);
    this.render();
  }

  private renderSessions(sessions: SessionRow[] | null): void {
    const { sessions: list, sessionsNote } = this.elements;
    if (!this.backend?.adminURL) {
      list.replaceChildren();
      sessionsNote.textContent = this.text.sessionsOnlyEmulator;
      return;
    }
    if (sessions === null) return;
    sessionsNote.textContent = sessions.length === 0 ? this.text.noSessions : '';
    list.replaceChildren(
      ...sessions.map((session) => {
        const item = document.createElement('li');
        item.textContent = [session.who, session.token, session.detail].filter(Boolean).join(' · ');
        return item;
      }),
    );
  }

  private render(): void {
    const { loggedIn, tokens } = this.elements;
    const { token, user } = this.current;
    if (token && this.tokens.get(token) === false) {
      // The program still holds a token, but the backend no longer accepts it (e.g. after logout): nobody.
      loggedIn.textContent = `${this.text.loggedIn}: ${this.text.nobody} (${maskToken(token)} ${this.text.tokenInvalid})`;
    } else if (token) {
      const who = user ? [user.name, user.email ? `(${user.email})` : ''].filter(Boolean).join(' ') : '';
      loggedIn.textContent = `${this.text.loggedIn}: ${who || user?.objectId || '?'} · ${maskToken(token)}`;
    } else {
      loggedIn.textContent = `${this.text.loggedIn}: ${this.text.nobody}`;
    }
    if (this.tokens.size === 0) {
      const item = document.createElement('li');
      item.textContent = this.text.noTokens;
      tokens.replaceChildren(item);
      return;
    }
    tokens.replaceChildren(
      ...[...this.tokens].map(([value, valid]) => {
        const item = document.createElement('li');
        const state = valid === null ? '…' : valid ? this.text.tokenValid : this.text.tokenInvalid;
        item.textContent = `${maskToken(value)} — ${state}`;
        item.dataset.valid = valid === null ? 'unknown' : String(valid);
        return item;
      }),
    );
  }

  /** The label of the configured backend (for messages). */
  get backendLabel(): string {
    return this.label;
  }
}
