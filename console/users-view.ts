// The Users tab: every user of the app in a table (searchable by email, name or objectId) with their status, roles,
// live sessions and failed logins; add a user, edit one, disable / enable, unlock one locked out after failed
// logins, delete one (after a confirmation). Each button's accessible name says which user it acts on.
import { revealNonAscii, type AdminUserView } from '../emulator/contract.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';
import { actionButton, el, formatTime, table, whoIs, viewSection } from './dom.ts';
import { fill, type ConsoleMessages } from './messages/index.ts';
import { STATUS_TEXT, openUserDialog } from './user-dialog.ts';

/** The Users tab. */
export function usersView(context: ConsoleContext): ConsoleView {
  const { client, say, text: t } = context;
  const search = el('input', { type: 'search', autocomplete: 'off', placeholder: t.searchPlaceholder });
  const list = el('div');
  const panel = viewSection(
    [
      el('label', { class: 'inline' }, `${t.searchUsers} `, search),
      el('button', {
        type: 'button',
        class: 'primary',
        text: t.addUser,
        onclick: () =>
          openUserDialog(
            panel,
            null,
            async (properties) => {
              const added = await client.addUser(properties);
              await refresh();
              say(fill(t.added, { who: whoIs(added.user, t) }));
            },
            t,
          ),
      }),
      el('button', { type: 'button', text: t.refresh, onclick: () => void refresh().catch(context.fail) }),
    ],
    list,
  );
  let users: AdminUserView[] = [];
  search.addEventListener('input', () => draw());

  async function refresh(): Promise<void> {
    users = await client.users();
    draw();
  }

  function draw(): void {
    const needle = search.value.trim().toLowerCase();
    const shown = users.filter(({ user }) =>
      [user.email, user.name, user.objectId].some((value) =>
        String(value ?? '')
          .toLowerCase()
          .includes(needle),
      ),
    );
    const caption = needle
      ? fill(t.usersMatching, { needle: search.value.trim(), shown: shown.length, count: users.length })
      : fill(t.usersCaption, { count: users.length });
    list.replaceChildren(
      table(
        caption,
        [t.columnEmail, t.columnName, t.columnStatus, t.columnRoles, t.columnSessions, t.columnFailedLogins, t.actions],
        shown.map((view) => userRow(context, view, panel, refresh)),
        needle ? t.noUserMatches : t.noUsers,
      ),
    );
  }

  return { id: 'users', label: t.tabUsers, panel, refresh };
}

/** A user's row: identity, name, status, roles, sessions, failed logins, and what can be done to them. */
function userRow(
  context: ConsoleContext,
  view: AdminUserView,
  panel: HTMLElement,
  refresh: () => Promise<void>,
): (Node | string)[] {
  const { client, say, confirm, attempt, text: t, locale } = context;
  const { user } = view;
  const id = String(user.objectId);
  const who = whoIs(user, t);
  const guest = user.userStatus === 'GUEST';
  const shownStatus = statusText(user.userStatus, t);
  const status = view.loginDisabled ? fill(t.loginDisabled, { status: shownStatus }) : shownStatus;
  const locked = view.lockedUntil !== null;
  const failed = locked
    ? fill(t.lockedUntil, { count: view.failedLogins, time: formatTime(view.lockedUntil, locale) })
    : String(view.failedLogins);
  const disabled = user.userStatus === 'DISABLED';
  const change = (changes: Record<string, unknown>, done: string) =>
    void attempt(async () => {
      await client.updateUser(id, changes);
      await refresh();
      say(done);
    });
  const actions = el(
    'div',
    { class: 'actions' },
    actionButton(t.edit, fill(t.editWho, { who }), () =>
      openUserDialog(
        panel,
        view,
        async (changes) => {
          await client.updateUser(id, changes);
          await refresh();
          say(fill(t.saved, { who }));
        },
        t,
      ),
    ),
    guest
      ? null
      : disabled
        ? actionButton(t.enable, fill(t.enableWho, { who }), () =>
            change({ userStatus: 'ENABLED' }, fill(t.enabled, { who })),
          )
        : actionButton(t.disable, fill(t.disableWho, { who }), () =>
            change({ userStatus: 'DISABLED' }, fill(t.disabled, { who })),
          ),
    locked || view.failedLogins > 0
      ? actionButton(t.unlock, fill(t.unlockWho, { who }), () => change({ unlock: true }, fill(t.unlocked, { who })))
      : null,
    actionButton(
      t.delete,
      fill(t.deleteWho, { who }),
      () =>
        void confirm(fill(t.deleteUserQuestion, { who }), t.deleteUser).then(
          (yes) =>
            yes &&
            attempt(async () => {
              await client.deleteUser(id);
              await refresh();
              say(fill(t.deleted, { who }));
            }),
        ),
      'small danger',
    ),
  );
  return [
    identityCell(user.email, guest ? t.guest : '—', t),
    // <bdi>: a name's right-to-left characters cannot reorder the row around it.
    el('bdi', { text: String(user.name ?? '—') }),
    el('span', { class: `badge ${disabled || locked ? 'bad' : 'ok'}`, text: status }),
    view.roles.join(', ') || '—',
    String(view.liveSessions),
    failed,
    actions,
  ];
}

/**
 * An email address a person can tell from its look-alikes: isolated (<bdi>), and with every character outside ASCII
 * named by its code point below it (`U+0430 а` for a Cyrillic a), so `аlice@…` and `alice@…` never look the same.
 */
function identityCell(email: unknown, without: string, t: ConsoleMessages): HTMLElement {
  const text = typeof email === 'string' ? email : without;
  const revealed = typeof email === 'string' ? revealNonAscii(email) : undefined;
  return el(
    'span',
    {},
    el('bdi', { class: 'strong', text }),
    revealed ? el('span', { class: 'hint lookalike', text: fill(t.notAscii, { revealed }) }) : null,
  );
}

/** A status as the console's language says it (an unknown one as the emulator wrote it). */
function statusText(status: unknown, t: ConsoleMessages): string {
  const key =
    typeof status === 'string' && Object.hasOwn(STATUS_TEXT, status)
      ? STATUS_TEXT[status as keyof typeof STATUS_TEXT]
      : undefined;
  return key ? t[key] : String(status);
}
