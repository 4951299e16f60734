// The languages beyond German: in Japanese and in French the page shows its blocks, its toolbox and its controls with
// no English text left (compared against every English text of the page, the blocks and Blockly that the language
// says differently), a Backendless error is explained in the page's language beside the server's English, lines the
// console already shows are said again in the new language, and switching back to English brings English back
// everywhere.
import * as BlocklyFr from 'blockly/msg/fr';
import * as BlocklyJa from 'blockly/msg/ja';
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { messages } from '../../index.ts';
import { fr } from '../../playground/ui-messages-fr.ts';
import { ja } from '../../playground/ui-messages-ja.ts';
import { englishNotIn, TWELVE_HOUR_TIME, visibleStrings } from './page-strings.ts';
import {
  consoleLog,
  fileAction,
  loginWorkspace,
  POLL,
  runStatus,
  scratchDir,
  textOf,
  usePlayground,
} from './playground-harness.ts';

const playground = usePlayground();

const JAPANESE = englishNotIn({ ui: ja, blocks: messages.ja, blockly: BlocklyJa });
const FRENCH = englishNotIn({ ui: fr, blocks: messages.fr, blockly: BlocklyFr });

// Latin words a Japanese page keeps: product and protocol names, key names, and Blockly's Japanese booleans.
const KEPT_IN_JAPANESE = new Set([
  'alice@wonderland.com',
  'Backendless',
  'Ctrl',
  'Enter',
  'OAuth2',
  'URL',
  'codeless-blocks',
  'false',
  'true',
  'null',
  'SDK',
  'objectId',
]);

/** The page's strings in `lang` that are English: one of `english`, or a time written the English way. */
async function untranslated(page: Page, lang: string, english: Set<string>): Promise<string[]> {
  return (await visibleStrings(page, lang)).filter((text) => english.has(text) || TWELVE_HOUR_TIME.test(text));
}

/** The Japanese page's strings with a Latin word of three letters or more it does not keep on purpose. */
async function latinInJapanese(page: Page): Promise<string[]> {
  return (await visibleStrings(page, 'ja')).filter((text) =>
    (text.replace(/https?:\/\/\S+/g, '').match(/[A-Za-z][\w@.-]{2,}/g) ?? []).some(
      (word) => !KEPT_IN_JAPANESE.has(word),
    ),
  );
}

/** Opens the Users category, so its flyout (blocks and labels) is on the page. */
async function openUsers(page: Page, name: string): Promise<void> {
  await page.getByRole('treeitem', { name }).click();
  await page.locator('.blocklyFlyout g.codeless-shape-label').first().waitFor(POLL);
}

describe('more languages', () => {
  test('in Japanese nothing the page, its blocks or its toolbox show is English, and English comes back', async () => {
    const { page } = await playground.open({ timezoneId: 'UTC' });
    await page.getByLabel('Language').selectOption('ja');
    await page.getByRole('button', { name: '実行', exact: true }).waitFor(POLL);
    // The scenario's blocks, in Blockly's Japanese and ours.
    await page.locator('#blockly').getByText('ユーザーをログイン', { exact: true }).first().waitFor(POLL);
    await page.locator('#blockly').getByText('を表示', { exact: true }).first().waitFor(POLL);
    expect(await untranslated(page, 'ja', JAPANESE)).toEqual([]);
    expect(await latinInJapanese(page)).toEqual([]);

    await openUsers(page, 'ユーザー');
    expect(await untranslated(page, 'ja', JAPANESE)).toEqual([]);
    expect(await latinInJapanese(page)).toEqual([]);

    await page.getByRole('button', { name: '実行', exact: true }).click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('完了しました。');
    const log = page.getByRole('log', { name: 'コンソール' });
    expect(await log.locator('.console-run').allTextContents()).toEqual([
      expect.stringMatching(/^実行 1 · \d{1,2}:\d{2}:\d{2}$/),
      expect.stringMatching(/^\d+\.\d 秒で完了しました。$/),
    ]);
    expect(await untranslated(page, 'ja', JAPANESE)).toEqual([]);

    // A failed login: what 3003 means first, in Japanese; the server's English kept beside it, marked as English.
    const wrongPassword = `${scratchDir}wrong-password.json`;
    await writeFile(wrongPassword, JSON.stringify(loginWorkspace('alice@wonderland.com', 'wrong')));
    const chooser = page.waitForEvent('filechooser');
    await fileAction(page, ja.loadFile);
    await (await chooser).setFiles(wrongPassword);
    // The page may ask before replacing blocks it counts as unsaved work; the Japanese question is answered.
    const loaded = 'wrong-password.json からワークスペースを読み込みました。';
    const replace = page
      .getByRole('dialog', { name: ja.replaceTitle })
      .getByRole('button', { name: ja.replaceConfirm });
    await expect
      .poll(async () => (await replace.isVisible()) || (await textOf(log)()).includes(loaded), POLL)
      .toBe(true);
    if (await replace.isVisible()) await replace.click();
    await expect.poll(textOf(log), POLL).toContain(loaded);
    await page.getByRole('button', { name: '実行', exact: true }).click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('失敗しました。');
    const error = log.locator('.console-error').last();
    expect(await error.textContent()).toMatch(/^3003 ログインまたはパスワードが正しくありません。 \(.+\)$/);
    expect(await error.locator('[lang="en"]').count()).toBe(1);
    expect(await untranslated(page, 'ja', JAPANESE)).toEqual([]);

    // Back to English: the controls, the blocks, and the console lines the run printed in Japanese.
    await page.getByLabel('言語').selectOption('en');
    await page.getByRole('button', { name: 'Run', exact: true }).waitFor(POLL);
    await page.locator('#blockly').getByText('Login User (no result)', { exact: true }).first().waitFor(POLL);
    expect(await consoleLog(page).locator('.console-run').allTextContents()).toEqual([
      expect.stringMatching(/^Run 1 · \d{1,2}:\d{2}:\d{2} [AP]M$/),
      expect.stringMatching(/^Finished after \d+\.\d s\.$/),
      expect.stringMatching(/^Run 2 · \d{1,2}:\d{2}:\d{2} [AP]M$/),
      expect.stringMatching(/^Failed after \d+\.\d s\.$/),
    ]);
    expect(await consoleLog(page).locator('.console-error').last().textContent()).toMatch(/^3003 Invalid login/);
    const japanese = (await visibleStrings(page, 'en')).filter((text) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(text));
    expect(japanese).toEqual([]);
  });

  test('in French nothing is English, and the console says its earlier lines again in French', async () => {
    const { page } = await playground.open({ timezoneId: 'UTC' });
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Finished.');
    // A line of the page's own besides the run's (the download itself is not the point here).
    const download = page.waitForEvent('download');
    await fileAction(page, 'Save workspace file');
    await download;
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('Workspace file saved.');

    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('button', { name: 'Exécuter', exact: true }).waitFor(POLL);
    await page.locator('#blockly').getByText('Connecter l’utilisateur', { exact: true }).first().waitFor(POLL);
    const log = page.getByRole('log', { name: 'Console' });
    expect(await log.locator('.console-run').allTextContents()).toEqual([
      expect.stringMatching(/^Exécution 1 · \d{2}:\d{2}:\d{2}$/),
      expect.stringMatching(/^Terminé en \d+,\d s\.$/),
    ]);
    await expect.poll(textOf(log), POLL).toContain('Espace de travail enregistré.');
    expect(await untranslated(page, 'fr', FRENCH)).toEqual([]);

    await openUsers(page, 'Utilisateurs');
    expect(await untranslated(page, 'fr', FRENCH)).toEqual([]);

    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('button', { name: 'Run', exact: true }).waitFor(POLL);
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('Workspace file saved.');
  });
});
