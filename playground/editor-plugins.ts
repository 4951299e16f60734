// The editor features people of Codeless and Blockly expect, from blockly-samples' plugins where one is published for
// Blockly 13: searching the toolbox (@blockly/toolbox-search) and the workspace (@blockly/plugin-workspace-search),
// and unattached blocks kept inactive (Blockly's `disableOrphans` with @blockly/disable-top-blocks). The plugins'
// own English texts are replaced by the page's, in the current language. The toolbox search is here, on the way to the
// first workspace (its toolbox names the category); the workspace search and the menu rule are workspace-search.ts,
// loaded beside it. Zoom to fit and copying between tabs are workspace-editor.ts and cross-tab-clipboard.ts (their
// plugins have no release for Blockly 13).
import '@blockly/toolbox-search';
import { Blockly, type BlocklyNS } from './blockly.ts';
import { SEARCH_CATEGORY_KIND } from './toolbox.ts';
import { en, type UiMessages } from './ui-messages.ts';

// The texts the plugins show, in the language of the workspace being built (the toolbox category is created by
// Blockly, which passes it no options).
let text: UiMessages = en;

type ToolboxCategoryClass = typeof Blockly.ToolboxCategory;

/** Whether a registered toolbox item class is a category (the search category extends Blockly's). */
const isCategoryClass = (value: unknown): value is ToolboxCategoryClass =>
  typeof value === 'function' && value.prototype instanceof Blockly.ToolboxCategory;

// Search categories whose blocks have been indexed (see `initBlockSearcher` below).
const indexed = new WeakSet<object>();
type Indexer = { initBlockSearcher?: () => void };

/**
 * The toolbox search category with the page's texts (its placeholder and its two flyout labels), indexing the
 * toolbox's blocks when the search is first used rather than while the page loads: the plugin builds every
 * toolbox block once to index it, which would delay the moment a person can drag a block.
 */
function localizedSearchCategory(base: ToolboxCategoryClass): ToolboxCategoryClass {
  const indexBlocks = (base.prototype as Indexer).initBlockSearcher;
  return class LocalizedToolboxSearch extends base {
    private field: HTMLInputElement | undefined;

    // Called by the plugin's constructor; replaced by indexing on first focus. Should a later version of the
    // plugin name it otherwise, its constructor indexes as before and this is never called.
    initBlockSearcher(): void {}

    override onNodeFocus(): void {
      if (indexBlocks && !indexed.has(this)) {
        indexed.add(this);
        indexBlocks.call(this);
      }
      super.onNodeFocus();
    }

    protected override createDom_(): HTMLDivElement {
      const dom = super.createDom_();
      const input = dom.querySelector('input');
      if (input) {
        input.placeholder = text.searchBlocksPlaceholder;
        input.setAttribute('aria-label', text.searchBlocksPlaceholder);
        this.field = input;
        // The field's own id names the category (the plugin focuses it); the category's element repeated it.
        dom.removeAttribute('id');
        // A click into the open search is a click into a text field: it places the caret. The toolbox would take
        // it for a second click on its selected category and close the search, taking the focus from the field.
        input.addEventListener('pointerdown', (event) => {
          if (this.parentToolbox_.getSelectedItem() === this) event.stopPropagation();
        });
      }
      return dom;
    }

    // The field takes the clicks (the plugin leaves them to the row around it): the toolbox finds the category a
    // click is on by the id of the element clicked, which is now the field's alone.
    override getClickTarget(): Element {
      return this.field ?? super.getClickTarget();
    }

    override getContents(): BlocklyNS.utils.toolbox.FlyoutItemInfoArray | string {
      const contents = super.getContents();
      if (typeof contents === 'string') return contents;
      // The plugin's labels are English constants; they are the only labels this category shows.
      const labels: Record<string, string> = {
        'Type to search for blocks': text.searchBlocksTypeMore,
        'No matching blocks found': text.searchBlocksNothing,
      };
      return contents.map((item) =>
        item.kind === 'label' && 'text' in item && labels[item.text] ? { ...item, text: labels[item.text]! } : item,
      );
    }
  };
}

/**
 * A toolbox category whose element alone carries its id. Blockly gives the same id to the category's element (the
 * focused tree item) and to its row (so that a click, which lands on the row, finds its category): here the row lets
 * clicks through to the element, which is then what a click lands on.
 */
class CategoryWithOneId extends Blockly.ToolboxCategory {
  protected override createDom_(): HTMLDivElement {
    const dom = super.createDom_();
    if (this.rowDiv_) this.rowDiv_.style.pointerEvents = 'none';
    return dom;
  }

  override getClickTarget(): Element {
    return this.getDiv() ?? super.getClickTarget();
  }
}

let installed = false;

/** Registers what is global to Blockly, once: the search category. */
export function installEditorPlugins(): void {
  if (installed) return;
  installed = true;
  const type = Blockly.registry.Type.TOOLBOX_ITEM;
  const search = Blockly.registry.getClass(type, 'search', true);
  if (!isCategoryClass(search)) throw new Error("@blockly/toolbox-search's 'search' is not a toolbox category");
  Blockly.registry.register(type, SEARCH_CATEGORY_KIND, localizedSearchCategory(search));
  Blockly.registry.register(type, Blockly.ToolboxCategory.registrationName, CategoryWithOneId, true);
}

// Workspace search and the "disable" menu rule (workspace-search.ts), loaded beside the first workspace rather than
// on the way to it: the search bar opens once they are there.
const workspaceSearch = () => import('./workspace-search.ts');

/** The plugins of one workspace; {@link dispose} before the workspace goes. */
export interface WorkspacePlugins {
  /** Opens the workspace's search bar. */
  openSearch(): void;
  dispose(): void;
}

/** Sets the plugins' language; call before creating a workspace (its toolbox reads it). */
export function setPluginText(next: UiMessages): void {
  text = next;
}

/** Attaches workspace search and orphan handling to a freshly injected workspace. */
export function attachWorkspacePlugins(workspace: BlocklyNS.WorkspaceSvg): WorkspacePlugins {
  // Blocks that expect to be attached but are not stay disabled, so they look inactive and generate nothing.
  workspace.addChangeListener(Blockly.Events.disableOrphans);
  const searchText = text;
  let disposed = false;
  let search: { open(): void; dispose(): void } | undefined;
  const attached = workspaceSearch().then(({ attachSearch, installDisableRule }) => {
    installDisableRule();
    if (!disposed) search = attachSearch(workspace, searchText);
  });
  return {
    openSearch: () => void attached.then(() => search?.open()),
    dispose: () => {
      disposed = true;
      search?.dispose();
    },
  };
}
