// The console's one way to the emulator: its admin API (`<serverURL>/_emulator`), typed with the views of
// emulator/contract.ts. A refusal becomes an AdminError carrying the emulator's `code message`; an emulator that
// does not answer, one naming the address it tried.
import {
  codeMessage,
  type AdminLogicView,
  type AdminOutboxMessage,
  type AdminRoleView,
  type AdminSessionView,
  type AdminUserView,
  type EmulatorSettings,
} from '../emulator/contract.ts';

/** An admin call that failed: `code` and `message` as the emulator answered them (code 0: no answer at all). */
export class AdminError extends Error {
  readonly code: number;

  constructor(code: number, message: string) {
    super(codeMessage(code, message));
    this.name = 'AdminError';
    this.code = code;
  }
}

/** The admin API of one emulator: the one client of it, the console's and the playground's backend panel's. */
export class AdminClient {
  /** `<serverURL>/_emulator`, without a trailing slash. */
  readonly adminURL: string;

  /** What an emulator that does not answer is said to be (`{origin}` is its address). */
  readonly #noAnswer: string;

  constructor(adminURL: string, noAnswer = 'The emulator at {origin} does not answer. Is it running?') {
    this.adminURL = adminURL.replace(/\/+$/, '');
    this.#noAnswer = noAnswer;
  }

  users(): Promise<AdminUserView[]> {
    return this.call<{ users: AdminUserView[] }>('GET', '/users').then((body) => body.users);
  }

  /** One user, by objectId. */
  user(objectId: string): Promise<AdminUserView> {
    return this.call('GET', `/users/${encodeURIComponent(objectId)}`);
  }

  addUser(properties: Record<string, unknown>): Promise<AdminUserView> {
    return this.call('POST', '/users', properties);
  }

  /** Changes a user: `userStatus`, `unlock`, `email`, `password`, `name`, columns (null removes one). */
  updateUser(objectId: string, changes: Record<string, unknown>): Promise<AdminUserView> {
    return this.call('PATCH', `/users/${encodeURIComponent(objectId)}`, changes);
  }

  deleteUser(objectId: string): Promise<unknown> {
    return this.call('DELETE', `/users/${encodeURIComponent(objectId)}`);
  }

  sessions(): Promise<AdminSessionView[]> {
    return this.call<{ sessions: AdminSessionView[] }>('GET', '/sessions').then((body) => body.sessions);
  }

  /** Ends one session, or every one; answers how many ended. */
  endSessions(sessionId?: string): Promise<{ ended: number }> {
    return this.call('DELETE', sessionId ? `/sessions/${encodeURIComponent(sessionId)}` : '/sessions');
  }

  roles(): Promise<AdminRoleView[]> {
    return this.call<{ roles: AdminRoleView[] }>('GET', '/roles').then((body) => body.roles);
  }

  addRole(name: string): Promise<AdminRoleView> {
    return this.call('POST', '/roles', { name });
  }

  deleteRole(name: string): Promise<unknown> {
    return this.call('DELETE', `/roles/${encodeURIComponent(name)}`);
  }

  /** Gives `user` (objectId or email) the custom role. */
  assignRole(role: string, user: string): Promise<AdminUserView> {
    return this.call('POST', `/roles/${encodeURIComponent(role)}/users`, { user });
  }

  /** Takes the custom role from `user` (objectId or email). */
  unassignRole(role: string, user: string): Promise<AdminUserView> {
    return this.call('DELETE', `/roles/${encodeURIComponent(role)}/users/${encodeURIComponent(user)}`);
  }

  outbox(): Promise<AdminOutboxMessage[]> {
    return this.call<{ messages: AdminOutboxMessage[] }>('GET', '/outbox').then((body) => body.messages);
  }

  /** Deletes one e-mail, or all. */
  clearOutbox(id?: string): Promise<unknown> {
    return this.call('DELETE', id ? `/outbox/${encodeURIComponent(id)}` : '/outbox');
  }

  /** The server logic deployed (its handlers) and its latest runs, newest first. */
  logic(): Promise<AdminLogicView> {
    return this.call('GET', '/logic');
  }

  /** Replaces the server logic with `source` (the emulator target of `workspaceToServerLogic`), named `name`. */
  deployLogic(source: string, name?: string): Promise<AdminLogicView> {
    return this.call('PUT', '/logic', name === undefined ? { source } : { source, name });
  }

  /** Takes the server logic away: calls fire no handler any more. */
  removeLogic(): Promise<AdminLogicView> {
    return this.call('DELETE', '/logic');
  }

  settings(): Promise<EmulatorSettings> {
    return this.call('GET', '/settings');
  }

  updateSettings(changes: Partial<EmulatorSettings>): Promise<EmulatorSettings> {
    return this.call('PATCH', '/settings', changes);
  }

  reset(): Promise<{ users: number }> {
    return this.call('POST', '/reset');
  }

  /** The whole data as the text of a file (JSON). */
  async exportData(): Promise<string> {
    const response = await this.send('GET', '/export');
    return response.text();
  }

  /** Replaces the whole data with a parsed export. */
  importData(document: Record<string, unknown>): Promise<{ users: number; roles: number; outbox: number }> {
    return this.call('POST', '/import', document);
  }

  private async call<T>(method: string, path: string, body?: object): Promise<T> {
    const response = await this.send(method, path, body);
    return (await response.json()) as T;
  }

  private async send(method: string, path: string, body?: object): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${this.adminURL}${path}`, {
        method,
        cache: 'no-store',
        ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new AdminError(0, this.#noAnswer.replace('{origin}', new URL(this.adminURL).origin));
    }
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    try {
      const error = JSON.parse(text) as { code?: unknown; message?: unknown };
      if (typeof error.message === 'string') {
        throw new AdminError(typeof error.code === 'number' ? error.code : response.status, error.message);
      }
    } catch (error) {
      if (error instanceof AdminError) throw error;
    }
    throw new AdminError(response.status, `HTTP ${response.status} ${response.statusText}`.trim());
  }
}
