// The Roles tab: Backendless' system roles (given by the kind of account) and the app's custom roles, with the
// users who hold each custom role; add a custom role, assign one to a user, take it away, delete a role.
import { roleNameProblem, type AdminRoleView, type AdminUserView } from '../emulator/contract.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';
import { actionButton, dataText, el, field, table, whoIs, withEnglish, viewSection } from './dom.ts';
import { fill } from './messages/index.ts';

/** The Roles tab. */
export function rolesView(context: ConsoleContext): ConsoleView {
  const { client, text: t } = context;
  const list = el('div');
  const roleChoice = el('select');
  const userChoice = el('select');
  const panel = viewSection(
    [addRoleForm(context, refresh), assignForm(context, roleChoice, userChoice, refresh)],
    list,
  );

  async function refresh(): Promise<void> {
    const [roles, users] = await Promise.all([client.roles(), client.users()]);
    keep(
      roleChoice,
      roles.filter((role) => !role.system).map((role) => [role.name, role.name]),
    );
    keep(
      userChoice,
      users.filter((view) => view.user.email).map((view) => [String(view.user.objectId), whoIs(view.user, t)]),
    );
    list.replaceChildren(
      table(
        fill(t.rolesCaption, { count: roles.length }),
        [t.columnRole, t.columnKind, t.columnUsers, t.columnHeldBy, t.actions],
        roles.map((role) => roleRow(context, role, users, refresh)),
        t.noRoles,
      ),
    );
  }

  return { id: 'roles', label: t.tabRoles, panel, refresh };
}

/** Replaces the options of `select`, keeping its choice when it is still there. */
function keep(select: HTMLSelectElement, options: [string, string][]): void {
  const before = select.value;
  select.replaceChildren(...options.map(([value, text]) => el('option', { value, text })));
  if (options.some(([value]) => value === before)) select.value = before;
}

/** The form that adds a custom role. */
function addRoleForm(
  { client, say, refuse, attempt, text: t }: ConsoleContext,
  refresh: () => Promise<void>,
): HTMLFormElement {
  const newRole = el('input', { type: 'text', autocomplete: 'off', required: true });
  const form = el(
    'form',
    { class: 'inline-form', 'aria-label': t.addRoleForm },
    field(t.newRole, newRole),
    el('button', { type: 'submit', text: t.addRole }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = newRole.value.trim();
    if (!name) return say(t.typeRoleName);
    // The emulator's one rule for a role's name (contract.ts), so the form allows what the emulator allows.
    const problem = roleNameProblem(name);
    if (problem !== undefined) return refuse(...withEnglish(t.fieldProblem, { field: t.newRole }, 'problem', problem));
    void attempt(async () => {
      // Adding a role that exists changes nothing: said so, not "Added".
      const exists = (await client.roles()).some((role) => role.name === name);
      if (!exists) await client.addRole(name);
      newRole.value = '';
      await refresh();
      say(fill(exists ? t.roleExists : t.roleAdded, { role: name }));
    });
  });
  return form;
}

/** The form that assigns a custom role to a user. */
function assignForm(
  { client, say, attempt, text: t }: ConsoleContext,
  roleChoice: HTMLSelectElement,
  userChoice: HTMLSelectElement,
  refresh: () => Promise<void>,
): HTMLFormElement {
  const form = el(
    'form',
    { class: 'inline-form', 'aria-label': t.assignRoleForm },
    field(t.fieldRole, roleChoice),
    field(t.fieldUser, userChoice),
    el('button', { type: 'submit', text: t.assignRole }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [role, user] = [roleChoice.value, userChoice.value];
    if (!role || !user) return say(t.addRoleFirst);
    void attempt(async () => {
      const holder = (await client.users()).find((view) => view.user.objectId === user);
      const held = holder?.roles.includes(role) === true;
      const view = holder && held ? holder : await client.assignRole(role, user);
      await refresh();
      say(fill(held ? t.roleHeld : t.roleAssigned, { role, who: whoIs(view.user, t) }));
    });
  });
  return form;
}

/** A role's row: name, kind, how many hold it, who (each with Unassign), and Delete for a custom role. */
function roleRow(
  context: ConsoleContext,
  role: AdminRoleView,
  users: AdminUserView[],
  refresh: () => Promise<void>,
): (Node | string)[] {
  const { client, say, confirm, attempt, text: t } = context;
  const who = (view: AdminUserView) => whoIs(view.user, t);
  const act = (action: () => Promise<unknown>, done: string) =>
    void attempt(async () => {
      await action();
      await refresh();
      say(done);
    });
  const holder = (view: AdminUserView) =>
    el(
      'li',
      {},
      `${who(view)} `,
      actionButton(t.unassign, fill(t.unassignWho, { role: role.name, who: who(view) }), () =>
        act(
          () => client.unassignRole(role.name, String(view.user.objectId)),
          fill(t.roleTaken, { role: role.name, who: who(view) }),
        ),
      ),
    );
  const remove = () =>
    void confirm(fill(t.deleteRoleQuestion, { role: role.name }), t.deleteRole).then(
      (yes) => yes && act(() => client.deleteRole(role.name), fill(t.roleDeleted, { role: role.name })),
    );
  return [
    dataText(el('span', { class: 'strong', text: role.name })),
    role.system ? t.roleSystem : t.roleCustom,
    String(role.users),
    role.system
      ? el('span', { class: 'note', text: t.givenByAccount })
      : el('ul', { class: 'holders' }, ...users.filter((view) => view.roles.includes(role.name)).map(holder)),
    role.system ? '—' : actionButton(t.delete, fill(t.deleteRoleWho, { role: role.name }), remove, 'small danger'),
  ];
}
