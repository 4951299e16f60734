// The Data tab: the whole app's data as a file. Export downloads it (JSON: users with password hashes, roles,
// settings, the outbox; no sessions); Import replaces everything with such a file after a confirmation — a file that
// is not JSON, or that the emulator refuses, is named with the reason and changes nothing; Reset goes back to the
// seed users and the start's settings.
import { errorMessage } from '../emulator/contract.ts';
import { el, field, withEnglish } from './dom.ts';
import { fill, type ConsoleMessages } from './messages/index.ts';
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
  return { id: 'data', label: context.text.tabData, panel, refresh: async () => {} };
}

/** Export: the data as a downloaded file. */
function exportBlock({ client, say, attempt, text: t }: ConsoleContext): HTMLElement[] {
  const button = el('button', { type: 'button', text: t.exportData });
  button.addEventListener('click', () => {
    void attempt(async () => {
      const data = await client.exportData();
      const url = URL.createObjectURL(new Blob([data], { type: 'application/json' }));
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      const link = el('a', { href: url, download: `emulator-data-${stamp}.json`, hidden: true });
      button.after(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      say(fill(t.exported, { size: Math.ceil(data.length / 1024) }));
    });
  });
  return [el('h3', { text: t.exportHeading }), el('p', { text: t.exportText }), button];
}

/** Import: a chosen file replaces everything, after a confirmation; a bad file is named with its reason. */
function importForm({ client, say, confirm, clear, text: t }: ConsoleContext): HTMLElement {
  const file = el('input', { type: 'file', accept: '.json,application/json' });
  const problem = el('p', { class: 'form-error', role: 'alert' });
  const form = el(
    'form',
    { 'aria-label': t.importForm },
    el('h3', { text: t.importHeading }),
    el('p', { text: t.importText }),
    field(t.dataFile, file),
    problem,
    el('button', { type: 'submit', text: t.importData }),
  );
  // Said beside the form (an alert), not in the status line too.
  const refuse = (...reason: (Node | string)[]) => {
    problem.replaceChildren(...reason);
    clear();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    problem.textContent = '';
    void readChosen(file.files?.[0], t).then(async (read) => {
      if (Array.isArray(read)) return refuse(...read);
      const { chosen, document } = read;
      if (!(await confirm(fill(t.importQuestion, { file: chosen.name }), t.importData))) return;
      try {
        const counts = await client.importData(document);
        file.value = '';
        say(fill(t.imported, { file: chosen.name, ...counts }));
      } catch (error) {
        refuse(...withEnglish(t.importRefused, { file: chosen.name }, 'reason', errorMessage(error)));
      }
    });
  });
  return form;
}

/** The chosen file as a JSON object, or why it is not one. */
async function readChosen(
  chosen: File | undefined,
  t: ConsoleMessages,
): Promise<{ chosen: File; document: Record<string, unknown> } | (Node | string)[]> {
  if (!chosen) return [t.chooseFile];
  if (chosen.size > MAX_FILE_BYTES) return [fill(t.fileTooLarge, { file: chosen.name })];
  let document: unknown;
  try {
    document = JSON.parse(await chosen.text());
  } catch (error) {
    return withEnglish(t.fileNotJson, { file: chosen.name }, 'reason', errorMessage(error));
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return [fill(t.fileNotObject, { file: chosen.name })];
  }
  return { chosen, document: document as Record<string, unknown> };
}

/** Reset: back to the seed, after a confirmation. */
function resetBlock({ client, say, confirm, attempt, text: t }: ConsoleContext): HTMLElement[] {
  const reset = async () => {
    if (!(await confirm(t.resetQuestion, t.resetEmulator))) return;
    await attempt(async () => {
      const { users } = await client.reset();
      say(users === 1 ? t.resetDoneOne : fill(t.resetDoneMany, { count: users }));
    });
  };
  return [
    el('h3', { text: t.resetHeading }),
    el('p', { text: t.resetText }),
    el('button', { type: 'button', class: 'danger', text: t.resetEmulator, onclick: () => void reset() }),
  ];
}
