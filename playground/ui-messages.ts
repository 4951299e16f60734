// The playground's own interface text in English, the shape every locale fills (ui-messages-<locale>.ts). The
// block library brings its own block text. `{name}` in a text is a value filled in by `fill`. Category names, the
// program's start block and the flyout's labels are also Blockly.Msg keys, so Blockly shows them in the locale.
import type { ErrorMeanings } from './backend-errors.ts';

/** The interface locales the playground offers. */
export type Locale = 'en' | 'de' | 'fr' | 'es' | 'pt-br' | 'ja';
/** Every {@link Locale}, as the language menu lists them: what a saved language is checked against. */
export const LOCALES: readonly Locale[] = ['en', 'de', 'fr', 'es', 'pt-br', 'ja'];

export const en = {
  title: 'codeless-blocks playground',
  run: 'Run',
  stop: 'Stop',
  workspaces: 'Workspaces',
  programWorkspace: 'Program',
  serverLogicWorkspace: 'Server logic',
  serverLogicLoadFailed: 'The server logic blocks did not load: {reason}',
  serverLogicNote:
    'Event handlers for the Users service. The code below is the script for Backendless CodeRunner (what you deploy to a real app); the emulator runs the same code.',
  downloadCodeRunner: 'Download for Backendless CodeRunner',
  copyCodeRunner: 'Copy for Backendless CodeRunner',
  copiedCodeRunner: 'Copied the script for Backendless CodeRunner.',
  copyFailed: 'Could not copy: {reason}',
  logicExample: 'Load example: event handlers',
  saveLogicFile: 'Save server logic file',
  loadLogicFile: 'Load server logic file',
  logicLoaded: 'Server logic loaded from {file}.',
  logicExampleLoaded: 'Loaded the event-handlers example.',
  logicDeploying: 'Deploying to the emulator…',
  logicDeployed: 'Deployed to the emulator: {handlers}.',
  logicDeployedNone: 'Deployed to the emulator: no event handlers.',
  logicRefused: 'Not deployed: {reason}',
  logicNotHere:
    'This backend is a Backendless app: server logic is deployed there with CodeRunner, not here. Download the script for Backendless CodeRunner.',
  programToolbar: 'Program',
  fileMenu: 'File',
  resetScenario: 'Reset to scenario',
  saveFile: 'Save workspace file',
  loadFile: 'Load workspace file',
  exportRuntime: 'Export for codeless-blocks runtime',
  exportSdk: 'Export for official SDK',
  darkTheme: 'Dark theme',
  language: 'Language',
  workspaceLabel: 'Blocks workspace',
  workspaceTools: 'Workspace tools',
  undo: 'Undo',
  redo: 'Redo',
  zoomToFit: 'Zoom to fit',
  searchWorkspace: 'Search the workspace',
  panelTabs: 'Panels',
  codeHeading: 'Generated code',
  consoleHeading: 'Console',
  clearConsole: 'Clear console',
  consoleScenario:
    'This is the alice@wonderland.com scenario: it logs in, prints who logged in and the user token, logs out, and proves that the old token no longer works.',
  consolePressRun:
    'Press Run (Ctrl+Enter) to run the blocks under “when Run is pressed”. What they print appears here.',
  running: 'Running…',
  finished: 'Finished.',
  stopped: 'Stopped.',
  failed: 'Failed.',
  runStarted: 'Run {number} · {time}',
  runFinished: 'Finished after {seconds} s.',
  runStopped: 'Stopped after {seconds} s.',
  runFailed: 'Failed after {seconds} s.',
  linesSkipped: '… {count} lines skipped …',
  noBackend: 'No backend is configured: choose one under Backend settings.',
  programCouldNotStart: 'The program could not start.',
  failedHere: 'The run failed here: {error}',
  failedSeeConsole: '{code} (the message is in the console)',
  networkHint:
    'The browser could not reach {origin}. Check that the server runs and that Server URL under Backend settings is right; a server that does not accept requests from this page (CORS) fails the same way.',
  networkHintEmulator: 'The embedded emulator runs as long as npm start does.',
  lockedOut: '{email} is locked out until {time} ({count} failed logins in a row). Unlock it in the Backend panel.',
  lockedOutApp:
    'Backendless locks an account after too many failed logins, for the time set in the app’s user settings; an administrator can unlock it in Backendless Console.',
  autosaveFailed: 'Autosave failed: {reason}',
  restoreFailed: 'The saved workspace could not be restored: {reason}',
  savedWorkspace: 'Workspace file saved.',
  loadedWorkspace: 'Workspace loaded from {file}.',
  loadFailed: 'Could not load the workspace file:',
  loadNotJson: 'The workspace file is not valid JSON: {reason}.',
  loadNotAWorkspace: 'A saved workspace must be a JSON object like {example}, got {got}.',
  loadRefused: 'The workspace cannot be loaded: {problems}.',
  loadUnknownNote: 'Unknown blocks come from a library that is not installed in this editor.',
  loadUntouched: 'The current workspace was left as it was.',
  loadUnknownType: 'unknown block type {type} (at {at})',
  loadUnknownTypeTimes: 'unknown block type {type} ({times} times, first at {at})',
  loadNoType: '{at} has no block {type}',
  loadNotAnObject: '{at} is not an object',
  loadFunctionSurrogate: '{at} names a function with an unpaired surrogate character',
  loadTooManyItems: '{at} asks for {count} items; at most {max} are loaded',
  loadNotABlock: '{at} is not a block object',
  loadCycle: '{at} contains itself (a cycle)',
  loadTooDeep: 'blocks are nested more than {depth} deep under {at}; split long stacks into functions',
  loadNotAnInput: '{at} is not an object with {block} or {shadow}',
  loadBlocksShape: '{blocks} must be an object with a {blocks} array',
  loadVariablesShape: '{variables} must be an array',
  loadVariableFields: '{at} must have a string {name} and {id}',
  loadNameSurrogate: '{at} has a name with an unpaired surrogate character',
  loadOneMoreProblem: 'and 1 more problem',
  loadMoreProblems: 'and {count} more problems',
  resetDone: 'Workspace reset to the alice@wonderland.com scenario.',
  exported: 'Program exported as {file}.',
  exportNeedsBackend: 'The exported program leaves Backendless.initApp(…) to the code that loads it.',
  replaceTitle: 'Replace your blocks?',
  replaceWithScenario: 'Reset to scenario replaces the blocks on the workspace, and your changes are not in a file.',
  replaceWithFile: 'Loading {file} replaces the blocks on the workspace, and your changes are not in a file.',
  replaceUndoHint: 'Undo (Ctrl+Z) brings them back.',
  replaceConfirm: 'Replace',
  replaceCancel: 'Cancel',
  backendHeading: 'Backend',
  emulatorConsole: 'Emulator console',
  emulatorConsoleHint: 'Users, sessions, roles, e-mails, settings and data of the embedded emulator.',
  emulatorConsoleUnavailable:
    'The emulator console is for the embedded emulator; this backend is a Backendless app — use its Backendless Console.',
  emulatorConsoleClose: 'Close',
  emulatorConsoleFailed: 'The emulator console could not be loaded: {reason}',
  statusChecking: 'checking…',
  statusAnswers: 'answers ({ms} ms)',
  statusUnreachable: 'does not answer:',
  whoNobody: 'Logged in: nobody. The next run starts logged out.',
  whoKept: 'Logged in: {who}, kept by “stay logged in”: the next run starts as this user.',
  whoKeptEnded: 'Logged in: nobody. The session this page kept ({token}) has ended on the server; Log out forgets it.',
  whoNotKept:
    'Logged in: nobody. The last run logged in as {who} without “stay logged in”, so this page did not keep that session.',
  stillLive: 'That session is still live on the server until it is ended or times out.',
  whoEndedInvalid: 'Logged in: nobody. The last run ended holding a token the backend no longer accepts ({token}).',
  whoRunning: 'Running as {who}.',
  whoRunningNobody: 'Running, nobody logged in.',
  aUser: 'a user ({id})',
  guest: 'Guest ({id})',
  signedIn: 'Signed in as {who} through the provider: the next run starts as this user.',
  signInRefused: 'The sign-in through the provider did not finish ({error}).',
  signInNoBackend: 'A sign-in came back from the provider, but no backend is set: it was not kept.',
  accessTokenNeeded: 'Login with OAuth2 needs an access token from the provider.',
  getAccessToken: 'Get an access token from {provider}',
  accessTokenReady: 'The access token from {provider} is in Login with OAuth2: press Run.',
  accessTokenRefused: 'The provider gave no access token ({error}).',
  logOut: 'Log out',
  sessionsHeading: 'Live sessions on the emulator',
  noSessions: 'no live sessions',
  sessionsOnlyEmulator: 'The session list is there for an emulator on this machine only.',
  sessionLine: '{who} · {token} · last used {time}',
  sessionOfThisPage: 'kept by this page',
  endSession: 'End session',
  endSessionOf: 'End the session {token} of {who}',
  endAllSessions: 'End all sessions',
  lockedHeading: 'Locked out',
  lockedLine: '{email} until {time}',
  unlock: 'Unlock',
  unlockUser: 'Unlock {email}',
  unlocked: '{email} is unlocked.',
  tokensHeading: 'Tokens seen in this page',
  noTokens: 'none yet: run the program',
  tokenValid: 'valid',
  tokenInvalid: 'invalid',
  tokenUnknown: 'not checked yet',
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
  settingsSaved: 'Backend settings saved.',
  problemNoEmulator:
    'This page was not served with an emulator: enter the Server URL that `npx codeless emulator` prints, or choose a Backendless app.',
  problemNotURL: 'Server URL “{url}” is not a URL (for example https://api.backendless.com).',
  problemScheme: 'Server URL must start with http:// or https:// (not “{url}”).',
  problemAppIdEmpty: 'Application ID is empty.',
  problemApiKeyEmpty: 'REST API key is empty.',
  problemAppIdCharacters: 'Application ID must not contain “/”, “?”, “#” or spaces.',
  problemApiKeyCharacters: 'REST API key must not contain “/”, “?”, “#” or spaces.',
  programStart: 'when Run is pressed',
  labelLoginValue: 'Login User that hands on the user (a value, for a variable or a print):',
  labelLoginStatement: 'Login User as a step of its own (the user is not needed):',
  labelRegisterValue: 'Register User that hands on the saved user (a value):',
  labelRegisterStatement: 'Register User as a step of its own:',
  categorySearch: 'Search',
  searchBlocksPlaceholder: 'Search for blocks',
  searchBlocksTypeMore: 'Type to search for blocks',
  searchBlocksNothing: 'No matching blocks found',
  searchWorkspacePlaceholder: 'Search the workspace',
  findNext: 'Find next',
  findPrevious: 'Find previous',
  closeSearch: 'Close search bar',
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
  /** What the Backendless error codes mean in this language; null when the server's English says it. */
  readonly errors: ErrorMeanings | null;
  /** The current locale, for dates and times. */
  readonly locale: Locale;
}

/** `template` with each `{name}` replaced by `values.name` (a name without a value stays as written). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A time of day as people of `locale` write it (`8:38:35 AM`, `08:38:35`). */
export function formatTime(time: number | Date, locale: Locale): string {
  return new Date(time).toLocaleTimeString(locale);
}
