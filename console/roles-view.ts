// The Roles tab: Backendless' system roles (given by the kind of account) and the app's custom roles, with the
// users who hold each custom role; add a custom role, assign one to a user, take it away, delete a role.
import type { AdminRoleView, AdminUserView } from '../emulator/contract.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';
import { actionButton, el, field, table, whoIs } from './dom.ts';

/** The Roles tab. */
export function rolesView(context: ConsoleContext): ConsoleView {
  const { client } = context;
  const list = el('div');
  const roleChoice = el('select');
  const userChoice = el('select');
  const panel = el(
    'section',
    {},
    el(
      'div',
      { class: 'view-tools' },
      addRoleForm(context, refresh),
      assignForm(context, roleChoice, userChoice, refresh),
    ),
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
      users.filter((view) => view.user.email).map((view) => [String(view.user.objectId), identity(view)]),
    );
    list.replaceChildren(
      table(
        `Roles (${roles.length})`,
        ['Role', 'Kind', 'Users', 'Held by', 'Actions'],
        roles.map((role) => roleRow(context, role, users, refresh)),
        'No roles.',
      ),
    );
  }

  return { label: 'Roles', panel, refresh };
}

/** How a user is named in this tab: their email, or objectId. */
const identity = (view: AdminUserView) => whoIs(view.user);

/** Replaces the options of `select`, keeping its choice when it is still there. */
function keep(select: HTMLSelectElement, options: [string, string][]): void {
  const before = select.value;
  select.replaceChildren(...options.map(([value, text]) => el('option', { value, text })));
  if (options.some(([value]) => value === before)) select.value = before;
}

/** The form that adds a custom role. */
function addRoleForm({ client, say, attempt }: ConsoleContext, refresh: () => Promise<void>): HTMLFormElement {
  const newRole = el('input', { type: 'text', autocomplete: 'off', required: true, maxlength: 100 });
  const form = el(
    'form',
    { class: 'inline-form', 'aria-label': 'Add a custom role' },
    field('New role', newRole),
    el('button', { type: 'submit', text: 'Add role' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = newRole.value.trim();
    if (!name) return say('Type the new role’s name.');
    void attempt(async () => {
      // Adding a role that exists changes nothing: said so, not "Added".
      const exists = (await client.roles()).some((role) => role.name === name);
      if (!exists) await client.addRole(name);
      newRole.value = '';
      await refresh();
      say(exists ? `The role ${name} exists already.` : `Added the role ${name}.`);
    });
  });
  return form;
}

/** The form that assigns a custom role to a user. */
function assignForm(
  { client, say, attempt }: ConsoleContext,
  roleChoice: HTMLSelectElement,
  userChoice: HTMLSelectElement,
  refresh: () => Promise<void>,
): HTMLFormElement {
  const form = el(
    'form',
    { class: 'inline-form', 'aria-label': 'Assign a role' },
    field('Role', roleChoice),
    field('User', userChoice),
    el('button', { type: 'submit', text: 'Assign role' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [role, user] = [roleChoice.value, userChoice.value];
    if (!role || !user) return say('Add a custom role first.');
    void attempt(async () => {
      const holder = (await client.users()).find((view) => view.user.objectId === user);
      const held = holder?.roles.includes(role) === true;
      const view = holder && held ? holder : await client.assignRole(role, user);
      await refresh();
      say(held ? `${identity(view)} holds ${role} already.` : `Assigned ${role} to ${identity(view)}.`);
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
  const { client, say, confirm, attempt } = context;
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
      `${identity(view)} `,
      actionButton('Unassign', `Unassign ${role.name} from ${identity(view)}`, () =>
        act(
          () => client.unassignRole(role.name, String(view.user.objectId)),
          `Took ${role.name} from ${identity(view)}.`,
        ),
      ),
    );
  const remove = () =>
    void confirm(`Delete the role ${role.name}? It is taken from every user.`, 'Delete role').then(
      (yes) => yes && act(() => client.deleteRole(role.name), `Deleted the role ${role.name}.`),
    );
  return [
    el('span', { class: 'strong', text: role.name }),
    role.system ? 'system' : 'custom',
    String(role.users),
    role.system
      ? el('span', { class: 'note', text: 'given by the kind of account' })
      : el('ul', { class: 'holders' }, ...users.filter((view) => view.roles.includes(role.name)).map(holder)),
    role.system ? '—' : actionButton('Delete', `Delete role ${role.name}`, remove, 'small danger'),
  ];
}
