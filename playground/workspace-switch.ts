// The switch between the page's two workspaces: the client program (what Run runs) and the server logic (event
// handlers the embedded emulator runs, exported for Backendless CodeRunner). Two tabs above the blocks, arrow keys
// moving between them as the ARIA tabs pattern has it. The server-logic workspace's code (server-logic-editor.ts and
// the blocks it installs) is loaded the first time a person opens it — a dynamic import, its own chunk — so the
// page's load fetches none of it. This module itself arrives with the page's flows, after the page is interactive
// (main.ts holds a click on a tab until it is wired).
import { Blockly } from './blockly.ts';
import { holdEarlyInput } from './early-input.ts';
import type { InterfaceLanguage } from './language.ts';
import { element } from './page-element.ts';
import type { ServerLogicEditor, ServerLogicParts } from './server-logic-editor.ts';
import type { BackendSource } from './settings-form.ts';
import type { PageTheme } from './theme.ts';
import { errorMessage } from './error-message.ts';
import { fill } from './ui-messages.ts';
import type { WorkspaceEditor } from './workspace-editor.ts';

/** The tabs and what each shows or hides. */
export interface WorkspaceSwitchElements {
  programTab: HTMLButtonElement;
  logicTab: HTMLButtonElement;
  /** Shown with the program: its workspace, its tools, its code panel. */
  program: HTMLElement[];
  /** Shown with the server logic: its workspace and its panel. */
  logic: HTMLElement[];
  /** Where a failure to load the server logic's code is said. */
  problem: HTMLElement;
}

/** Which workspace shows; builds the server-logic one on first use. */
export class WorkspaceSwitch {
  private readonly elements: WorkspaceSwitchElements;
  private readonly parts: ServerLogicParts;
  private loading: Promise<ServerLogicEditor> | null = null;
  private logic: ServerLogicEditor | null = null;

  constructor(elements: WorkspaceSwitchElements, parts: ServerLogicParts) {
    this.elements = elements;
    this.parts = parts;
    const { programTab, logicTab } = elements;
    programTab.addEventListener('click', () => this.showProgram());
    logicTab.addEventListener('click', () => void this.showLogic());
    for (const tab of [programTab, logicTab]) {
      tab.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        event.preventDefault();
        const next = tab === programTab ? logicTab : programTab;
        next.focus();
        next.click();
      });
    }
  }

  /** The server-logic workspace, once it has been opened (null before). */
  get serverLogic(): ServerLogicEditor | null {
    return this.logic;
  }

  /** Shows the client program's workspace. */
  showProgram(): void {
    this.select(false);
  }

  /** Shows the server-logic workspace, loading its code first when this is the first time. */
  async showLogic(): Promise<ServerLogicEditor | null> {
    this.select(true);
    try {
      if (!this.loading) {
        this.loading = import('./server-logic-editor.ts').then(({ ServerLogicEditor }) => {
          this.logic = new ServerLogicEditor(this.parts);
          return this.logic;
        });
        // The panel shows at once, its code a moment later: a button pressed meanwhile (Load example) is held and
        // pressed again once the code is wired, not lost.
        holdEarlyInput(
          this.elements.logic,
          this.loading.catch(() => undefined),
        );
      }
      const editor = await this.loading;
      editor.shown();
      return editor;
    } catch (error) {
      this.loading = null;
      this.elements.problem.textContent = fill(this.parts.language.text.serverLogicLoadFailed, {
        reason: errorMessage(error),
      });
      return null;
    }
  }

  private select(logic: boolean): void {
    const { programTab, logicTab, program, logic: logicParts } = this.elements;
    programTab.setAttribute('aria-selected', String(!logic));
    logicTab.setAttribute('aria-selected', String(logic));
    programTab.tabIndex = logic ? -1 : 0;
    logicTab.tabIndex = logic ? 0 : -1;
    for (const element of program) element.hidden = logic;
    for (const element of logicParts) element.hidden = !logic;
  }
}

/**
 * The page's Program / Server logic tabs over the blocks; the server-logic workspace (its code loaded on first use) is
 * deployed to the applied backend when that is an emulator.
 */
export function pageWorkspaceSwitch(
  parts: { theme: PageTheme; language: InterfaceLanguage; editor: WorkspaceEditor },
  backends: () => BackendSource | undefined,
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
      backend: () => backends()?.backend ?? null,
    },
  );
  // Back on the program: Blockly measures its container, which had no size while hidden.
  element('show-program').addEventListener('click', () => Blockly.svgResize(parts.editor.workspace));
  return switcher;
}
