// Live user sessions. A user token is a session id: a new upper-case UUID per login, never stored in
// the Users table, ended by logout, by a newer login under a single-login policy, by disabling or
// deleting the user, or by inactivity when a session timeout is set.
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

/** The live sessions, by token. */
export class SessionStore {
  readonly #byToken = new Map<string, Session>();

  /** Starts a session for a user and returns it with its new token. */
  create(userId: string, now: number): Session {
    const session: Session = {
      token: randomUUID().toUpperCase(),
      sessionId: randomBytes(6).toString('hex'),
      userId,
      created: now,
      lastUsed: now,
    };
    this.#byToken.set(session.token, session);
    return session;
  }

  /** Puts a session read from a data file back. */
  insert(session: Session): void {
    this.#byToken.set(session.token, session);
  }

  /**
   * The live session for a token, or undefined when the token is unknown, ended, or idle for longer
   * than `timeoutMs` (0 = sessions never time out; an idle one is ended on the spot).
   */
  find(token: string, now: number, timeoutMs: number): Session | undefined {
    const session = this.#byToken.get(token);
    if (!session) return undefined;
    if (timeoutMs > 0 && now - session.lastUsed > timeoutMs) {
      this.#byToken.delete(token);
      return undefined;
    }
    return session;
  }

  /** Ends one session; true when it existed. */
  end(token: string): boolean {
    return this.#byToken.delete(token);
  }

  /** Ends every session of a user; returns the sessions it ended (to put back if the change is undone). */
  endAllFor(userId: string): Session[] {
    const ended: Session[] = [];
    for (const [token, session] of this.#byToken) {
      if (session.userId === userId) {
        this.#byToken.delete(token);
        ended.push(session);
      }
    }
    return ended;
  }

  /** A user's live sessions, oldest first. */
  liveFor(userId: string, now: number, timeoutMs: number): Session[] {
    return this.all(now, timeoutMs).filter((session) => session.userId === userId);
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
    return ended;
  }
}
