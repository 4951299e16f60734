// The user service's e-mails and what their links do: Restore Password (a link to a page that sets a new password,
// or a generated password, by the app's setting), Resend Email Confirmation, Create Email Confirmation URL, and the
// confirmation and reset links opened from the outbox. Nothing is sent anywhere: every e-mail lands in the outbox.
import { randomBytes } from 'node:crypto';
import type { AppState, Caller } from './app-state.ts';
import type { OutboxKind, OutboxMessage } from './contract.ts';
import { errors } from './errors.ts';
import { EMAIL_LINK_LIFETIME_MS } from './limits.ts';
import { GENERATED_PASSWORD_INTRO, SUBJECTS, type EmailLink, type EmailLinkKind } from './outbox.ts';
import { checkPassword } from './user-properties.ts';
import type { Session } from './sessions.ts';
import type { StoredUser } from './users.ts';

/** A link just opened, with the older link of the same kind it replaced. */
type OpenedLink = EmailLink & { replaced: EmailLink[] };

/** What a confirmation or reset page shows about its link. */
export interface LinkTarget {
  email: string;
  name: string | null;
}

/** The e-mail operations and the pages behind their links. */
export class EmailService {
  readonly #state: AppState;

  constructor(state: AppState) {
    this.#state = state;
  }

  /** The URL of a link's page on this emulator. */
  linkURL(link: EmailLink): string {
    const page = link.kind === 'confirm-email' ? 'confirm-email' : 'reset-password';
    return `${this.#state.serverURL}/_emulator/${page}/${link.token}`;
  }

  /**
   * Puts a confirmation e-mail for a user in the outbox (a new link replaces the older one); returns what undoes it.
   * Not committed: the caller commits it with its own change.
   */
  mailConfirmation(user: StoredUser & { email: string }): () => void {
    const link = this.#open('confirm-email', user);
    const url = this.linkURL(link);
    const message = this.#mail(
      'email-confirmation',
      user,
      [
        `Please confirm your email address ${user.email} by opening this link:`,
        url,
        `The link works for ${EMAIL_LINK_LIFETIME_MS / 3_600_000} hours.`,
      ],
      [{ label: 'Confirm email address', url }],
    );
    return () => this.#unmail(message, link);
  }

  /** `GET users/restorepassword/<identity>`: a reset link, or a new password, e-mailed; 3020 for an unknown identity. */
  async restorePassword(identity: string, caller?: Caller): Promise<void> {
    return this.#state.userEvents.around('restorePassword', caller, { email: identity }, (req) =>
      this.#restorePassword(req.email as string),
    );
  }

  async #restorePassword(identity: string): Promise<void> {
    const state = this.#state;
    const user = state.users.findByIdentity(identity);
    if (!user || user.email === null) throw errors.unknownIdentity();
    if (state.settings.passwordResetMode === 'link') {
      const link = this.#open('reset-password', user);
      const url = this.linkURL(link);
      const message = this.#mail(
        'password-reset-link',
        user as StoredUser & { email: string },
        [
          'Someone asked to reset the password of your account. To choose a new password, open this link:',
          url,
          `The link works for ${EMAIL_LINK_LIFETIME_MS / 3_600_000} hours. If it was not you, ignore this e-mail.`,
        ],
        [{ label: 'Set a new password', url }],
      );
      await state.commit(() => this.#unmail(message, link));
      return;
    }
    const password = generatePassword();
    const passwordHash = await state.hashPassword(password);
    const current = state.users.findByIdentity(identity);
    if (!current || current.objectId !== user.objectId) throw errors.unknownIdentity();
    const undo = this.#setPassword(current, passwordHash);
    const message = this.#mail(
      'generated-password',
      current as StoredUser & { email: string },
      [GENERATED_PASSWORD_INTRO, password, 'Log in with it, then choose a password of your own.'],
      [],
    );
    await state.commit(() => {
      state.outbox.remove(message.id);
      undo();
    });
  }

  /** `POST users/resendconfirmation/<identity>`: 3103 while confirmation is off, 3104 unknown, 3102 confirmed. */
  async resendConfirmation(identity: string): Promise<void> {
    const user = this.#awaitingConfirmation(identity);
    const undo = this.mailConfirmation(user);
    await this.#state.commit(undo);
  }

  /** `POST users/createEmailConfirmationURL/<identity>`: the link the confirmation e-mail carries (no e-mail goes out). */
  async createConfirmationURL(identity: string): Promise<{ confirmationURL: string }> {
    const state = this.#state;
    const user = this.#awaitingConfirmation(identity);
    const open = state.links.all().find((link) => link.userId === user.objectId && link.kind === 'confirm-email');
    if (open && open.expires > state.now()) return { confirmationURL: this.linkURL(open) };
    const link = this.#open('confirm-email', user);
    await state.commit(() => this.#unmail(undefined, link));
    return { confirmationURL: this.linkURL(link) };
  }

  #awaitingConfirmation(identity: string): StoredUser & { email: string } {
    const state = this.#state;
    if (!state.settings.emailConfirmationRequired) throw errors.emailConfirmationOff();
    const user = state.users.findByIdentity(identity);
    if (!user || user.email === null) throw errors.emailConfirmationUserMissing();
    if (user.userStatus !== 'EMAIL_CONFIRMATION_PENDING') throw errors.emailAlreadyConfirmed();
    return user as StoredUser & { email: string };
  }

  /** Whom an open link is for; undefined when it is unknown, used or expired. */
  linkTarget(token: string, kind: EmailLinkKind): LinkTarget | undefined {
    const state = this.#state;
    const link = state.links.find(token, kind, state.now());
    const user = link ? state.users.findById(link.userId) : undefined;
    return user?.email ? { email: user.email, name: user.name } : undefined;
  }

  /** Opens a confirmation link: the account is confirmed (ENABLED) and the link closes. Undefined for a dead link. */
  async confirmEmail(token: string): Promise<LinkTarget | undefined> {
    const state = this.#state;
    const link = state.links.find(token, 'confirm-email', state.now());
    const user = link ? state.users.findById(link.userId) : undefined;
    if (!link || !user?.email) return undefined;
    state.links.close(token);
    const confirmed: StoredUser =
      user.userStatus === 'EMAIL_CONFIRMATION_PENDING'
        ? { ...user, userStatus: 'ENABLED', updated: state.now() }
        : user;
    if (confirmed !== user) state.users.replace(user, confirmed);
    await state.commit(() => {
      state.links.insert([link]);
      if (confirmed !== user) state.putBack(confirmed, user);
    });
    return { email: user.email, name: user.name };
  }

  /**
   * Sets the new password a reset page sent: the link closes, the account's sessions end and its lockout is lifted.
   * Undefined for a dead link; 3045 / 8008 for a password it cannot take.
   */
  async resetPassword(token: string, password: string): Promise<LinkTarget | undefined> {
    const state = this.#state;
    if (!state.links.find(token, 'reset-password', state.now())) return undefined;
    if (password === '') throw errors.requiredPropertyEmpty('password');
    checkPassword(password, state.settings.minPasswordLength);
    const passwordHash = await state.hashPassword(password);
    // Looked up again after the hash: the link may have been used, or the user deleted, meanwhile.
    const link = state.links.find(token, 'reset-password', state.now());
    const user = link ? state.users.findById(link.userId) : undefined;
    if (!link || !user?.email) return undefined;
    state.links.close(token);
    const undo = this.#setPassword(user, passwordHash);
    await state.commit(() => {
      state.links.insert([link]);
      undo();
    });
    return { email: user.email, name: user.name };
  }

  /** A new password hash for a user; its sessions end and its lockout is lifted. Returns what undoes it all. */
  #setPassword(user: StoredUser, passwordHash: string): () => void {
    const state = this.#state;
    const next: StoredUser = { ...user, passwordHash, updated: state.now() };
    state.users.replace(user, next);
    const ended: Session[] = state.sessions.endAllFor(user.objectId);
    const forgotten = user.email === null ? undefined : state.failedLogins.clear(user.email);
    return () => {
      state.putBack(next, user);
      for (const session of ended) state.sessions.insert(session);
      if (user.email !== null) state.failedLogins.restore(user.email, forgotten);
    };
  }

  #open(kind: EmailLinkKind, user: StoredUser): OpenedLink {
    const { link, replaced } = this.#state.links.open(kind, user.objectId, this.#state.now());
    return { ...link, replaced };
  }

  #mail(
    kind: OutboxKind,
    user: StoredUser & { email: string },
    lines: string[],
    links: OutboxMessage['links'],
  ): OutboxMessage {
    const greeting = `Hello ${user.name ?? user.email},`;
    return this.#state.outbox.add({
      kind,
      userId: user.objectId,
      to: user.email,
      subject: SUBJECTS[kind],
      text: [greeting, '', ...lines, '', `— the app ${this.#state.appId} (codeless-blocks emulator)`].join('\n'),
      links,
      created: this.#state.now(),
    });
  }

  /** Undoes an e-mail and its link: the message goes, the link closes, the link it replaced works again. */
  #unmail(message: OutboxMessage | undefined, link: OpenedLink): void {
    if (message) this.#state.outbox.remove(message.id);
    this.#state.links.close(link.token);
    this.#state.links.insert(link.replaced);
  }
}

/** A password a person can type from an e-mail: 12 characters without look-alikes (0/O, 1/l/I). */
function generatePassword(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(12);
  return [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
}
