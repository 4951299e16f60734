// Editing without surprises: the toolbox search field behaves as a text field (clicking into it again keeps the
// caret, the results and the next key), and the undo history outlives a change of language.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { countOf, dragFromToolbox, POLL, usePlayground } from './playground-harness.ts';

const playground = usePlayground();

const flyout = (page: Page) => page.locator('.blocklyFlyout').filter({ visible: true });
/** The workspace's top blocks (not the flyout's). */
const topBlocks = (page: Page) =>
  page.locator('#blockly svg.blocklySvg > g.blocklyWorkspace > g.blocklyBlockCanvas > g');
const isFocused = (page: Page, name: string) => () =>
  page.getByRole('searchbox', { name }).evaluate((input) => input === document.activeElement);

describe('toolbox search', () => {
  test('clicking into the search field again keeps the focus, the results and the next key', async () => {
    const { page } = await playground.open();
    const search = page.getByRole('searchbox', { name: 'Search for blocks' });
    const blocksBefore = await countOf(topBlocks(page))();
    // Clicked as a person clicks: where the field is, no forcing.
    await search.click();
    await expect.poll(isFocused(page, 'Search for blocks'), POLL).toBe(true);
    await page.keyboard.type('logi');
    await flyout(page).locator('g.backendless_users_login').first().waitFor(POLL);

    await search.click();
    expect(await isFocused(page, 'Search for blocks')()).toBe(true);
    await page.keyboard.type('n C');
    expect(await search.inputValue()).toBe('login C');
    await expect.poll(() => flyout(page).locator('g.backendless_users_login').count(), POLL).toBeGreaterThan(0);
    // No key reached the workspace (C would have cleaned it up; any other, moved or deleted a block).
    expect(await countOf(topBlocks(page))()).toBe(blocksBefore);
  });
});

describe('undo history', () => {
  test('Undo and Redo still take back and redo the last change after switching the language', async () => {
    const { page } = await playground.open();
    const blocks = countOf(topBlocks(page));
    const before = await blocks();
    const area = (await page.locator('#blockly').boundingBox())!;
    await dragFromToolbox(page, 'Logic', 'true', { x: area.x + area.width - 160, y: area.y + area.height - 120 });
    await expect.poll(blocks, POLL).toBe(before + 1);

    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('button', { name: 'Rückgängig' }).waitFor(POLL);
    expect(await blocks()).toBe(before + 1);
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(blocks, POLL).toBe(before);
    await page.getByRole('button', { name: 'Wiederholen' }).click();
    await expect.poll(blocks, POLL).toBe(before + 1);

    // And back: the history is the same in English.
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(blocks, POLL).toBe(before);
  });
});
