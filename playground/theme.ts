// Light or dark: the page's colours (`data-theme` on <html>, the toggle's pressed state) and the workspace's
// Blockly theme, chosen by the person (remembered) or else by the system's colour scheme.
import { codelessThemes } from '../index.ts';
import type { BlocklyNS } from './blockly.ts';

const THEME_KEY = 'codeless-playground:theme';

/** The page's theme; the only place it changes. */
export class PageTheme {
  private dark: boolean;
  private readonly toggle: HTMLButtonElement;

  /** `toggle`: the "Dark theme" button, whose `aria-pressed` says whether the dark theme is on. */
  constructor(toggle: HTMLButtonElement) {
    this.toggle = toggle;
    const saved = localStorage.getItem(THEME_KEY);
    this.dark = saved === 'dark' || (saved === null && matchMedia('(prefers-color-scheme: dark)').matches);
  }

  /** The Blockly theme for the workspace: Classic or dark, each with the library's block styles. */
  get blocklyTheme(): BlocklyNS.Theme {
    const themes = codelessThemes();
    return this.dark ? themes.dark : themes.classic;
  }

  /** Shows the current theme on the page (not the workspace: that takes {@link blocklyTheme}). */
  applyToPage(): void {
    document.documentElement.dataset.theme = this.dark ? 'dark' : 'light';
    this.toggle.setAttribute('aria-pressed', String(this.dark));
  }

  /** Switches between light and dark, remembers the choice and shows it on the page. */
  flip(): void {
    this.dark = !this.dark;
    localStorage.setItem(THEME_KEY, this.dark ? 'dark' : 'light');
    this.applyToPage();
  }
}
