// The file buttons: save the workspace to a file, load one (refused with the reason when it is not a workspace
// this page can load; the blocks then stay), reset to the scenario, and export the program as an ES module for
// our runtime or for the official SDK.
import { workspaceToProgram } from '../index.ts';
import type { ConsolePanel } from './console-panel.ts';
import { errorMessage } from './error-message.ts';
import type { BackendSource } from './settings-form.ts';
import type { TextSource } from './ui-messages.ts';
import type { WorkspaceEditor } from './workspace-editor.ts';

// How long a download's object URL lives: long enough for the browser to start saving it.
const DOWNLOAD_URL_LIFETIME_MS = 10_000;

/** The buttons and the hidden file input (all present in index.html). */
export interface FileActionElements {
  reset: HTMLButtonElement;
  saveFile: HTMLButtonElement;
  loadFile: HTMLButtonElement;
  fileInput: HTMLInputElement;
  exportRuntime: HTMLButtonElement;
  exportSdk: HTMLButtonElement;
}

/** The page's parts the file actions read from and report to. */
export interface FileActionParts {
  editor: WorkspaceEditor;
  backends: BackendSource;
  output: ConsolePanel;
  language: TextSource;
}

/** Which runtime an exported program imports. */
export type ExportTarget = 'codeless-blocks' | 'backendless';

/** Wires the file buttons; keeps no state of its own. */
export class FileActions {
  private readonly parts: FileActionParts;

  constructor(elements: FileActionElements, parts: FileActionParts) {
    this.parts = parts;
    elements.reset.addEventListener('click', () => this.resetToScenario());
    elements.saveFile.addEventListener('click', () => this.saveWorkspaceFile());
    elements.loadFile.addEventListener('click', () => elements.fileInput.click());
    elements.fileInput.addEventListener('change', () => {
      const file = elements.fileInput.files?.[0];
      // Cleared at once, so choosing the same file again loads it again.
      elements.fileInput.value = '';
      if (file) void this.loadWorkspaceFile(file);
    });
    elements.exportRuntime.addEventListener('click', () => this.exportProgram('codeless-blocks'));
    elements.exportSdk.addEventListener('click', () => this.exportProgram('backendless'));
  }

  /** Replaces the blocks with the scenario the page opens with. */
  resetToScenario(): void {
    this.parts.editor.resetToScenario();
    this.parts.output.append([this.parts.language.text.resetDone], 'info');
  }

  /** Downloads the blocks as `workspace.json`. */
  saveWorkspaceFile(): void {
    download('workspace.json', JSON.stringify(this.parts.editor.save(), null, 2) + '\n', 'application/json');
    this.parts.output.append([this.parts.language.text.savedWorkspace], 'info');
  }

  /** Replaces the blocks with `file`'s, or says why it cannot (the blocks stay as they were). */
  async loadWorkspaceFile(file: File): Promise<void> {
    const { editor, output, language } = this.parts;
    try {
      editor.load(await file.text());
      output.append([`${language.text.loadedWorkspace} ${file.name}`], 'info');
    } catch (error) {
      output.append([`${language.text.loadFailed} ${errorMessage(error)}`], 'error');
    }
  }

  /** Downloads the program as an ES module that initialises the configured app itself. */
  exportProgram(runtime: ExportTarget): void {
    const { editor, backends, output, language } = this.parts;
    const backend = backends.backend;
    try {
      // The exported file initialises the configured app itself; an app domain is left to the caller.
      const program = workspaceToProgram(editor.workspace, {
        runtime,
        backend:
          backend && !backend.domain
            ? { serverURL: backend.serverURL, appId: backend.appId, apiKey: backend.apiKey }
            : null,
      });
      const fileName = runtime === 'backendless' ? 'program.backendless.mjs' : 'program.mjs';
      download(fileName, program, 'text/javascript');
      output.append([`${language.text.exported} ${fileName}`], 'info');
    } catch (error) {
      output.append([errorMessage(error)], 'error');
    }
  }
}

/** Hands `contents` to the browser as a file download named `fileName`. */
function download(fileName: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}
