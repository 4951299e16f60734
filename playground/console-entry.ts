// The playground's way into the emulator console: a button in the backend panel that opens the console's views in a
// dialog of this page, talking to the embedded emulator's admin API at the address the page already knows. Only an
// emulator has that API: for a Backendless app the button is disabled, with the reason beside it. The console's code
// is loaded when first opened (a dynamic import, its own chunk), so the page's load does not grow. It speaks the
// page's language: opened after a language switch, it is built again in the new one.
import type { MountedConsole } from '../console/mount.ts';
import type { ResolvedBackend } from './backend-settings.ts';
import { errorMessage } from './error-message.ts';
import { fill, type TextSource } from './ui-messages.ts';

/** The elements of the entry: the button, its note, the dialog and where the console goes in it. */
export interface ConsoleEntryElements {
  open: HTMLButtonElement;
  note: HTMLElement;
  dialog: HTMLDialogElement;
  close: HTMLButtonElement;
  mount: HTMLElement;
}

/** Opens the emulator console for the applied backend, when it is an emulator. */
export class EmulatorConsoleEntry {
  private readonly elements: ConsoleEntryElements;
  private readonly language: TextSource;
  private adminURL: string | null = null;
  private mounted: { adminURL: string; locale: string; console: MountedConsole } | null = null;

  constructor(elements: ConsoleEntryElements, language: TextSource) {
    this.elements = elements;
    this.language = language;
    elements.open.addEventListener('click', () => void this.open());
    elements.close.addEventListener('click', () => elements.dialog.close());
    // Back to the button that opened it, never to the page's body.
    elements.dialog.addEventListener('close', () => elements.open.focus());
    this.setBackend(null);
  }

  /** The backend the settings applied: the button works for an emulator (it has an admin URL), else says why not. */
  setBackend(backend: ResolvedBackend | null): void {
    this.adminURL = backend?.adminURL ?? null;
    this.relabel();
  }

  /** After a language switch, or a new backend: the note in the page's language. */
  relabel(): void {
    const { open, note } = this.elements;
    open.disabled = this.adminURL === null;
    note.textContent = this.adminURL === null ? this.language.text.emulatorConsoleUnavailable : '';
    open.title = this.adminURL === null ? '' : this.language.text.emulatorConsoleHint;
  }

  private async open(): Promise<void> {
    const { adminURL } = this;
    if (adminURL === null) return;
    const { dialog, mount, note } = this.elements;
    try {
      const { locale } = this.language;
      if (this.mounted?.adminURL !== adminURL || this.mounted.locale !== locale) {
        const { mountConsole, consoleLocale, loadConsoleMessages } = await import('../console/mount.ts');
        const language = consoleLocale([locale]);
        const text = await loadConsoleMessages(language);
        const console = mountConsole(mount, { adminURL, headingLevel: 2, locale: language, text });
        this.mounted = { adminURL, locale, console };
      } else {
        void this.mounted.console.refresh();
      }
    } catch (error) {
      note.textContent = fill(this.language.text.emulatorConsoleFailed, { reason: errorMessage(error) });
      return;
    }
    if (!dialog.open) dialog.showModal();
  }
}
