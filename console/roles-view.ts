// The Roles tab: Backendless' system roles (given by the kind of account) and the app's custom roles, with the
// users who hold each custom role; add a custom role, assign one to a user, take it away, delete a role.
import { MAX_ROLE_NAME_LENGTH, type AdminUserView } from '../emulator/contract.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';
import { actionButton, el, field, table } from './dom.ts';

/** The Roles tab. */
export function rolesView(context: ConsoleContext): ConsoleView {
  const { client, say, confirm, attempt } = context;
  const list = el('div');
  const newRole = el('input', { type: 'text', autocomplete: 'off', required: true, maxlength: MAX_ROLE_NAME_LENGTH });
  const roleChoice = el('select');
  const userChoice = el('select');
  const addForm = el(
    'form',
    { class: 'inline-form', 'aria-label': 'Add a custom role' },
    field('New role', newRole),
    el('button', { type: 'submit', text: 'Add role' }),
  );
  addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = newRole.value.trim();
    if (!name) return say('Type the new role’s name.');
    void attempt(async () => {
      await client.addRole(name);
      newRole.value = '';
      await refresh();
      say(`Added the role ${name}.`);
    });
  });
  const assignForm = el(
    'form',
    { class: 'inline-form', 'aria-label': 'Assign a role' },
    field('Role', roleChoice),
    field('User', userChoice),
    el('button', { type: 'submit', text: 'Assign role' }),
  );
  assignForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const [role, user] = [roleChoice.value, userChoice.value];
    if (!role || !user) return say('Add a custom role first.');
    void attempt(async () => {
      const view = await client.assignRole(role, user, true);
      await refresh();
      say(`Assigned ${role} to ${String(view.user.email)}.`);
    });
  });
  const panel = el('section', {}, el('div', { class: 'view-tools' }, addForm, assignForm), list);

  async function refresh(): Promise<void> {
    const [roles, users] = await Promise.all([client.roles(), client.users()]);
    const custom = roles.filter((role) => !role.system).map((role) => role.name);
    const email = (view: AdminUserView) => String(view.user.email ?? view.user.objectId);
    const keep = (select: HTMLSelectElement, options: [string, string][]) => {
      const before = select.value;
      select.replaceChildren(...options.map(([value, text]) => el('option', { value, text })));
      if (options.some(([value]) => value === before)) select.value = before;
    };
    keep(
      roleChoice,
      custom.map((name) => [name, name]),
    );
    keep(
      userChoice,
      users.filter((view) => view.user.email).map((view) => [String(view.user.objectId), email(view)]),
    );
    list.replaceChildren(
      table(
        `Roles (${roles.length})`,
        ['Role', 'Kind', 'Users', 'Held by', 'Actions'],
        roles.map((role) => {
          const holders = role.system ? [] : users.filter((view) => view.roles.includes(role.name));
          const heldBy = role.system
            ? el('span', { class: 'note', text: 'given by the kind of account' })
            : el(
                'ul',
                { class: 'holders' },
                ...holders.map((view) =>
                  el(
                    'li',
                    {},
                    `${email(view)} `,
                    actionButton(
                      'Unassign',
                      `Unassign ${role.name} from ${email(view)}`,
                      () =>
                        void attempt(async () => {
                          await client.assignRole(role.name, String(view.user.objectId), false);
                          await refresh();
                          say(`Took ${role.name} from ${email(view)}.`);
                        }),
                    ),
                  ),
                ),
              );
          return [
            el('span', { class: 'strong', text: role.name }),
            role.system ? 'system' : 'custom',
            String(role.users),
            heldBy,
            role.system
              ? '—'
              : actionButton(
                  'Delete',
                  `Delete role ${role.name}`,
                  () =>
                    void confirm(`Delete the role ${role.name}? It is taken from every user.`, 'Delete role').then(
                      (yes) =>
                        yes &&
                        attempt(async () => {
                          await client.deleteRole(role.name);
                          await refresh();
                          say(`Deleted the role ${role.name}.`);
                        }),
                    ),
                  'small danger',
                ),
          ];
        }),
        'No roles.',
      ),
    );
  }

  return { label: 'Roles', panel, refresh };
}
