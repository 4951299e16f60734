// The admin side (what `/_emulator` and the emulator console call): users, sessions, roles, the outbox, settings,
// reset, and export / import of the whole data. Every change is committed like the user service's own.
import type { AppState } from './app-state.ts';
import {
  errorMessage,
  type AdminOutboxMessage,
  type AdminRoleView,
  type AdminSessionView,
  type AdminUserView,
  type EmulatorSettings,
  type OutboxLinkState,
  type OutboxMessage,
  type UserStatus,
} from './contract.ts';
import { formatDataFile, readDocument } from './data-file.ts';
import { errors } from './errors.ts';
import { applyChanges } from './account-service.ts';
import { EMAIL_LINK_LIFETIME_MS } from './limits.ts';
import { withoutPassword } from './outbox.ts';
import type { RoleService } from './role-service.ts';
import { SYSTEM_ROLES, rolesOf } from './roles.ts';
import type { Session } from './sessions.ts';
import { validateSettings } from './settings.ts';
import { validateNewUser, validateUserChanges } from './user-properties.ts';
import type { StoredUser } from './users.ts';

const ADMIN_STATUSES: readonly UserStatus[] = ['ENABLED', 'DISABLED', 'EMAIL_CONFIRMATION_PENDING'];

/** The admin operations of one app. */
export class AdminService {
  readonly #state: AppState;
  readonly #roles: RoleService;

  constructor(state: AppState, roles: RoleService) {
    this.#state = state;
    this.#roles = roles;
  }

  // ---- users ------------------------------------------------------------------------------------------------

  /** Every user with its account state. */
  listUsers(): AdminUserView[] {
    return this.#state.users.all().map((user) => this.#state.userView(user));
  }

  /** One user with its account state; 3057 when there is none. */
  userView(objectId: string): AdminUserView {
    return this.#state.userView(this.#state.existingUser(objectId));
  }

  /**
   * Adds a user who can log in at once (`{ email, password, name?, roles?, ...columns }`); the app's registration
   * and confirmation settings do not apply (tests and the console seed through here).
   */
  async addUser(body: Record<string, unknown>): Promise<AdminUserView> {
    const state = this.#state;
    const { roles, ...properties } = body;
    const checkedRoles = this.#checkRoles(roles ?? []);
    const created = await state.users.create(
      validateNewUser(properties, state.settings.minPasswordLength),
      state.now(),
    );
    const user: StoredUser = { ...created, roles: checkedRoles };
    state.users.replace(created, user);
    await state.commit(() => {
      if (state.users.findById(user.objectId) === user) state.users.remove(user.objectId);
    });
    return state.userView(user);
  }

  /**
   * Changes account state (`userStatus`, `loginDisabled`, `unlock`: ends a lockout), custom `roles`, credentials
   * and custom columns (null removes one). 8008 / 2005 / register's codes before anything changes.
   */
  async updateUser(objectId: string, body: Record<string, unknown>): Promise<AdminUserView> {
    const state = this.#state;
    const { userStatus, loginDisabled, unlock, roles, ...properties } = body;
    if (userStatus !== undefined && !ADMIN_STATUSES.includes(userStatus as UserStatus)) {
      throw errors.invalidParameter(`'userStatus': must be one of ${ADMIN_STATUSES.join(', ')}`);
    }
    if (loginDisabled !== undefined && typeof loginDisabled !== 'boolean') {
      throw errors.invalidParameter("'loginDisabled': must be true or false");
    }
    if (unlock !== undefined && typeof unlock !== 'boolean')
      throw errors.invalidParameter("'unlock': must be true or false");
    const checkedRoles = roles === undefined ? undefined : this.#checkRoles(roles);
    const changes = validateUserChanges(properties, state.settings.minPasswordLength);
    state.existingUser(objectId);
    const passwordHash = changes.password === undefined ? undefined : await state.hashPassword(changes.password);
    // Looked up again: the user may have logged in (a new record) or been deleted (3057) while a password hashed.
    const user = state.existingUser(objectId);
    const next: StoredUser = {
      ...applyChanges(user, changes, passwordHash, state.now()),
      userStatus: (userStatus as UserStatus | undefined) ?? user.userStatus,
      loginDisabled: (loginDisabled as boolean | undefined) ?? user.loginDisabled,
      roles: checkedRoles ?? user.roles,
    };
    if (next.email === null && next.userStatus !== 'GUEST') {
      throw errors.invalidParameter("'userStatus': an account without an email address stays GUEST");
    }
    if (next.userStatus === 'GUEST' && (next.email !== null || next.passwordHash !== null)) {
      throw errors.invalidParameter(
        "'email': a guest account gets an email address and a password through register, or with a userStatus",
      );
    }
    state.users.replace(user, next);
    // A new password ends the account's sessions and lifts its lockout, as the reset link does.
    const newPassword = passwordHash !== undefined;
    const ended = newPassword ? state.sessions.endAllFor(user.objectId) : [];
    const identity = next.email ?? '';
    const forgotten = unlock === true || newPassword ? state.failedLogins.clear(identity) : undefined;
    const forgottenOld =
      newPassword && user.email !== null && user.email !== next.email
        ? state.failedLogins.clear(user.email)
        : undefined;
    await state.commit(() => {
      state.putBack(next, user);
      for (const session of ended) state.sessions.insert(session);
      state.failedLogins.restore(identity, forgotten);
      if (user.email !== null && forgottenOld !== undefined) state.failedLogins.restore(user.email, forgottenOld);
    });
    return state.userView(next);
  }

  /** Removes a user, ending their sessions, closing their e-mailed links and forgetting their failed logins. */
  async deleteUser(objectId: string): Promise<{ deleted: string }> {
    const state = this.#state;
    const user = state.existingUser(objectId);
    const ended = state.sessions.endAllFor(user.objectId);
    const closed = state.links.closeAllFor(user.objectId);
    state.users.remove(user.objectId);
    const identity = user.email ?? '';
    const forgotten = state.failedLogins.clear(identity);
    await state.commit(() => {
      if (!state.users.findById(user.objectId) && (user.email === null || !state.users.findByIdentity(user.email))) {
        state.users.insert(user);
      }
      for (const session of ended) state.sessions.insert(session);
      state.links.insert(closed);
      state.failedLogins.restore(identity, forgotten);
    });
    return { deleted: user.objectId };
  }

  #checkRoles(value: unknown): string[] {
    if (!Array.isArray(value) || value.some((role) => typeof role !== 'string')) {
      throw errors.invalidParameter("'roles': must be an array of custom role names");
    }
    for (const role of value as string[]) this.#state.roles.requireCustom(role, errors.systemRoleNotAssignable);
    return [...new Set(value as string[])];
  }

  // ---- sessions ---------------------------------------------------------------------------------------------

  /** Live sessions with masked tokens. */
  listSessions(): AdminSessionView[] {
    const state = this.#state;
    // A disabled user's session answers 3090 and ends on its next use: it is not live.
    const usable = (session: Session) => state.users.findById(session.userId)?.userStatus !== 'DISABLED';
    const live = state.liveSessions().filter(usable);
    return live.map((session) => state.sessionView(session));
  }

  /** Ends one session by its id (8008 when it is not live), or every session. */
  async endSessions(sessionId?: string): Promise<{ ended: number }> {
    const state = this.#state;
    let ended: Session[];
    if (sessionId === undefined) {
      ended = state.liveSessions();
      state.sessions.clear();
    } else {
      const session = state.sessions.findBySessionId(sessionId);
      if (!session) {
        throw errors.invalidParameter(`'sessionId': no live session ${JSON.stringify(sessionId.slice(0, 40))}`);
      }
      state.sessions.end(session.token);
      ended = [session];
    }
    await state.commit(() => ended.forEach((session) => state.sessions.insert(session)));
    return { ended: ended.length };
  }

  // ---- roles ------------------------------------------------------------------------------------------------

  /** System roles, then custom roles, each with how many users hold it now. */
  listRoles(): AdminRoleView[] {
    const state = this.#state;
    const users = state.users.all();
    const holders = (role: string): number => users.filter((user) => rolesOf(user).includes(role)).length;
    return [
      ...SYSTEM_ROLES.map((name) => ({ name, system: true, users: holders(name) })),
      ...state.roles.custom().map((name) => ({ name, system: false, users: holders(name) })),
    ];
  }

  /** Adds a custom role (`{ name }`); 8008 for a bad or system name. */
  async addRole(body: Record<string, unknown>): Promise<AdminRoleView> {
    const state = this.#state;
    const name = typeof body.name === 'string' ? body.name : ''; // refused as no name at all
    if (state.roles.add(name)) await state.commit(() => state.roles.remove(name));
    return this.listRoles().find((role) => role.name === name)!;
  }

  /** Deletes a custom role and takes it from every user; 2005 for an unknown one, 8008 for a system role. */
  async deleteRole(name: string): Promise<{ deleted: string; users: number }> {
    const state = this.#state;
    state.roles.requireCustom(name, () => errors.invalidParameter(`'name': ${name} is a system role`));
    const roles = state.roles.custom();
    const changed = state.users
      .all()
      .filter((user) => user.roles.includes(name))
      .map((user) => {
        const next = { ...user, roles: user.roles.filter((role) => role !== name) };
        state.users.replace(user, next);
        return [next, user] as const;
      });
    state.roles.remove(name);
    await state.commit(() => {
      state.roles.replaceAll(roles);
      for (const [next, user] of changed) state.putBack(next, user);
    });
    return { deleted: name, users: changed.length };
  }

  /** Gives a user (by objectId or email) a custom role; 2007 for a system role. */
  async assignRole(name: string, user: string): Promise<AdminUserView> {
    const holder = this.#roleHolder(name, user, errors.systemRoleNotAssignable);
    await this.#roles.giveRole(holder, name);
    return this.#state.userView(this.#state.existingUser(holder.objectId));
  }

  /** Takes a custom role from a user (by objectId or email); 2008 for a system role. */
  async unassignRole(name: string, user: string): Promise<AdminUserView> {
    const holder = this.#roleHolder(name, user, errors.systemRoleNotUnassignable);
    await this.#roles.takeRole(holder, name);
    return this.#state.userView(this.#state.existingUser(holder.objectId));
  }

  /** The user a role change names, after the role is found to be an existing custom role. */
  #roleHolder(name: string, user: string, systemRoleError: (roleName: string) => Error): StoredUser {
    const state = this.#state;
    state.roles.requireCustom(name, systemRoleError);
    const holder = state.users.findByIdentityOrId(user);
    if (!holder) throw errors.userNotFound(user.slice(0, 100));
    return holder;
  }

  // ---- outbox -----------------------------------------------------------------------------------------------

  /** The e-mails, each link with whether it still works (so a used one need not look like a link). */
  listOutbox(): AdminOutboxMessage[] {
    return this.#state.outbox.list().map((message) => this.#withLinkStates(message));
  }

  /** One e-mail, as listed; 8008 when there is none with that id. */
  outboxMessage(id: string): AdminOutboxMessage {
    const message = this.#state.outbox.find(id);
    if (!message) throw errors.invalidParameter(`'id': no e-mail ${JSON.stringify(id.slice(0, 40))} in the outbox`);
    return this.#withLinkStates(message);
  }

  #withLinkStates(message: OutboxMessage): AdminOutboxMessage {
    const state = this.#state;
    const now = state.now();
    const linkState = (url: string): OutboxLinkState => {
      const token = url.slice(url.lastIndexOf('/') + 1);
      if (state.links.isOpen(token, now)) return 'open';
      return message.created + EMAIL_LINK_LIFETIME_MS <= now ? 'expired' : 'closed';
    };
    return { ...message, links: message.links.map((link) => ({ ...link, state: linkState(link.url) })) };
  }

  /** Deletes one e-mail (8008 when there is none) or all; the links in them keep working until used or expired. */
  async clearOutbox(id?: string): Promise<{ deleted: number }> {
    const state = this.#state;
    if (id !== undefined) this.outboxMessage(id);
    const before = state.outbox.list();
    const removed = state.outbox.remove(id);
    await state.commit(() => state.outbox.replaceAll(before));
    return { deleted: removed.length };
  }

  // ---- settings, reset, export, import ----------------------------------------------------------------------

  /** The current settings (a copy). */
  get settings(): EmulatorSettings {
    return { ...this.#state.settings };
  }

  /** Validates and applies changed settings (8008 naming the first bad field); answers the settings now in force. */
  async updateSettings(changes: Record<string, unknown>): Promise<EmulatorSettings> {
    const state = this.#state;
    const previous = state.settings;
    const next = { ...previous, ...validateSettings(changes) };
    state.settings = next;
    await state.commit(() => {
      if (state.settings === next) state.settings = previous;
    });
    return this.settings;
  }

  /** Back to the start: seed users and roles (same objectIds), no sessions, lockouts or e-mails, initial settings. */
  async reset(): Promise<{ users: number; sessions: number }> {
    const state = this.#state;
    const before = state.capture();
    state.resets += 1;
    state.restoreSeed();
    state.sessions.clear();
    state.failedLogins.reset();
    state.outbox.replaceAll([]);
    state.links.replaceAll([]);
    state.oauth.clear();
    state.settings = { ...state.initialSettings };
    await state.commit(() => state.restore(before));
    return { users: state.users.size, sessions: 0 };
  }

  /** The whole data as the data file holds it, sessions left out (they are live logins, not data to move). */
  exportData(): string {
    const stored = this.#state.stored();
    return formatDataFile(
      this.#state.appId,
      { ...stored, outbox: stored.outbox.map(withoutPassword) },
      { sessions: false },
    );
  }

  /**
   * Replaces the whole data with an exported document (or a data file): users, roles, e-mails, links and the
   * settings it names. Every session ends and every lockout is forgotten. 8008 naming the bad entry, and nothing
   * changes, when the document does not check out.
   */
  async importData(document: Record<string, unknown>): Promise<{ users: number; roles: number; outbox: number }> {
    const state = this.#state;
    let read;
    try {
      read = readDocument(document, 'the imported document', { now: state.now(), strict: true });
    } catch (error) {
      throw errors.invalidParameter(`: ${errorMessage(error).slice(0, 500)}`);
    }
    const before = state.capture();
    state.resets += 1;
    state.load({ ...read, sessions: [] });
    state.failedLogins.reset();
    state.oauth.clear();
    await state.commit(() => state.restore(before));
    return { users: state.users.size, roles: state.roles.custom().length, outbox: state.outbox.list().length };
  }
}
