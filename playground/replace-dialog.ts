// "Replace your blocks?": the question asked before unsaved work is replaced (by the scenario or a file). A modal
// <dialog> of the page's own, not window.confirm, so it speaks the page's language and looks like the page; Escape
// or Cancel keeps the blocks. Its buttons sit in a `method="dialog"` form: the one pressed is the answer.

/** The dialog's elements (all present in index.html). */
export interface ReplaceDialogElements {
  dialog: HTMLDialogElement;
  /** Where the question's details go. */
  message: HTMLElement;
}

/** Asks one question at a time. */
export class ReplaceDialog {
  private readonly elements: ReplaceDialogElements;

  constructor(elements: ReplaceDialogElements) {
    this.elements = elements;
  }

  /** Shows `message`; resolves true when the person chooses Replace, false on Cancel or Escape. */
  ask(message: string): Promise<boolean> {
    const { dialog, message: target } = this.elements;
    target.textContent = message;
    dialog.returnValue = '';
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => resolve(dialog.returnValue === 'replace'), { once: true });
      // The safe answer, Cancel, has the focus (autofocus); Replace is one Tab away.
      dialog.showModal();
    });
  }
}
