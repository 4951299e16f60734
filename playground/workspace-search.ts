// Workspace search (@blockly/plugin-workspace-search) with the page's texts on its input and buttons, and the
// "disable" menu rule for unattached blocks (@blockly/disable-top-blocks). editor-plugins.ts loads this module beside
// the first workspace, not on the way to it.
import { DisableTopBlocks } from '@blockly/disable-top-blocks';
import { WorkspaceSearch } from '@blockly/plugin-workspace-search';
import type { BlocklyNS } from './blockly.ts';
import { en, type UiMessages } from './ui-messages.ts';

// The texts of the search bar being built (its buttons are created by the plugin, which passes them no options).
let text: UiMessages = en;
let ruleInstalled = false;

/** Workspace search with the page's texts on its input and buttons. */
class LocalizedWorkspaceSearch extends WorkspaceSearch {
  protected override createTextInput(): HTMLInputElement {
    const input = super.createTextInput();
    input.setAttribute('aria-label', text.searchWorkspacePlaceholder);
    return input;
  }
  protected override createNextBtn(): HTMLButtonElement {
    return labelled(super.createNextBtn(), text.findNext);
  }
  protected override createPreviousBtn(): HTMLButtonElement {
    return labelled(super.createPreviousBtn(), text.findPrevious);
  }
  protected override createCloseBtn(): HTMLButtonElement {
    return labelled(super.createCloseBtn(), text.closeSearch);
  }
}

function labelled(button: HTMLButtonElement, label: string): HTMLButtonElement {
  button.setAttribute('aria-label', label);
  button.title = label;
  return button;
}

/** Registers the "disable" menu rule for unattached blocks, once (it is global to Blockly). */
export function installDisableRule(): void {
  if (ruleInstalled) return;
  ruleInstalled = true;
  new DisableTopBlocks().init();
}

/** Attaches a search bar, in the language of `texts`, to `workspace`. */
export function attachSearch(workspace: BlocklyNS.WorkspaceSvg, texts: UiMessages): WorkspaceSearch {
  text = texts;
  const search = new LocalizedWorkspaceSearch(workspace);
  search.init();
  search.setSearchPlaceholder(texts.searchWorkspacePlaceholder);
  return search;
}
