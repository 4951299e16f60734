// The backend at a glance, in words a person understands: which backend is configured and whether it answers; who
// is logged in for this page — during a run, kept by "stay logged in" for the next run, or nobody (and why: a login
// without "stay logged in" ends with its run, though its session lives on at the server); the emulator's live
// sessions, each of which can be ended; users locked out after failed logins, who can be unlocked; and every token
// this page has seen with its validity, so a logout is visible. People are shown by name and email, never by
// objectId alone. This file keeps the state; backend-panel-view.ts draws it.
//
// Watching must not change what is watched: with an emulator, a token's validity is read from the admin API's
// session list, which touches no session, so a session nobody uses still times out while the page is open. A
// backend without an admin API is asked `isvalidusertoken`, which counts as using the session: only after what a
// person did (a run, a check, a log out), never by the periodic watch, and never again about a token it called dead.
import { maskToken, type AdminSessionView, type AdminUserView } from '../emulator/contract.ts';
import { BackendClient, userName, type UserName } from './backend-client.ts';
import {
  describeUser,
  drawStatus,
  lockedItems,
  sessionItems,
  tokenItems,
  whoSentence,
  type LockedUser,
  type StatusView,
} from './backend-panel-view.ts';
import type { ResolvedBackend } from './backend-settings.ts';
import { rememberedSession, storeSession } from './remembered-sessions.ts';
import type { TextSource } from './ui-messages.ts';

export type { LockedUser } from './backend-panel-view.ts';

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

  /**
   * Keeps a session a login provider handed back (token and objectId) as "stay logged in" keeps a login: the
   * runtime's session record, so the next run starts as that user. Answers who that is, in words.
   */
  async adoptSession(token: string, objectId: string): Promise<string> {
    const client = this.client;
    if (client) {
      const record = { stayLoggedIn: true, 'user-token': token, 'current-user-id': objectId };
      storeSession(client.backend.sessionStorageKey, JSON.stringify(record));
      this.noteToken(token);
      await this.refresh();
      await this.learnName(objectId, token);
    }
    return this.describe(null, objectId);
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
    return this.reread(true);
  }

  /**
   * What the page does every few seconds while it is open: re-reads what it may read without using a session (the
   * emulator's admin API, the remembered session). A backend without an admin API is not asked about tokens here:
   * its `isvalidusertoken` would keep the session alive.
   */
  watch(): Promise<void> {
    return this.reread(false);
  }

  private reread(askTheApp: boolean): Promise<void> {
    this.refreshing ??= this.doRefresh(askTheApp).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(askTheApp: boolean): Promise<void> {
    const client = this.client;
    if (!client) return;
    const remembered = this.remembered();
    if (remembered) this.noteToken(remembered.token);
    const admin = client.admin();
    const [sessions, users] = admin
      ? await admin
          .then((api) => Promise.all([api.sessions().catch(() => null), api.users().catch(() => null)]))
          .catch(() => [null, null] as const)
      : [null, null, askTheApp ? await this.askValidity(client) : undefined];
    if (client !== this.client) return;
    this.sessions = sessions;
    if (sessions) this.readValidity(sessions);
    if (users) this.learnUsers(users);
    if (remembered?.objectId && this.tokens.get(remembered.token) === true) {
      await this.learnName(remembered.objectId, remembered.token);
    }
    this.render();
  }

  /** A token is live while the emulator lists its session (a listed one is never touched by being listed). */
  private readValidity(sessions: AdminSessionView[]): void {
    const live = new Set(sessions.map((session) => session.token));
    for (const token of this.tokens.keys()) this.tokens.set(token, live.has(maskToken(token)));
  }

  /** Asks the app about every token not yet known dead (a dead token stays dead: it is not asked again). */
  private async askValidity(client: BackendClient): Promise<void> {
    const open = [...this.tokens].filter(([, valid]) => valid !== false).map(([token]) => token);
    await Promise.all(
      open.map(async (token) => {
        const valid = await client.tokenValid(token);
        if (valid !== null && client === this.client) this.tokens.set(token, valid);
      }),
    );
  }

  private learnUsers(users: AdminUserView[]): void {
    this.locked = [];
    for (const view of users) {
      const { objectId, email } = view.user;
      if (typeof objectId !== 'string') continue;
      this.names.set(objectId, userName(objectId, view.user));
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
    const admin = client?.admin();
    if (!client || !admin) return;
    // A refusal (the session ended meanwhile) needs no words: the refresh below shows what is.
    await admin.then((api) => api.endSessions(session?.sessionId)).catch(() => undefined);
    // Ending the session this page keeps is logging this page out.
    const remembered = this.remembered();
    if (remembered && (!session || session.token === maskToken(remembered.token))) {
      storeSession(client.backend.sessionStorageKey, null);
    }
    await this.refresh();
  }

  private async unlock(user: LockedUser): Promise<void> {
    await this.client
      ?.admin()
      ?.then((api) => api.updateUser(user.objectId, { unlock: true }))
      .catch(() => undefined);
    await this.refresh();
  }

  /** "Alice (alice@wonderland.com)", or what is known of a user. */
  private describe(user: UserName | null, objectId: string | null = user?.objectId ?? null): string {
    return describeUser(this.language, (objectId && this.names.get(objectId)) || user, objectId);
  }

  private render(): void {
    const { summary, status, who, logOut } = this.elements;
    summary.textContent = this.client
      ? `${this.label} · ${this.client.backend.domain ?? this.client.backend.serverURL}`
      : this.label;
    drawStatus(status, this.language, this.status, this.problem || !this.client ? this.problem : null);
    const remembered = this.remembered();
    who.textContent = whoSentence(this.language, {
      running: this.running,
      remembered,
      notKept: this.notKept,
      validity: (token) => this.tokens.get(token),
      describe: (user, objectId) => this.describe(user, objectId),
    });
    logOut.hidden = this.running !== null || !remembered;
    this.renderSessions(remembered?.token ?? null);
    this.elements.lockedSection.hidden = this.locked.length === 0;
    this.elements.locked.replaceChildren(...lockedItems(this.language, this.locked, (user) => this.unlock(user)));
    this.elements.tokens.replaceChildren(...tokenItems(this.language, this.tokens));
  }

  private renderSessions(ours: string | null): void {
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
    list.replaceChildren(
      ...sessionItems(
        this.language,
        sessions,
        ours,
        (user) => this.describe(user),
        (session) => this.endSessions(session),
      ),
    );
  }
}
