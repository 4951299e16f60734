// Replacing the workspace: Reset to scenario and Load workspace file are each one step that Undo
// reverses — the person's blocks come back, once, with no "non-existent block" complaints — and when the blocks hold
// work that is in no file, the page asks first.
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  chooseWorkspaceFile,
  codePanel,
  consoleLog,
  countOf,
  dragFromToolbox,
  fileAction,
  loadWorkspaceFile,
  mainBlocks,
  POLL,
  scratchDir,
  textOf,
  under,
  usePlayground,
} from './playground-harness.ts';

const playground = usePlayground();

const replaceDialog = (page: Page) => page.getByRole('dialog', { name: 'Replace your blocks?' });

/** The scenario with a print block of the person's own at its end: unsaved work. */
async function editScenario(page: Page): Promise<void> {
  await dragFromToolbox(page, 'Text', 'print', await under(page, 'backendless_users_try_catch'));
  // Attached right after the try / catch — not the code of the block while it was still being dragged, when it was
  // a stack of its own (a blank line apart).
  await expect.poll(textOf(codePanel(page)), POLL).toMatch(/\}\n {2}console\.log\('abc'\);/);
}

describe('replacing the workspace', () => {
  test('Reset to scenario asks first when there is unsaved work, and Ctrl+Z brings that work back as it was', async () => {
    const { page, problems } = await playground.open();
    await editScenario(page);
    const edited = await codePanel(page).textContent();

    await fileAction(page, 'Reset to scenario');
    const dialog = replaceDialog(page);
    await dialog.waitFor(POLL);
    expect(await dialog.textContent()).toContain('Reset to scenario replaces the blocks on the workspace');
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(textOf(codePanel(page)), POLL).not.toContain("console.log('abc')");
    expect(await countOf(mainBlocks(page, 'backendless_users_login'))()).toBe(1);

    // Undo with the keyboard, the workspace focused (a click on an empty part of it).
    const area = (await page.locator('#blockly').boundingBox())!;
    await page.mouse.click(area.x + area.width - 150, area.y + 40);
    await page.keyboard.press('Control+z');
    await expect.poll(textOf(codePanel(page)), POLL).toBe(edited);
    // One copy of the program, not the scenario and the person's blocks on top of each other.
    expect(await countOf(mainBlocks(page, 'backendless_users_login'))()).toBe(1);
    expect(await countOf(mainBlocks(page, 'codeless_playground_start'))()).toBe(1);
    expect(problems.warnings.filter((warning) => /non-existent/.test(warning))).toEqual([]);

    // And Redo puts the scenario back.
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(textOf(codePanel(page)), POLL).not.toContain("console.log('abc')");
  });

  test('Load workspace file asks first when there is unsaved work: Cancel keeps it, Replace loads, Undo restores it', async () => {
    const { page, problems } = await playground.open();
    await editScenario(page);
    const edited = await codePanel(page).textContent();
    const file = `${scratchDir}other.json`;
    const other = {
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'text_print',
            x: 20,
            y: 20,
            inputs: { TEXT: { shadow: { type: 'text', fields: { TEXT: 'from the file' } } } },
          },
        ],
      },
    };
    await writeFile(file, JSON.stringify(other));

    await chooseWorkspaceFile(page, file);
    await replaceDialog(page).waitFor(POLL);
    expect(await replaceDialog(page).textContent()).toContain('Loading other.json replaces the blocks');
    await replaceDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => replaceDialog(page).isVisible(), POLL).toBe(false);
    expect(await codePanel(page).textContent()).toBe(edited);

    await chooseWorkspaceFile(page, file);
    await replaceDialog(page).getByRole('button', { name: 'Replace' }).click();
    await expect.poll(textOf(codePanel(page)), POLL).toContain("console.log('from the file')");
    expect(await textOf(consoleLog(page))()).toContain('Workspace loaded from other.json.');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(textOf(codePanel(page)), POLL).toBe(edited);
    expect(await countOf(mainBlocks(page, 'text_print').filter({ hasText: 'from the file' }))()).toBe(0);
    expect(problems.warnings.filter((warning) => /non-existent/.test(warning))).toEqual([]);
  });

  test('nothing is asked when the blocks are as loaded or as saved to a file', async () => {
    const { page, problems } = await playground.open();
    // The scenario as it opened: Reset replaces it without a question.
    await fileAction(page, 'Reset to scenario');
    await expect
      .poll(textOf(consoleLog(page)), POLL)
      .toContain('Workspace reset to the alice@wonderland.com scenario.');
    expect(await replaceDialog(page).isVisible()).toBe(false);

    // Edited, then saved to a file: no longer unsaved, so loading another file does not ask either.
    await editScenario(page);
    const download = page.waitForEvent('download');
    await fileAction(page, 'Save workspace file');
    await download;
    await loadWorkspaceFile(page, { blocks: { languageVersion: 0, blocks: [] } }, 'empty.json');
    expect(await replaceDialog(page).isVisible()).toBe(false);
    // A workspace with nothing on it still has the program's start, and Undo still brings the saved work back.
    expect(await countOf(mainBlocks(page, 'codeless_playground_start'))()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(textOf(codePanel(page)), POLL).toContain("console.log('abc')");
    expect(problems.warnings.filter((warning) => /non-existent/.test(warning))).toEqual([]);
  });
});
