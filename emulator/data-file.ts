// The data file's document: `{ format, version, appId, settings, roles, users, sessions, outbox, links }`, written
// one record per line — compact enough that a stored user takes about the bytes it was sent in (indenting nested
// values would multiply them), and still readable and diffable line by line. The same document without sessions is
// what the admin API exports and imports. Reading checks everything, so a hand-edited file is refused with a
// message naming the bad entry rather than half-loaded; version 1 files (users and sessions only) still read.
import type { EmulatorSettings, OutboxMessage } from './contract.ts';
import { checkEmailLink, checkOutboxMessage, type EmailLink } from './outbox.ts';
import { roleListProblem } from './roles.ts';
import type { Session } from './sessions.ts';
import { validateSettings } from './settings.ts';
import { checkStoredUser, normalizeIdentity, type StoredUser } from './users.ts';
import { errorMessage } from './contract.ts';

const DATA_FORMAT = 'codeless-emulator';
const DATA_VERSION = 2;

/** What the data file keeps: an app's whole state but its lockouts and pending OAuth2 sign-ins. */
export interface StoredState {
  settings: EmulatorSettings;
  roles: string[];
  users: StoredUser[];
  sessions: Session[];
  outbox: OutboxMessage[];
  links: EmailLink[];
}

/** What a document read back holds: the settings it names (others keep their value), the rest whole. */
export type ReadState = Omit<StoredState, 'settings'> & { settings: Partial<EmulatorSettings> };

/** The document's text for `state`; without `sessions` when exporting. */
export function formatDataFile(appId: string, state: StoredState, options: { sessions?: boolean } = {}): string {
  const list = (records: readonly unknown[]): string =>
    records.length === 0 ? '[]' : `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]`;
  return (
    `{"format":${JSON.stringify(DATA_FORMAT)},"version":${DATA_VERSION},"appId":${JSON.stringify(appId)},\n` +
    `"settings":${JSON.stringify(state.settings)},\n` +
    `"roles":${JSON.stringify(state.roles)},\n` +
    `"users":${list(state.users)},\n` +
    (options.sessions === false ? '' : `"sessions":${list(state.sessions)},\n`) +
    `"outbox":${list(state.outbox)},\n` +
    `"links":${list(state.links)}}\n`
  );
}

/**
 * Reads a data file's text. Throws a plain Error naming the problem (`where` names the file). A session, an e-mail
 * or a link that does not check out is dropped, not fatal: its user simply logs in again or asks again.
 */
export function parseDataFile(text: string, where: string, now: number): ReadState {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where} is not valid JSON (${errorMessage(error).slice(0, 200)})`, { cause: error });
  }
  return readDocument(document, where, { now });
}

/**
 * How a document is read: `now` bounds the links' expiry; `strict` (an import) refuses the document for an e-mail or
 * a link that does not check out, where a data file drops it.
 */
export interface ReadOptions {
  now: number;
  strict?: boolean;
}

/** Checks a parsed document (a data file's, or an import's). Throws a plain Error naming the problem. */
export function readDocument(value: unknown, where: string, options: ReadOptions): ReadState {
  const document = value as Record<string, unknown> | null;
  if (typeof document !== 'object' || document === null || document.format !== DATA_FORMAT) {
    throw new Error(`${where} was not written by the codeless emulator (no "format": "${DATA_FORMAT}")`);
  }
  if (document.version !== 1 && document.version !== DATA_VERSION) {
    throw new Error(
      `${where} has version ${String(document.version).slice(0, 20)}; this emulator reads versions 1 and ${DATA_VERSION}`,
    );
  }
  if (!Array.isArray(document.users)) throw new Error(`${where}: "users" must be an array`);

  let settings: Partial<EmulatorSettings> = {};
  if (document.settings !== undefined) {
    if (typeof document.settings !== 'object' || document.settings === null || Array.isArray(document.settings)) {
      throw new Error(`${where}: "settings" must be an object`);
    }
    try {
      settings = validateSettings(document.settings as Record<string, unknown>);
    } catch (error) {
      throw new Error(`${where}, settings: ${errorMessage(error)}`, { cause: error });
    }
  }

  const roles = readRoles(document.roles ?? [], where);
  const users: StoredUser[] = [];
  const identities = new Set<string>();
  const ids = new Set<string>();
  document.users.forEach((entry, index) => {
    const user = checkStoredUser(entry, `${where}, users[${index}]`);
    const identity = user.email === null ? null : normalizeIdentity(user.email);
    if ((identity !== null && identities.has(identity)) || ids.has(user.objectId)) {
      throw new Error(`${where}, users[${index}]: duplicate email or objectId`);
    }
    const unknownRole = user.roles.find((role) => !roles.includes(role));
    if (unknownRole !== undefined) {
      throw new Error(`${where}, users[${index}]: role ${JSON.stringify(unknownRole)} is not in "roles"`);
    }
    if (identity !== null) identities.add(identity);
    ids.add(user.objectId);
    users.push(user);
  });

  const records = (key: string): unknown[] => (Array.isArray(document[key]) ? (document[key] as unknown[]) : []);
  const sessions = records('sessions').flatMap((entry) => {
    const session = checkSession(entry);
    return session && ids.has(session.userId) ? [session] : [];
  });
  const refuse = (what: string, index: number): [] => {
    if (options.strict) throw new Error(`${where}, ${what}[${index}]: ${DROPPED[what]}`);
    return [];
  };
  const outbox = records('outbox').flatMap((entry, index) => {
    const message = checkOutboxMessage(entry);
    return message ? [message] : refuse('outbox', index);
  });
  const links = records('links').flatMap((entry, index) => {
    const link = checkEmailLink(entry, options.now);
    return link && ids.has(link.userId) ? [link] : refuse('links', index);
  });
  return { settings, roles, users, sessions, outbox, links };
}

const DROPPED: Record<string, string> = {
  outbox:
    'not an e-mail the emulator writes (its address, subject and text within bounds, each link to a confirmation ' +
    'or reset page of the emulator on this machine)',
  links: 'not a link the emulator opens (a 32-character token, a kind, a user of "users", an expiry within 24 hours)',
};

function readRoles(value: unknown, where: string): string[] {
  const problem = roleListProblem(value);
  if (problem !== undefined) throw new Error(`${where}: ${problem}`);
  return [...new Set(value as string[])];
}

function checkSession(value: unknown): Session | undefined {
  const session = value as Partial<Session> | null;
  const valid =
    session !== null &&
    typeof session === 'object' &&
    typeof session.token === 'string' &&
    typeof session.sessionId === 'string' &&
    typeof session.userId === 'string' &&
    typeof session.created === 'number' &&
    typeof session.lastUsed === 'number';
  if (!valid) return undefined;
  const { token, sessionId, userId, created, lastUsed } = session as Session;
  return { token, sessionId, userId, created, lastUsed };
}
