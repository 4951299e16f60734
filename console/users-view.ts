// The Users tab: every user of the app in a table (searchable by email, name or objectId) with their status, roles,
// live sessions and failed logins; add a user, edit one, disable / enable, unlock one locked out after failed
// logins, delete one (after a confirmation). Each button's accessible name says which user it acts on.
import { revealNonAscii, type AdminUserView } from '../emulator/contract.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';
import { GUEST, actionButton, el, formatTime, table, whoIs } from './dom.ts';
import { openUserDialog } from './user-dialog.ts';

/** The Users tab. */
export function usersView(context: ConsoleContext): ConsoleView {
  const { client, say } = context;
  const search = el('input', { type: 'search', autocomplete: 'off', placeholder: 'email, name or objectId' });
  const list = el('div');
  const panel = el(
    'section',
    {},
    el(
      'div',
      { class: 'view-tools' },
      el('label', { class: 'inline' }, 'Search users ', search),
      el('button', {
        type: 'button',
        class: 'primary',
        text: 'Add user',
        onclick: () =>
          openUserDialog(panel, null, async (properties) => {
            const added = await client.addUser(properties);
            await refresh();
            say(`Added ${String(added.user.email)}.`);
          }),
      }),
      el('button', { type: 'button', text: 'Refresh', onclick: () => void refresh().catch(context.fail) }),
    ),
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
      ? `Users matching "${search.value.trim()}" (${shown.length} of ${users.length})`
      : `Users (${users.length})`;
    list.replaceChildren(
      table(
        caption,
        ['Email', 'Name', 'Status', 'Roles', 'Sessions', 'Failed logins', 'Actions'],
        shown.map((view) => userRow(context, view, panel, refresh)),
        needle ? 'No user matches.' : 'No users.',
      ),
    );
  }

  return { label: 'Users', panel, refresh };
}

/** A user's row: identity, name, status, roles, sessions, failed logins, and what can be done to them. */
function userRow(
  context: ConsoleContext,
  view: AdminUserView,
  panel: HTMLElement,
  refresh: () => Promise<void>,
): (Node | string)[] {
  const { client, say, confirm, attempt } = context;
  const { user } = view;
  const id = String(user.objectId);
  const who = whoIs(user);
  const guest = user.userStatus === 'GUEST';
  const status = (guest ? GUEST : String(user.userStatus)) + (view.loginDisabled ? ' (login disabled)' : '');
  const locked = view.lockedUntil !== null;
  const failed = locked
    ? `${view.failedLogins} · locked until ${formatTime(view.lockedUntil)}`
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
    actionButton('Edit', `Edit ${who}`, () =>
      openUserDialog(panel, view, async (changes) => {
        await client.updateUser(id, changes);
        await refresh();
        say(`Saved ${who}.`);
      }),
    ),
    guest
      ? null
      : disabled
        ? actionButton('Enable', `Enable ${who}`, () => change({ userStatus: 'ENABLED' }, `Enabled ${who}.`))
        : actionButton('Disable', `Disable ${who}`, () =>
            change({ userStatus: 'DISABLED' }, `Disabled ${who}: their logins answer 3090.`),
          ),
    locked || view.failedLogins > 0
      ? actionButton('Unlock', `Unlock ${who}`, () =>
          change({ unlock: true }, `Unlocked ${who}: the failed logins are forgotten.`),
        )
      : null,
    actionButton(
      'Delete',
      `Delete ${who}`,
      () =>
        void confirm(`Delete ${who}? Their sessions end; this cannot be undone.`, 'Delete user').then(
          (yes) =>
            yes &&
            attempt(async () => {
              await client.deleteUser(id);
              await refresh();
              say(`Deleted ${who}.`);
            }),
        ),
      'small danger',
    ),
  );
  return [
    identityCell(user.email, guest),
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
function identityCell(email: unknown, guest: boolean): HTMLElement {
  const text = typeof email === 'string' ? email : guest ? GUEST : '—';
  const revealed = typeof email === 'string' ? revealNonAscii(email) : undefined;
  return el(
    'span',
    {},
    el('bdi', { class: 'strong', text }),
    revealed ? el('span', { class: 'hint lookalike', text: ` (not ASCII: ${revealed})` }) : null,
  );
}
