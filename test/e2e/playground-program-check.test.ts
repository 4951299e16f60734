// Before a run: a block whose required input is empty carries a warning while a person edits, and Run does not start
// with it (the console names the block, which is marked); a stack not attached to the program is named as skipped.
import { describe, expect, test } from 'vitest';
import {
  consoleLog,
  loadWorkspaceFile,
  mainBlocks,
  POLL,
  run,
  runStatus,
  textOf,
  usePlayground,
} from './playground-harness.ts';

const playground = usePlayground();

const print = (text: string) => ({
  type: 'text_print',
  inputs: { TEXT: { shadow: { type: 'text', fields: { TEXT: text } } } },
});

/** Register User (no result) with its user socket empty, then a print; and a print standing apart. */
const workspace = {
  blocks: {
    languageVersion: 0,
    blocks: [
      { type: 'backendless_users_register_statement', x: 20, y: 20, next: { block: print('registered') } },
      { ...print('left apart'), x: 20, y: 400 },
    ],
  },
};

describe('program check', () => {
  test('an empty required input is warned about before the run, and the run names its block instead of starting', async () => {
    const { page, problems } = await playground.open();
    await loadWorkspaceFile(page, workspace, 'empty-user.json');
    const register = mainBlocks(page, 'backendless_users_register_statement').first();
    // Blockly's warning icon, before anything ran; a person opens it and reads what is missing.
    await register.locator('.blocklyWarningIcon').first().waitFor(POLL);
    // The print under it has all it needs.
    expect(await mainBlocks(page, 'text_print').first().locator('> .blocklyWarningIcon').count()).toBe(0);

    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('Not run: “Register User (no result) user');
    expect(await textOf(consoleLog(page))()).toContain('needs a block in “user”');
    // Nothing was sent: no run started, so the server's 3011 never came.
    expect(await textOf(consoleLog(page))()).not.toContain('3011');
    expect(await textOf(runStatus(page))()).not.toMatch(/Running|Finished|Failed/);
    // The block is marked, and its warning says what to do.
    await expect.poll(() => register.getAttribute('class'), POLL).toContain('codeless-failed');
    await page.getByText('Plug a block into “user”: this block needs it.').waitFor(POLL);
    expect(problems.errors).toEqual([]);
  });

  test('a print left apart from the program is said to be skipped', async () => {
    const { page } = await playground.open();
    const ok = {
      blocks: {
        languageVersion: 0,
        blocks: [
          { ...print('attached'), x: 20, y: 20 },
          { ...print('left apart'), x: 20, y: 300 },
        ],
      },
    };
    await loadWorkspaceFile(page, ok, 'apart.json');
    expect(await run(page)).toBe('Finished.');
    const log = await textOf(consoleLog(page))();
    expect(log).toContain('attached');
    // Named by its text as Blockly writes a block's text (“ left apart ”).
    expect(log).toMatch(/Skipped, not attached to “when Run is pressed”: print \W*left apart\W*\./);
  });
});
