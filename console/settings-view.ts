// The Settings tab: the app's Registration and Login settings (Backendless Console → Users) as a form. Numbers are
// checked before anything is sent (whole, not negative; times in seconds); the emulator checks again and its
// refusal is shown beside the form. Saved with PATCH; the form then shows what is in force.
import { errorMessage, type EmulatorSettings } from '../emulator/contract.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';
import { el, field } from './dom.ts';
import { fill, type ConsoleMessages } from './messages/index.ts';

type Flag = 'registrationEnabled' | 'emailConfirmationRequired' | 'loginsDisabled';
type Count = 'maxConcurrentLogins' | 'maxFailedLogins' | 'lockoutMs' | 'sessionTimeoutMs' | 'minPasswordLength';

type Key = keyof ConsoleMessages;

// Each setting with the keys of its label (and hint) in the message tables.
const FLAGS: Flag[] = ['registrationEnabled', 'emailConfirmationRequired', 'loginsDisabled'];
const COUNTS: [Count, Key, Key][] = [
  ['maxConcurrentLogins', 'maxConcurrentLogins', 'maxConcurrentLoginsHint'],
  ['maxFailedLogins', 'maxFailedLogins', 'maxFailedLoginsHint'],
  ['lockoutMs', 'lockout', 'lockoutHint'],
  ['sessionTimeoutMs', 'sessionTimeout', 'sessionTimeoutHint'],
  ['minPasswordLength', 'minPasswordLength', 'minPasswordLengthHint'],
];
const IN_SECONDS = new Set<Count>(['lockoutMs', 'sessionTimeoutMs']);

/** The form's controls. */
interface Controls {
  flags: Map<Flag, HTMLInputElement>;
  counts: Map<Count, HTMLInputElement>;
  resetMode: HTMLSelectElement;
  multiple: HTMLSelectElement;
  origins: HTMLTextAreaElement;
}

/** The Settings tab. */
export function settingsView(context: ConsoleContext): ConsoleView {
  const { client, say, clear, text: t } = context;
  const controls = settingsControls(t);
  const problem = el('p', { class: 'form-error', role: 'alert' });
  const form = settingsForm(controls, problem, t);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const changes = collect(controls, t);
    // A new attempt: what the last save said no longer holds.
    clear();
    if (typeof changes === 'string') {
      problem.textContent = changes;
      return;
    }
    problem.textContent = '';
    client.updateSettings(changes).then(
      (settings) => {
        show(controls, settings);
        say(t.settingsSaved);
      },
      (error: unknown) => {
        // The emulator's refusal is its own English sentence.
        problem.replaceChildren(el('span', { lang: 'en', text: errorMessage(error) }));
      },
    );
  });
  return {
    id: 'settings',
    label: t.tabSettings,
    panel: el('section', {}, form),
    refresh: async () => {
      problem.textContent = '';
      show(controls, await client.settings());
    },
  };
}

function settingsControls(t: ConsoleMessages): Controls {
  return {
    flags: new Map(FLAGS.map((key) => [key, el('input', { type: 'checkbox', name: key })])),
    counts: new Map(
      COUNTS.map(([key]) => [key, el('input', { type: 'number', name: key, min: 0, step: 1, inputmode: 'numeric' })]),
    ),
    resetMode: el(
      'select',
      { name: 'passwordResetMode' },
      el('option', { value: 'link', text: t.resetByLink }),
      el('option', { value: 'generated-password', text: t.resetByPassword }),
    ),
    multiple: el(
      'select',
      { name: 'multipleLogins' },
      el('option', { value: 'end-previous', text: t.endPrevious }),
      el('option', { value: 'reject', text: t.rejectSecond }),
      el('option', { value: 'allow', text: t.allowMany }),
    ),
    origins: el('textarea', { name: 'redirectOrigins', rows: 3 }),
  };
}

function settingsForm(
  { flags, counts, resetMode, multiple, origins }: Controls,
  problem: HTMLElement,
  t: ConsoleMessages,
): HTMLFormElement {
  const check = (key: Flag) => el('label', { class: 'check' }, flags.get(key)!, ` ${t[key]}`);
  return el(
    'form',
    { novalidate: true, class: 'settings-form', 'aria-label': t.settingsForm },
    el(
      'fieldset',
      {},
      el('legend', { text: t.registration }),
      check('registrationEnabled'),
      check('emailConfirmationRequired'),
      field(t.passwordReset, resetMode),
    ),
    el(
      'fieldset',
      {},
      el('legend', { text: t.login }),
      check('loginsDisabled'),
      field(t.multipleLogins, multiple),
      ...COUNTS.map(([key, label, hint]) => field(t[label], counts.get(key)!, t[hint])),
    ),
    el('fieldset', {}, el('legend', { text: t.oauth }), field(t.redirectOrigins, origins, t.redirectOriginsHint)),
    problem,
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'primary', text: t.saveSettings })),
  );
}

/** Shows the settings in force. */
function show(controls: Controls, settings: EmulatorSettings): void {
  for (const [key, input] of controls.flags) input.checked = settings[key];
  for (const [key, input] of controls.counts) {
    input.value = String(IN_SECONDS.has(key) ? settings[key] / 1000 : settings[key]);
  }
  controls.resetMode.value = settings.passwordResetMode;
  controls.multiple.value = settings.multipleLogins;
  controls.origins.value = settings.redirectOrigins.join('\n');
}

/** What to send, or what is wrong with the form. */
function collect(controls: Controls, t: ConsoleMessages): Partial<EmulatorSettings> | string {
  const changes: Partial<EmulatorSettings> = {
    passwordResetMode: controls.resetMode.value as EmulatorSettings['passwordResetMode'],
    multipleLogins: controls.multiple.value as EmulatorSettings['multipleLogins'],
    redirectOrigins: controls.origins.value
      .split(/[\s,]+/)
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
  for (const [key, input] of controls.flags) changes[key] = input.checked;
  for (const [key, label] of COUNTS) {
    const text = controls.counts.get(key)!.value.trim();
    if (!/^\d{1,9}$/.test(text)) return fill(t.wholeNumber, { label: t[label], text });
    changes[key] = IN_SECONDS.has(key) ? Number(text) * 1000 : Number(text);
  }
  return changes;
}
