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
import { el, field, whoIs, withEnglish } from './dom.ts';
import { fill, type ConsoleMessages } from './messages/index.ts';

/** Properties of a user that are not the user's own columns. */
const NOT_COLUMNS = new Set([...SYSTEM_PROPERTIES, 'email', 'name', 'blUserLocale']);

const STATUSES: UserStatus[] = ['ENABLED', 'DISABLED', 'EMAIL_CONFIRMATION_PENDING'];

/** How each status a person may give reads (a guest's is given by register, never here). */
export const STATUS_TEXT: Record<UserStatus, keyof ConsoleMessages> = {
  ENABLED: 'statusEnabled',
  DISABLED: 'statusDisabled',
  EMAIL_CONFIRMATION_PENDING: 'statusPending',
  GUEST: 'guest',
};

/** What is wrong with the form, in the console's language (with any English part marked). */
class FormProblem {
  readonly parts: (Node | string)[];

  constructor(...parts: (Node | string)[]) {
    this.parts = parts;
  }
}

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
export function openUserDialog(
  host: HTMLElement,
  existing: AdminUserView | null,
  save: SaveUser,
  t: ConsoleMessages,
): void {
  const controls = userControls(existing, t);
  const problem = el('p', { class: 'form-error', role: 'alert' });
  const { form, heading } = userForm(controls, problem, () => dialog.close(), t);
  const dialog = el('dialog', { class: 'console-dialog', 'aria-labelledby': heading.id }, form);
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const changes = collect(controls, t);
    if (changes instanceof FormProblem) {
      problem.replaceChildren(...changes.parts);
      return;
    }
    problem.textContent = '';
    save(changes).then(
      () => dialog.close(),
      // The emulator's refusal (`code message`) is its own English sentence.
      (error: unknown) => problem.replaceChildren(el('span', { lang: 'en', text: errorMessage(error) })),
    );
  });
  host.append(dialog);
  dialog.showModal();
  controls.email.focus();
}

function userControls(existing: AdminUserView | null, t: ConsoleMessages): Controls {
  const user = existing?.user ?? {};
  const status = el('select', {}, ...STATUSES.map((value) => el('option', { value, text: t[STATUS_TEXT[value]] })));
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
  t: ConsoleMessages,
): { form: HTMLFormElement; heading: HTMLElement } {
  const user = existing?.user ?? {};
  const title = existing ? fill(t.editWho, { who: whoIs(user, t) }) : t.addUserTitle;
  const heading = el('h2', { text: title, id: `user-dialog-${Math.random().toString(36).slice(2, 8)}` });
  const form = el(
    'form',
    { novalidate: true },
    heading,
    field(t.fieldEmail, email),
    field(t.fieldName, name),
    field(existing ? t.fieldNewPassword : t.fieldPassword, password, existing ? t.keepPassword : undefined),
    existing && user.userStatus !== 'GUEST' ? field(t.fieldStatus, status) : null,
    field(t.fieldColumns, columns, t.columnsHint),
    problem,
    el(
      'div',
      { class: 'buttons' },
      el('button', { type: 'button', text: t.cancel, onclick: cancel }),
      el('button', { type: 'submit', class: 'primary', text: existing ? t.saveUser : t.addUser }),
    ),
  );
  return { form, heading };
}

/** What to send, or what is wrong with the form. */
function collect(
  { existing, email, name, password, status, columns }: Controls,
  t: ConsoleMessages,
): Record<string, unknown> | FormProblem {
  const user = existing?.user ?? {};
  // The emulator's rule, said in its own English words after the field's name.
  const wrong = (fieldName: string, rule: string) =>
    new FormProblem(...withEnglish(t.fieldProblem, { field: fieldName }, 'problem', rule));
  // A guest has no email address until it registers; its other properties can still be edited.
  const guestWithout = existing !== null && user.userStatus === 'GUEST' && email.value.trim() === '';
  if (email.value.trim() === '' && !guestWithout) return new FormProblem(t.typeEmail);
  // The emulator's own rules (contract.ts), so the form refuses what every other way in refuses, and no more.
  const emailWrong = guestWithout ? undefined : emailProblem(email.value.trim());
  if (emailWrong !== undefined) return wrong(t.fieldEmail, emailWrong);
  const nameWrong = nameProblem(name.value);
  if (nameWrong !== undefined) return wrong(t.fieldName, nameWrong);
  if (!existing && password.value === '') return new FormProblem(t.typePassword);
  const passwordWrong = password.value === '' ? undefined : passwordProblem(password.value);
  if (passwordWrong !== undefined) return wrong(t.fieldPassword, passwordWrong);
  const own = ownColumns(columns.value, t);
  if (own instanceof FormProblem) return own;
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
function ownColumns(typed: string, t: ConsoleMessages): Record<string, unknown> | FormProblem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typed.trim() || '{}');
  } catch (error) {
    return new FormProblem(...withEnglish(t.columnsNotJson, {}, 'reason', errorMessage(error)));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return new FormProblem(t.columnsNotObject);
  }
  const own = parsed as Record<string, unknown>;
  const reserved = Object.keys(own).find((key) => NOT_COLUMNS.has(key) || key === 'password');
  if (reserved) return new FormProblem(fill(t.columnsReserved, { key: reserved }));
  for (const key of Object.keys(own)) {
    const problem = columnNameProblem(key);
    if (problem !== undefined) {
      return new FormProblem(...withEnglish(t.columnProblem, { key: key.slice(0, 80) }, 'problem', problem));
    }
  }
  return own;
}
