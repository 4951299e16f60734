// The backend settings form: the emulator the page was served with (default under `npm start`) or a Backendless app
// (US / EU presets or a custom server URL, application id, REST API key). It owns the person's choice and the
// backend that choice resolves to, which Run and Export read. Save applies a valid choice and remembers it; an
// invalid one is explained beside the form, in the page's language, and changes nothing.
import type { BackendPanel } from './backend-panel.ts';
import {
  findSiteBackend,
  loadBackendChoice,
  PRESET_SERVER_URLS,
  resolveBackend,
  saveBackendChoice,
  SettingsProblem,
  siteChoice,
  type BackendChoice,
  type BackendPreset,
  type ResolvedBackend,
  type SiteBackend,
} from './backend-settings.ts';
import type { ConsolePanel } from './console-panel.ts';
import { errorMessage } from './error-message.ts';
import { fill, type TextSource } from './ui-messages.ts';

/** The form's elements (all present in index.html). */
export interface SettingsFormElements {
  form: HTMLFormElement;
  preset: HTMLSelectElement;
  serverURL: HTMLInputElement;
  appId: HTMLInputElement;
  apiKey: HTMLInputElement;
  /** Where a setting that cannot be applied is explained (`role="alert"`). */
  error: HTMLElement;
  checkBackend: HTMLButtonElement;
}

/** The backend programs run against, for the parts of the page that use it. */
export interface BackendSource {
  /** The applied backend, or null when the applied settings are not usable. */
  readonly backend: ResolvedBackend | null;
  /** Why settings cannot be applied, as the form shows it; empty when nothing is wrong. */
  readonly problem: string;
  /** Settles once the page knows its backend (the site's `backend.json` has been read and the choice applied). */
  readonly ready: Promise<void>;
}

/** What the form reports to besides itself. */
export interface SettingsFormParts {
  panel: BackendPanel;
  output: ConsolePanel;
  language: TextSource;
  /** Told the backend each time the settings are applied (null: none usable). */
  onApplied?: (backend: ResolvedBackend | null) => void;
}

/** Owns the backend choice, the site's backend and the resolved backend; the only place they change. */
export class SettingsForm implements BackendSource {
  private readonly elements: SettingsFormElements;
  private readonly parts: SettingsFormParts;
  private site: SiteBackend | null = null;
  private choice: BackendChoice = loadBackendChoice(siteChoice(null));
  private resolved: ResolvedBackend | null = null;
  // The problem shown beside the form, kept as what it means so a language switch can say it again.
  private shownProblem: unknown = null;
  private started!: () => void;
  readonly ready = new Promise<void>((resolve) => {
    this.started = resolve;
  });

  /** Wires the form's controls; {@link start} applies the saved choice. */
  constructor(elements: SettingsFormElements, parts: SettingsFormParts) {
    this.elements = elements;
    this.parts = parts;
    elements.preset.addEventListener('change', () => {
      // Only the form changes; the applied settings change on Save.
      this.fill({ preset: elements.preset.value as BackendPreset, serverURL: '', appId: '', apiKey: '' });
      this.showProblem(null);
    });
    elements.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    elements.checkBackend.addEventListener('click', () => this.check());
  }

  get backend(): ResolvedBackend | null {
    return this.resolved;
  }

  get problem(): string {
    return this.elements.error.textContent ?? '';
  }

  /** Learns the backend the site names (`backend.json`), fills the form and applies the saved choice. */
  async start(): Promise<void> {
    this.site = await findSiteBackend();
    this.choice = loadBackendChoice(siteChoice(this.site));
    this.fill();
    this.apply();
    this.started();
  }

  /** After a language switch: labels, placeholders and any problem in the new language; nothing seen is lost. */
  relabel(): void {
    this.fill();
    this.showProblem(this.shownProblem);
    this.parts.panel.relabel(this.presetLabel(this.choice.preset), this.resolved ? '' : this.problem);
  }

  private submit(): void {
    const next = this.read();
    try {
      resolveBackend(next, this.site);
    } catch (error) {
      this.showProblem(error);
      return;
    }
    this.choice = next;
    saveBackendChoice(next);
    this.apply();
    this.parts.output.append([({ text }) => text.settingsSaved], 'info');
  }

  /** Asks the backend whether it answers and re-reads its sessions. */
  private check(): void {
    void this.parts.panel.checkStatus();
    void this.parts.panel.refresh();
  }

  /** Resolves the applied choice, shows it in the backend panel, and checks that it answers. */
  private apply(): void {
    const { panel } = this.parts;
    try {
      this.resolved = resolveBackend(this.choice, this.site);
      this.showProblem(null);
      panel.setBackend(this.resolved, this.presetLabel(this.choice.preset));
      this.check();
    } catch (error) {
      this.resolved = null;
      this.showProblem(error);
      panel.setBackend(null, this.presetLabel(this.choice.preset), this.problem);
    }
    this.parts.onApplied?.(this.resolved);
  }

  private showProblem(problem: unknown): void {
    this.shownProblem = problem;
    const text = this.parts.language.text;
    this.elements.error.textContent =
      problem === null
        ? ''
        : problem instanceof SettingsProblem
          ? fill(text[problem.key], problem.values)
          : errorMessage(problem);
  }

  /** Fills the form (default: the applied choice); the emulator preset shows the site's emulator as placeholders. */
  private fill(values: BackendChoice = this.choice): void {
    const { preset, serverURL, appId, apiKey } = this.elements;
    const zone = values.preset === 'us' || values.preset === 'eu' ? values.preset : null;
    preset.value = values.preset;
    serverURL.value = zone ? PRESET_SERVER_URLS[zone] : values.serverURL;
    serverURL.readOnly = zone !== null;
    appId.value = values.appId;
    apiKey.value = values.apiKey;
    const emulator = values.preset === 'emulator' && this.site?.emulator ? this.site : null;
    serverURL.placeholder = emulator ? emulator.serverURL : 'https://xxxx.backendless.app/api';
    appId.placeholder = emulator?.appId ?? '';
    apiKey.placeholder = emulator?.apiKey ?? '';
  }

  private read(): BackendChoice {
    const preset = this.elements.preset.value as BackendPreset;
    return {
      preset,
      serverURL: preset === 'us' || preset === 'eu' ? '' : this.elements.serverURL.value.trim(),
      appId: this.elements.appId.value.trim(),
      apiKey: this.elements.apiKey.value.trim(),
    };
  }

  private presetLabel(preset: BackendPreset): string {
    const { text } = this.parts.language;
    return { emulator: text.presetEmulator, us: text.presetUs, eu: text.presetEu, custom: text.presetCustom }[preset];
  }
}
