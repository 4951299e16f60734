// Theme styles for the user-service blocks. Blocks name a style (`style: 'codeless_users_blocks'`), never a
// colour, so a host theme (dark, high contrast, …) decides how they look. Hosts either merge `blockStyles` /
// `categoryStyles` into their own theme, or use `codelessThemes()`: Blockly's Classic theme and a dark theme,
// both extended with these styles.
import type { Theme } from 'blockly/core';
import { Blockly } from './blockly-core.ts';
import { ERROR_STYLE, USER_OBJECT_STYLE, USERS_CATEGORY_STYLE, USERS_STYLE } from './types.ts';

type BlockStyles = Record<string, Partial<Theme.BlockStyle>>;
type CategoryStyles = Record<string, Theme.CategoryStyle>;

/** Block styles for light themes (Classic and the like). */
export const blockStyles: BlockStyles = {
  [USERS_STYLE]: { colourPrimary: '#2f6fa8', colourSecondary: '#6d9ccb', colourTertiary: '#1f4f7a' },
  [USER_OBJECT_STYLE]: { colourPrimary: '#3f8f8a', colourSecondary: '#7bbab6', colourTertiary: '#2a6662' },
  [ERROR_STYLE]: { colourPrimary: '#b5523b', colourSecondary: '#d68d7c', colourTertiary: '#843a29' },
};

/** Category styles for light themes. */
export const categoryStyles: CategoryStyles = {
  [USERS_CATEGORY_STYLE]: { colour: '#2f6fa8' },
};

/** Block styles for dark themes: the same hues, lighter, so they stand out on a dark workspace. */
export const darkBlockStyles: BlockStyles = {
  [USERS_STYLE]: { colourPrimary: '#4a8fd0', colourSecondary: '#2f5f8c', colourTertiary: '#8fbbe6' },
  [USER_OBJECT_STYLE]: { colourPrimary: '#4fa9a3', colourSecondary: '#2f6e6a', colourTertiary: '#8fd0cb' },
  [ERROR_STYLE]: { colourPrimary: '#d0684f', colourSecondary: '#8c4433', colourTertiary: '#eba797' },
};

/** Category styles for dark themes. */
export const darkCategoryStyles: CategoryStyles = {
  [USERS_CATEGORY_STYLE]: { colour: '#4a8fd0' },
};

// Workspace colours of the dark theme, after the values of blockly-samples' @blockly/theme-dark.
const darkComponentStyles = {
  workspaceBackgroundColour: '#1e1e1e',
  toolboxBackgroundColour: '#333333',
  toolboxForegroundColour: '#ffffff',
  flyoutBackgroundColour: '#252526',
  flyoutForegroundColour: '#cccccc',
  flyoutOpacity: 1,
  scrollbarColour: '#797979',
  insertionMarkerColour: '#ffffff',
  insertionMarkerOpacity: 0.3,
  scrollbarOpacity: 0.4,
  cursorColour: '#d0d0d0',
};

/** The two ready-made themes. */
export interface CodelessThemes {
  /** Blockly's Classic theme plus our styles. */
  readonly classic: Theme;
  /** A dark theme (Classic's block colours, dark workspace) plus our dark styles. */
  readonly dark: Theme;
}

let themes: CodelessThemes | undefined;

/**
 * Blockly's Classic theme and a dark theme, both extended with the user-service styles. Created on first use
 * (not on import, so loading this module has no side effects) and cached, so every caller gets the same objects.
 *
 * @returns `{ classic, dark }`, ready for `Blockly.inject(div, { theme })` or `workspace.setTheme(theme)`.
 */
export function codelessThemes(): CodelessThemes {
  themes ??= {
    classic: Blockly.Theme.defineTheme('codeless_classic', {
      name: 'codeless_classic',
      base: Blockly.Themes.Classic,
      blockStyles: blockStyles as Record<string, Theme.BlockStyle>,
      categoryStyles,
    }),
    dark: Blockly.Theme.defineTheme('codeless_dark', {
      name: 'codeless_dark',
      base: Blockly.Themes.Classic,
      blockStyles: darkBlockStyles as Record<string, Theme.BlockStyle>,
      categoryStyles: darkCategoryStyles,
      componentStyles: darkComponentStyles,
    }),
  };
  return themes;
}
