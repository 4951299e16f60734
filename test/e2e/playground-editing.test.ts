// Editing without surprises: the toolbox search field behaves as a text field (clicking into it again keeps the
// caret, the results and the next key), and the undo history outlives a change of language.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { countOf, POLL, usePlayground } from './playground-harness.ts';

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
