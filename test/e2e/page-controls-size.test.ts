// Every page control can be hit and told apart: at a laptop's two sizes and a phone's, no element id is used twice,
// and no HTML control a person can click or focus is smaller than 24 × 24 CSS pixels (WCAG 2.2's minimum target
// size) — on the playground (its workspace search and File menu open too) and on each tab of the emulator console.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useConsole } from './console-harness.ts';
import { usePlayground } from './playground-harness.ts';

const playground = usePlayground();
const emulatorConsole = useConsole();

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

/** Ids used more than once, and the controls smaller than 24 × 24, as `what size` lines. */
function audit(page: Page): Promise<{ duplicateIds: string[]; small: string[] }> {
  return page.evaluate(() => {
    const counts = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    const duplicateIds = [...counts].filter(([, count]) => count > 1).map(([id, count]) => `${id} ×${count}`);
    const controls = document.querySelectorAll(
      'button, input:not([type="hidden"]), select, textarea, a[href], summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="tab"]',
    );
    const small: string[] = [];
    for (const control of controls) {
      // Blockly's canvas is SVG, drawn at the workspace's zoom; its own HTML (search, toolbox) counts.
      if (control.closest('svg') || !control.checkVisibility({ visibilityProperty: true })) continue;
      const { width, height } = control.getBoundingClientRect();
      if (width < 24 || height < 24) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30) ?? '';
        small.push(
          `${control.tagName.toLowerCase()}${control.id ? '#' + control.id : ''} "${name}" ${Math.round(width)}×${Math.round(height)}`,
        );
      }
    }
    return { duplicateIds, small };
  });
}

describe('ids and control sizes', () => {
  for (const viewport of SIZES) {
    test(`${viewport.width}×${viewport.height}: the playground`, async () => {
      const { page } = await playground.open({ viewport });
      const found = [await audit(page)];
      await page.getByRole('button', { name: 'Search the workspace' }).click();
      await page.getByRole('textbox', { name: 'Search the workspace' }).waitFor();
      found.push(await audit(page));
      await page.locator('#file-menu').click();
      await page.getByRole('button', { name: 'Reset to scenario', exact: true }).waitFor();
      found.push(await audit(page));
      expect(found.flatMap((each) => each.duplicateIds)).toEqual([]);
      expect([...new Set(found.flatMap((each) => each.small))]).toEqual([]);
    });

    test(`${viewport.width}×${viewport.height}: the emulator console, tab by tab`, async () => {
      const { page } = await emulatorConsole.open(undefined, viewport);
      const tabs = page.getByRole('tab');
      await tabs.first().waitFor();
      const found = [];
      for (const name of await tabs.allTextContents()) {
        await page.getByRole('tab', { name: name.trim(), exact: true }).click();
        found.push(await audit(page));
      }
      expect(found.flatMap((each) => each.duplicateIds)).toEqual([]);
      expect([...new Set(found.flatMap((each) => each.small))]).toEqual([]);
    });
  }
});
