// The backend settings form: the embedded emulator (default) or a Backendless app (US / EU presets or a custom
// server URL, application id, REST API key). It owns the person's choice and the backend that choice resolves
// to, which Run and Export read. Save applies a valid choice and remembers it; an invalid one is explained
// beside the form and changes nothing.
import type { EmulatorAddress } from '../emulator/contract.ts';
import type { BackendPanel } from './backend-panel.ts';
import {
  findEmulator,
  loadBackendChoice,
  PRESET_SERVER_URLS,
  resolveBackend,
  saveBackendChoice,
  type BackendChoice,
  type BackendPreset,
  type ResolvedBackend,
} from './backend-settings.ts';
import type { ConsolePanel } from './console-panel.ts';
import { errorMessage } from './error-message.ts';
import { rememberedSession } from './remembered-sessions.ts';
import type { TextSource } from './ui-messages.ts';

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
}

/** What the form reports to besides itself. */
export interface SettingsFormParts {
  panel: BackendPanel;
  output: ConsolePanel;
  language: TextSource;
}

/** Owns the backend choice, the emulator's address and the resolved backend; the only place they change. */
export class SettingsForm implements BackendSource {
  private readonly elements: SettingsFormElements;
  private readonly parts: SettingsFormParts;
  private choice: BackendChoice = loadBackendChoice();
  // Until `start()` has asked the dev server: the address the page was built with.
  private emulator: EmulatorAddress = __CODELESS_DEFAULT_EMULATOR__;
  private resolved: ResolvedBackend | null = null;

  /** Wires the form's controls; {@link start} applies the saved choice. */
  constructor(elements: SettingsFormElements, parts: SettingsFormParts) {
    this.elements = elements;
    this.parts = parts;
    elements.preset.addEventListener('change', () => {
      // Only the form changes; the applied settings change on Save.
      this.fill({ preset: elements.preset.value as BackendPreset, serverURL: '', appId: '', apiKey: '' });
      elements.error.textContent = '';
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

  /** Learns where the embedded emulator listens, fills the form and applies the saved choice. */
  async start(): Promise<void> {
    this.emulator = await findEmulator();
    this.fill();
    this.apply();
  }

  /**
   * After a language switch: the form shows the applied choice again (placeholders and labels in the new
   * language) and the backend panel starts over with it.
   */
  relabel(): void {
    this.fill();
    this.parts.panel.setBackend(this.resolved, this.presetLabel(this.choice.preset));
    this.check();
  }

  private submit(): void {
    const next = this.read();
    try {
      resolveBackend(next, this.emulator);
    } catch (error) {
      this.elements.error.textContent = errorMessage(error);
      return;
    }
    this.choice = next;
    saveBackendChoice(next);
    this.apply();
    this.parts.output.append([this.parts.language.text.settingsSaved], 'info');
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
      this.resolved = resolveBackend(this.choice, this.emulator);
      this.elements.error.textContent = '';
      panel.setBackend(this.resolved, this.presetLabel(this.choice.preset));
      // A "stay logged in" session left by an earlier run: the next run starts logged in with it.
      const session = rememberedSession(this.resolved.sessionStorageKey);
      if (session) panel.setLoggedIn(session.token, { objectId: session.objectId, email: null, name: null });
      this.check();
    } catch (error) {
      this.resolved = null;
      const message = errorMessage(error);
      this.elements.error.textContent = message;
      panel.setBackend(null, this.presetLabel(this.choice.preset), message);
    }
  }

  /** Fills the form (default: the applied choice); the emulator preset shows its defaults as placeholders. */
  private fill(values: BackendChoice = this.choice): void {
    const { preset, serverURL, appId, apiKey } = this.elements;
    const zone = values.preset === 'us' || values.preset === 'eu' ? values.preset : null;
    preset.value = values.preset;
    serverURL.value = zone ? PRESET_SERVER_URLS[zone] : values.serverURL;
    serverURL.readOnly = zone !== null;
    appId.value = values.appId;
    apiKey.value = values.apiKey;
    const emulatorPreset = values.preset === 'emulator';
    serverURL.placeholder = emulatorPreset ? this.emulator.url : 'https://xxxx.backendless.app/api';
    appId.placeholder = emulatorPreset ? this.emulator.appId : '';
    apiKey.placeholder = emulatorPreset ? this.emulator.apiKey : '';
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
