// Blocks and the editor: a block dropped a few pixels off the
// program looks and is inactive; the Users flyout tells the value and the statement shape of Login User and
// Register User apart; the toolbox and the workspace can be searched, the view zoomed to fit, and blocks copied in
// one tab pasted in another.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  codePanel,
  consoleLog,
  countOf,
  dragFromToolbox,
  mainBlocks,
  POLL,
  run,
  textOf,
  under,
  usePlayground,
} from './playground-harness.ts';

const playground = usePlayground();

const flyout = (page: Page) => page.locator('.blocklyFlyout').filter({ visible: true });

/** Whether every block of the scenario (the start block and the last one) lies inside the workspace's box. */
async function programInView(page: Page): Promise<boolean> {
  const area = (await page.locator('#blockly').boundingBox())!;
  const first = (await mainBlocks(page, 'codeless_playground_start').first().boundingBox())!;
  const last = (await mainBlocks(page, 'backendless_users_try_catch').first().boundingBox())!;
  return (
    first.x >= area.x &&
    first.y >= area.y &&
    last.y + last.height <= area.y + area.height &&
    last.x <= area.x + area.width
  );
}

describe('blocks and the editor', () => {
  test('a block dropped a few pixels off the end of the program looks disabled and does not run, until attached', async () => {
    const { page } = await playground.open();
    const end = await under(page, 'backendless_users_try_catch');
    await dragFromToolbox(page, 'Text', 'print', { x: end.x, y: end.y + 70 });
    const stray = page.locator('#blockly svg.blocklySvg > g.blocklyWorkspace > g.blocklyBlockCanvas > g.text_print');
    await stray.waitFor(POLL);
    // Blockly's disabled look (hatched, faded), as for any unattached block: given once the drop's move event has
    // been handled, which Blockly fires after the drop.
    await expect.poll(() => stray.getAttribute('class'), POLL).toMatch(/\bblocklyDisabled\b/);
    // The code panel follows the workspace once the change events are handled (the same moment, or just after).
    await expect.poll(textOf(codePanel(page)), POLL).not.toContain("console.log('abc')");
    expect(await run(page)).toBe('Finished.');
    expect(await consoleLog(page).locator('.console-output').allTextContents()).not.toContain('abc');

    // Dragged onto the end of the program, it is part of it: enabled, generated, run.
    const box = (await stray.boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(end.x + 10, end.y + 8, { steps: 12 });
    await page.mouse.up();
    await expect.poll(textOf(codePanel(page)), POLL).toContain("console.log('abc')");
    expect(await mainBlocks(page, 'text_print.blocklyDisabled').count()).toBe(0);
    expect(await run(page)).toBe('Finished.');
    await expect.poll(textOf(consoleLog(page).locator('.console-output').last()), POLL).toBe('abc');
  });

  test('the Users flyout labels the value shape and the statement shape of Login User and Register User', async () => {
    const { page } = await playground.open();
    await page.getByRole('treeitem', { name: 'Users' }).click();
    const top = async (selector: string, label?: string) => {
      const found = label ? flyout(page).locator(selector).filter({ hasText: label }) : flyout(page).locator(selector);
      return (await found.first().boundingBox())!.y;
    };
    const label = 'g.codeless-shape-label';
    const order = [
      await top(label, 'Login User that hands on the user (a value'),
      await top('g.backendless_users_login'),
      await top(label, 'Login User as a step of its own'),
      await top('g.backendless_users_login_statement'),
      await top(label, 'Register User that hands on the saved user (a value)'),
      await top('g.backendless_users_register'),
      await top(label, 'Register User as a step of its own'),
      await top('g.backendless_users_register_statement'),
    ];
    // Each label sits right above the shape it names.
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('searching the toolbox finds a block by its words, and says so when nothing matches', async () => {
    const { page } = await playground.open();
    const search = page.getByRole('searchbox', { name: 'Search for blocks' });
    await search.click();
    await expect.poll(() => search.evaluate((input) => input === document.activeElement), POLL).toBe(true);
    await search.pressSequentially('logout');
    await flyout(page).locator('g.backendless_users_logout').first().waitFor(POLL);
    expect(await flyout(page).locator('g.backendless_users_login').count()).toBe(0);
    await search.fill('');
    await search.pressSequentially('qqqqq');
    await flyout(page).getByText('No matching blocks found').waitFor(POLL);
  });

  test('searching the workspace marks the matching block; zoom to fit brings every block into view', async () => {
    const { page } = await playground.open();
    await page.getByRole('button', { name: 'Search the workspace' }).click();
    const search = page.getByRole('textbox', { name: 'Search the workspace' });
    await search.pressSequentially('Logout');
    await expect.poll(countOf(page.locator('#blockly .blockly-ws-search-current')), POLL).toBe(1);
    await page.getByRole('button', { name: 'Close search bar' }).click();
    await expect.poll(() => search.isVisible(), POLL).toBe(false);

    // Zoomed in with the wheel (Ctrl, as on a touchpad) until the program no longer fits, then fitted.
    const area = (await page.locator('#blockly').boundingBox())!;
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -200);
    await expect.poll(() => programInView(page), POLL).toBe(false);
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(() => programInView(page), POLL).toBe(true);
  });

  test('blocks copied with Ctrl+C in one tab are pasted with Ctrl+V in another', async () => {
    const context = await playground.newContext();
    const { page: first } = await playground.open(context);
    const { page: second } = await playground.open(context);
    expect(await mainBlocks(second, 'backendless_users_logout').count()).toBe(1);

    const logout = (await mainBlocks(first, 'backendless_users_logout').first().boundingBox())!;
    await first.mouse.click(logout.x + 20, logout.y + 8);
    await first.keyboard.press('Control+c');

    await second.bringToFront();
    const area = (await second.locator('#blockly').boundingBox())!;
    await second.mouse.click(area.x + area.width - 160, area.y + 60);
    await second.keyboard.press('Control+v');
    await expect.poll(countOf(mainBlocks(second, 'backendless_users_logout')), POLL).toBe(2);
  });
});
