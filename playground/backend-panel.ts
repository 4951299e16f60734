// The backend at a glance, in words a person understands: which backend is configured and whether it answers; who
// is logged in for this page — during a run, kept by "stay logged in" for the next run, or nobody (and why: a login
// without "stay logged in" ends with its run, though its session lives on at the server); the emulator's live
// sessions, each of which can be ended; users locked out after failed logins, who can be unlocked; and every token
// this page has seen with its validity, so a logout is visible. People are shown by name and email, never by
// objectId alone. (Past 300 lines: one panel, every line of which is a state a person reads.)
import { maskToken, type AdminSessionView, type AdminUserView } from '../emulator/contract.ts';
import { BackendClient, type BackendStatus, type UserName } from './backend-client.ts';
import type { ResolvedBackend } from './backend-settings.ts';
import { rememberedSession, storeSession } from './remembered-sessions.ts';
import { fill, formatTime, type TextSource } from './ui-messages.ts';

/** The elements the panel writes into (all present in index.html). */
export interface BackendPanelElements {
  summary: HTMLElement;
  status: HTMLElement;
  /** Who is logged in for this page, in a sentence. */
  who: HTMLElement;
  logOut: HTMLButtonElement;
  sessions: HTMLElement;
  sessionsNote: HTMLElement;
  endAllSessions: HTMLButtonElement;
  /** The "Locked out" section (hidden while nobody is) and its list. */
  lockedSection: HTMLElement;
  locked: HTMLElement;
  tokens: HTMLElement;
}

/** A user locked out after failed logins, as the emulator reports it. */
export interface LockedUser {
  objectId: string;
  email: string;
  until: number;
  failedLogins: number;
}

type StatusView = { state: 'unknown' } | { state: 'checking' } | { state: 'done'; result: BackendStatus };

/** Renders and refreshes the backend section. */
export class BackendPanel {
  private readonly elements: BackendPanelElements;
  private readonly language: TextSource;
  private client: BackendClient | null = null;
  private label = '';
  private problem = '';
  private status: StatusView = { state: 'unknown' };
  // During a run: the run's user (token null = nobody). After a run that did not keep its login: who that was.
  private running: { token: string | null; objectId: string | null } | null = null;
  private notKept: { user: UserName; token: string } | null = null;
  // Tokens seen in this page (memory only), newest last, with the last known validity.
  private readonly tokens = new Map<string, boolean | null>();
  private readonly names = new Map<string, UserName>();
  private sessions: AdminSessionView[] | null = null;
  private locked: LockedUser[] = [];
  private refreshing: Promise<void> | null = null;

  constructor(elements: BackendPanelElements, language: TextSource) {
    this.elements = elements;
    this.language = language;
    elements.logOut.addEventListener('click', () => void this.logOutRemembered());
    elements.endAllSessions.addEventListener('click', () => void this.endSessions());
  }

  /** Points the panel at another backend; what was seen on the previous one is forgotten. */
  setBackend(backend: ResolvedBackend | null, label: string, problem = ''): void {
    this.client = backend ? new BackendClient(backend) : null;
    this.label = label;
    this.problem = problem;
    this.status = { state: 'unknown' };
    this.tokens.clear();
    this.names.clear();
    this.running = null;
    this.notKept = null;
    this.sessions = null;
    this.locked = [];
    this.render();
  }

  /** The same backend under another name (the language changed): everything seen on it stays. */
  relabel(label: string, problem = ''): void {
    this.label = label;
    this.problem = problem;
    this.render();
  }

  /** A run started: it begins with the remembered session, if any. */
  runStarted(): void {
    const remembered = this.remembered();
    this.running = { token: remembered?.token ?? null, objectId: remembered?.objectId ?? null };
    this.notKept = null;
    this.render();
  }

  /**
   * The running program logged in (or out): `objectId` is who, as far as the runtime knows, `user` their name and
   * email when the program's login handed them over. Asked of the emulator's admin API otherwise, never of the app
   * itself during a run (the program may log that token out meanwhile).
   */
  runSession(token: string | null, objectId: string | null, user: UserName | null): void {
    if (token) this.noteToken(token);
    this.running = { token, objectId };
    if (user?.objectId) this.names.set(user.objectId, user);
    else if (objectId && token && this.client?.hasAdmin) void this.learnName(objectId, token);
    this.render();
  }

  /** The run ended, leaving `token` (and `user`) in its memory; what the page kept is in localStorage. */
  runEnded(token: string | null, user: UserName | null): void {
    this.running = null;
    if (user?.objectId) this.names.set(user.objectId, user);
    const kept = token !== null && this.remembered()?.token === token;
    this.notKept = token && !kept ? { user: user ?? { objectId: null, name: null, email: null }, token } : null;
    if (token) this.noteToken(token);
    this.render();
  }

  /** Remembers a token a run used, to show whether the backend still accepts it. */
  noteToken(token: string): void {
    if (!this.tokens.has(token)) this.tokens.set(token, null);
  }

  /** The backend did not answer a run: shown at once, without waiting for the next check. */
  reportUnreachable(detail: string): void {
    this.status = { state: 'done', result: { answers: false, detail } };
    this.render();
  }

  /** Asks the backend whether it answers (`GET …/info`); a Backendless error is shown as `code message`. */
  async checkStatus(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.status = { state: 'checking' };
    this.render();
    const result = await client.status();
    if (client !== this.client) return;
    this.status = { state: 'done', result };
    this.render();
  }

  /** Users locked out after failed logins right now (emulator only; empty elsewhere), freshly asked. */
  async lockedUsers(): Promise<LockedUser[]> {
    await this.refresh();
    return this.locked;
  }

  /** True when the backend is an emulator this page administers. */
  get administers(): boolean {
    return this.client?.hasAdmin ?? false;
  }

  /** Re-reads sessions, lockouts and names, and re-validates every token seen; concurrent calls share one refresh. */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const remembered = this.remembered();
    if (remembered) this.noteToken(remembered.token);
    const validity = [...this.tokens.keys()].map(async (token) => {
      const valid = await client.tokenValid(token);
      if (valid !== null && client === this.client) this.tokens.set(token, valid);
    });
    const [sessions, users] = await Promise.all([client.sessions(), client.users(), ...validity]);
    if (client !== this.client) return;
    this.sessions = sessions;
    if (users) this.learnUsers(users);
    if (remembered?.objectId && this.tokens.get(remembered.token) === true) {
      await this.learnName(remembered.objectId, remembered.token);
    }
    this.render();
  }

  private learnUsers(users: AdminUserView[]): void {
    this.locked = [];
    for (const view of users) {
      const { objectId, email, name } = view.user;
      if (typeof objectId !== 'string') continue;
      const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
      this.names.set(objectId, { objectId, name: text(name), email: text(email) });
      if (view.lockedUntil !== null && typeof email === 'string') {
        this.locked.push({ objectId, email, until: view.lockedUntil, failedLogins: view.failedLogins });
      }
    }
  }

  private async learnName(objectId: string, token: string): Promise<void> {
    if (this.names.has(objectId) || !this.client) return;
    const client = this.client;
    const found = await client.lookUp(objectId, client.hasAdmin ? null : token);
    if (found && client === this.client) {
      this.names.set(objectId, found);
      this.render();
    }
  }

  private remembered(): { token: string; objectId: string | null } | null {
    return this.client ? rememberedSession(this.client.backend.sessionStorageKey) : null;
  }

  private async logOutRemembered(): Promise<void> {
    const client = this.client;
    const remembered = this.remembered();
    if (!client || !remembered) return;
    // A session the backend already ended is only forgotten; a live one is ended there first.
    if (this.tokens.get(remembered.token) !== false) await client.logOut(remembered.token);
    storeSession(client.backend.sessionStorageKey, null);
    await this.refresh();
    this.render();
  }

  private async endSessions(session?: AdminSessionView): Promise<void> {
    const client = this.client;
    if (!client) return;
    await client.endSessions(session?.sessionId);
    // Ending the session this page keeps is logging this page out.
    const remembered = this.remembered();
    if (remembered && (!session || session.token === maskToken(remembered.token))) {
      storeSession(client.backend.sessionStorageKey, null);
    }
    await this.refresh();
  }

  private async unlock(user: LockedUser): Promise<void> {
    await this.client?.unlock(user.objectId);
    await this.refresh();
  }

  /** "Alice (alice@wonderland.com)", or what is known of a user. */
  private describe(user: UserName | null, objectId: string | null = user?.objectId ?? null): string {
    const known = (objectId && this.names.get(objectId)) || user;
    const name = known?.name ?? null;
    const email = known?.email ?? null;
    if (name && email) return `${name} (${email})`;
    if (name || email) return (name ?? email)!;
    return fill(this.language.text.aUser, { id: objectId ?? '?' });
  }

  private render(): void {
    const text = this.language.text;
    const { summary, status } = this.elements;
    summary.textContent = this.client
      ? `${this.label} · ${this.client.backend.domain ?? this.client.backend.serverURL}`
      : this.label;
    if (this.problem || !this.client) {
      status.replaceChildren(this.problem);
      status.dataset.state = 'error';
    } else if (this.status.state === 'checking') {
      status.replaceChildren(text.statusChecking);
      status.dataset.state = 'unknown';
    } else if (this.status.state === 'done') {
      const { result } = this.status;
      status.replaceChildren(
        ...(result.answers
          ? [fill(text.statusAnswers, { ms: result.ms })]
          : 'refusal' in result
            ? [english(result.refusal)]
            : [`${text.statusUnreachable} `, english(result.detail)]),
      );
      status.dataset.state = result.answers ? 'ok' : 'error';
    } else {
      status.replaceChildren();
      status.dataset.state = 'unknown';
    }
    this.renderWho();
    this.renderSessions();
    this.renderLocked();
    this.renderTokens();
  }

  private renderWho(): void {
    const text = this.language.text;
    const remembered = this.remembered();
    let sentence: string;
    if (this.running) {
      const { token, objectId } = this.running;
      sentence = token ? fill(text.whoRunning, { who: this.describe(null, objectId) }) : text.whoRunningNobody;
    } else if (remembered && this.tokens.get(remembered.token) === false) {
      sentence = fill(text.whoKeptEnded, { token: maskToken(remembered.token) });
    } else if (remembered) {
      sentence = fill(text.whoKept, {
        who: `${this.describe(null, remembered.objectId)} · ${maskToken(remembered.token)}`,
      });
    } else if (this.notKept) {
      const valid = this.tokens.get(this.notKept.token);
      sentence =
        valid === false
          ? fill(text.whoEndedInvalid, { token: maskToken(this.notKept.token) })
          : fill(text.whoNotKept, { who: this.describe(this.notKept.user) }) + (valid ? ` ${text.stillLive}` : '');
    } else {
      sentence = text.whoNobody;
    }
    this.elements.who.textContent = sentence;
    this.elements.logOut.hidden = this.running !== null || !remembered;
  }

  private renderSessions(): void {
    const text = this.language.text;
    const { sessions: list, sessionsNote, endAllSessions } = this.elements;
    if (!this.client?.hasAdmin) {
      list.replaceChildren();
      sessionsNote.textContent = text.sessionsOnlyEmulator;
      endAllSessions.hidden = true;
      return;
    }
    const sessions = this.sessions ?? [];
    sessionsNote.textContent = this.sessions === null ? '' : sessions.length === 0 ? text.noSessions : '';
    endAllSessions.hidden = sessions.length < 2;
    const ours = this.remembered();
    list.replaceChildren(
      ...sessions.map((session) => {
        const item = document.createElement('li');
        const who = this.describe({ objectId: session.objectId, name: session.name, email: session.email });
        const line = fill(text.sessionLine, {
          who,
          token: session.token,
          time: formatTime(session.lastUsed, this.language.locale),
        });
        const mine = ours && session.token === maskToken(ours.token) ? ` · ${text.sessionOfThisPage}` : '';
        const label = document.createElement('span');
        label.textContent = line + mine;
        const end = button(text.endSession, fill(text.endSessionOf, { token: session.token, who }), () =>
          this.endSessions(session),
        );
        item.append(label, ' ', end);
        return item;
      }),
    );
  }

  private renderLocked(): void {
    const text = this.language.text;
    this.elements.lockedSection.hidden = this.locked.length === 0;
    this.elements.locked.replaceChildren(
      ...this.locked.map((user) => {
        const item = document.createElement('li');
        const label = document.createElement('span');
        label.textContent = fill(text.lockedLine, {
          email: user.email,
          time: formatTime(user.until, this.language.locale),
        });
        item.append(
          label,
          ' ',
          button(text.unlock, fill(text.unlockUser, { email: user.email }), () => this.unlock(user)),
        );
        return item;
      }),
    );
  }

  private renderTokens(): void {
    const text = this.language.text;
    const { tokens } = this.elements;
    if (this.tokens.size === 0) {
      const item = document.createElement('li');
      item.textContent = text.noTokens;
      tokens.replaceChildren(item);
      return;
    }
    tokens.replaceChildren(
      ...[...this.tokens].map(([value, valid]) => {
        const item = document.createElement('li');
        const state = valid === null ? text.tokenUnknown : valid ? text.tokenValid : text.tokenInvalid;
        item.textContent = `${maskToken(value)} — ${state}`;
        item.dataset.valid = valid === null ? 'unknown' : String(valid);
        return item;
      }),
    );
  }
}

function english(text: string): HTMLElement {
  const span = document.createElement('span');
  span.lang = 'en';
  span.textContent = text;
  return span;
}

/** A small button showing `label`, named `name` for assistive technology, doing `action` once per click. */
function button(label: string, name: string, action: () => Promise<void>): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'small';
  element.textContent = label;
  element.setAttribute('aria-label', name);
  element.addEventListener('click', () => {
    element.disabled = true;
    void action().finally(() => {
      element.disabled = false;
    });
  });
  return element;
}
