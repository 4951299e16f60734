// The playground page: a Blockly workspace with the Users toolbox, the generated program beside it, Run / Stop in an
// isolated worker, an output console, the backend panel and settings, the File menu, theme and locale. This file
// finds the page's elements, builds those parts and wires them together; each part owns its own state. Everything
// the page shows that came from a program or a backend is set as text, never HTML.
import './style.css';
import 'blockly/blocks';
import { javascriptGenerator } from 'blockly/javascript';
import { install } from '../index.ts';
import { BackendPanel } from './backend-panel.ts';
import { CodePanel } from './code-panel.ts';
import { EmulatorConsoleEntry } from './console-entry.ts';
import { ConsolePanel } from './console-panel.ts';
import { FileActions, type FileActionParts } from './file-actions.ts';
import { InterfaceLanguage } from './language.ts';
import type { AccessTokenGrant, SignInParts } from './oauth-flows.ts';
import { DisclosureMenu, PanelSwitch } from './page-controls.ts';
import { defineProgramStart } from './program-start.ts';
import { isSessionKey } from './remembered-sessions.ts';
import { ReplaceDialog } from './replace-dialog.ts';
import { RunController, type RunParts } from './run-controller.ts';
import { SettingsForm } from './settings-form.ts';
import { PageTheme } from './theme.ts';
import { fill, type Locale } from './ui-messages.ts';
import { WorkspaceEditor } from './workspace-editor.ts';
import { WorkspaceSwitch } from './workspace-switch.ts';
import { Blockly } from './blockly.ts';
import type { BackendSource } from './settings-form.ts';

// How often the session list is re-read while the page is visible and idle.
const SESSIONS_REFRESH_MS = 10_000;

/** The element with `id`; a missing one is a mistake in index.html, reported as such. */
function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`playground: #${id} is missing from index.html`);
  return found as T;
}

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

/** The workspace, its generated code, and the Undo / Redo / Fit / Search buttons above it. */
function workspace(theme: PageTheme, language: InterfaceLanguage, output: ConsolePanel) {
  const undo = element<HTMLButtonElement>('undo');
  const redo = element<HTMLButtonElement>('redo');
  const scenarioNote = element('console-scenario');
  // The panel reads the editor's workspace only when it draws, which is after both exist.
  const code = new CodePanel(element('code-text'), () => editor.workspace);
  const showHistory = () => {
    const { undo: canUndo, redo: canRedo } = editor.history;
    undo.disabled = !canUndo;
    redo.disabled = !canRedo;
  };
  const editor = new WorkspaceEditor({
    container: element('blockly'),
    theme: () => theme.blocklyTheme,
    text: () => language.text,
    onChange: () => {
      code.showSoon();
      showHistory();
    },
    onSettled: () => {
      scenarioNote.hidden = !editor.showsScenario;
    },
    onProblem: (key, reason) => output.append([({ text }) => fill(text[key], { reason })], 'error'),
  });
  editor.restore();
  showHistory();
  // Refined once the blocks have settled (onSettled); until then, what was loaded says it.
  scenarioNote.hidden = !editor.loadedScenario;
  undo.addEventListener('click', () => editor.undo());
  redo.addEventListener('click', () => editor.redo());
  element('zoom-to-fit').addEventListener('click', () => editor.zoomToFit());
  element('search-workspace').addEventListener('click', () => editor.openSearch());
  return { editor, code, showHistory };
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

/**
 * The Program / Server logic tabs over the blocks; the server-logic workspace (its code loaded on first use) is
 * deployed to the applied backend when that is an emulator.
 */
function workspaceSwitch(
  parts: { theme: PageTheme; language: InterfaceLanguage; editor: WorkspaceEditor },
  backends: () => BackendSource,
): WorkspaceSwitch {
  const switcher = new WorkspaceSwitch(
    {
      programTab: element<HTMLButtonElement>('show-program'),
      logicTab: element<HTMLButtonElement>('show-server-logic'),
      program: [element('blockly'), element('code-panel'), document.querySelector<HTMLElement>('.workspace-tools')!],
      logic: [element('server-logic-blockly'), element('server-logic-panel')],
      problem: element('server-logic-note'),
    },
    {
      elements: {
        container: element('server-logic-blockly'),
        status: element('server-logic-status'),
        note: element('server-logic-note'),
        code: element('server-logic-code-text'),
        download: element<HTMLButtonElement>('download-coderunner'),
        copy: element<HTMLButtonElement>('copy-coderunner'),
        example: element<HTMLButtonElement>('logic-example'),
        saveFile: element<HTMLButtonElement>('save-logic-file'),
        loadFile: element<HTMLButtonElement>('load-logic-file'),
        fileInput: element<HTMLInputElement>('logic-file-input'),
      },
      theme: () => parts.theme.blocklyTheme,
      language: parts.language,
      backend: () => backends().backend,
    },
  );
  // Back on the program: Blockly measures its container, which had no size while hidden.
  element('show-program').addEventListener('click', () => Blockly.svgResize(parts.editor.workspace));
  return switcher;
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
function runController(parts: Omit<RunParts, 'showConsole'>, locked: HTMLButtonElement[]): RunController {
  const panels = new PanelSwitch(element('side-panels'));
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
const OAUTH_RETURN = { query: /[?&](userToken|userId|error)=/, fragment: /[#&](access_token|error)=/ };

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

async function start(): Promise<void> {
  // The popup of an access-token sign-in hands the token to the page that opened it and closes.
  if (OAUTH_RETURN.fragment.test(location.hash) && (await oauthFlows()).handOverAccessToken()) return;
  install({ generator: javascriptGenerator });
  defineProgramStart(javascriptGenerator);
  const language = new InterfaceLanguage();
  const themeToggle = element<HTMLButtonElement>('theme');
  const theme = new PageTheme(themeToggle);
  const output = new ConsolePanel(element('console'), element('console-empty'), language);
  const panel = backendPanel(language);

  await language.load();
  language.applyToPage();
  theme.applyToPage();
  const localeMenu = element<HTMLSelectElement>('locale');
  localeMenu.value = language.locale;

  const { editor, code, showHistory } = workspace(theme, language, output);
  const entry = consoleEntry(language);
  const switcher = workspaceSwitch({ theme, language, editor }, () => settings);
  const settings = settingsForm({ panel, output, language }, entry, () => void switcher.serverLogic?.deploy());
  const reset = element<HTMLButtonElement>('reset');
  const loadFile = element<HTMLButtonElement>('load-file');
  const runs = runController(
    {
      editor,
      backends: settings,
      output,
      panel,
      language,
      afterFailure: accessTokenOffers({ editor, backends: settings, output, panel }),
    },
    [reset, loadFile],
  );
  fileActions({ editor, backends: settings, output, language }, { reset, loadFile });

  element<HTMLButtonElement>('clear-console').addEventListener('click', () => output.clear());
  themeToggle.addEventListener('click', () => {
    theme.flip();
    editor.setTheme(theme.blocklyTheme);
    switcher.serverLogic?.setTheme(theme.blocklyTheme);
  });
  /** Another language: every text first, then every part that shows text of its own. */
  async function switchLanguage(target: Locale): Promise<void> {
    if (!(await language.switchTo(target))) return;
    editor.rebuild();
    switcher.serverLogic?.rebuild();
    code.show();
    showHistory();
    settings.relabel();
    runs.relabel();
    entry.relabel();
    output.relabel();
  }
  localeMenu.addEventListener('change', () => void switchLanguage(localeMenu.value as Locale));
  // Keep the session list current while the page is visible (another tab or program may log in or out).
  setInterval(() => {
    if (document.visibilityState === 'visible' && !runs.running) void panel.watch();
  }, SESSIONS_REFRESH_MS);
  // Another tab of this page logged in or out (a sign-in through a provider lands in a tab of its own).
  window.addEventListener('storage', (event) => {
    if (event.key === null || isSessionKey(event.key)) void panel.watch();
  });

  // The moment a person can drag a block (a Run pressed before the backend is known waits for it):
  // bench/playground.bench.ts measures navigation → this mark.
  performance.mark('codeless:interactive');
  code.show();
  await settings.start();
  if (OAUTH_RETURN.query.test(location.search)) {
    await (await oauthFlows()).takeSignIn({ panel, output, backends: settings });
  }
  // Everything is in place, the backend known: the browser tests wait for this.
  document.documentElement.dataset.ready = 'true';
}

void start();
