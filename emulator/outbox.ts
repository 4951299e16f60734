// The outbox: every e-mail the user service would send — a confirmation, a password-reset link, a generated
// password — kept here instead of leaving the machine, with the one-time links they carry. Both are bounded
// (oldest first out) and both are part of the app's data (data file, export).
import { randomBytes } from 'node:crypto';
import { MAX_EMAIL_LENGTH, emulatorLinkProblem, type OutboxKind, type OutboxMessage } from './contract.ts';
import { EMAIL_LINK_LIFETIME_MS, MAX_OPEN_EMAIL_LINKS, MAX_OUTBOX_MESSAGES } from './limits.ts';

/** What an e-mailed link does when it is opened. */
export type EmailLinkKind = 'confirm-email' | 'reset-password';

/** An open one-time link: its token is the last segment of its URL. */
export interface EmailLink {
  token: string;
  kind: EmailLinkKind;
  userId: string;
  expires: number;
}

/** The e-mails, newest last. */
export class Outbox {
  #messages: OutboxMessage[] = [];

  list(): OutboxMessage[] {
    return [...this.#messages];
  }

  find(id: string): OutboxMessage | undefined {
    return this.#messages.find((message) => message.id === id);
  }

  /** Adds an e-mail; past the limit the oldest is dropped. Returns it. */
  add(message: Omit<OutboxMessage, 'id'>): OutboxMessage {
    const stored: OutboxMessage = { id: randomBytes(8).toString('hex'), ...message };
    this.#messages.push(stored);
    if (this.#messages.length > MAX_OUTBOX_MESSAGES)
      this.#messages.splice(0, this.#messages.length - MAX_OUTBOX_MESSAGES);
    return stored;
  }

  /** Removes one e-mail, or all; returns what it removed (to put back when the change is undone). */
  remove(id?: string): OutboxMessage[] {
    const removed = this.#messages.filter((message) => id === undefined || message.id === id);
    this.#messages = this.#messages.filter((message) => !removed.includes(message));
    return removed;
  }

  replaceAll(messages: readonly OutboxMessage[]): void {
    this.#messages = [...messages].slice(-MAX_OUTBOX_MESSAGES);
  }
}

/** The open links, by token: one of each kind per user (a new one replaces the older). */
export class EmailLinks {
  #byToken = new Map<string, EmailLink>();

  /** Opens a link for a user; an older one of the same kind stops working (returned, to put back on an undo). */
  open(kind: EmailLinkKind, userId: string, now: number): { link: EmailLink; replaced: EmailLink[] } {
    const replaced: EmailLink[] = [];
    for (const [token, link] of this.#byToken) {
      if (link.userId === userId && link.kind === kind) {
        this.#byToken.delete(token);
        replaced.push(link);
      }
    }
    const link: EmailLink = {
      token: randomBytes(24).toString('base64url'),
      kind,
      userId,
      expires: now + EMAIL_LINK_LIFETIME_MS,
    };
    this.#byToken.set(link.token, link);
    // A Map iterates in insertion order: the first entries are the oldest links.
    for (const token of this.#byToken.keys()) {
      if (this.#byToken.size <= MAX_OPEN_EMAIL_LINKS) break;
      this.#byToken.delete(token);
    }
    return { link, replaced };
  }

  /** The link of a token while it works (of the kind asked for); an expired one is forgotten. */
  find(token: string, kind: EmailLinkKind, now: number): EmailLink | undefined {
    const link = this.#byToken.get(token);
    if (!link || link.kind !== kind) return undefined;
    if (link.expires <= now) {
      this.#byToken.delete(token);
      return undefined;
    }
    return link;
  }

  /** Whether the link of a token is open now, without forgetting an expired one. */
  isOpen(token: string, now: number): boolean {
    const link = this.#byToken.get(token);
    return link !== undefined && link.expires > now;
  }

  /** Closes a link (it was used); returns it. */
  close(token: string): EmailLink | undefined {
    const link = this.#byToken.get(token);
    this.#byToken.delete(token);
    return link;
  }

  /** Closes every link of a user (deleted); returns them. */
  closeAllFor(userId: string): EmailLink[] {
    const closed = [...this.#byToken.values()].filter((link) => link.userId === userId);
    for (const link of closed) this.#byToken.delete(link.token);
    return closed;
  }

  /** Puts links back (a change undone, or loading). */
  insert(links: Iterable<EmailLink>): void {
    for (const link of links) this.#byToken.set(link.token, link);
  }

  all(): EmailLink[] {
    return [...this.#byToken.values()];
  }

  replaceAll(links: Iterable<EmailLink>): void {
    this.#byToken = new Map([...links].map((link) => [link.token, link]));
  }
}

/** The subject line of each kind of e-mail. */
export const SUBJECTS: Readonly<Record<OutboxKind, string>> = {
  'email-confirmation': 'Please confirm your email address',
  'password-reset-link': 'Reset your password',
  'generated-password': 'Your new password',
};

/** The line a generated-password e-mail puts its password on follows this one. */
export const GENERATED_PASSWORD_INTRO = 'Your password has been reset. Your new password is:';

/** An e-mail as an export holds it: a generated password is replaced by a note (an export holds no password). */
export function withoutPassword(message: OutboxMessage): OutboxMessage {
  if (message.kind !== 'generated-password') return message;
  const lines = message.text.split('\n');
  const intro = lines.indexOf(GENERATED_PASSWORD_INTRO);
  if (intro >= 0 && intro + 1 < lines.length) lines[intro + 1] = '(the generated password is not exported)';
  return { ...message, text: lines.join('\n') };
}

/** A link's token: 24 random bytes as base64url. */
const LINK_TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** Checks an outbox message read from a data file or an import; undefined when it does not check out. */
export function checkOutboxMessage(value: unknown): OutboxMessage | undefined {
  const message = value as Partial<OutboxMessage> | null;
  if (typeof message !== 'object' || message === null) return undefined;
  const { id, kind, userId, to, subject, text, links, created } = message;
  const valid =
    typeof id === 'string' &&
    (kind === 'email-confirmation' || kind === 'password-reset-link' || kind === 'generated-password') &&
    typeof userId === 'string' &&
    typeof to === 'string' &&
    typeof subject === 'string' &&
    typeof text === 'string' &&
    id.length <= 64 &&
    to.length <= MAX_EMAIL_LENGTH &&
    subject.length <= 200 &&
    text.length <= 10_000 &&
    typeof created === 'number' &&
    Array.isArray(links) &&
    links.length <= 4 &&
    links.every(
      (link) =>
        typeof link?.label === 'string' &&
        link.label.length <= 100 &&
        // Outbox links point at the emulator's own pages only: the console shows them as links.
        emulatorLinkProblem(link.url) === undefined,
    );
  return valid
    ? { id, kind, userId, to, subject, text, links: links.map(({ label, url }) => ({ label, url })), created }
    : undefined;
}

/** Checks a link read from a data file or an import; undefined when it does not check out. */
export function checkEmailLink(value: unknown, now: number): EmailLink | undefined {
  const link = value as Partial<EmailLink> | null;
  if (typeof link !== 'object' || link === null) return undefined;
  const { token, kind, userId, expires } = link;
  // The shape the emulator makes (randomBytes(24) as base64url), and no longer-lived than a link it opens.
  const valid =
    typeof token === 'string' &&
    LINK_TOKEN.test(token) &&
    (kind === 'confirm-email' || kind === 'reset-password') &&
    typeof userId === 'string' &&
    typeof expires === 'number' &&
    Number.isFinite(expires) &&
    expires <= now + EMAIL_LINK_LIFETIME_MS;
  return valid ? { token, kind, userId, expires } : undefined;
}
