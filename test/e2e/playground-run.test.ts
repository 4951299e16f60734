// Running: Escape stops a run while the workspace has the focus, and nothing can
// replace the workspace under a run; a failed run marks its block with the error, and the running block's light
// is not the faded look of a disabled block; the console says what to do, separates runs and closes each with a
// line (Stopped too); the focus stays on the run's controls; the scenario explains itself in the page.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  codePanel,
  consoleLog,
  fileAction,
  loadWorkspaceFile,
  mainBlocks,
  POLL,
  run,
  runStatus,
  scenarioWith,
  textOf,
  usePlayground,
} from './playground-harness.ts';

const playground = usePlayground();

/** A program that prints "tick" for ever. */
const forever = {
  blocks: {
    languageVersion: 0,
    blocks: [
      {
        type: 'controls_whileUntil',
        x: 40,
        y: 40,
        fields: { MODE: 'WHILE' },
        inputs: {
          BOOL: { block: { type: 'logic_boolean', fields: { BOOL: 'TRUE' } } },
          DO: {
            block: { type: 'text_print', inputs: { TEXT: { shadow: { type: 'text', fields: { TEXT: 'tick' } } } } },
          },
        },
      },
    ],
  },
};

/** Clicks an empty part of the workspace: the focus is in the workspace, as when a person has just edited. */
async function focusWorkspace(page: Page): Promise<void> {
  const area = (await page.locator('#blockly').boundingBox())!;
  await page.mouse.click(area.x + area.width - 160, area.y + 60);
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('#blockly')), POLL).toBe(true);
}

/** The computed look of the first path matching `selector`, found and read in one step (the light moves on). */
async function pathStyle(page: Page, selector: string) {
  let style: { filter: string; stroke: string; strokeWidth: string; fill: string } | null = null;
  await expect
    .poll(async () => {
      style = await page.evaluate((css) => {
        const path = document.querySelector(css);
        if (!path) return null;
        const { filter, stroke, strokeWidth, fill } = getComputedStyle(path);
        return { filter, stroke, strokeWidth, fill };
      }, selector);
      return style !== null;
    }, POLL)
    .toBe(true);
  return style!;
}

describe('running', () => {
  test('Ctrl+Enter runs and Escape stops with the workspace focused; Reset and Load are disabled during a run', async () => {
    const { page } = await playground.open();
    await loadWorkspaceFile(page, forever, 'forever.json');
    await focusWorkspace(page);
    await page.keyboard.press('Control+Enter');
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Running…');
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('tick');
    // Ctrl+Enter only runs: Blockly's own meaning of it (its context menu, which then took the Escape) is not used.
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await page.evaluate(() => !!document.activeElement?.closest('#blockly'))).toBe(true);

    await page.getByRole('button', { name: 'File', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Reset to scenario' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Load workspace file' }).isDisabled()).toBe(true);
    // Escape in the open menu closes the menu; the run goes on.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Reset to scenario' }).isVisible(), POLL).toBe(false);
    expect(await textOf(runStatus(page))()).toBe('Running…');

    // The focus on a block of the workspace, as after editing it: Escape stops the run.
    const loop = (await mainBlocks(page, 'controls_whileUntil').first().boundingBox())!;
    await page.mouse.click(loop.x + 12, loop.y + 10);
    await page.keyboard.press('Escape');
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Stopped.');
    // The run leaves a line saying it was stopped, and Reset works again.
    await expect.poll(textOf(consoleLog(page).locator('.console-run').last()), POLL).toMatch(/^Stopped after \d/);
    await page.getByRole('button', { name: 'File', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Reset to scenario' }).isEnabled()).toBe(true);
  });

  test('a failed run marks the block it failed at with the error, in red, not with the look of a disabled block', async () => {
    const { page, problems } = await playground.open();
    problems.allowed.push(/Failed to load resource: the server responded with a status of 400/);
    await loadWorkspaceFile(page, scenarioWith('alice@wonderland.com', 'not-the-password'), 'wrong.json');
    expect(await run(page)).toBe('Failed.');
    // The first statement — set user to Login User — is where it failed; its warning is open beside it.
    const failed = mainBlocks(page, 'variables_set.codeless-failed');
    await failed.waitFor(POLL);
    expect(await failed.getAttribute('data-id')).toBe(
      await mainBlocks(page, 'variables_set').first().getAttribute('data-id'),
    );
    await page
      .locator('#blockly')
      .getByText('The run failed here: 3003 Invalid login or password')
      .first()
      .waitFor(POLL);
    const marked = await pathStyle(page, '#blockly g.codeless-failed > path.blocklyPath');
    expect(marked.strokeWidth).toBe('5px');
    expect(marked.stroke).toBe('rgb(179, 38, 30)');

    // The next run starts clean: the mark goes.
    await loadWorkspaceFile(page, forever, 'forever.json');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Running…');
    expect(await page.locator('#blockly g.codeless-failed').count()).toBe(0);
    // The running block is outlined, not embossed and faded as Blockly draws it by default (and as disabled
    // blocks look).
    const running = await pathStyle(page, '#blockly g.blocklyHighlighted > path.blocklyPath');
    expect(running.filter).toBe('none');
    expect(running.strokeWidth).toBe('5px');
    expect(running.fill).not.toMatch(/url\(/);
    await page.getByRole('button', { name: 'Stop' }).click();
  });

  test('the console says what to do, separates runs, and the focus stays on Run', async () => {
    const { page } = await playground.open();
    const console = page.getByRole('region', { name: 'Console' });
    expect(await console.textContent()).toContain('Press Run (Ctrl+Enter)');
    // The scenario explains itself in the page, not behind a "?" icon on a block.
    await expect
      .poll(() => console.getByText('This is the alice@wonderland.com scenario').isVisible(), POLL)
      .toBe(true);

    const runButton = page.getByRole('button', { name: 'Run', exact: true });
    await runButton.click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Finished.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()), POLL).toBe('Run');
    await runButton.click();
    await expect.poll(() => consoleLog(page).locator('.console-run').count(), POLL).toBe(4);
    const runLines = await consoleLog(page).locator('.console-run').allTextContents();
    expect(runLines[0]).toMatch(/^Run 1 · \d{1,2}:\d{2}:\d{2}\s?[AP]M$/);
    expect(runLines[1]).toMatch(/^Finished after \d+\.\d s\.$/);
    expect(runLines[2]).toMatch(/^Run 2 · /);

    // Cleared, the console says again what to do.
    await page.getByRole('button', { name: 'Clear console' }).click();
    expect(await console.getByText('Press Run (Ctrl+Enter)').isVisible()).toBe(true);
    // Another workspace is not the scenario: the explanation goes, the hint stays.
    await loadWorkspaceFile(page, forever, 'forever.json');
    await page.getByRole('button', { name: 'Clear console' }).click();
    await expect
      .poll(() => console.getByText('This is the alice@wonderland.com scenario').isVisible(), POLL)
      .toBe(false);
  });

  test('no line of the generated code is cut off at the panel edge', async () => {
    const { page } = await playground.open();
    await fileAction(page, 'Reset to scenario');
    await expect.poll(textOf(codePanel(page)), POLL).toContain('Backendless.UserService.login');
    const overflow = await codePanel(page).evaluate((pre) => pre.scrollWidth - pre.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
