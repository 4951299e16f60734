// The Data tab: the whole app's data as a file. Export downloads it (JSON: users with password hashes, roles,
// settings, the outbox; no sessions); Import replaces everything with such a file after a confirmation — a file that
// is not JSON, or that the emulator refuses, is named with the reason and changes nothing; Reset goes back to the
// seed users and the start's settings.
import type { ConsoleContext, ConsoleView } from './view.ts';
import { el, field } from './dom.ts';

// What the emulator accepts at most (MAX_IMPORT_BYTES); checked here so a huge file is not even read.
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The Data tab. */
export function dataView(context: ConsoleContext): ConsoleView {
  const { client, say, confirm, attempt, fail } = context;
  const file = el('input', { type: 'file', accept: '.json,application/json' });
  const problem = el('p', { class: 'form-error', role: 'alert' });
  const importForm = el(
    'form',
    { 'aria-label': 'Import data' },
    el('h3', { text: 'Import' }),
    el('p', { text: 'Replace every user, role, setting and e-mail with an exported file. Every session ends.' }),
    field('Data file', file),
    problem,
    el('button', { type: 'submit', text: 'Import data' }),
  );
  importForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void importFile();
  });
  const panel = el(
    'section',
    {},
    el(
      'div',
      { class: 'data-block' },
      el('h3', { text: 'Export' }),
      el('p', { text: 'Download the whole data as a JSON file (password hashes, never passwords; no sessions).' }),
      el('button', { type: 'button', text: 'Export data', onclick: () => void exportFile() }),
    ),
    el('div', { class: 'data-block' }, importForm),
    el(
      'div',
      { class: 'data-block' },
      el('h3', { text: 'Reset' }),
      el('p', { text: 'Back to the seed users and roles and the start’s settings; no sessions, lockouts or e-mails.' }),
      el('button', { type: 'button', class: 'danger', text: 'Reset emulator', onclick: () => void reset() }),
    ),
  );

  async function exportFile(): Promise<void> {
    await attempt(async () => {
      const text = await client.exportData();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      const link = el('a', { href: url, download: `emulator-data-${stamp}.json`, hidden: true });
      panel.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      say(`Exported the data (${Math.ceil(text.length / 1024)} KiB).`);
    });
  }

  async function importFile(): Promise<void> {
    problem.textContent = '';
    const chosen = file.files?.[0];
    const refuse = (reason: string) => {
      problem.textContent = reason;
      fail(new Error(reason));
    };
    if (!chosen) return refuse('Choose a data file first.');
    if (chosen.size > MAX_FILE_BYTES) return refuse(`${chosen.name} is larger than 16 MiB; nothing was changed.`);
    let document: unknown;
    try {
      document = JSON.parse(await chosen.text());
    } catch (error) {
      return refuse(`${chosen.name} is not JSON (${(error as Error).message}); nothing was changed.`);
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      return refuse(`${chosen.name} is not an exported data file (not a JSON object); nothing was changed.`);
    }
    if (!(await confirm(`Replace all data with ${chosen.name}? Every session ends.`, 'Import data'))) return;
    try {
      const counts = await client.importData(document as Record<string, unknown>);
      file.value = '';
      say(`Imported ${chosen.name}: ${counts.users} users, ${counts.roles} custom roles, ${counts.outbox} e-mails.`);
    } catch (error) {
      refuse(`${chosen.name} was refused, nothing was changed: ${(error as Error).message}`);
    }
  }

  async function reset(): Promise<void> {
    if (!(await confirm('Reset the emulator? Every change since it started is lost.', 'Reset emulator'))) return;
    await attempt(async () => {
      const { users } = await client.reset();
      say(`Reset: ${users} seed user${users === 1 ? '' : 's'}, no sessions.`);
    });
  }

  return { label: 'Data', panel, refresh: async () => {} };
}
