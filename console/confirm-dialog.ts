// The console's confirmation: a modal `<dialog>` that asks before anything is deleted, ended or replaced, and
// answers whether the person agreed. Cancel is focused first, so Enter never destroys by accident.
import { el } from './dom.ts';
import type { ConsoleMessages } from './messages/index.ts';

/** Asks `question` with a button named `action`; resolves true only when that button is pressed. */
export type Confirm = (question: string, action: string) => Promise<boolean>;

/** Builds the dialog inside `host` and returns the function that asks. */
export function confirmDialog(host: HTMLElement, text: ConsoleMessages): Confirm {
  const message = el('p', { id: `confirm-message-${Math.random().toString(36).slice(2, 8)}` });
  const cancel = el('button', { type: 'submit', value: 'cancel', text: text.cancel, autofocus: true });
  const confirm = el('button', { type: 'submit', value: 'confirm', class: 'danger' });
  const title = el('h2', { text: text.areYouSure, id: `${message.id}-title` });
  const dialog = el(
    'dialog',
    { class: 'console-dialog', 'aria-labelledby': title.id, 'aria-describedby': message.id },
    el('form', { method: 'dialog' }, title, message, el('div', { class: 'buttons' }, cancel, confirm)),
  );
  host.append(dialog);
  return (question, action) =>
    new Promise<boolean>((resolve) => {
      message.textContent = question;
      confirm.textContent = action;
      dialog.returnValue = '';
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true });
      dialog.showModal();
      cancel.focus();
    });
}
