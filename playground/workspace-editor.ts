// The Blockly workspace a person edits: injected with the playground's toolbox and theme, restored from the
// autosave (or the scenario), autosaved after every change, rebuilt when the language changes. Every way its
// contents are replaced (a workspace file, the scenario) goes through `load`, so how replacing behaves is
// decided in one place.
import { loadWorkspaceJson, toolboxCategory } from '../index.ts';
import scenario from './scenario/alice.json' with { type: 'json' };
import { Blockly, type BlocklyNS } from './blockly.ts';
import { errorMessage } from './error-message.ts';
import { playgroundToolbox } from './toolbox.ts';

const WORKSPACE_KEY = 'codeless-playground:workspace';
const MEDIA_URL = new URL('blockly-media/', document.baseURI).href;
const AUTOSAVE_DELAY_MS = 300;

/** What {@link WorkspaceEditor} needs from the page. */
export interface WorkspaceEditorOptions {
  /** The element Blockly is injected into. */
  container: HTMLElement;
  /** The Blockly theme a (re)built workspace starts with. */
  theme(): BlocklyNS.Theme;
  /** Called after every change to the blocks (not for UI events such as selecting or scrolling). */
  onChange(): void;
  /** A problem a person should read (the autosave failed, the saved workspace is unreadable). */
  onProblem(message: string): void;
}

/** Owns the workspace: the page's other parts reach the blocks only through it. */
export class WorkspaceEditor {
  private readonly options: WorkspaceEditorOptions;
  private current: BlocklyNS.WorkspaceSvg;
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Injects an empty workspace; {@link restore} fills it. */
  constructor(options: WorkspaceEditorOptions) {
    this.options = options;
    this.current = this.create();
  }

  /** The live workspace (a new object after {@link rebuild}: do not keep it). */
  get workspace(): BlocklyNS.WorkspaceSvg {
    return this.current;
  }

  /** The autosaved workspace, or the scenario when there is none or it cannot be read (which is reported). */
  restore(): void {
    const saved = localStorage.getItem(WORKSPACE_KEY);
    if (saved) {
      try {
        loadWorkspaceJson(this.current, saved);
        return;
      } catch (error) {
        this.options.onProblem(`The saved workspace could not be restored: ${errorMessage(error)}`);
      }
    }
    loadWorkspaceJson(this.current, scenario);
  }

  /**
   * Replaces the blocks with a saved workspace (JSON text or its parsed object). Throws an Error naming what
   * is wrong when `json` is not a workspace this page can load; the blocks then stay as they were.
   */
  load(json: unknown): void {
    loadWorkspaceJson(this.current, json);
  }

  /** Replaces the blocks with the scenario the page opens with. */
  resetToScenario(): void {
    this.load(scenario);
  }

  /** The blocks as Blockly's JSON serialization (what a workspace file holds). */
  save(): object {
    return Blockly.serialization.workspaces.save(this.current);
  }

  /** Re-creates the workspace with the same blocks: block text is read when a block is created (a new language). */
  rebuild(): void {
    const state = this.save();
    this.current.dispose();
    this.current = this.create();
    Blockly.serialization.workspaces.load(state, this.current);
  }

  /** Shows the workspace in `theme`. */
  setTheme(theme: BlocklyNS.Theme): void {
    this.current.setTheme(theme);
  }

  /** Lights the block with `blockId` (the one a run is at); null turns the light off. */
  highlight(blockId: string | null): void {
    this.current.highlightBlock(blockId);
  }

  private create(): BlocklyNS.WorkspaceSvg {
    const created = Blockly.inject(this.options.container, {
      toolbox: playgroundToolbox(toolboxCategory as object) as BlocklyNS.utils.toolbox.ToolboxDefinition,
      media: MEDIA_URL,
      theme: this.options.theme(),
      trashcan: true,
      sounds: true,
      grid: { spacing: 24, length: 2, colour: 'rgba(128,128,128,0.35)', snap: true },
      zoom: { controls: true, wheel: true, startScale: 0.9, maxScale: 2, minScale: 0.4 },
      move: { scrollbars: true, drag: true, wheel: false },
    });
    created.addChangeListener((event) => this.onEvent(event));
    return created;
  }

  private onEvent(event: BlocklyNS.Events.Abstract): void {
    if (event.isUiEvent || event.type === Blockly.Events.FINISHED_LOADING) return;
    this.options.onChange();
    // Save once a drag ends, not on every intermediate move.
    if (this.current.isDragging()) return;
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(() => this.autosave(), AUTOSAVE_DELAY_MS);
  }

  private autosave(): void {
    try {
      localStorage.setItem(WORKSPACE_KEY, JSON.stringify(this.save()));
    } catch (error) {
      this.options.onProblem(`Autosave failed: ${errorMessage(error)}`);
    }
  }
}
