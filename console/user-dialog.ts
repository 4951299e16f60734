// The form that adds a user or edits one: email, name, password (new users need one; an edit changes it only when
// typed), status, and the user's own columns as a JSON object (a column left out is removed). A mistake is said in
// the dialog, next to the form, and nothing is sent until the form checks out; the emulator's refusal shows there too.
import {
  SYSTEM_PROPERTIES,
  columnNameProblem,
  emailProblem,
  errorMessage,
  nameProblem,
  passwordProblem,
  type AdminUserView,
  type JsonValue,
  type UserStatus,
} from '../emulator/contract.ts';
import { AdminError } from './admin-client.ts';
import { el, field, whoIs } from './dom.ts';

/** Properties of a user that are not the user's own columns. */
const NOT_COLUMNS = new Set([...SYSTEM_PROPERTIES, 'email', 'name', 'blUserLocale']);

const STATUSES: UserStatus[] = ['ENABLED', 'DISABLED', 'EMAIL_CONFIRMATION_PENDING'];

/** Sends the form's changes; throws to keep the dialog open with the error. */
export type SaveUser = (changes: Record<string, unknown>) => Promise<unknown>;

/** The user's own columns (what the JSON field shows). */
function columnsOf(user: Record<string, JsonValue>): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(user).filter(([key]) => !NOT_COLUMNS.has(key)));
}

/** The dialog's controls, and the user it edits (null: a new one). */
interface Controls {
  existing: AdminUserView | null;
  email: HTMLInputElement;
  name: HTMLInputElement;
  password: HTMLInputElement;
  status: HTMLSelectElement;
  columns: HTMLTextAreaElement;
}

const text = (value: JsonValue | undefined) => (typeof value === 'string' ? value : '');

/** Opens the dialog (inside `host`) for a new user, or for `existing`; `save` gets what to send. */
export function openUserDialog(host: HTMLElement, existing: AdminUserView | null, save: SaveUser): void {
  const controls = userControls(existing);
  const problem = el('p', { class: 'form-error', role: 'alert' });
  const { form, heading } = userForm(controls, problem, () => dialog.close());
  const dialog = el('dialog', { class: 'console-dialog', 'aria-labelledby': heading.id }, form);
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const changes = collect(controls);
    if (typeof changes === 'string') {
      problem.textContent = changes;
      return;
    }
    problem.textContent = '';
    save(changes).then(
      () => dialog.close(),
      (error: unknown) => {
        problem.textContent = error instanceof AdminError ? error.message : errorMessage(error);
      },
    );
  });
  host.append(dialog);
  dialog.showModal();
  controls.email.focus();
}

function userControls(existing: AdminUserView | null): Controls {
  const user = existing?.user ?? {};
  const status = el('select', {}, ...STATUSES.map((value) => el('option', { value, text: value })));
  status.value =
    typeof user.userStatus === 'string' && STATUSES.includes(user.userStatus as UserStatus)
      ? user.userStatus
      : 'ENABLED';
  const columns = el('textarea', { rows: 4, spellcheck: false });
  columns.value = JSON.stringify(existing ? columnsOf(user) : {}, null, 2);
  return {
    existing,
    email: el('input', { type: 'email', autocomplete: 'off', value: text(user.email), required: !existing }),
    name: el('input', { type: 'text', autocomplete: 'off', value: text(user.name) }),
    password: el('input', { type: 'password', autocomplete: 'new-password', required: !existing }),
    status,
    columns,
  };
}

function userForm(
  { existing, email, name, password, status, columns }: Controls,
  problem: HTMLElement,
  cancel: () => void,
): { form: HTMLFormElement; heading: HTMLElement } {
  const user = existing?.user ?? {};
  const title = existing ? `Edit ${whoIs(user)}` : 'Add a user';
  const heading = el('h2', { text: title, id: `user-dialog-${Math.random().toString(36).slice(2, 8)}` });
  const form = el(
    'form',
    { novalidate: true },
    heading,
    field('Email', email),
    field('Name', name),
    field(existing ? 'New password' : 'Password', password, existing ? 'Leave empty to keep the password.' : undefined),
    existing && user.userStatus !== 'GUEST' ? field('Status', status) : null,
    field('Other properties (JSON object)', columns, 'Columns of your own, e.g. {"age": 30}; one left out is removed.'),
    problem,
    el(
      'div',
      { class: 'buttons' },
      el('button', { type: 'button', text: 'Cancel', onclick: cancel }),
      el('button', { type: 'submit', class: 'primary', text: existing ? 'Save user' : 'Add user' }),
    ),
  );
  return { form, heading };
}

/** What to send, or what is wrong with the form. */
function collect({ existing, email, name, password, status, columns }: Controls): Record<string, unknown> | string {
  const user = existing?.user ?? {};
  // A guest has no email address until it registers; its other properties can still be edited.
  const guestWithout = existing !== null && user.userStatus === 'GUEST' && email.value.trim() === '';
  if (email.value.trim() === '' && !guestWithout) return 'Type an email address.';
  // The emulator's own rules (contract.ts), so the form refuses what every other way in refuses, and no more.
  const emailWrong = guestWithout ? undefined : emailProblem(email.value.trim());
  if (emailWrong !== undefined) return `Email: ${emailWrong}.`;
  const nameWrong = nameProblem(name.value);
  if (nameWrong !== undefined) return `Name: ${nameWrong}.`;
  if (!existing && password.value === '') return 'Type a password for the new user.';
  const passwordWrong = password.value === '' ? undefined : passwordProblem(password.value);
  if (passwordWrong !== undefined) return `Password: ${passwordWrong}.`;
  const own = ownColumns(columns.value);
  if (typeof own === 'string') return own;
  const changes: Record<string, unknown> = { ...own, ...(guestWithout ? {} : { email: email.value.trim() }) };
  if (name.value !== text(user.name) || !existing) changes.name = name.value === '' ? null : name.value;
  if (password.value !== '') changes.password = password.value;
  if (existing) {
    for (const key of Object.keys(columnsOf(user))) if (!(key in own)) changes[key] = null;
    if (user.userStatus !== 'GUEST' && status.value !== user.userStatus) changes.userStatus = status.value;
  }
  return changes;
}

/** The columns typed as a JSON object, or what is wrong with them. */
function ownColumns(typed: string): Record<string, unknown> | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typed.trim() || '{}');
  } catch (error) {
    return `Other properties: not JSON (${errorMessage(error)}).`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'Other properties: a JSON object, like {"age": 30}.';
  }
  const own = parsed as Record<string, unknown>;
  const reserved = Object.keys(own).find((key) => NOT_COLUMNS.has(key) || key === 'password');
  if (reserved) return `Other properties: "${reserved}" has a field of its own (or is the server's).`;
  for (const key of Object.keys(own)) {
    const problem = columnNameProblem(key);
    if (problem !== undefined) return `Other properties: "${key.slice(0, 80)}": ${problem}.`;
  }
  return own;
}
