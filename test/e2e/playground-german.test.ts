// German, complete: every string the page shows in German is German — checked on the page in
// many of its states (a run, a failed run, a lockout, a refused file, a settings mistake, the replace question, the
// toolbox and its search, the workspace search) — times are written the German way, and what the backend panel has
// seen survives a language switch. Text the page does not own is left out by how the page marks it: a program's
// output and the code (`translate="no"`), a server's or browser's English message (`lang="en"`), places in a file
// (`lang="zxx"`), and what a person typed into blocks.
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { de } from '../../playground/ui-messages-de.ts';
import { en } from '../../playground/ui-messages.ts';
import { TWELVE_HOUR_TIME, visibleStrings } from './page-strings.ts';
import {
  chooseWorkspaceFile,
  consoleLog,
  dragFromToolbox,
  fileAction,
  loadWorkspaceFile,
  openBackendSettings,
  POLL,
  runStatus,
  scratchDir,
  textOf,
  under,
  usePlayground,
} from './playground-harness.ts';

const playground = usePlayground();

/** The console, by its German name. */
const konsole = (page: Page) => page.getByRole('log', { name: 'Konsole' });

// Texts that are the same in both languages on purpose (names, loanwords German uses as they are).
const SAME_IN_GERMAN = new Set(['backendHeading', 'preset', 'presetEu', 'categoryText']);
// Words that mark a sentence as English (and are not German words too).
const ENGLISH_WORDS =
  /\b(the|is|are|were|not|could|failed|finished|stopped|running|press|loaded|saved|until|nobody|logged|answers|invalid|valid|none|yet|search|find|close|undo|redo|zoom|load|save|export|reset|replace|cancel|settings|empty|must|without|after|this|your|lines|skipped|of|and|or|from|workspace|generated|clear|theme|dark|language|unknown|matching|found|type|step|hands|when|pressed)\b/i;

/** The strings of `page` that are not German: an English text of the page's, an English sentence, a 12-hour time. */
async function untranslated(page: Page): Promise<string[]> {
  const english = new Set(
    Object.entries(en)
      .filter(([key, value]) => value !== de[key as keyof typeof de])
      .map(([, value]) => value),
  );
  return (await visibleStrings(page, 'de')).filter(
    (text) => english.has(text) || ENGLISH_WORDS.test(text) || TWELVE_HOUR_TIME.test(text),
  );
}

describe('German', () => {
  test('every interface text has a German translation of its own', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    const same = Object.keys(en).filter((key) => en[key as keyof typeof en] === de[key as keyof typeof de]);
    expect(same.sort()).toEqual([...SAME_IN_GERMAN].sort());
  });

  test('no string the page shows in German is left in English, whatever state it is in', async () => {
    await fetch(`${playground.emulator.url}/_emulator/settings`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ maxFailedLogins: 1, multipleLogins: 'allow' }),
    });
    const { page, problems } = await playground.open();
    problems.allowed.push(/Failed to load resource: the server responded with a status of 400/);
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('button', { name: 'Ausführen' }).waitFor(POLL);
    expect(await untranslated(page)).toEqual([]);

    // A run: run lines, times, the backend panel's sentences, sessions and tokens.
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Fertig.');
    await expect.poll(textOf(page.locator('#backend-status')), POLL).toMatch(/^antwortet/);
    expect(await konsole(page).locator('.console-run').first().textContent()).toMatch(/^Lauf 1 · \d{2}:\d{2}:\d{2}$/);
    expect(await untranslated(page)).toEqual([]);

    // A settings mistake, explained in German.
    await openBackendSettings(page, 'Backend-Einstellungen');
    await page.getByRole('combobox', { name: 'Backend', exact: true }).selectOption('custom');
    await page.getByLabel('Server-URL').fill('kein-server');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect.poll(textOf(page.getByRole('alert')), POLL).toContain('ist keine URL');
    expect(await untranslated(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Backend', exact: true }).selectOption('emulator');

    // A refused file, its details in German.
    const foreign = `${scratchDir}fremd.json`;
    await writeFile(
      foreign,
      JSON.stringify({ blocks: { languageVersion: 0, blocks: [{ type: 'acme_charge_card' }] } }),
    );
    await chooseWorkspaceFile(page, foreign);
    await expect
      .poll(textOf(konsole(page).locator('.console-error').last()), POLL)
      .toContain('unbekannter Blocktyp "acme_charge_card"');
    expect(await untranslated(page)).toEqual([]);

    // A lockout after a wrong password: the console line and the panel's list.
    await loadWorkspaceFile(
      page,
      {
        blocks: {
          languageVersion: 0,
          blocks: [
            {
              type: 'backendless_users_login_statement',
              inputs: {
                LOGIN: { shadow: { type: 'text', fields: { TEXT: 'alice@wonderland.com' } } },
                PASSWORD: { shadow: { type: 'text', fields: { TEXT: 'falsch' } } },
                STAY_LOGGED_IN: { shadow: { type: 'logic_boolean', fields: { BOOL: 'FALSE' } } },
              },
            },
          ],
        },
      },
      'falsch.json',
      'Arbeitsbereich aus falsch.json geladen.',
    );
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Fehlgeschlagen.');
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await expect.poll(textOf(konsole(page)), POLL).toContain('ist bis');
    await page.getByRole('list', { name: 'Gesperrt' }).waitFor(POLL);
    expect(await untranslated(page)).toEqual([]);

    // The question before unsaved work is replaced.
    await dragFromToolbox(page, 'Text', 'gib aus', await under(page, 'backendless_users_login_statement'));
    await fileAction(page, 'Szenario wiederherstellen');
    await page.getByRole('dialog', { name: 'Ihre Blöcke ersetzen?' }).waitFor(POLL);
    expect(await untranslated(page)).toEqual([]);
    await page.getByRole('button', { name: 'Abbrechen' }).click();

    // The Users flyout with its labels, the toolbox search, the workspace search.
    await page.getByRole('treeitem', { name: 'Benutzer' }).click();
    await page.locator('.blocklyFlyout g.codeless-shape-label').first().waitFor(POLL);
    expect(await untranslated(page)).toEqual([]);
    const search = page.getByRole('searchbox', { name: 'Blöcke suchen' });
    await search.click({ force: true });
    await search.pressSequentially('qqqq');
    await page.locator('.blocklyFlyout').getByText('Keine passenden Blöcke').waitFor(POLL);
    expect(await untranslated(page)).toEqual([]);
    await page.getByRole('button', { name: 'Arbeitsbereich durchsuchen' }).click();
    await page.getByRole('textbox', { name: 'Arbeitsbereich durchsuchen' }).waitFor(POLL);
    expect(await untranslated(page)).toEqual([]);
  });

  test('a language switch keeps the tokens seen, and the times follow the language', async () => {
    const { page } = await playground.open({ timezoneId: 'UTC' });
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Finished.');
    const tokens = page.getByRole('list', { name: 'Tokens seen in this page' });
    await expect.poll(textOf(tokens), POLL).toMatch(/^[0-9A-F]{4}…[0-9A-F]{4} — invalid$/);
    const token = (await textOf(tokens)()).slice(0, 9);
    expect(await consoleLog(page).locator('.console-run').first().textContent()).toMatch(/ [AP]M$/);

    await page.getByLabel('Language').selectOption('de');
    const seen = page.getByRole('list', { name: 'Tokens auf dieser Seite' });
    await expect.poll(textOf(seen), POLL).toBe(`${token} — ungültig`);
    // The status of the run before the switch is said in German too.
    await expect.poll(textOf(runStatus(page)), POLL).toBe('Fertig.');
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await expect.poll(() => konsole(page).locator('.console-run').count(), POLL).toBe(4);
    const second = await konsole(page).locator('.console-run').allTextContents();
    expect(second[2]).toMatch(/^Lauf 2 · \d{2}:\d{2}:\d{2}$/);
    expect(second[3]).toMatch(/^Fertig nach \d+,\d s\.$/);
  });
});
