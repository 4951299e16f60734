// The playground page: a Blockly workspace with the Users toolbox, the generated program beside it, Run / Stop in an
// isolated worker, an output console, the backend panel and settings, the File menu, theme and locale. This file
// finds the page's elements, builds those parts and wires them together; each part owns its own state. Everything
// the page shows that came from a program or a backend is set as text, never HTML.
import './style.css';
import 'blockly/blocks';
import { javascriptGenerator } from 'blockly/javascript';
import { install } from '../index.ts';
import { ConsolePanel } from './console-panel.ts';
import { holdEarlyInput } from './early-input.ts';
import type { PageFlows } from './flows.ts';
import { InterfaceLanguage } from './language.ts';
import { PanelSwitch } from './page-controls.ts';
import { element } from './page-element.ts';
import { defineProgramStart } from './program-start.ts';
import { PageTheme } from './theme.ts';
import { fill, type Locale } from './ui-messages.ts';
import { WorkspaceEditor } from './workspace-editor.ts';
import type { WorkspaceSwitch } from './workspace-switch.ts';

/** The workspace and the Undo / Redo / Fit / Search buttons above it; `changed` is told when its blocks change. */
function workspace(theme: PageTheme, language: InterfaceLanguage, output: ConsolePanel, changed: () => void) {
  const undo = element<HTMLButtonElement>('undo');
  const redo = element<HTMLButtonElement>('redo');
  const scenarioNote = element('console-scenario');
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
      changed();
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
  return { editor, showHistory };
}

async function start(): Promise<void> {
  // The popup of an access-token sign-in hands the token to the page that opened it and closes.
  if (/[#&](access_token|error)=/.test(location.hash) && (await import('./oauth-flows.ts')).handOverAccessToken()) {
    return;
  }
  install({ generator: javascriptGenerator });
  defineProgramStart(javascriptGenerator);
  const language = new InterfaceLanguage();
  const themeToggle = element<HTMLButtonElement>('theme');
  const theme = new PageTheme(themeToggle);
  const output = new ConsolePanel(element('console'), element('console-empty'), language);

  await language.load();
  language.applyToPage();
  theme.applyToPage();
  const localeMenu = element<HTMLSelectElement>('locale');
  localeMenu.value = language.locale;

  // Run, the File menu, the backend and the code panel arrive after the workspace (flows.ts).
  let flows: PageFlows | undefined = undefined;
  const { editor, showHistory } = workspace(theme, language, output, () => flows?.codeChanged());
  const panels = new PanelSwitch(element('side-panels'));
  // The Program / Server logic tabs arrive with the flows (workspace-switch.ts); the server logic's own code later.
  let switcher: WorkspaceSwitch | undefined = undefined;
  element<HTMLButtonElement>('clear-console').addEventListener('click', () => output.clear());
  themeToggle.addEventListener('click', () => {
    theme.flip();
    editor.setTheme(theme.blocklyTheme);
    switcher?.serverLogic?.setTheme(theme.blocklyTheme);
  });
  /** Another language: every text first, then every part that shows text of its own. */
  async function switchLanguage(target: Locale): Promise<void> {
    if (!(await language.switchTo(target))) return;
    editor.rebuild();
    switcher?.serverLogic?.rebuild();
    showHistory();
    flows?.relabel();
    output.relabel();
  }
  localeMenu.addEventListener('change', () => void switchLanguage(localeMenu.value as Locale));

  // The moment a person can drag a block: a control of a flow pressed before the flow's code has arrived waits
  // for it, as a Run pressed before the backend is known waits for that. bench/playground.bench.ts measures
  // navigation → this mark.
  performance.mark('codeless:interactive');
  editor.rememberRestored();
  const wired = import('./flows.ts').then(({ wireFlows }) =>
    wireFlows({ editor, output, language, panels, onBackendApplied: () => void switcher?.serverLogic?.deploy() }),
  );
  const switched = import('./workspace-switch.ts').then(({ pageWorkspaceSwitch }) => {
    switcher = pageWorkspaceSwitch({ theme, language, editor }, () => flows?.backends);
  });
  // Run / Stop and the File menu share the program toolbar with nothing else.
  const programToolbar = element('run').parentElement ?? document.body;
  const tabs = element('show-program').parentElement ?? document.body;
  holdEarlyInput([programToolbar, element('backend-panel'), tabs], Promise.all([wired, switched]));
  await switched;
  flows = await wired;
  await flows.start();
  // Everything is in place, the backend known: the browser tests wait for this.
  document.documentElement.dataset.ready = 'true';
}

void start();
