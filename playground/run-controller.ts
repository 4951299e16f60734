// Run and Stop: turns the workspace into a program, runs it in its own worker (runner.ts) against the applied
// backend, and shows what happens — printed lines and errors in the console, the running block lit, sessions
// in the backend panel, the outcome in the run status. At most one run at a time; this is the only place that
// knows whether one is going.
import { workspaceToFunctionBody } from '../index.ts';
import type { BackendPanel } from './backend-panel.ts';
import type { ConsolePanel } from './console-panel.ts';
import { errorMessage } from './error-message.ts';
import { storedSessions, storeSession } from './remembered-sessions.ts';
import { HIGHLIGHT_FUNCTION, STATEMENT_PREFIX, type RunRequest } from './run-protocol.ts';
import { ProgramRun, type RunOutcome } from './runner.ts';
import type { BackendSource } from './settings-form.ts';
import type { TextSource } from './ui-messages.ts';
import type { WorkspaceEditor } from './workspace-editor.ts';

// A run reports each login / logout; the panel re-reads the backend once they settle, not once per report.
const SESSION_REFRESH_DELAY_MS = 100;

/** The controls a run drives (all present in index.html). */
export interface RunControlElements {
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
  /** The one-line run status (`role="status"`), its state in `data-state`. */
  status: HTMLElement;
}

/** The page's parts a run reads from and reports to. */
export interface RunParts {
  editor: WorkspaceEditor;
  backends: BackendSource;
  output: ConsolePanel;
  panel: BackendPanel;
  language: TextSource;
}

/** The states the run status shows, for styling; '' before the first run. */
type RunState = 'running' | 'ok' | 'error' | 'stopped' | '';

/** Owns the current run. */
export class RunController {
  private readonly elements: RunControlElements;
  private readonly parts: RunParts;
  private current: ProgramRun | null = null;

  /** Wires Run and Stop. */
  constructor(elements: RunControlElements, parts: RunParts) {
    this.elements = elements;
    this.parts = parts;
    elements.run.addEventListener('click', () => this.run());
    elements.stop.addEventListener('click', () => this.stop());
  }

  /** True while a program runs. */
  get running(): boolean {
    return this.current !== null;
  }

  /** Keyboard shortcuts on `target`: Ctrl+Enter (⌘+Enter) runs, Escape stops a run. */
  listenForShortcuts(target: Document): void {
    target.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.run();
      } else if (event.key === 'Escape' && this.current) {
        this.stop();
      }
    });
  }

  /** Starts the workspace's program; does nothing while one runs, says why when it cannot start. */
  run(): void {
    if (this.current) return;
    const { editor, backends, output, panel, language } = this.parts;
    const backend = backends.backend;
    if (!backend) {
      output.append([backends.problem || 'No backend is configured'], 'error');
      return;
    }
    let body: string;
    try {
      body = workspaceToFunctionBody(editor.workspace, {
        statementPrefix: STATEMENT_PREFIX,
        reservedWords: [HIGHLIGHT_FUNCTION],
      });
    } catch (error) {
      output.append([errorMessage(error)], 'error');
      return;
    }
    const request: RunRequest = {
      body,
      backend: backend.domain
        ? { domain: backend.domain }
        : { serverURL: backend.serverURL, appId: backend.appId, apiKey: backend.apiKey },
      storage: storedSessions(),
    };
    let refreshQueued = false;
    const refreshSoon = () => {
      if (refreshQueued) return;
      refreshQueued = true;
      setTimeout(() => {
        refreshQueued = false;
        void panel.refresh();
      }, SESSION_REFRESH_DELAY_MS);
    };
    this.showRunning(true);
    this.showStatus(language.text.running, 'running');
    const run = new ProgramRun(request, {
      print(lines, skipped) {
        if (skipped > 0) output.append([`… ${skipped} lines skipped …`], 'info');
        output.append(lines);
      },
      highlight(blockId) {
        editor.highlight(blockId);
      },
      session(token) {
        if (token) panel.noteToken(token);
        panel.setLoggedIn(token, null);
        refreshSoon();
      },
      storage(key, value) {
        // Only for the backend this run used: the settings may have changed since it started.
        if (backend === backends.backend) storeSession(key, value);
      },
      error(code, message) {
        output.append([code === null ? message : `${code} ${message}`], 'error');
      },
      done(token, user) {
        panel.setLoggedIn(token, user);
      },
    });
    this.current = run;
    void run.outcome.then((outcome) => this.finished(outcome));
  }

  /** Ends the current run now, wherever it is (an infinite loop included). */
  stop(): void {
    this.current?.stop();
  }

  private finished(outcome: RunOutcome): void {
    const { editor, panel, language } = this.parts;
    this.current = null;
    editor.highlight(null);
    this.showRunning(false);
    if (outcome === 'finished') this.showStatus(language.text.finished, 'ok');
    else if (outcome === 'stopped') this.showStatus(language.text.stopped, 'stopped');
    else this.showStatus(language.text.failed, 'error');
    void panel.refresh();
  }

  private showRunning(running: boolean): void {
    this.elements.run.disabled = running;
    this.elements.stop.disabled = !running;
    this.elements.run.setAttribute('aria-busy', String(running));
  }

  private showStatus(message: string, state: RunState): void {
    this.elements.status.textContent = message;
    this.elements.status.dataset.state = state;
  }
}
