// The data file's document: `{ format, version, appId, users, sessions }`, written one record per line — compact
// enough that a stored user takes about the bytes it was sent in (indenting nested values would multiply them),
// and still readable and diffable line by line. Reading checks everything, so a hand-edited file is refused with
// a message naming the bad entry rather than half-loaded.
import type { Session } from './sessions.ts';
import { checkStoredUser, normalizeIdentity, type StoredUser } from './users.ts';

const DATA_FORMAT = 'codeless-emulator';
const DATA_VERSION = 1;

/** What the data file keeps: the Users table and the live sessions (settings and lockouts stay in memory). */
export interface StoredState {
  users: StoredUser[];
  sessions: Session[];
}

/** The document's text for `state`. */
export function formatDataFile(appId: string, state: StoredState): string {
  const list = (records: readonly unknown[]): string =>
    records.length === 0 ? '[]' : `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]`;
  return (
    `{"format":${JSON.stringify(DATA_FORMAT)},"version":${DATA_VERSION},"appId":${JSON.stringify(appId)},\n` +
    `"users":${list(state.users)},\n` +
    `"sessions":${list(state.sessions)}}\n`
  );
}

/**
 * Reads a data file's text. Throws a plain Error naming the problem (`where` names the file). A session that
 * does not check out is dropped, not fatal: its user simply logs in again.
 */
export function parseDataFile(text: string, where: string): StoredState {
  let document: { format?: unknown; version?: unknown; users?: unknown; sessions?: unknown } | null;
  try {
    document = JSON.parse(text) as typeof document;
  } catch (error) {
    throw new Error(`${where} is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof document !== 'object' || document === null || document.format !== DATA_FORMAT) {
    throw new Error(`${where} was not written by the codeless emulator (no "format": "${DATA_FORMAT}")`);
  }
  if (document.version !== DATA_VERSION) {
    throw new Error(`${where} has version ${String(document.version)}; this emulator reads version ${DATA_VERSION}`);
  }
  if (!Array.isArray(document.users)) throw new Error(`${where}: "users" must be an array`);

  const users: StoredUser[] = [];
  const identities = new Set<string>();
  const ids = new Set<string>();
  document.users.forEach((value, index) => {
    const user = checkStoredUser(value, `${where}, users[${index}]`);
    const identity = normalizeIdentity(user.email);
    if (identities.has(identity) || ids.has(user.objectId)) {
      throw new Error(`${where}, users[${index}]: duplicate email or objectId`);
    }
    identities.add(identity);
    ids.add(user.objectId);
    users.push(user);
  });

  const sessions: Session[] = [];
  for (const value of Array.isArray(document.sessions) ? document.sessions : []) {
    const session = value as Partial<Session> | null;
    const valid =
      session !== null &&
      typeof session === 'object' &&
      typeof session.token === 'string' &&
      typeof session.sessionId === 'string' &&
      typeof session.userId === 'string' &&
      typeof session.created === 'number' &&
      typeof session.lastUsed === 'number' &&
      ids.has(session.userId);
    if (valid) {
      const { token, sessionId, userId, created, lastUsed } = session as Session;
      sessions.push({ token, sessionId, userId, created, lastUsed });
    }
  }
  return { users, sessions };
}
