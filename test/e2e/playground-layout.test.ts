// The page at a phone's and two laptops' sizes: one compact header row, nothing wider than the
// screen, the console in view after Run, and on a phone a toolbox flyout that leaves most of the workspace free.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { consoleLog, POLL, runStatus, textOf, usePlayground } from './playground-harness.ts';

const playground = usePlayground();

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

/** The boxes of the header's controls (Run, Stop, File, theme, language) and of the header itself. */
async function header(page: Page) {
  const box = (await page.locator('header').boundingBox())!;
  const controls = await Promise.all(
    [
      page.getByRole('button', { name: 'Run', exact: true }),
      page.getByRole('button', { name: 'Stop' }),
      page.getByRole('button', { name: 'File', exact: true }),
      page.getByRole('button', { name: 'Dark theme' }),
      page.getByRole('combobox', { name: 'Language' }),
    ].map(async (control) => (await control.boundingBox())!),
  );
  return { box, controls };
}

describe('layout', () => {
  for (const viewport of SIZES) {
    test(`${viewport.width}×${viewport.height}: one header row, nothing off-screen, the console in view after Run`, async () => {
      const { page } = await playground.open({ viewport });
      const { box, controls } = await header(page);
      expect(box.height).toBeLessThanOrEqual(52);
      // One row: every control sits on the same line, inside the screen.
      for (const control of controls) {
        expect(Math.abs(control.y + control.height / 2 - (box.y + box.height / 2))).toBeLessThanOrEqual(4);
        expect(control.x + control.width).toBeLessThanOrEqual(viewport.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect.poll(textOf(runStatus(page)), POLL).toBe('Finished.');
      await expect.poll(textOf(consoleLog(page)), POLL).toContain('Logged in as Alice');
      // The newest line — the run's last — is on screen, uncovered.
      const line = consoleLog(page).locator('.console-line').last();
      const shown = (await line.boundingBox())!;
      expect(shown.y).toBeGreaterThanOrEqual(0);
      expect(shown.y + shown.height).toBeLessThanOrEqual(viewport.height);
      // And nothing lies on top of it.
      expect(
        await line.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          return element.contains(document.elementFromPoint(rect.x + 4, rect.y + rect.height / 2));
        }),
      ).toBe(true);
    });
  }

  test('390×844: an open toolbox flyout is a strip that leaves most of the workspace free', async () => {
    const { page } = await playground.open({ viewport: { width: 390, height: 844 } });
    await page.getByRole('treeitem', { name: 'Users' }).click();
    const flyout = page.locator('.blocklyFlyout').filter({ visible: true });
    await flyout.locator('g.backendless_users_login').first().waitFor(POLL);
    const area = (await page.locator('#blockly').boundingBox())!;
    const covered = (await flyout.boundingBox())!;
    // A strip across the top of the workspace, as wide as the screen, not a panel over the blocks.
    expect(covered.height).toBeLessThanOrEqual(area.height * 0.4);
    expect(covered.y + covered.height).toBeLessThanOrEqual(area.y + area.height * 0.6);
  });
});
