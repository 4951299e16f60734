// Run and Stop: turns the workspace into a program, runs it in its own worker (runner.ts) against the applied
// backend, and shows what happens — a line that starts and one that ends each run in the console, printed lines and
// errors in it, the running block lit, a failed run's block marked with its error, sessions in the backend panel,
// the outcome in the run status. At most one run at a time; this is the only place that knows whether one is going,
// and the controls that must not act during a run (Reset, Load) are disabled while it goes.
import { workspaceToFunctionBody } from '../index.ts';
import type { BackendPanel } from './backend-panel.ts';
import type { ConsolePanel, LinePart } from './console-panel.ts';
import { explainError } from './backend-errors.ts';
import { errorMessage } from './error-message.ts';
import { storedSessions, storeSession } from './remembered-sessions.ts';
import { firstMissingInput, skippedStacks } from './program-check.ts';
import { HIGHLIGHT_FUNCTION, STATEMENT_PREFIX, type RunRequest } from './run-protocol.ts';
import { ProgramRun, type RunOutcome } from './runner.ts';
import type { BackendSource } from './settings-form.ts';
import { fill, formatTime, type Locale, type TextSource } from './ui-messages.ts';
import type { WorkspaceEditor } from './workspace-editor.ts';

// A run reports each login / logout; the panel re-reads the backend once they settle, not once per report.
const SESSION_REFRESH_DELAY_MS = 100;
// Backendless' code for an account locked out after failed logins.
const LOCKED_OUT = 3036;

/** The controls a run drives (all present in index.html). */
export interface RunControlElements {
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
  /** The one-line run status (`role="status"`), its state in `data-state`. */
  status: HTMLElement;
  /** Controls that would change the workspace under a run: disabled while one goes. */
  lockedWhileRunning: HTMLButtonElement[];
}

/** The page's parts a run reads from and reports to. */
export interface RunParts {
  editor: WorkspaceEditor;
  backends: BackendSource;
  output: ConsolePanel;
  panel: BackendPanel;
  language: TextSource;
  /** Brings the console into view (on a narrow screen it may sit behind another tab). */
  showConsole(): void;
  /** Told the block a run failed at (null: none), after the failure is shown: to offer what would help. */
  afterFailure?(blockId: string | null): void;
}

/** The states the run status shows, for styling; '' before the first run. */
type RunState = 'running' | 'ok' | 'error' | 'stopped' | '';

/** Owns the current run. */
export class RunController {
  private readonly elements: RunControlElements;
  private readonly parts: RunParts;
  private current: { run: ProgramRun; started: number; focusedRun: boolean } | null = null;
  private runs = 0;
  private state: RunState = '';

  private backendKnown = false;

  /** Wires Run and Stop. */
  constructor(elements: RunControlElements, parts: RunParts) {
    this.elements = elements;
    this.parts = parts;
    void parts.backends.ready.then(() => {
      this.backendKnown = true;
    });
    elements.run.addEventListener('click', () => this.run());
    elements.stop.addEventListener('click', () => this.stop());
  }

  /** True while a program runs. */
  get running(): boolean {
    return this.current !== null;
  }

  /**
   * Keyboard shortcuts on `target`: Ctrl+Enter (⌘+Enter) runs, Escape stops a run. Listened to while the event
   * goes down to its target, so they work wherever the focus is — in the workspace too, whose own keyboard
   * handling would otherwise take both: Blockly opens its context menu on Ctrl+Enter, and that menu took the
   * Escape meant for the run. An Escape pressed in something that closes on Escape (a menu, a dialog, a field
   * being edited) closes that instead.
   */
  listenForShortcuts(target: Document): void {
    target.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          event.stopPropagation();
          this.run();
        } else if (event.key === 'Escape' && this.current && !closesOnEscape(event.target)) {
          event.preventDefault();
          this.stop();
        }
      },
      { capture: true },
    );
  }

  /** Starts the workspace's program; does nothing while one runs, says why when it cannot start. */
  run(): void {
    if (this.current) return;
    if (!this.backendKnown) {
      // Pressed in the first moments, before the page knows its backend: runs as soon as it does.
      void this.parts.backends.ready.then(() => this.run());
      return;
    }
    const { editor, backends, output, panel } = this.parts;
    const backend = backends.backend;
    if (!backend) {
      const problem = backends.problem;
      output.append([problem ? problem : ({ text }) => text.noBackend], 'error');
      this.parts.showConsole();
      return;
    }
    if (!this.readyToRun()) return;
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
    editor.clearFailure();
    this.runs += 1;
    const number = this.runs;
    const started = Date.now();
    output.append([(now) => fill(now.text.runStarted, { number, time: formatTime(started, now.locale) })], 'run');
    const skipped = skippedStacks(editor.workspace).join(', ');
    if (skipped) output.append([(now) => fill(now.text.blocksSkipped, { blocks: skipped })], 'info');
    this.parts.showConsole();
    panel.runStarted();
    const focusedRun = document.activeElement === this.elements.run;
    this.showRunning(true);
    // Run is disabled now: the focus goes to Stop, the control that acts on the run, not to the page's body.
    if (focusedRun) this.elements.stop.focus();
    this.showStatus('running');
    const run = new ProgramRun(request, {
      print(lines, skipped) {
        if (skipped > 0) output.append([({ text }) => fill(text.linesSkipped, { count: skipped })], 'info');
        output.append(lines);
      },
      highlight(blockId) {
        editor.highlight(blockId);
      },
      session(token, objectId, user) {
        panel.runSession(token, objectId, user);
        refreshSoon();
      },
      storage(key, value) {
        // Only for the backend this run used: the settings may have changed since it started.
        if (backend === backends.backend) storeSession(key, value);
      },
      error: (code, message, blockId) => this.reportError(code, message, blockId),
      done(token, user) {
        panel.runEnded(token, user);
      },
    });
    this.current = { run, started: performance.now(), focusedRun };
    void run.outcome.then((outcome) => this.finished(outcome));
  }

  /**
   * Whether every block that would run has its required inputs: if not, the run does not start, and the console
   * names the first such block, which is marked and brought into view with its warning open.
   */
  private readyToRun(): boolean {
    const { editor, output, language } = this.parts;
    const missing = firstMissingInput(editor.workspace, language.text);
    if (!missing) return true;
    editor.markFailure(missing.blockId, null);
    const { block, inputs } = missing;
    output.append([(now) => fill(now.text.runMissingInput, { block, inputs })], 'error');
    this.parts.showConsole();
    return false;
  }

  /** Ends the current run now, wherever it is (an infinite loop included). */
  stop(): void {
    this.current?.run.stop();
  }

  /**
   * One error line (a Backendless error as `code message`; the server's message is English, and in another
   * language the code's meaning comes first), its block marked with the error, and what to do about it.
   */
  private reportError(code: number | null, message: string, blockId: string | null): void {
    const { editor, output, panel, language, backends } = this.parts;
    const text = language.text;
    const shown = message || text.programCouldNotStart;
    const explained = code === null ? null : explainError(code, language.errors);
    output.append([(now) => errorLine(code, message, now)], 'error');
    // Blockly's warning holds plain text in the page's language: the server's English stays in the console.
    const error =
      explained !== null
        ? `${code} ${explained}`
        : language.locale === 'en'
          ? code === null
            ? shown
            : `${code} ${shown}`
          : fill(text.failedSeeConsole, { code: code ?? '' }).trim();
    editor.markFailure(blockId, fill(text.failedHere, { error }));
    // The runtime names an unreachable server by its origin: "Backendless server <origin>: Failed to fetch".
    const unreachable = code === null ? message.match(/^Backendless server (\S+): (.*)$/s) : null;
    if (unreachable && !/^HTTP \d/.test(unreachable[2]!)) {
      panel.reportUnreachable(unreachable[2]!);
      const origin = unreachable[1]!;
      const emulator = backends.backend?.preset === 'emulator';
      output.append(
        [({ text }) => `${fill(text.networkHint, { origin })}${emulator ? ` ${text.networkHintEmulator}` : ''}`],
        'info',
      );
    }
    if (code === LOCKED_OUT) void this.explainLockout();
    this.parts.afterFailure?.(blockId);
  }

  /** Says until when who is locked out (the emulator knows), or how Backendless handles it. */
  private async explainLockout(): Promise<void> {
    const { output, panel } = this.parts;
    if (!panel.administers) {
      output.append([({ text }) => text.lockedOutApp], 'info');
      return;
    }
    for (const { email, until, failedLogins: count } of await panel.lockedUsers()) {
      output.append(
        [({ text, locale }) => fill(text.lockedOut, { email, time: formatTime(until, locale), count })],
        'info',
      );
    }
  }

  private finished(outcome: RunOutcome): void {
    const { editor, panel, output } = this.parts;
    const current = this.current!;
    this.current = null;
    editor.highlight(null);
    this.showRunning(false);
    const elapsed = (performance.now() - current.started) / 1000;
    this.showStatus(({ finished: 'ok', stopped: 'stopped', failed: 'error' } as const)[outcome]);
    const ending = ({ finished: 'runFinished', stopped: 'runStopped', failed: 'runFailed' } as const)[outcome];
    output.append([({ text, locale }) => fill(text[ending], { seconds: formatSeconds(elapsed, locale) })], 'run');
    // Back to Run if the focus was on the run's controls; a person typing elsewhere keeps their place.
    const focus = document.activeElement;
    if (current.focusedRun && (focus === this.elements.stop || focus === document.body || focus === null)) {
      this.elements.run.focus();
    }
    void panel.refresh();
    void panel.checkStatus();
  }

  private showRunning(running: boolean): void {
    this.elements.run.disabled = running;
    this.elements.stop.disabled = !running;
    this.elements.run.setAttribute('aria-busy', String(running));
    for (const control of this.elements.lockedWhileRunning) control.disabled = running;
  }

  /** Says the run status again in the current language (after a language switch). */
  relabel(): void {
    this.showStatus(this.state);
  }

  private showStatus(state: RunState): void {
    const { text } = this.parts.language;
    this.state = state;
    const messages: Record<RunState, string> = {
      running: text.running,
      ok: text.finished,
      error: text.failed,
      stopped: text.stopped,
      '': '',
    };
    this.elements.status.textContent = messages[state];
    this.elements.status.dataset.state = state;
  }
}

/**
 * An error line in `language`: a Backendless error as `code message`, the server's (English) message marked as such;
 * where the page knows the code's meaning in its language, that comes first.
 */
function errorLine(code: number | null, message: string, language: TextSource): LinePart[] {
  const server: LinePart = message ? { text: message, lang: 'en' } : language.text.programCouldNotStart;
  const explained = code === null ? null : explainError(code, language.errors);
  return code === null ? [server] : explained ? [`${code} ${explained} (`, server, ')'] : [`${code} `, server];
}

/** Seconds with one decimal, as people of `locale` write them (`1.5`, `1,5`). */
function formatSeconds(seconds: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(seconds);
}

/** True when `target` is inside something Escape closes: the File menu, a dialog, a menu or editor of Blockly's. */
function closesOnEscape(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest(
      '.menu-panel, dialog[open], .blocklyMenu, .blocklyWidgetDiv, .blocklyDropDownDiv, .blockly-ws-search',
    ) !== null
  );
}
