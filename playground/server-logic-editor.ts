// The Server logic workspace: event handlers for the Users service (the library's Server logic category, with the
// Users blocks usable inside a handler), beside the client program's workspace. Its panel shows the script for
// Backendless' JS CodeRunner generated from it — what a person deploys to a real app — with Download and Copy, and
// the page's emulator gets the same code on every change (server-logic-deploy.ts). Autosaved like the program
// (its own key), saved to and loaded from a file of its own, and the event-handlers example loads into it. Loaded
// only when a person first opens it (workspace-switch.ts), with the blocks it installs.
import example from '../examples/event-handlers/workspace.json' with { type: 'json' };
import {
  checkWorkspaceJson,
  installServerLogic,
  loadWorkspaceJson,
  serverLogicCategory,
  toolboxCategory,
  workspaceToServerLogic,
} from '../index.ts';
import type { ResolvedBackend } from './backend-settings.ts';
import { placeProblem } from '../blocks/server-logic.ts';
import { Blockly, type BlocklyNS } from './blockly.ts';
import { errorMessage } from './error-message.ts';
import { download } from './file-actions.ts';
import { renderHighlightedCode } from './highlight.ts';
import { LogicDeployer } from './server-logic-deploy.ts';
import { blockCategories } from './toolbox.ts';
import { fill, type TextSource } from './ui-messages.ts';

const LOGIC_KEY = 'codeless-playground:server-logic';
const AUTOSAVE_DELAY_MS = 300;
const MEDIA_URL = new URL('blockly-media/', document.baseURI).href;
// As the program's workspace: below this width the toolbox is a row above the blocks.
const NARROW = '(max-width: 700px)';
// What a download is called: a handler file of a CodeRunner project's code folder.
const CODERUNNER_FILE = 'users-event-handlers.js';

/** The server-logic workspace's elements (all in index.html). */
export interface ServerLogicElements {
  container: HTMLElement;
  status: HTMLElement;
  note: HTMLElement;
  code: HTMLElement;
  download: HTMLButtonElement;
  copy: HTMLButtonElement;
  example: HTMLButtonElement;
  saveFile: HTMLButtonElement;
  loadFile: HTMLButtonElement;
  fileInput: HTMLInputElement;
}

/** What the server-logic workspace needs from the page. */
export interface ServerLogicParts {
  elements: ServerLogicElements;
  theme(): BlocklyNS.Theme;
  language: TextSource;
  backend(): ResolvedBackend | null;
}

/** Owns the server-logic workspace, its code panel and its deployment. */
export class ServerLogicEditor {
  private readonly parts: ServerLogicParts;
  private readonly deployer: LogicDeployer;
  private current: BlocklyNS.WorkspaceSvg;
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;

  constructor(parts: ServerLogicParts) {
    this.parts = parts;
    // The generator the page's install() registered with: Blockly's default JavaScript generator.
    installServerLogic();
    this.current = this.create();
    this.restore();
    // Crossing the width where the toolbox changes sides rebuilds the workspace in the other layout.
    matchMedia(NARROW).addEventListener('change', () => this.rebuild());
    this.deployer = new LogicDeployer({
      status: parts.elements.status,
      language: parts.language,
      backend: parts.backend,
      source: () => {
        refuseMisplacedBlocks(this.current);
        return workspaceToServerLogic(this.current, { target: 'emulator' });
      },
    });
    this.wire();
    this.showCode();
    void this.deployer.deploy();
  }

  /** The live workspace (a new object after {@link rebuild}). */
  get workspace(): BlocklyNS.WorkspaceSvg {
    return this.current;
  }

  /** Deploys now (the backend changed) and resolves once the emulator answered. */
  deploy(): Promise<void> {
    return this.deployer.deploy();
  }

  /** Shown again: Blockly measures its container, which had no size while hidden. */
  shown(): void {
    Blockly.svgResize(this.current);
  }

  /** Replaces the blocks with a saved workspace (JSON text or parsed), as one step Undo reverses; throws if refused. */
  load(json: unknown): void {
    const state = checkWorkspaceJson(json);
    const trial = new Blockly.Workspace();
    try {
      loadWorkspaceJson(trial, state);
    } finally {
      trial.dispose();
    }
    Blockly.serialization.workspaces.load(state, this.current, { recordUndo: true });
  }

  /** The blocks as a workspace file holds them. */
  save(): object {
    return Blockly.serialization.workspaces.save(this.current);
  }

  /** Re-creates the workspace with the same blocks (a new language: block text is read when a block is created). */
  rebuild(): void {
    const state = this.save();
    this.current.dispose();
    this.current = this.create();
    Blockly.serialization.workspaces.load(state, this.current);
    this.relabel();
  }

  setTheme(theme: BlocklyNS.Theme): void {
    this.current.setTheme(theme);
  }

  /** After a language switch: the status and the code's comments in the page's language. */
  relabel(): void {
    this.deployer.relabel();
    this.showCode();
  }

  /** The script for Backendless CodeRunner; a workspace that cannot be generated gives the reason as a comment. */
  coderunnerScript(): string {
    try {
      return workspaceToServerLogic(this.current, { target: 'coderunner' });
    } catch (error) {
      return `// ${errorMessage(error)}\n`;
    }
  }

  private create(): BlocklyNS.WorkspaceSvg {
    const text = this.parts.language.text;
    const narrow = matchMedia(NARROW).matches;
    const created = Blockly.inject(this.parts.elements.container, {
      toolbox: {
        kind: 'categoryToolbox',
        contents: [serverLogicCategory, ...blockCategories(toolboxCategory, text)],
      } as BlocklyNS.utils.toolbox.ToolboxDefinition,
      horizontalLayout: narrow,
      toolboxPosition: 'start',
      media: MEDIA_URL,
      theme: this.parts.theme(),
      trashcan: !narrow,
      sounds: true,
      grid: { spacing: 24, length: 2, colour: 'rgba(128,128,128,0.35)', snap: true },
      zoom: { controls: !narrow, wheel: true, pinch: true, startScale: narrow ? 0.7 : 0.9, maxScale: 2, minScale: 0.3 },
      move: { scrollbars: true, drag: true, wheel: false },
    });
    created.addChangeListener((event) => this.onEvent(event));
    return created;
  }

  private restore(): void {
    try {
      const saved = localStorage.getItem(LOGIC_KEY);
      if (saved) loadWorkspaceJson(this.current, checkWorkspaceJson(saved));
    } catch (error) {
      this.parts.elements.status.textContent = fill(this.parts.language.text.serverLogicLoadFailed, {
        reason: errorMessage(error),
      });
    }
  }

  private onEvent(event: BlocklyNS.Events.Abstract): void {
    if (event.isUiEvent || event.type === Blockly.Events.FINISHED_LOADING) return;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.showCode();
    });
    if (this.current.isDragging()) return;
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(() => this.autosave(), AUTOSAVE_DELAY_MS);
    this.deployer.schedule();
  }

  private autosave(): void {
    try {
      localStorage.setItem(LOGIC_KEY, JSON.stringify(this.save()));
    } catch {
      // A full storage: the blocks stay on the page; the program's autosave reports it.
    }
  }

  private showCode(): void {
    renderHighlightedCode(this.parts.elements.code, this.coderunnerScript());
  }

  private wire(): void {
    const { elements, language } = this.parts;
    const say = (message: string) => (elements.note.textContent = message);
    elements.download.addEventListener('click', () =>
      download(CODERUNNER_FILE, this.coderunnerScript(), 'text/javascript'),
    );
    elements.copy.addEventListener('click', () => {
      navigator.clipboard.writeText(this.coderunnerScript()).then(
        () => say(language.text.copiedCodeRunner),
        (error: unknown) => say(fill(language.text.copyFailed, { reason: errorMessage(error) })),
      );
    });
    elements.example.addEventListener('click', () => {
      this.load(example);
      say(language.text.logicExampleLoaded);
    });
    elements.saveFile.addEventListener('click', () =>
      download('server-logic.json', JSON.stringify(this.save(), null, 2) + '\n', 'application/json'),
    );
    elements.loadFile.addEventListener('click', () => elements.fileInput.click());
    elements.fileInput.addEventListener('change', () => {
      const file = elements.fileInput.files?.[0];
      elements.fileInput.value = '';
      if (!file) return;
      void file
        .text()
        .then((contents) => {
          this.load(contents);
          say(fill(language.text.logicLoaded, { file: file.name }));
        })
        .catch((error: unknown) => say(fill(language.text.logicRefused, { reason: errorMessage(error) })));
    });
  }
}

/**
 * Refuses to deploy while a server-logic block is outside the handler it belongs to. The editor disables such a
 * block, so the generator would leave it out and deploy a handler that silently does less than the blocks show.
 */
function refuseMisplacedBlocks(workspace: BlocklyNS.Workspace): void {
  for (const block of workspace.getAllBlocks(false)) {
    const problem = placeProblem(block);
    if (!problem) continue;
    const why = problem === 'outsideHandler' ? 'OUTSIDE_HANDLER' : 'WRONG_HANDLER';
    throw new Error(`“${block.toString()}”: ${Blockly.Msg[`CODELESS_SERVER_LOGIC_${why}`] ?? problem}`);
  }
}
