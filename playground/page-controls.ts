// Two small controls of the page's frame: the File menu (a disclosure button and the panel of actions it shows) and,
// on a narrow screen, the switch between the side panels (generated code, console, backend), one of which shows at a
// time. On a wide screen every panel shows and the switch is hidden by the stylesheet.

/** The File menu: opens and closes its panel; Escape or a click elsewhere closes it. */
export class DisclosureMenu {
  private readonly toggle: HTMLButtonElement;
  private readonly panel: HTMLElement;

  constructor(toggle: HTMLButtonElement, panel: HTMLElement) {
    this.toggle = toggle;
    this.panel = panel;
    toggle.addEventListener('click', () => (panel.hidden ? this.open() : this.close()));
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      this.close();
      toggle.focus();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!panel.hidden && !toggle.parentElement!.contains(event.target as Node)) this.close();
    });
  }

  /** Shows the actions, the first one focused. */
  open(): void {
    this.panel.hidden = false;
    this.toggle.setAttribute('aria-expanded', 'true');
    this.panel.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }

  /** Hides the actions. */
  close(): void {
    if (this.panel.hidden) return;
    const focusInside = this.panel.contains(document.activeElement);
    this.panel.hidden = true;
    this.toggle.setAttribute('aria-expanded', 'false');
    // The focus must not fall to the page's body with the panel it was in.
    if (focusInside) this.toggle.focus();
  }
}

/** The narrow screen's panel switch: buttons (`aria-pressed`) naming the panel they show in `data-panel`. */
export class PanelSwitch {
  private readonly buttons: HTMLButtonElement[];

  constructor(group: HTMLElement) {
    this.buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-panel]')];
    for (const button of this.buttons) button.addEventListener('click', () => this.show(button.dataset.panel!));
  }

  /** Shows the panel with `id` (on a narrow screen; on a wide one every panel shows anyway). */
  show(id: string): void {
    for (const button of this.buttons) {
      const selected = button.dataset.panel === id;
      button.setAttribute('aria-pressed', String(selected));
      const panel = document.getElementById(button.dataset.panel!);
      if (panel) panel.toggleAttribute('data-active', selected);
    }
  }
}
