// The page's own requests to the backend (never a run's): whether it answers, whether a token is still valid, who
// an objectId is, logging a remembered session out — and, for an emulator on this machine, its admin API: live
// sessions (ended one by one or all), users locked out after failed logins (unlocked). Nothing here asks for a
// token it does not hold, so a normal page shows no failed request in the browser's console.
import type { AdminSessionView, AdminUserView } from '../emulator/contract.ts';
import type { ResolvedBackend } from './backend-settings.ts';
import { errorMessage } from './error-message.ts';

/** Who a user is, as far as the page knows. */
export interface UserName {
  objectId: string | null;
  name: string | null;
  email: string | null;
}

/**
 * How the backend answered `GET …/info`: in time (how fast), with an error of its own (`code message`, e.g. a wrong
 * API key), or not at all (`detail`: the browser's words).
 */
export type BackendStatus =
  { answers: true; ms: number } | { answers: false; refusal: string } | { answers: false; detail: string };

/** `{code, message}` of a Backendless error body as one line, e.g. `3003 Invalid login or password`. */
async function describeErrorResponse(response: Response): Promise<string> {
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

const NO_STORE: RequestInit = { cache: 'no-store' };

/** Talks to one resolved backend. */
export class BackendClient {
  readonly backend: ResolvedBackend;

  constructor(backend: ResolvedBackend) {
    this.backend = backend;
  }

  /** True when the backend is an emulator with an admin API this page may use. */
  get hasAdmin(): boolean {
    return this.backend.adminURL !== null;
  }

  /** Asks the backend whether it answers. */
  async status(): Promise<BackendStatus> {
    const started = performance.now();
    try {
      const response = await fetch(`${this.backend.baseURL}/info`, NO_STORE);
      if (!response.ok) return { answers: false, refusal: await describeErrorResponse(response) };
      await response.text();
      return { answers: true, ms: Math.round(performance.now() - started) };
    } catch (error) {
      return { answers: false, detail: errorMessage(error) };
    }
  }

  /** Whether the backend still accepts `token`; null when it could not be asked. */
  async tokenValid(token: string): Promise<boolean | null> {
    try {
      const response = await fetch(
        `${this.backend.baseURL}/users/isvalidusertoken/${encodeURIComponent(token)}`,
        NO_STORE,
      );
      return response.ok ? (await response.json()) === true : null;
    } catch {
      return null;
    }
  }

  /**
   * Who `objectId` is: from the emulator's admin API, or else from the app with `token` (only when the token is
   * known to be valid, so the request cannot fail for a dead one). Null when it cannot be found out.
   */
  async lookUp(objectId: string, token: string | null): Promise<UserName | null> {
    try {
      const response = this.hasAdmin
        ? await fetch(`${this.backend.adminURL}/users/${encodeURIComponent(objectId)}`, NO_STORE)
        : token
          ? await fetch(`${this.backend.baseURL}/data/Users/${encodeURIComponent(objectId)}`, {
              ...NO_STORE,
              headers: { 'user-token': token },
            })
          : null;
      if (!response?.ok) return null;
      const body = (await response.json()) as { user?: Record<string, unknown> } & Record<string, unknown>;
      const user = this.hasAdmin ? (body.user ?? {}) : body;
      const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
      return { objectId, name: text(user['name']), email: text(user['email']) };
    } catch {
      return null;
    }
  }

  /** Ends `token`'s session on the backend (`GET users/logout`); true when the backend answered at all. */
  async logOut(token: string): Promise<boolean> {
    try {
      await fetch(`${this.backend.baseURL}/users/logout`, { ...NO_STORE, headers: { 'user-token': token } });
      return true;
    } catch {
      return false;
    }
  }

  /** The emulator's live sessions (tokens masked), or null when there is no admin API or it did not answer. */
  async sessions(): Promise<AdminSessionView[] | null> {
    const body = await this.admin<{ sessions?: AdminSessionView[] }>('GET', '/sessions');
    return Array.isArray(body?.sessions) ? body.sessions : null;
  }

  /** The emulator's users, or null. */
  async users(): Promise<AdminUserView[] | null> {
    const body = await this.admin<{ users?: AdminUserView[] }>('GET', '/users');
    return Array.isArray(body?.users) ? body.users : null;
  }

  /** Ends one live session of the emulator, or all of them. */
  async endSessions(sessionId?: string): Promise<void> {
    await this.admin('DELETE', sessionId ? `/sessions/${encodeURIComponent(sessionId)}` : '/sessions');
  }

  /** Ends a user's lockout after failed logins. */
  async unlock(objectId: string): Promise<void> {
    await this.admin('PATCH', `/users/${encodeURIComponent(objectId)}`, { unlock: true });
  }

  private async admin<T>(method: string, path: string, body?: object): Promise<T | null> {
    if (!this.backend.adminURL) return null;
    try {
      const response = await fetch(`${this.backend.adminURL}${path}`, {
        ...NO_STORE,
        method,
        ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
      });
      return response.ok ? ((await response.json()) as T) : null;
    } catch {
      return null;
    }
  }
}
