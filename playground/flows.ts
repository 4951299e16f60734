// The page's flows a person starts once the workspace is up: Run / Stop, the File menu, the backend panel and its
// settings, the emulator's console, the OAuth2 sign-ins, and the generated code. main.ts loads this module right
// after the page becomes interactive, so none of it is on the way to the first block a person drags; a control
// pressed before it is wired waits for it (early-input.ts).
import { BackendPanel } from './backend-panel.ts';
import { CodePanel } from './code-panel.ts';
import { EmulatorConsoleEntry } from './console-entry.ts';
import type { ConsolePanel } from './console-panel.ts';
import { FileActions, type FileActionParts } from './file-actions.ts';
import type { InterfaceLanguage } from './language.ts';
import type { AccessTokenGrant, SignInParts } from './oauth-flows.ts';
import { DisclosureMenu, type PanelSwitch } from './page-controls.ts';
import { element } from './page-element.ts';
import { isSessionKey } from './remembered-sessions.ts';
import { ReplaceDialog } from './replace-dialog.ts';
import { RunController, type RunParts } from './run-controller.ts';
import { SettingsForm, type BackendSource } from './settings-form.ts';
import type { WorkspaceEditor } from './workspace-editor.ts';

// How often the session list is re-read while the page is visible and idle.
const SESSIONS_REFRESH_MS = 10_000;

/** The backend panel, over its elements. */
function backendPanel(language: InterfaceLanguage): BackendPanel {
  return new BackendPanel(
    {
      summary: element('backend-summary'),
      status: element('backend-status'),
      who: element('logged-in'),
      logOut: element<HTMLButtonElement>('log-out'),
      sessions: element('sessions'),
      sessionsNote: element('sessions-note'),
      endAllSessions: element<HTMLButtonElement>('end-all-sessions'),
      lockedSection: element('locked-section'),
      locked: element('locked'),
      tokens: element('tokens'),
    },
    language,
  );
}

/** The button that opens the emulator's console in a dialog. */
function consoleEntry(language: InterfaceLanguage): EmulatorConsoleEntry {
  return new EmulatorConsoleEntry(
    {
      open: element<HTMLButtonElement>('open-console'),
      note: element('console-entry-note'),
      dialog: element<HTMLDialogElement>('console-dialog'),
      close: element<HTMLButtonElement>('close-console'),
      mount: element('console-mount'),
    },
    language,
  );
}

/** The backend settings form; applying a backend points the emulator's console (and server logic) at it too. */
function settingsForm(
  parts: { panel: BackendPanel; output: ConsolePanel; language: InterfaceLanguage },
  entry: EmulatorConsoleEntry,
  onApplied: () => void,
): SettingsForm {
  return new SettingsForm(
    {
      form: element<HTMLFormElement>('settings-form'),
      preset: element<HTMLSelectElement>('preset'),
      serverURL: element<HTMLInputElement>('server-url'),
      appId: element<HTMLInputElement>('app-id'),
      apiKey: element<HTMLInputElement>('api-key'),
      error: element('settings-error'),
      checkBackend: element<HTMLButtonElement>('check-backend'),
    },
    {
      ...parts,
      onApplied: (backend) => {
        entry.setBackend(backend);
        onApplied();
      },
    },
  );
}

/** Run / Stop and their shortcuts; Reset and Load wait while a program runs. */
function runController(
  parts: Omit<RunParts, 'showConsole'>,
  locked: HTMLButtonElement[],
  panels: PanelSwitch,
): RunController {
  const runs = new RunController(
    {
      run: element<HTMLButtonElement>('run'),
      stop: element<HTMLButtonElement>('stop'),
      status: element('run-status'),
      lockedWhileRunning: locked,
    },
    {
      ...parts,
      showConsole: () => {
        panels.show('console-panel');
        element('console-panel').scrollIntoView({ block: 'nearest' });
        parts.output.showLatest();
      },
    },
  );
  runs.listenForShortcuts(document);
  return runs;
}

/** The File menu: reset to the scenario, save, load and export. */
function fileActions(
  parts: Omit<FileActionParts, 'confirm' | 'done'>,
  buttons: { reset: HTMLButtonElement; loadFile: HTMLButtonElement },
): void {
  const fileMenu = new DisclosureMenu(element<HTMLButtonElement>('file-menu'), element('file-actions'));
  new FileActions(
    {
      ...buttons,
      saveFile: element<HTMLButtonElement>('save-file'),
      fileInput: element<HTMLInputElement>('file-input'),
      exportRuntime: element<HTMLButtonElement>('export-runtime'),
      exportSdk: element<HTMLButtonElement>('export-sdk'),
    },
    {
      ...parts,
      confirm: new ReplaceDialog({
        dialog: element<HTMLDialogElement>('replace-dialog'),
        message: element('replace-message'),
      }),
      done: () => fileMenu.close(),
    },
  );
}

// The OAuth2 flows' code (oauth-flows.ts), loaded when a flow needs it: a sign-in coming back to the page, or a
// run that failed at Login with OAuth2.
const oauthFlows = () => import('./oauth-flows.ts');
// A sign-in through a provider coming back to the page.
const SIGN_IN_RETURN = /[?&](userToken|userId|error)=/;

/** After a failed run: at Login with OAuth2, the page may offer to get its access token. */
function accessTokenOffers(parts: SignInParts & { editor: WorkspaceEditor }): (blockId: string | null) => void {
  let grant: AccessTokenGrant | undefined;
  return (blockId) => {
    const type = blockId ? parts.editor.workspace.getBlockById(blockId)?.type : undefined;
    if (!type?.startsWith('backendless_users_login_with_oauth2')) return;
    void oauthFlows().then(({ AccessTokenGrant }) => {
      grant ??= new AccessTokenGrant(parts);
      grant.offerAfterFailure(blockId);
    });
  };
}

/** What the flows need from the page's first part. */
export interface FlowParts {
  editor: WorkspaceEditor;
  output: ConsolePanel;
  language: InterfaceLanguage;
  panels: PanelSwitch;
  /** Told each time a backend is applied (the server-logic workspace deploys to it). */
  onBackendApplied: () => void;
}

/** The wired flows: what the page tells them later. */
export interface PageFlows {
  /** The applied backend, as the settings form knows it. */
  readonly backends: BackendSource;
  /** Redraws the generated code on the next frame (the blocks changed). */
  codeChanged(): void;
  /** Every text of the flows again, in the language just chosen. */
  relabel(): void;
  /** Shows the code, learns the backend and takes a sign-in coming back: the page is then ready. */
  start(): Promise<void>;
}

/** Builds the flows over the page's elements and wires their controls. */
export function wireFlows({ editor, output, language, panels, onBackendApplied }: FlowParts): PageFlows {
  const code = new CodePanel(element('code-text'), () => editor.workspace);
  const panel = backendPanel(language);
  const entry = consoleEntry(language);
  const settings = settingsForm({ panel, output, language }, entry, onBackendApplied);
  const reset = element<HTMLButtonElement>('reset');
  const loadFile = element<HTMLButtonElement>('load-file');
  const afterFailure = accessTokenOffers({ editor, backends: settings, output, panel });
  const runs = runController(
    { editor, backends: settings, output, panel, language, afterFailure },
    [reset, loadFile],
    panels,
  );
  fileActions({ editor, backends: settings, output, language }, { reset, loadFile });
  // Keep the session list current while the page is visible (another tab or program may log in or out).
  setInterval(() => {
    if (document.visibilityState === 'visible' && !runs.running) void panel.watch();
  }, SESSIONS_REFRESH_MS);
  // Another tab of this page logged in or out (a sign-in through a provider lands in a tab of its own).
  window.addEventListener('storage', (event) => {
    if (event.key === null || isSessionKey(event.key)) void panel.watch();
  });
  return {
    backends: settings,
    codeChanged: () => code.showSoon(),
    relabel() {
      code.show();
      settings.relabel();
      runs.relabel();
      entry.relabel();
    },
    async start() {
      code.show();
      await settings.start();
      if (SIGN_IN_RETURN.test(location.search)) {
        await (await oauthFlows()).takeSignIn({ panel, output, backends: settings });
      }
    },
  };
}
