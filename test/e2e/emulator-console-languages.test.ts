// The emulator console in another language, complete: on the emulator's own page (`?lang=`), every tab, a dialog
// and a status line show no text of the English table (whole, or a phrase of it) — German and Japanese. What the
// console does not own is left out by how it marks it: the emulator's e-mails and refusals (`lang="en"`), and names
// that are data (`translate="no"`: a system role's name).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../console/messages/en.ts';
import { loadConsoleMessages, type ConsoleLocale } from '../../console/messages/index.ts';
import { SAME_AS_ENGLISH } from '../fixtures/console-same-as-english.ts';
import { useConsole } from './console-harness.ts';

const harness = useConsole();

const TABS: (keyof typeof en)[] = [
  'tabUsers',
  'tabSessions',
  'tabRoles',
  'tabOutbox',
  'tabLogic',
  'tabSettings',
  'tabData',
];

/** Phrases of the English table (whole texts and the parts between `{…}`) but the ones `locale` means to share. */
function englishPhrases(locale: Exclude<ConsoleLocale, 'en'>): string[] {
  const own = SAME_AS_ENGLISH[locale].map((key) => en[key]).join('\n');
  return Object.values(en)
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((part) => part.trim())
    .filter((part) => /[A-Za-z]{3}/.test(part) && !own.includes(part));
}

/** Every string a person sees or hears from the console, except what is marked as another language's. */
function consoleStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('.emulator-console')!;
    const foreign = (element: Element) =>
      !!element.closest('[translate="no"]') ||
      (element.closest('[lang]') !== root && !!element.closest('[lang]:not(html)'));
    const shown = (element: Element) => element.checkVisibility() && element.getClientRects().length > 0;
    const found: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (text && parent && shown(parent) && !foreign(parent)) found.push(text);
    }
    for (const element of root.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (!shown(element) || foreign(element)) continue;
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
    }
    return found;
  });
}

/** The console's strings holding an English phrase, once the e-mails' subjects (data, named in a button) are out. */
async function untranslated(page: Page, phrases: string[]): Promise<string[]> {
  const { messages } = await harness.admin<{ messages: { subject: string }[] }>('GET', '/outbox');
  const withoutData = (text: string) => messages.reduce((rest, { subject }) => rest.replaceAll(subject, ''), text);
  return (await consoleStrings(page)).filter((text) => phrases.some((phrase) => withoutData(text).includes(phrase)));
}

describe.each(['de', 'ja'] as const)('the console in %s', (locale) => {
  it('has no English left in any tab, its dialogs or its status line', async () => {
    const text = await loadConsoleMessages(locale);
    const phrases = englishPhrases(locale);
    await harness.login('alice@wonderland.com', 'wonderland');
    await harness.rest('/users/restorepassword/alice@wonderland.com');
    await harness.admin('POST', '/roles', { name: 'Reader' });
    const { page } = await harness.open(`${harness.consoleURL}?lang=${locale}`);
    await page.getByRole('heading', { name: text.consoleHeading }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);

    for (const key of TABS) {
      const tab = page.getByRole('tab', { name: text[key], exact: true });
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      await page.getByRole('tabpanel').locator('table, form, article, .data-block').first().waitFor();
      expect(await untranslated(page, phrases), key).toEqual([]);
    }

    await page.getByRole('tab', { name: text.tabSettings, exact: true }).click();
    await page.getByRole('button', { name: text.saveSettings }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(text.settingsSaved);
    await page.getByRole('form', { name: text.settingsForm }).getByLabel(text.sessionTimeout).fill('-5');
    await page.getByRole('button', { name: text.saveSettings }).click();
    await page.getByRole('alert').filter({ hasText: text.sessionTimeout }).waitFor();
    expect(await untranslated(page, phrases)).toEqual([]);

    await page.getByRole('tab', { name: text.tabUsers, exact: true }).click();
    await page.getByRole('button', { name: text.addUser, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: text.addUserTitle });
    await dialog.getByRole('button', { name: text.addUser }).click();
    await dialog.getByRole('alert').filter({ hasText: text.typeEmail }).waitFor();
    expect(await untranslated(page, phrases)).toEqual([]);
    // The emulator's own rule is quoted in its English, marked so; the rest of the sentence is the console's.
    await dialog.getByLabel(text.fieldEmail).fill('nope@');
    await dialog.getByRole('button', { name: text.addUser }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: `${text.fieldEmail}` })
      .locator('[lang="en"]')
      .waitFor();
    expect(await untranslated(page, phrases)).toEqual([]);
    await dialog.getByRole('button', { name: text.cancel }).click();

    await page
      .getByRole('button', { name: `${text.delete} alice@wonderland.com` })
      .or(page.getByRole('button', { name: text.deleteWho.replace('{who}', 'alice@wonderland.com') }))
      .click();
    await page.getByRole('dialog', { name: text.areYouSure }).waitFor();
    expect(await untranslated(page, phrases)).toEqual([]);
  });
});

describe.each(['de', 'fr', 'es', 'pt-BR', 'ja'] as const)('the console in %s on a phone (390 × 844)', (locale) => {
  it('fits every tab in the width: longer words cut nothing off and scroll nothing sideways', async () => {
    expect.hasAssertions();
    const text = await loadConsoleMessages(locale);
    await harness.login('alice@wonderland.com', 'wonderland');
    await harness.rest('/users/restorepassword/alice@wonderland.com');
    const { page } = await harness.open(`${harness.consoleURL}?lang=${locale}`, { width: 390, height: 844 });
    for (const key of TABS) {
      const tab = page.getByRole('tab', { name: text[key], exact: true });
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      await page.getByRole('tabpanel').locator('table, form, article, .data-block').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${locale} ${key}`).toBeLessThanOrEqual(0);
    }
  });
});
