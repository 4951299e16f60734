// The File menu's actions: save the workspace to a file, load one (refused with the reason when it is not a workspace
// this page can load; the blocks then stay), reset to the scenario, and export the program as an ES module for our
// runtime or for the official SDK. Loading and resetting replace the blocks: when there is unsaved work, the page
// asks first; either way the replacement is one step that Undo reverses.
import { workspaceToProgram } from '../index.ts';
import type { ConsolePanel } from './console-panel.ts';
import { errorMessage } from './error-message.ts';
import { loadErrorText } from './load-error-text.ts';
import type { ReplaceDialog } from './replace-dialog.ts';
import type { BackendSource } from './settings-form.ts';
import { fill, type TextSource } from './ui-messages.ts';
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
  confirm: ReplaceDialog;
  /** Called after an action, to close the menu it was chosen from. */
  done(): void;
}

/** Which runtime an exported program imports. */
export type ExportTarget = 'codeless-blocks' | 'backendless';

/** Wires the file buttons; keeps no state of its own. */
export class FileActions {
  private readonly parts: FileActionParts;

  constructor(elements: FileActionElements, parts: FileActionParts) {
    this.parts = parts;
    const act = (action: () => unknown) => () => {
      parts.done();
      void action();
    };
    elements.reset.addEventListener(
      'click',
      act(() => this.resetToScenario()),
    );
    elements.saveFile.addEventListener(
      'click',
      act(() => this.saveWorkspaceFile()),
    );
    elements.loadFile.addEventListener(
      'click',
      act(() => elements.fileInput.click()),
    );
    elements.fileInput.addEventListener('change', () => {
      const file = elements.fileInput.files?.[0];
      // Cleared at once, so choosing the same file again loads it again.
      elements.fileInput.value = '';
      if (file) void this.loadWorkspaceFile(file);
    });
    elements.exportRuntime.addEventListener(
      'click',
      act(() => this.exportProgram('codeless-blocks')),
    );
    elements.exportSdk.addEventListener(
      'click',
      act(() => this.exportProgram('backendless')),
    );
  }

  /** Replaces the blocks with the scenario the page opens with (after asking, when there is unsaved work). */
  async resetToScenario(): Promise<void> {
    const { editor, output, language, confirm } = this.parts;
    if (editor.unsaved && !(await confirm.ask(language.text.replaceWithScenario))) return;
    editor.resetToScenario();
    output.append([({ text }) => text.resetDone], 'info');
  }

  /** Downloads the blocks as `workspace.json`; they are no longer unsaved work. */
  saveWorkspaceFile(): void {
    const { editor, output } = this.parts;
    download('workspace.json', JSON.stringify(editor.save(), null, 2) + '\n', 'application/json');
    editor.markSaved();
    output.append([({ text }) => text.savedWorkspace], 'info');
  }

  /**
   * Replaces the blocks with `file`'s, or says why it cannot (the blocks stay as they were). A file that can be
   * read is asked about only after it has been read, so a refused file never asks.
   */
  async loadWorkspaceFile(file: File): Promise<void> {
    const { editor, output, language, confirm } = this.parts;
    try {
      const contents = await file.text();
      if (editor.unsaved && !(await confirm.ask(fill(language.text.replaceWithFile, { file: file.name })))) return;
      editor.load(contents);
      output.append([({ text }) => fill(text.loadedWorkspace, { file: file.name })], 'info');
    } catch (error) {
      const reason = errorMessage(error);
      output.append([(now) => [`${now.text.loadFailed} `, ...loadErrorText(reason, now)]], 'error');
    }
  }

  /** Downloads the program as an ES module that initialises the configured app itself. */
  exportProgram(runtime: ExportTarget): void {
    const { editor, backends, output } = this.parts;
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
      output.append([({ text }) => fill(text.exported, { file: fileName })], 'info');
      if (!backend || backend.domain) output.append([({ text }) => text.exportNeedsBackend], 'info');
    } catch (error) {
      output.append([errorMessage(error)], 'error');
    }
  }
}

/** Hands `contents` to the browser as a file download named `fileName`. */
export function download(fileName: string, contents: string, type: string): void {
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
