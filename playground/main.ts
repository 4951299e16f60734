// The playground page: a Blockly workspace with the Users toolbox, the generated program beside it, Run / Stop
// in an isolated worker, an output console, the backend panel and settings, save / load / export, theme and
// locale. Everything the page shows that came from a program or a backend is set as text, never as HTML.
import './style.css';
import * as BlocklyNS from 'blockly/core';
import 'blockly/blocks';
import { javascriptGenerator } from 'blockly/javascript';
import * as BlocklyEn from 'blockly/msg/en';
import {
  codelessThemes,
  install,
  loadWorkspaceJson,
  messages,
  toolboxCategory,
  workspaceToFunctionBody,
  workspaceToProgram,
} from '../index.ts';
import scenario from './scenario/alice.json' with { type: 'json' };
import { BackendPanel } from './backend-panel.ts';
import {
  loadBackendSettings,
  PRESET_SERVER_URLS,
  resolveBackend,
  saveBackendSettings,
  type BackendPreset,
  type BackendSettings,
  type ResolvedBackend,
} from './backend-settings.ts';
import { ConsolePanel } from './console-panel.ts';
import { renderHighlightedCode } from './highlight.ts';
import { HIGHLIGHT_FUNCTION, STATEMENT_PREFIX, type RunRequest } from './run-protocol.ts';
import { ProgramRun } from './runner.ts';
import { playgroundToolbox } from './toolbox.ts';
import { categoryMessages, LOCALES, uiMessages, type Locale, type UiMessages } from './ui-messages.ts';

// Bundlers give `blockly/core`'s names directly; Node's CommonJS interop puts them on `default`.
const Blockly = ((BlocklyNS as unknown as { default?: typeof BlocklyNS }).default ?? BlocklyNS) as typeof BlocklyNS;

const WORKSPACE_KEY = 'codeless-playground:workspace';
const LOCALE_KEY = 'codeless-playground:locale';
const THEME_KEY = 'codeless-playground:theme';
const MEDIA_URL = new URL('blockly-media/', document.baseURI).href;
const AUTOSAVE_DELAY_MS = 300;

type EmulatorInfo = { url: string; appId: string; apiKey: string };

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`playground: #${id} is missing from index.html`);
  return found as T;
}

const ui = {
  run: element<HTMLButtonElement>('run'),
  stop: element<HTMLButtonElement>('stop'),
  reset: element<HTMLButtonElement>('reset'),
  saveFile: element<HTMLButtonElement>('save-file'),
  loadFile: element<HTMLButtonElement>('load-file'),
  fileInput: element<HTMLInputElement>('file-input'),
  exportRuntime: element<HTMLButtonElement>('export-runtime'),
  exportSdk: element<HTMLButtonElement>('export-sdk'),
  theme: element<HTMLButtonElement>('theme'),
  locale: element<HTMLSelectElement>('locale'),
  blockly: element('blockly'),
  code: element('code-text'),
  console: element('console'),
  clearConsole: element<HTMLButtonElement>('clear-console'),
  runStatus: element('run-status'),
  settingsForm: element<HTMLFormElement>('settings-form'),
  preset: element<HTMLSelectElement>('preset'),
  serverURL: element<HTMLInputElement>('server-url'),
  appId: element<HTMLInputElement>('app-id'),
  apiKey: element<HTMLInputElement>('api-key'),
  settingsError: element('settings-error'),
  checkBackend: element<HTMLButtonElement>('check-backend'),
};

const output = new ConsolePanel(ui.console);
let locale: Locale = LOCALES.includes(localStorage.getItem(LOCALE_KEY) as Locale)
  ? (localStorage.getItem(LOCALE_KEY) as Locale)
  : 'en';
let text: UiMessages = uiMessages[locale];
let dark =
  localStorage.getItem(THEME_KEY) === 'dark' ||
  (localStorage.getItem(THEME_KEY) === null && matchMedia('(prefers-color-scheme: dark)').matches);
const backendPanel = new BackendPanel(
  {
    summary: element('backend-summary'),
    status: element('backend-status'),
    loggedIn: element('logged-in'),
    sessions: element('sessions'),
    sessionsNote: element('sessions-note'),
    tokens: element('tokens'),
  },
  text,
);

let workspace: BlocklyNS.WorkspaceSvg;
let emulator: EmulatorInfo = __CODELESS_DEFAULT_EMULATOR__;
let settings: BackendSettings = loadBackendSettings();
let backend: ResolvedBackend | null = null;
let currentRun: ProgramRun | null = null;

// ---- Locale, theme, workspace -------------------------------------------------------------------------------

/** Blockly's own messages, the library's block text and the playground's category names, for `target`. */
async function applyBlocklyLocale(target: Locale): Promise<void> {
  // English ships with the page; German is fetched when first chosen (it would add ~20 kB gzip to every load).
  const blocklyMessages = target === 'de' ? await import('blockly/msg/de') : BlocklyEn;
  Blockly.setLocale(blocklyMessages as unknown as Record<string, string>);
  // Assigned outright (not "only when absent"): switching languages must replace the previous text.
  Object.assign(Blockly.Msg, messages[target], categoryMessages(target));
}

/** Interface text: every element marked `data-text="key"` shows `text[key]`. */
function applyInterfaceText(): void {
  document.documentElement.lang = locale;
  document.title = text.title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = text[node.dataset.text as keyof UiMessages];
    if (value) node.textContent = value;
  }
  backendPanel.setText(text);
}

function currentTheme(): BlocklyNS.Theme {
  const themes = codelessThemes();
  return dark ? themes.dark : themes.classic;
}

function applyPageTheme(): void {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  ui.theme.setAttribute('aria-pressed', String(dark));
}

function createWorkspace(): BlocklyNS.WorkspaceSvg {
  const created = Blockly.inject(ui.blockly, {
    toolbox: playgroundToolbox(toolboxCategory as object) as BlocklyNS.utils.toolbox.ToolboxDefinition,
    media: MEDIA_URL,
    theme: currentTheme(),
    trashcan: true,
    sounds: true,
    grid: { spacing: 24, length: 2, colour: 'rgba(128,128,128,0.35)', snap: true },
    zoom: { controls: true, wheel: true, startScale: 0.9, maxScale: 2, minScale: 0.4 },
    move: { scrollbars: true, drag: true, wheel: false },
  });
  created.addChangeListener(onWorkspaceChange);
  return created;
}

// ---- Generated code, autosave -------------------------------------------------------------------------------

let codeFrame = 0;
let autosaveTimer: ReturnType<typeof setTimeout> | undefined;

function onWorkspaceChange(event: BlocklyNS.Events.Abstract): void {
  if (event.isUiEvent || event.type === Blockly.Events.FINISHED_LOADING) return;
  codeFrame ||= requestAnimationFrame(() => {
    codeFrame = 0;
    showCode();
  });
  // Save once a drag ends, not on every intermediate move.
  if (workspace.isDragging()) return;
  clearTimeout(autosaveTimer);
  autosaveTimer = setTimeout(autosave, AUTOSAVE_DELAY_MS);
}

function saveWorkspaceState(): object {
  return Blockly.serialization.workspaces.save(workspace);
}

function autosave(): void {
  try {
    localStorage.setItem(WORKSPACE_KEY, JSON.stringify(saveWorkspaceState()));
  } catch (error) {
    output.append([`Autosave failed: ${error instanceof Error ? error.message : String(error)}`], 'error');
  }
}

/** The code panel shows what "Export for codeless-blocks runtime" would download, minus the backend keys. */
function showCode(): void {
  let program: string;
  try {
    program = workspaceToProgram(workspace, { runtime: 'codeless-blocks', backend: null });
  } catch (error) {
    program = `// ${error instanceof Error ? error.message : String(error)}`;
  }
  renderHighlightedCode(ui.code, program);
}

function loadInitialWorkspace(): void {
  const saved = localStorage.getItem(WORKSPACE_KEY);
  if (saved) {
    try {
      loadWorkspaceJson(workspace, saved);
      return;
    } catch (error) {
      output.append([`The saved workspace could not be restored: ${(error as Error).message}`], 'error');
    }
  }
  loadWorkspaceJson(workspace, scenario);
}

// ---- Backend ------------------------------------------------------------------------------------------------

function presetLabel(preset: BackendPreset): string {
  return {
    emulator: text.presetEmulator,
    us: text.presetUs,
    eu: text.presetEu,
    custom: text.presetCustom,
  }[preset];
}

/** Fills the settings form (default: the applied settings); the emulator preset shows its defaults as placeholders. */
function fillSettingsForm(values: BackendSettings = settings): void {
  const zone = values.preset === 'us' || values.preset === 'eu' ? values.preset : null;
  ui.preset.value = values.preset;
  ui.serverURL.value = zone ? PRESET_SERVER_URLS[zone] : values.serverURL;
  ui.serverURL.readOnly = zone !== null;
  ui.appId.value = values.appId;
  ui.apiKey.value = values.apiKey;
  const emulatorPreset = values.preset === 'emulator';
  ui.serverURL.placeholder = emulatorPreset ? emulator.url : 'https://xxxx.backendless.app/api';
  ui.appId.placeholder = emulatorPreset ? emulator.appId : '';
  ui.apiKey.placeholder = emulatorPreset ? emulator.apiKey : '';
}

function readSettingsForm(): BackendSettings {
  const preset = ui.preset.value as BackendPreset;
  return {
    preset,
    serverURL: preset === 'us' || preset === 'eu' ? '' : ui.serverURL.value.trim(),
    appId: ui.appId.value.trim(),
    apiKey: ui.apiKey.value.trim(),
  };
}

/** Applies `settings`: resolves the backend, updates the panel, and checks that it answers. */
function applyBackend(): void {
  try {
    backend = resolveBackend(settings, emulator);
    ui.settingsError.textContent = '';
    backendPanel.setBackend(backend, presetLabel(settings.preset));
    showRememberedSession(backend);
    void backendPanel.checkStatus();
    void backendPanel.refresh();
  } catch (error) {
    backend = null;
    const message = error instanceof Error ? error.message : String(error);
    ui.settingsError.textContent = message;
    backendPanel.setBackend(null, presetLabel(settings.preset), message);
  }
}

/**
 * A "stay logged in" session the runtime (or the official SDK) left in localStorage: the next run starts
 * logged in with it, so the panel shows it before any run.
 */
function showRememberedSession(target: ResolvedBackend): void {
  try {
    const record = JSON.parse(localStorage.getItem(target.sessionStorageKey) ?? 'null') as Record<
      string,
      unknown
    > | null;
    const token = record?.['user-token'];
    if (typeof token !== 'string' || !token) return;
    const objectId = typeof record?.['current-user-id'] === 'string' ? (record['current-user-id'] as string) : null;
    backendPanel.setLoggedIn(token, { objectId, email: null, name: null });
  } catch {
    // An unreadable record is the runtime's business (it reads it as "nobody"); the panel shows nobody too.
  }
}

/** In development the Vite server names the emulator it started; a production build uses the baked default. */
async function discoverEmulator(): Promise<void> {
  if (!__CODELESS_DEV_SERVER__) return;
  try {
    const response = await fetch('/emulator.json', { cache: 'no-store' });
    const info = (await response.json()) as EmulatorInfo | null;
    if (info && typeof info.url === 'string') emulator = info;
  } catch {
    // Keep the default; the backend panel will say whether it answers.
  }
}

// ---- Run / Stop ---------------------------------------------------------------------------------------------

function setRunning(running: boolean): void {
  ui.run.disabled = running;
  ui.stop.disabled = !running;
  ui.run.setAttribute('aria-busy', String(running));
}

function setRunStatus(message: string, state: 'running' | 'ok' | 'error' | 'stopped' | ''): void {
  ui.runStatus.textContent = message;
  ui.runStatus.dataset.state = state;
}

/** The page's stored "stay logged in" sessions (the runtime and the SDK keep them under `Backendless…`). */
function sessionStorageSnapshot(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key && key.startsWith('Backendless')) entries[key] = localStorage.getItem(key) ?? '';
  }
  return entries;
}

function runProgram(): void {
  if (currentRun) return;
  if (!backend) {
    output.append([ui.settingsError.textContent || 'No backend is configured'], 'error');
    return;
  }
  let body: string;
  try {
    body = workspaceToFunctionBody(workspace, {
      statementPrefix: STATEMENT_PREFIX,
      reservedWords: [HIGHLIGHT_FUNCTION],
    });
  } catch (error) {
    output.append([error instanceof Error ? error.message : String(error)], 'error');
    return;
  }
  const request: RunRequest = {
    body,
    backend: backend.domain
      ? { domain: backend.domain }
      : { serverURL: backend.serverURL, appId: backend.appId, apiKey: backend.apiKey },
    storage: sessionStorageSnapshot(),
  };
  const runBackend = backend;
  let refreshQueued = false;
  const refreshSoon = () => {
    if (refreshQueued) return;
    refreshQueued = true;
    setTimeout(() => {
      refreshQueued = false;
      void backendPanel.refresh();
    }, 100);
  };
  setRunning(true);
  setRunStatus(text.running, 'running');
  const run = new ProgramRun(request, {
    print(lines, skipped) {
      if (skipped > 0) output.append([`… ${skipped} lines skipped …`], 'info');
      output.append(lines);
    },
    highlight(blockId) {
      workspace.highlightBlock(blockId);
    },
    session(token) {
      if (token) backendPanel.noteToken(token);
      backendPanel.setLoggedIn(token, null);
      refreshSoon();
    },
    storage(key, value) {
      // Only the runtime's session records, and only for the backend this run used.
      if (!key.startsWith('Backendless') || runBackend !== backend) return;
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    },
    error(code, message) {
      output.append([code === null ? message : `${code} ${message}`], 'error');
    },
    done(token, user) {
      backendPanel.setLoggedIn(token, user);
    },
  });
  currentRun = run;
  void run.outcome.then((outcome) => {
    currentRun = null;
    workspace.highlightBlock(null);
    setRunning(false);
    if (outcome === 'finished') setRunStatus(text.finished, 'ok');
    else if (outcome === 'stopped') setRunStatus(text.stopped, 'stopped');
    else setRunStatus(text.failed, 'error');
    void backendPanel.refresh();
  });
}

function stopProgram(): void {
  currentRun?.stop();
}

// ---- Files and export ---------------------------------------------------------------------------------------

function download(fileName: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportProgram(runtime: 'codeless-blocks' | 'backendless'): void {
  try {
    // The exported file initialises the configured app itself; an app domain is left to the caller.
    const program = workspaceToProgram(workspace, {
      runtime,
      backend:
        backend && !backend.domain
          ? { serverURL: backend.serverURL, appId: backend.appId, apiKey: backend.apiKey }
          : null,
    });
    const fileName = runtime === 'backendless' ? 'program.backendless.mjs' : 'program.mjs';
    download(fileName, program, 'text/javascript');
    output.append([`${text.exported} ${fileName}`], 'info');
  } catch (error) {
    output.append([error instanceof Error ? error.message : String(error)], 'error');
  }
}

async function loadWorkspaceFile(file: File): Promise<void> {
  try {
    loadWorkspaceJson(workspace, await file.text());
    output.append([`${text.loadedWorkspace} ${file.name}`], 'info');
  } catch (error) {
    output.append([`${text.loadFailed} ${error instanceof Error ? error.message : String(error)}`], 'error');
  }
}

// ---- Wiring -------------------------------------------------------------------------------------------------

async function switchLocale(target: Locale): Promise<void> {
  if (target === locale) return;
  await applyBlocklyLocale(target);
  const state = saveWorkspaceState();
  locale = target;
  text = uiMessages[locale];
  localStorage.setItem(LOCALE_KEY, locale);
  applyInterfaceText();
  // Block text is read when a block is created, so the workspace is rebuilt to show the new language.
  workspace.dispose();
  workspace = createWorkspace();
  Blockly.serialization.workspaces.load(state, workspace);
  showCode();
  fillSettingsForm();
  backendPanel.setBackend(backend, presetLabel(settings.preset));
  void backendPanel.checkStatus();
  void backendPanel.refresh();
}

function wireControls(): void {
  ui.run.addEventListener('click', runProgram);
  ui.stop.addEventListener('click', stopProgram);
  ui.clearConsole.addEventListener('click', () => output.clear());
  ui.reset.addEventListener('click', () => {
    loadWorkspaceJson(workspace, scenario);
    output.append([text.resetDone], 'info');
  });
  ui.saveFile.addEventListener('click', () => {
    download('workspace.json', JSON.stringify(saveWorkspaceState(), null, 2) + '\n', 'application/json');
    output.append([text.savedWorkspace], 'info');
  });
  ui.loadFile.addEventListener('click', () => ui.fileInput.click());
  ui.fileInput.addEventListener('change', () => {
    const file = ui.fileInput.files?.[0];
    ui.fileInput.value = '';
    if (file) void loadWorkspaceFile(file);
  });
  ui.exportRuntime.addEventListener('click', () => exportProgram('codeless-blocks'));
  ui.exportSdk.addEventListener('click', () => exportProgram('backendless'));
  ui.theme.addEventListener('click', () => {
    dark = !dark;
    localStorage.setItem(THEME_KEY, dark ? 'dark' : 'light');
    applyPageTheme();
    workspace.setTheme(currentTheme());
  });
  ui.locale.addEventListener('change', () => void switchLocale(ui.locale.value as Locale));
  ui.preset.addEventListener('change', () => {
    // Only the form changes; the applied settings change on Save.
    fillSettingsForm({ preset: ui.preset.value as BackendPreset, serverURL: '', appId: '', apiKey: '' });
    ui.settingsError.textContent = '';
  });
  ui.settingsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = readSettingsForm();
    try {
      resolveBackend(next, emulator);
    } catch (error) {
      ui.settingsError.textContent = error instanceof Error ? error.message : String(error);
      return;
    }
    settings = next;
    saveBackendSettings(settings);
    applyBackend();
    output.append([text.settingsSaved], 'info');
  });
  ui.checkBackend.addEventListener('click', () => {
    void backendPanel.checkStatus();
    void backendPanel.refresh();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runProgram();
    } else if (event.key === 'Escape' && currentRun) {
      stopProgram();
    }
  });
  // Keep the session list current while the page is visible (another tab or program may log in or out).
  setInterval(() => {
    if (document.visibilityState === 'visible' && !currentRun) void backendPanel.refresh();
  }, 10_000);
}

async function start(): Promise<void> {
  install({ generator: javascriptGenerator });
  await applyBlocklyLocale(locale);
  applyInterfaceText();
  applyPageTheme();
  ui.locale.value = locale;
  workspace = createWorkspace();
  loadInitialWorkspace();
  showCode();
  wireControls();
  await discoverEmulator();
  fillSettingsForm();
  applyBackend();
  // The moment a person can drag a block: bench/playground.bench.ts measures navigation → this mark,
  // and the browser tests wait for the attribute.
  performance.mark('codeless:interactive');
  document.documentElement.dataset.ready = 'true';
}

void start();
