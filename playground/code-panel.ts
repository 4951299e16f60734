// The read-only code panel: what "Export for codeless-blocks runtime" would download, minus the backend keys,
// redrawn at most once per frame however many blocks change.
import type { Workspace } from 'blockly/core';
import { workspaceToProgram } from '../index.ts';
import { errorMessage } from './error-message.ts';
import { renderHighlightedCode } from './highlight.ts';

/** Shows the program generated from the workspace `source` returns. */
export class CodePanel {
  private readonly target: HTMLElement;
  private readonly source: () => Workspace;
  private frame = 0;

  /** `target`: the element the highlighted code goes into; `source`: the current workspace. */
  constructor(target: HTMLElement, source: () => Workspace) {
    this.target = target;
    this.source = source;
  }

  /** Redraws on the next animation frame (several calls before it draw once). */
  showSoon(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.show();
    });
  }

  /** Redraws now; a workspace that cannot be generated shows the reason as a comment. */
  show(): void {
    let program: string;
    try {
      program = workspaceToProgram(this.source(), { runtime: 'codeless-blocks', backend: null });
    } catch (error) {
      program = `// ${errorMessage(error)}`;
    }
    renderHighlightedCode(this.target, program);
  }
}
