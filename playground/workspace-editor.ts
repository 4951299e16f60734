// The Blockly workspace a person edits: injected with the playground's toolbox, theme and plugins, restored from the
// autosave (or the scenario), autosaved after every change, rebuilt (with its undo history) when the language or the
// layout changes. Every way its contents are replaced (a workspace file, the scenario) goes through `load`: one
// undoable step, checked first, so a refused file changes nothing. It also knows whether the blocks differ from what
// was last loaded or saved to a file (unsaved work), and marks the block a run is at or failed at.
import { checkWorkspaceJson, loadWorkspaceJson, toolboxCategory } from '../index.ts';
import scenario from './scenario/alice.json' with { type: 'json' };
import { Blockly, type BlocklyNS } from './blockly.ts';
import { shareClipboardAcrossTabs } from './cross-tab-clipboard.ts';
import {
  attachWorkspacePlugins,
  installEditorPlugins,
  setPluginText,
  type WorkspacePlugins,
} from './editor-plugins.ts';
import { errorMessage } from './error-message.ts';
import { placeBubblesBeside } from './bubble-place.ts';
import { FIT_MAX_SCALE, fitView, READABLE_SCALE } from './view-fit.ts';
import { watchMissingInputs } from './program-check.ts';
import { restoreHistory, saveHistory } from './undo-history.ts';
import { PROGRAM_START, withoutProgramStart, withProgramStart } from './program-start.ts';
import { playgroundToolbox } from './toolbox.ts';
import type { UiMessages } from './ui-messages.ts';

const WORKSPACE_KEY = 'codeless-playground:workspace';
// What was last loaded or saved to a file: a digest of it, and whether it was the scenario.
const BASELINE_KEY = 'codeless-playground:baseline';
const MEDIA_URL = new URL('blockly-media/', document.baseURI).href;
const AUTOSAVE_DELAY_MS = 300;
// Below this width the toolbox is a row above the workspace, so an open flyout covers a strip, not the blocks.
const NARROW = '(max-width: 700px)';
// The warning a failed run leaves on its block, apart from any warning of the block's own.
const FAILURE_WARNING = 'codeless-playground-run';
const FAILED_CLASS = 'codeless-failed';
// The scale a workspace starts at, by layout.
const START_SCALE = { wide: 0.9, narrow: 0.7 };

/** What {@link WorkspaceEditor} needs from the page. */
export interface WorkspaceEditorOptions {
  /** The element Blockly is injected into. */
  container: HTMLElement;
  /** The Blockly theme a (re)built workspace starts with. */
  theme(): BlocklyNS.Theme;
  /** The interface text a (re)built workspace shows (toolbox labels, plugins). */
  text(): UiMessages;
  /** Called after every change to the blocks (not for UI events such as selecting or scrolling). */
  onChange(): void;
  /** Called once changes have settled and been autosaved. */
  onSettled(): void;
  /** A problem a person should read: `key` names the interface text, `reason` is filled in. */
  onProblem(key: 'autosaveFailed' | 'restoreFailed', reason: string): void;
}

interface Baseline {
  digest: string;
  scenario: boolean;
}

/** Owns the workspace: the page's other parts reach the blocks only through it. */
export class WorkspaceEditor {
  private readonly options: WorkspaceEditorOptions;
  private readonly narrow = matchMedia(NARROW);
  private current: BlocklyNS.WorkspaceSvg;
  private plugins: WorkspacePlugins;
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private baseline: Baseline = readBaseline();
  // Set by restore when what it loaded is to become the baseline; its digest waits for rememberRestored.
  private baselinePending = false;
  private failed: { blockId: string } | null = null;

  /** Injects an empty workspace; {@link restore} fills it. */
  constructor(options: WorkspaceEditorOptions) {
    this.options = options;
    installEditorPlugins();
    [this.current, this.plugins] = this.create();
    // Crossing the width where the toolbox changes sides rebuilds the workspace in the other layout.
    this.narrow.addEventListener('change', () => this.rebuild());
    // A page left (reloaded, closed) before the autosave's delay has passed keeps its last change: saved now.
    window.addEventListener('pagehide', () => {
      if (this.autosaveTimer !== undefined) this.autosave();
    });
  }

  /** The live workspace (a new object after {@link rebuild}: do not keep it). */
  get workspace(): BlocklyNS.WorkspaceSvg {
    return this.current;
  }

  /** True when the blocks differ from what was last loaded, reset to or saved to a file. */
  get unsaved(): boolean {
    return digest(this.saveText()) !== this.baseline.digest;
  }

  /** True when the blocks are the scenario, unchanged. */
  get showsScenario(): boolean {
    return this.baseline.scenario && !this.unsaved;
  }

  /** True when the scenario was the last workspace loaded (whether or not it changed since): costs nothing to ask. */
  get loadedScenario(): boolean {
    return this.baseline.scenario;
  }

  /**
   * The autosaved workspace, or the scenario when there is none or it cannot be read (which is reported). Call
   * {@link rememberRestored} next, before anything can change the blocks.
   */
  restore(): void {
    const saved = localStorage.getItem(WORKSPACE_KEY);
    let restored = false;
    if (saved) {
      try {
        loadWorkspaceJson(this.current, withProgramStart(checkWorkspaceJson(saved)));
        restored = true;
      } catch (error) {
        this.options.onProblem('restoreFailed', errorMessage(error));
      }
    }
    if (!restored) loadWorkspaceJson(this.current, withProgramStart(scenario));
    if (!restored || !localStorage.getItem(BASELINE_KEY)) {
      // Whether it is the scenario is known now (the page says so); what it holds is digested by rememberRestored.
      this.baseline = { digest: '', scenario: !restored };
      this.baselinePending = true;
    }
    this.showProgram();
  }

  /**
   * Records what {@link restore} loaded as the baseline unsaved work is measured from, when no earlier visit
   * recorded one. Apart from restore so that the page can become interactive first: call it before the blocks can
   * change (in the same task as restore).
   */
  rememberRestored(): void {
    if (!this.baselinePending) return;
    this.baselinePending = false;
    this.setBaseline(this.baseline.scenario);
  }

  /**
   * Replaces the blocks with a saved workspace (JSON text or its parsed object), as one step that Undo reverses.
   * Throws an Error naming what is wrong when `json` is not a workspace this page can load; the blocks then stay
   * as they were.
   */
  load(json: unknown): void {
    this.replace(json);
    this.setBaseline(false);
  }

  /** Replaces the blocks with the scenario the page opens with, as one step that Undo reverses. */
  resetToScenario(): void {
    this.replace(scenario);
    this.setBaseline(true);
    this.showProgram();
  }

  /** The blocks as a workspace file holds them (Blockly's JSON, the start block left out). */
  save(): object {
    return withoutProgramStart(Blockly.serialization.workspaces.save(this.current));
  }

  /** Records that the blocks as they are now were saved to a file: they are no longer unsaved work. */
  markSaved(): void {
    this.setBaseline(this.showsScenario);
  }

  /** Re-creates the workspace with the same blocks: block text is read when a block is created (a new language). */
  rebuild(): void {
    const state = this.save();
    const history = saveHistory(this.current);
    this.plugins.dispose();
    this.current.dispose();
    [this.current, this.plugins] = this.create();
    Blockly.serialization.workspaces.load(withProgramStart(state as Record<string, unknown>), this.current);
    restoreHistory(this.current, history);
  }

  /** Shows the workspace in `theme`. */
  setTheme(theme: BlocklyNS.Theme): void {
    this.current.setTheme(theme);
  }

  /** Lights the block with `blockId` (the one a run is at); null turns the light off. */
  highlight(blockId: string | null): void {
    this.current.highlightBlock(blockId);
  }

  /**
   * Marks the block a run failed at with the error (Blockly's warning, opened) and brings it into view; without a
   * message the block's own warnings are what it shows (a run that could not start).
   */
  markFailure(blockId: string | null, message: string | null): void {
    this.clearFailure();
    const block = blockId ? this.current.getBlockById(blockId) : null;
    if (!block) return;
    if (message !== null) block.setWarningText(message, FAILURE_WARNING);
    block.addClass(FAILED_CLASS);
    this.failed = { blockId: block.id };
    const warning = block.getIcon(Blockly.icons.IconType.WARNING);
    void warning?.setBubbleVisible?.(true);
    this.current.scrollBoundsIntoView(block.getBoundingRectangle());
  }

  /** Takes a failed run's mark off its block. */
  clearFailure(): void {
    const block = this.failed ? this.current.getBlockById(this.failed.blockId) : null;
    this.failed = null;
    if (!block || block.isDeadOrDying()) return;
    block.setWarningText(null, FAILURE_WARNING);
    block.removeClass(FAILED_CLASS);
  }

  /** Undoes the last change to the blocks. */
  undo(): void {
    this.current.undo(false);
  }

  /** Redoes the last undone change to the blocks. */
  redo(): void {
    this.current.undo(true);
  }

  /** Whether there is something to undo / redo. */
  get history(): { undo: boolean; redo: boolean } {
    return { undo: this.current.getUndoStack().length > 0, redo: this.current.getRedoStack().length > 0 };
  }

  /** Zooms and scrolls so that every block is in view. */
  zoomToFit(): void {
    fitView(this.current, FIT_MAX_SCALE, 0, 'centre');
  }

  /** The view a program opens with: all of it when it can be read so, else its start at the starting scale. */
  private showProgram(): void {
    const startScale = this.narrow.matches ? START_SCALE.narrow : START_SCALE.wide;
    if (fitView(this.current, startScale, READABLE_SCALE, 'start')) return;
    this.current.setScale(startScale);
    const start = this.current.getTopBlocks(true).find((block) => block.type === PROGRAM_START);
    if (start) this.current.scrollBoundsIntoView(start.getBoundingRectangle());
  }

  /** Opens the workspace's search bar. */
  openSearch(): void {
    this.plugins.openSearch();
  }

  private replace(json: unknown): void {
    const state = withProgramStart(checkWorkspaceJson(json));
    // Tried on a workspace of its own first: a file Blockly still refuses (a field value it rejects) leaves the
    // person's blocks untouched, with the same message as any other refused file.
    const trial = new Blockly.Workspace();
    try {
      loadWorkspaceJson(trial, state);
    } finally {
      trial.dispose();
    }
    this.clearFailure();
    // Recorded for Undo, in one event group: clearing the old blocks and creating the new ones undo as one step.
    Blockly.serialization.workspaces.load(state, this.current, { recordUndo: true });
  }

  private saveText(): string {
    return JSON.stringify(this.save());
  }

  private setBaseline(isScenario: boolean): void {
    this.baseline = { digest: digest(this.saveText()), scenario: isScenario };
    try {
      localStorage.setItem(BASELINE_KEY, JSON.stringify(this.baseline));
    } catch {
      // Without it a reload only forgets that the blocks were saved; the autosave reports a full storage.
    }
  }

  private create(): [BlocklyNS.WorkspaceSvg, WorkspacePlugins] {
    const narrow = this.narrow.matches;
    const text = this.options.text();
    setPluginText(text);
    const created = Blockly.inject(this.options.container, {
      toolbox: playgroundToolbox(toolboxCategory, text, !narrow) as BlocklyNS.utils.toolbox.ToolboxDefinition,
      horizontalLayout: narrow,
      toolboxPosition: 'start',
      media: MEDIA_URL,
      theme: this.options.theme(),
      maxInstances: { [PROGRAM_START]: 1 },
      trashcan: !narrow,
      sounds: true,
      grid: { spacing: 24, length: 2, colour: 'rgba(128,128,128,0.35)', snap: true },
      zoom: {
        controls: !narrow,
        wheel: true,
        pinch: true,
        startScale: narrow ? START_SCALE.narrow : START_SCALE.wide,
        maxScale: 2,
        minScale: 0.3,
      },
      move: { scrollbars: true, drag: true, wheel: false },
    });
    created.addChangeListener((event) => this.onEvent(event));
    watchMissingInputs(created, text);
    placeBubblesBeside(created);
    const plugins = attachWorkspacePlugins(created);
    shareClipboardAcrossTabs(created);
    return [created, plugins];
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
    clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    try {
      localStorage.setItem(WORKSPACE_KEY, this.saveText());
    } catch (error) {
      this.options.onProblem('autosaveFailed', errorMessage(error));
    }
    this.options.onSettled();
  }
}

function readBaseline(): Baseline {
  try {
    const saved = JSON.parse(localStorage.getItem(BASELINE_KEY) ?? 'null') as Partial<Baseline> | null;
    if (saved && typeof saved.digest === 'string') return { digest: saved.digest, scenario: saved.scenario === true };
  } catch {
    // Unreadable: treated as nothing saved.
  }
  return { digest: '', scenario: false };
}

/** A short digest of a text (FNV-1a, 2 × 32 bits): equal texts, equal digests; enough to notice a change. */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}-${text.length}`;
}
