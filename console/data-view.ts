// The Data tab: the whole app's data as a file. Export downloads it (JSON: users with password hashes, roles,
// settings, the outbox; no sessions); Import replaces everything with such a file after a confirmation — a file that
// is not JSON, or that the emulator refuses, is named with the reason and changes nothing; Reset goes back to the
// seed users and the start's settings.
import { errorMessage } from '../emulator/contract.ts';
import { el, field } from './dom.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';

// What the emulator accepts at most (MAX_IMPORT_BYTES); checked here so a huge file is not even read.
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The Data tab. */
export function dataView(context: ConsoleContext): ConsoleView {
  const panel = el(
    'section',
    {},
    el('div', { class: 'data-block' }, ...exportBlock(context)),
    el('div', { class: 'data-block' }, importForm(context)),
    el('div', { class: 'data-block' }, ...resetBlock(context)),
  );
  return { label: 'Data', panel, refresh: async () => {} };
}

/** Export: the data as a downloaded file. */
function exportBlock({ client, say, attempt }: ConsoleContext): HTMLElement[] {
  const button = el('button', { type: 'button', text: 'Export data' });
  button.addEventListener('click', () => {
    void attempt(async () => {
      const text = await client.exportData();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      const link = el('a', { href: url, download: `emulator-data-${stamp}.json`, hidden: true });
      button.after(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      say(`Exported the data (${Math.ceil(text.length / 1024)} KiB).`);
    });
  });
  return [
    el('h3', { text: 'Export' }),
    el('p', { text: 'Download the whole data as a JSON file (password hashes, never passwords; no sessions).' }),
    button,
  ];
}

/** Import: a chosen file replaces everything, after a confirmation; a bad file is named with its reason. */
function importForm({ client, say, confirm, fail }: ConsoleContext): HTMLElement {
  const file = el('input', { type: 'file', accept: '.json,application/json' });
  const problem = el('p', { class: 'form-error', role: 'alert' });
  const form = el(
    'form',
    { 'aria-label': 'Import data' },
    el('h3', { text: 'Import' }),
    el('p', { text: 'Replace every user, role, setting and e-mail with an exported file. Every session ends.' }),
    field('Data file', file),
    problem,
    el('button', { type: 'submit', text: 'Import data' }),
  );
  const refuse = (reason: string) => {
    problem.textContent = reason;
    fail(new Error(reason));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    problem.textContent = '';
    void readChosen(file.files?.[0]).then(async (read) => {
      if (typeof read === 'string') return refuse(read);
      const { chosen, document } = read;
      if (!(await confirm(`Replace all data with ${chosen.name}? Every session ends.`, 'Import data'))) return;
      try {
        const counts = await client.importData(document);
        file.value = '';
        say(`Imported ${chosen.name}: ${counts.users} users, ${counts.roles} custom roles, ${counts.outbox} e-mails.`);
      } catch (error) {
        refuse(`${chosen.name} was refused, nothing was changed: ${errorMessage(error)}`);
      }
    });
  });
  return form;
}

/** The chosen file as a JSON object, or why it is not one. */
async function readChosen(
  chosen: File | undefined,
): Promise<{ chosen: File; document: Record<string, unknown> } | string> {
  if (!chosen) return 'Choose a data file first.';
  if (chosen.size > MAX_FILE_BYTES) return `${chosen.name} is larger than 16 MiB; nothing was changed.`;
  let document: unknown;
  try {
    document = JSON.parse(await chosen.text());
  } catch (error) {
    return `${chosen.name} is not JSON (${errorMessage(error)}); nothing was changed.`;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return `${chosen.name} is not an exported data file (not a JSON object); nothing was changed.`;
  }
  return { chosen, document: document as Record<string, unknown> };
}

/** Reset: back to the seed, after a confirmation. */
function resetBlock({ client, say, confirm, attempt }: ConsoleContext): HTMLElement[] {
  const reset = async () => {
    if (!(await confirm('Reset the emulator? Every change since it started is lost.', 'Reset emulator'))) return;
    await attempt(async () => {
      const { users } = await client.reset();
      say(`Reset: ${users} seed user${users === 1 ? '' : 's'}, no sessions.`);
    });
  };
  return [
    el('h3', { text: 'Reset' }),
    el('p', { text: 'Back to the seed users and roles and the start’s settings; no sessions, lockouts or e-mails.' }),
    el('button', { type: 'button', class: 'danger', text: 'Reset emulator', onclick: () => void reset() }),
  ];
}
