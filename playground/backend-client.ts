// The page's own requests to the backend (never a run's): whether it answers, whether a token is still valid, who
// an objectId is, logging a remembered session out — and, for an emulator on this machine, its admin API through
// the one admin client (console/admin-client.ts, the console's own), which throws an AdminError when a call
// fails. Nothing here asks for a token it does not hold, so a normal page shows no failed request in the
// browser's console.
import type { AdminClient } from '../console/admin-client.ts';
import type { ResolvedBackend } from './backend-settings.ts';
import { errorMessage } from './error-message.ts';

/** Who a user is, as far as the page knows. */
export interface UserName {
  objectId: string | null;
  name: string | null;
  email: string | null;
  /** True for a guest login (userStatus GUEST), which has neither name nor e-mail address. */
  guest?: boolean;
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

/** A user's name and e-mail address from a user object, as far as it has them. */
export function userName(objectId: string, user: Record<string, unknown>): UserName {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
  return { objectId, name: text(user['name']), email: text(user['email']), guest: user['userStatus'] === 'GUEST' };
}

const NO_STORE: RequestInit = { cache: 'no-store' };

/** Talks to one resolved backend: the app's API, and the emulator's admin API when it has one. */
export class BackendClient {
  readonly backend: ResolvedBackend;
  /** True when the backend is an emulator with an admin API this page may use. */
  readonly hasAdmin: boolean;
  private adminClient: Promise<AdminClient> | null = null;

  constructor(backend: ResolvedBackend) {
    this.backend = backend;
    this.hasAdmin = backend.adminURL !== null;
  }

  /**
   * The emulator's admin API, or null for a backend without one this page may use. Its client is loaded on first
   * use, which is after the page is interactive (nothing of it is needed to drag a block).
   */
  admin(): Promise<AdminClient> | null {
    const adminURL = this.backend.adminURL;
    if (adminURL === null) return null;
    this.adminClient ??= import('../console/admin-client.ts').then(({ AdminClient }) => new AdminClient(adminURL));
    return this.adminClient;
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

  /**
   * Whether the backend still accepts `token`; null when it could not be asked. The app's own check, which counts
   * as using the session: only for a backend without an admin API.
   */
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
      const admin = this.admin();
      if (admin) return userName(objectId, (await (await admin).user(objectId)).user);
      if (!token) return null;
      const response = await fetch(`${this.backend.baseURL}/data/Users/${encodeURIComponent(objectId)}`, {
        ...NO_STORE,
        headers: { 'user-token': token },
      });
      return response.ok ? userName(objectId, (await response.json()) as Record<string, unknown>) : null;
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
}
