// Copy blocks in one tab, paste them in another: Blockly's own copy and cut (Ctrl+C, Ctrl+X) also put what they
// copied in localStorage, and every other tab of the page hands it to Blockly's clipboard, so Blockly's own paste
// (Ctrl+V) pastes it. Written here because @blockly/plugin-cross-tab-copy-paste has no release for Blockly 13
// (its newest, 8.0.8, requires Blockly 12); unlike the plugin it keeps Blockly's own shortcuts and their hints.
import { checkWorkspaceJson } from '../index.ts';
import { Blockly, type BlocklyNS } from './blockly.ts';

const STASH_KEY = 'codeless-playground:clipboard';

let workspace: BlocklyNS.WorkspaceSvg | null = null;

/**
 * After the shortcut `name` of `shortcuts` (a copy of Blockly's registry: `getRegistry()` copies every shortcut, so
 * it is asked once for all of them) has run successfully, what Blockly copied goes to localStorage for the other tabs.
 */
function alsoStash(shortcuts: Record<string, BlocklyNS.ShortcutRegistry.KeyboardShortcut>, name: string): void {
  const registry = Blockly.ShortcutRegistry.registry;
  const shortcut = shortcuts[name];
  if (!shortcut?.callback) return;
  const callback = shortcut.callback;
  // Re-registered (not overridden in place): a registration with the same keys would collide with itself.
  registry.unregister(name);
  registry.register({
    ...shortcut,
    callback: (...args) => {
      const copied = callback(...args);
      const data = copied ? Blockly.clipboard.getLastCopiedData() : null;
      if (data) {
        try {
          localStorage.setItem(STASH_KEY, JSON.stringify(data));
        } catch {
          // Storage full or denied: copying within this tab still works.
        }
      }
      return copied;
    },
  });
}

/** Hands blocks another tab copied to Blockly's clipboard, if they are blocks this page can paste. */
function adopt(stashed: string | null): void {
  if (!stashed || !workspace) return;
  try {
    const data = JSON.parse(stashed) as { paster?: unknown; blockState?: unknown };
    if (data.paster !== Blockly.clipboard.BlockPaster.TYPE || !data.blockState) return;
    // The same check as a workspace file: unknown or malformed blocks are not offered for pasting.
    checkWorkspaceJson({ blocks: { languageVersion: 0, blocks: [data.blockState] } });
    Blockly.clipboard.setLastCopiedData(data as BlocklyNS.clipboard.BlockCopyData);
    Blockly.clipboard.setLastCopiedWorkspace(workspace);
  } catch {
    // Not something this page copied: ignore it, as a paste of nothing.
  }
}

let started = false;

/** Starts sharing the clipboard with the page's other tabs (once; later calls only follow the workspace). */
export function shareClipboardAcrossTabs(current: BlocklyNS.WorkspaceSvg): void {
  const previous = workspace;
  workspace = current;
  // A rebuilt workspace (another language or layout) takes over what was copied into the one it replaces.
  if (previous && Blockly.clipboard.getLastCopiedWorkspace() === previous) {
    Blockly.clipboard.setLastCopiedWorkspace(current);
  }
  if (started) return;
  started = true;
  const shortcuts = Blockly.ShortcutRegistry.registry.getRegistry();
  alsoStash(shortcuts, Blockly.ShortcutItems.names.COPY);
  alsoStash(shortcuts, Blockly.ShortcutItems.names.CUT);
  window.addEventListener('storage', (event) => {
    if (event.key === STASH_KEY) adopt(event.newValue);
  });
  // What was copied before this tab opened can be pasted too.
  adopt(localStorage.getItem(STASH_KEY));
}
