// The playground's own interface text, English and German (the block library brings its own block text).
// Category names are also registered as Blockly.Msg keys so the toolbox follows the locale.

/** The interface locales the playground offers. */
export type Locale = 'en' | 'de';
/** Every {@link Locale}: what a saved language is checked against. */
export const LOCALES: readonly Locale[] = ['en', 'de'];

const en = {
  title: 'codeless-blocks playground',
  run: 'Run',
  stop: 'Stop',
  clearConsole: 'Clear console',
  resetScenario: 'Reset to scenario',
  saveFile: 'Save workspace file',
  loadFile: 'Load workspace file',
  exportRuntime: 'Export for codeless-blocks runtime',
  exportSdk: 'Export for official SDK',
  darkTheme: 'Dark theme',
  language: 'Language',
  workspaceLabel: 'Blocks workspace',
  codeHeading: 'Generated code',
  consoleHeading: 'Console',
  backendHeading: 'Backend',
  settingsSummary: 'Backend settings',
  preset: 'Backend',
  presetEmulator: 'Embedded emulator',
  presetUs: 'Backendless (US)',
  presetEu: 'Backendless (EU)',
  presetCustom: 'Custom server',
  serverUrl: 'Server URL',
  appId: 'Application ID',
  apiKey: 'REST API key',
  saveSettings: 'Save settings',
  checkBackend: 'Check backend',
  statusChecking: 'checking…',
  statusAnswers: 'answers',
  statusUnreachable: 'does not answer',
  loggedIn: 'Logged in',
  nobody: 'nobody',
  sessionsHeading: 'Live sessions on the emulator',
  noSessions: 'no live sessions',
  sessionsOnlyEmulator: 'Session list is available for the embedded emulator only.',
  tokensHeading: 'Tokens seen in this page',
  noTokens: 'none yet — run the program',
  tokenValid: 'valid',
  tokenInvalid: 'invalid',
  running: 'Running…',
  finished: 'Finished.',
  stopped: 'Stopped.',
  failed: 'Failed.',
  savedWorkspace: 'Workspace file saved.',
  loadedWorkspace: 'Workspace loaded from',
  loadFailed: 'Could not load the workspace file:',
  resetDone: 'Workspace reset to the alice@wonderland.com scenario.',
  exported: 'Program exported as',
  settingsSaved: 'Backend settings saved.',
  categoryUsers: 'Users',
  categoryLogic: 'Logic',
  categoryLoops: 'Loops',
  categoryMath: 'Math',
  categoryText: 'Text',
  categoryVariables: 'Variables',
  categoryFunctions: 'Functions',
};

/** Every interface string, keyed by purpose. */
export type UiMessages = typeof en;

/** Where a part of the page reads its text from: always the current language's (it changes when the person switches). */
export interface TextSource {
  readonly text: UiMessages;
}

const de: UiMessages = {
  title: 'codeless-blocks Spielwiese',
  run: 'Ausführen',
  stop: 'Stoppen',
  clearConsole: 'Konsole leeren',
  resetScenario: 'Szenario wiederherstellen',
  saveFile: 'Arbeitsbereich speichern',
  loadFile: 'Arbeitsbereich laden',
  exportRuntime: 'Export für codeless-blocks-Laufzeit',
  exportSdk: 'Export für das offizielle SDK',
  darkTheme: 'Dunkles Design',
  language: 'Sprache',
  workspaceLabel: 'Block-Arbeitsbereich',
  codeHeading: 'Erzeugter Code',
  consoleHeading: 'Konsole',
  backendHeading: 'Backend',
  settingsSummary: 'Backend-Einstellungen',
  preset: 'Backend',
  presetEmulator: 'Eingebauter Emulator',
  presetUs: 'Backendless (USA)',
  presetEu: 'Backendless (EU)',
  presetCustom: 'Eigener Server',
  serverUrl: 'Server-URL',
  appId: 'Anwendungs-ID',
  apiKey: 'REST-API-Schlüssel',
  saveSettings: 'Einstellungen speichern',
  checkBackend: 'Backend prüfen',
  statusChecking: 'wird geprüft…',
  statusAnswers: 'antwortet',
  statusUnreachable: 'antwortet nicht',
  loggedIn: 'Angemeldet',
  nobody: 'niemand',
  sessionsHeading: 'Aktive Sitzungen im Emulator',
  noSessions: 'keine aktiven Sitzungen',
  sessionsOnlyEmulator: 'Die Sitzungsliste gibt es nur für den eingebauten Emulator.',
  tokensHeading: 'Tokens auf dieser Seite',
  noTokens: 'noch keine – Programm ausführen',
  tokenValid: 'gültig',
  tokenInvalid: 'ungültig',
  running: 'Läuft…',
  finished: 'Fertig.',
  stopped: 'Gestoppt.',
  failed: 'Fehlgeschlagen.',
  savedWorkspace: 'Arbeitsbereich gespeichert.',
  loadedWorkspace: 'Arbeitsbereich geladen aus',
  loadFailed: 'Arbeitsbereich konnte nicht geladen werden:',
  resetDone: 'Arbeitsbereich auf das Szenario alice@wonderland.com zurückgesetzt.',
  exported: 'Programm exportiert als',
  settingsSaved: 'Backend-Einstellungen gespeichert.',
  categoryUsers: 'Benutzer',
  categoryLogic: 'Logik',
  categoryLoops: 'Schleifen',
  categoryMath: 'Mathematik',
  categoryText: 'Text',
  categoryVariables: 'Variablen',
  categoryFunctions: 'Funktionen',
};

/** The interface text of each locale. */
export const uiMessages: Record<Locale, UiMessages> = { en, de };

/** Blockly.Msg keys for the toolbox category names (the toolbox refers to them as `%{BKY_…}`). */
export function categoryMessages(locale: Locale): Record<string, string> {
  const text = uiMessages[locale];
  return {
    CODELESS_PLAYGROUND_CATEGORY_LOGIC: text.categoryLogic,
    CODELESS_PLAYGROUND_CATEGORY_LOOPS: text.categoryLoops,
    CODELESS_PLAYGROUND_CATEGORY_MATH: text.categoryMath,
    CODELESS_PLAYGROUND_CATEGORY_TEXT: text.categoryText,
    CODELESS_PLAYGROUND_CATEGORY_VARIABLES: text.categoryVariables,
    CODELESS_PLAYGROUND_CATEGORY_FUNCTIONS: text.categoryFunctions,
  };
}
