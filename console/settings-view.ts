// The Settings tab: the app's Registration and Login settings (Backendless Console → Users) as a form. Numbers are
// checked before anything is sent (whole, not negative; times in seconds); the emulator checks again and its
// refusal is shown beside the form. Saved with PATCH; the form then shows what is in force.
import { errorMessage, type EmulatorSettings } from '../emulator/contract.ts';
import type { ConsoleContext, ConsoleView } from './view.ts';
import { el, field } from './dom.ts';
import { AdminError } from './admin-client.ts';

type Flag = 'registrationEnabled' | 'emailConfirmationRequired' | 'loginsDisabled';
type Count = 'maxConcurrentLogins' | 'maxFailedLogins' | 'lockoutMs' | 'sessionTimeoutMs' | 'minPasswordLength';

const FLAGS: [Flag, string][] = [
  ['registrationEnabled', 'Registration enabled (off: register answers 3009)'],
  ['emailConfirmationRequired', 'Email confirmation required (until confirmed, login answers 3087)'],
  ['loginsDisabled', 'Logins disabled (every login answers 3034)'],
];
const COUNTS: [Count, string, string][] = [
  ['maxConcurrentLogins', 'Concurrent logins per user', 'Under "allow": the next login answers 3044. 0 = no limit.'],
  ['maxFailedLogins', 'Failed logins before a lockout', '0 = never lock out (3036 when locked).'],
  ['lockoutMs', 'Lockout (seconds)', 'How long a lockout lasts.'],
  ['sessionTimeoutMs', 'Session timeout (seconds)', 'Idle time that ends a session (3064). 0 = never.'],
  ['minPasswordLength', 'Shortest password', 'Register, update, the admin API and the reset page refuse shorter ones.'],
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
  const { client, say, clear } = context;
  const controls = settingsControls();
  const problem = el('p', { class: 'form-error', role: 'alert' });
  const form = settingsForm(controls, problem);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const changes = collect(controls);
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
        say('Settings saved.');
      },
      (error: unknown) => {
        problem.textContent = error instanceof AdminError ? error.message : errorMessage(error);
        context.fail(error);
      },
    );
  });
  return {
    label: 'Settings',
    panel: el('section', {}, form),
    refresh: async () => {
      problem.textContent = '';
      show(controls, await client.settings());
    },
  };
}

function settingsControls(): Controls {
  return {
    flags: new Map(FLAGS.map(([key]) => [key, el('input', { type: 'checkbox', name: key })])),
    counts: new Map(
      COUNTS.map(([key]) => [key, el('input', { type: 'number', name: key, min: 0, step: 1, inputmode: 'numeric' })]),
    ),
    resetMode: el(
      'select',
      { name: 'passwordResetMode' },
      el('option', { value: 'link', text: 'E-mail a link to a page that sets a new password' }),
      el('option', { value: 'generated-password', text: 'E-mail a generated password' }),
    ),
    multiple: el(
      'select',
      { name: 'multipleLogins' },
      el('option', { value: 'end-previous', text: 'A new login ends the older sessions (Backendless’ default)' }),
      el('option', { value: 'reject', text: 'Refuse a second login while one lives (3002)' }),
      el('option', { value: 'allow', text: 'Allow sessions side by side' }),
    ),
    origins: el('textarea', { name: 'redirectOrigins', rows: 3 }),
  };
}

function settingsForm(
  { flags, counts, resetMode, multiple, origins }: Controls,
  problem: HTMLElement,
): HTMLFormElement {
  return el(
    'form',
    { novalidate: true, class: 'settings-form', 'aria-label': 'Registration and login settings' },
    el(
      'fieldset',
      {},
      el('legend', { text: 'Registration' }),
      ...FLAGS.slice(0, 2).map(([key, label]) => el('label', { class: 'check' }, flags.get(key)!, ` ${label}`)),
      field('Password reset', resetMode),
    ),
    el(
      'fieldset',
      {},
      el('legend', { text: 'Login' }),
      el('label', { class: 'check' }, flags.get('loginsDisabled')!, ` ${FLAGS[2]![1]}`),
      field('Multiple logins', multiple),
      ...COUNTS.map(([key, label, hint]) => field(label, counts.get(key)!, hint)),
    ),
    el(
      'fieldset',
      {},
      el('legend', { text: 'OAuth2' }),
      field(
        'Redirect origins',
        origins,
        'One origin a line (https://app.example): where the consent page may send people and tokens, besides this machine.',
      ),
    ),
    problem,
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'primary', text: 'Save settings' })),
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
function collect(controls: Controls): Partial<EmulatorSettings> | string {
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
    if (!/^\d{1,9}$/.test(text)) return `${label}: a whole number, 0 or more (not "${text}").`;
    changes[key] = IN_SECONDS.has(key) ? Number(text) * 1000 : Number(text);
  }
  return changes;
}
