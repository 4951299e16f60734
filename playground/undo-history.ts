// A workspace's undo history carried to the workspace that replaces it (a rebuild for a new language or layout).
import { Blockly, type BlocklyNS } from './blockly.ts';

/** A workspace's undo and redo stacks as event JSON (events name their workspace; the JSON does not). */
export interface History {
  undo: object[];
  redo: object[];
}

export function saveHistory(workspace: BlocklyNS.WorkspaceSvg): History {
  return {
    undo: workspace.getUndoStack().map((event) => event.toJson()),
    redo: workspace.getRedoStack().map((event) => event.toJson()),
  };
}

/**
 * Gives a rebuilt workspace the history of the one it replaces: it holds the same blocks, with the same ids, so
 * each step undoes there as it would have before. A step Blockly cannot read back costs the history, not the blocks.
 */
export function restoreHistory(workspace: BlocklyNS.WorkspaceSvg, history: History): void {
  try {
    const undo = history.undo.map((json) => Blockly.Events.fromJson(json, workspace));
    const redo = history.redo.map((json) => Blockly.Events.fromJson(json, workspace));
    workspace.clearUndo();
    workspace.getUndoStack().push(...undo);
    workspace.getRedoStack().push(...redo);
  } catch {
    workspace.clearUndo();
  }
}
