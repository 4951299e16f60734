// Live user sessions. A user token is a session id: a new upper-case UUID per login, never stored in the Users
// table, ended by logout, by a newer login under the single-login policy, by disabling or deleting the user, by a
// password reset, or by inactivity past the session timeout. Indexed by token and by user, so that one user's
// sessions are found without walking everyone's.
import { randomBytes, randomUUID } from 'node:crypto';

/** One logged-in session. */
export interface Session {
  /** The user token the client sends as `user-token`. Never shown by the admin side. */
  token: string;
  /** A short id for the admin side to name a session without revealing its token. */
  sessionId: string;
  userId: string;
  created: number;
  lastUsed: number;
}

/** The live sessions, by token and by user. */
export class SessionStore {
  readonly #byToken = new Map<string, Session>();
  readonly #byUser = new Map<string, Set<Session>>();

  /** Starts a session for a user and returns it with its new token. */
  create(userId: string, now: number): Session {
    const session: Session = {
      token: randomUUID().toUpperCase(),
      sessionId: randomBytes(6).toString('hex'),
      userId,
      created: now,
      lastUsed: now,
    };
    this.insert(session);
    return session;
  }

  /** Puts a session back (read from a data file, or an ended one whose change was undone). */
  insert(session: Session): void {
    const replaced = this.#byToken.get(session.token);
    if (replaced) this.#forget(replaced);
    this.#byToken.set(session.token, session);
    const own = this.#byUser.get(session.userId) ?? new Set<Session>();
    own.add(session);
    this.#byUser.set(session.userId, own);
  }

  /**
   * The live session for a token, or undefined when the token is unknown, ended, or idle for longer
   * than `timeoutMs` (0 = sessions never time out; an idle one is ended on the spot).
   */
  find(token: string, now: number, timeoutMs: number): Session | undefined {
    const session = this.#byToken.get(token);
    if (!session) return undefined;
    if (timeoutMs > 0 && now - session.lastUsed > timeoutMs) {
      this.#forget(session);
      return undefined;
    }
    return session;
  }

  /** Ends one session; true when it existed. */
  end(token: string): boolean {
    const session = this.#byToken.get(token);
    if (session) this.#forget(session);
    return session !== undefined;
  }

  /** Ends every session of a user; returns the sessions it ended (to put back if the change is undone). */
  endAllFor(userId: string): Session[] {
    const ended = [...(this.#byUser.get(userId) ?? [])];
    for (const session of ended) this.#forget(session);
    return ended;
  }

  /** A user's live sessions, oldest first (timed-out ones are dropped on the way). */
  liveFor(userId: string, now: number, timeoutMs: number): Session[] {
    return [...(this.#byUser.get(userId) ?? [])].filter((session) => this.find(session.token, now, timeoutMs));
  }

  /** Every live session, oldest first (timed-out ones are dropped on the way). */
  all(now: number, timeoutMs: number): Session[] {
    return [...this.#byToken.values()].filter((session) => this.find(session.token, now, timeoutMs) !== undefined);
  }

  findBySessionId(sessionId: string): Session | undefined {
    for (const session of this.#byToken.values()) if (session.sessionId === sessionId) return session;
    return undefined;
  }

  /** Ends every session; returns them (to put back if the change is undone). */
  clear(): Session[] {
    const ended = [...this.#byToken.values()];
    this.#byToken.clear();
    this.#byUser.clear();
    return ended;
  }

  #forget(session: Session): void {
    this.#byToken.delete(session.token);
    const own = this.#byUser.get(session.userId);
    own?.delete(session);
    if (own?.size === 0) this.#byUser.delete(session.userId);
  }
}
