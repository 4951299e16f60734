// The page is interactive before the code of its flows (Run, the File menu, the backend panel, the code panel) has
// arrived: what a person presses in that moment is not lost, and the first dragged block needs none of that code.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { codePanel, consoleLog, POLL, runStatus, textOf, usePlayground } from './playground-harness.ts';

const playground = usePlayground();

/** A page opened with the flows' module held back until `release` is called; resolves once the page is interactive. */
async function openWithFlowsHeld(): Promise<{ page: Page; release: () => void }> {
  const context = await playground.newContext();
  const release = await playground.holdBack(context, 'flows.ts');
  const page = await context.newPage();
  await page.goto(playground.url);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('codeless:interactive').length), POLL)
    .toBe(1);
  return { page, release };
}

describe('the moment before the flows arrive', () => {
  test('a Run pressed once the workspace is up, before Run is wired, runs when it is', async () => {
    const { page, release } = await openWithFlowsHeld();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await page.locator('html').getAttribute('data-ready')).toBeNull();
    release();
    await expect.poll(() => runStatus(page).textContent(), { timeout: 30_000 }).toBe('Finished.');
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('Alice');
  });

  test('Save settings pressed before the settings form is wired does not reload the page', async () => {
    const { page, release } = await openWithFlowsHeld();
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await page.getByText('Backend settings').click();
    await page.getByRole('button', { name: 'Save settings' }).click();
    release();
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await expect.poll(textOf(codePanel(page)), POLL).toContain('Backendless.UserService.login');
  });
});
