// The playground's Server logic workspace: loaded only when a person opens it, it takes the event-handlers example,
// shows the script for Backendless CodeRunner, and deploys the handlers to the page's emulator, whose client calls
// then meet them (a spam address refused, a greeting on login) and whose console lists the handlers and their runs.
// A block outside its handler is not deployed, with the reason; a Backendless app gets CodeRunner's way instead.
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  consoleLog,
  loadWorkspaceFile,
  loginWorkspace,
  POLL,
  repoRoot,
  run,
  scratchDir,
  textOf,
  usePlayground,
  pointAtApp,
} from './playground-harness.ts';

const playground = usePlayground();

const text = (value: string) => ({ shadow: { type: 'text', fields: { TEXT: value } } });

/** A client program that registers `email`. */
const registerSpam = {
  blocks: {
    languageVersion: 0,
    blocks: [
      {
        type: 'backendless_users_register_statement',
        x: 20,
        y: 20,
        inputs: {
          USER: {
            block: {
              type: 'backendless_users_new_user',
              inputs: { EMAIL: text('x@spam.test'), PASSWORD: text('secret-1'), NAME: text('X') },
            },
          },
        },
      },
    ],
  },
};

/** Logs alice in and prints the `greeting` property of the user the login gave. */
const aliceGreeting = loginWorkspace('alice@wonderland.com', 'wonderland', {
  next: {
    type: 'text_print',
    inputs: {
      TEXT: {
        block: {
          type: 'backendless_users_get_property',
          inputs: {
            PROPERTY: text('greeting'),
            USER: { block: { type: 'backendless_users_get_current_user', fields: { RELOAD: false } } },
          },
        },
      },
    },
  },
});

const serverLogicPanel = (page: Page) => page.getByRole('region', { name: 'Server logic' });
const deployStatus = (page: Page) => page.locator('#server-logic-status');

/** Opens the Server logic tab and loads the event-handlers example into it. */
async function loadExample(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Server logic' }).click();
  await serverLogicPanel(page).getByRole('button', { name: 'Load example: event handlers' }).click();
}

describe('the Server logic workspace', () => {
  it('is loaded on first use, deploys the example, and the client meets its handlers', async () => {
    const context = await playground.newContext();
    const logicCode: string[] = [];
    // The file the editor's module became, with the deploy module only it imports.
    const logicFiles = playground.builtFiles('server-logic-editor.ts').map((file) => `/${file}`);
    context.on('request', (request) => {
      if (logicFiles.some((file) => new URL(request.url()).pathname.endsWith(file))) logicCode.push(request.url());
    });
    const { page, problems } = await playground.open(context);
    expect(logicCode, 'server-logic code fetched with the page').toEqual([]);
    // The refused registration is an HTTP 400 the browser logs.
    problems.allowed.push(/Failed to load resource: the server responded with a status of 400/);

    await loadExample(page);
    expect(logicCode.length).toBeGreaterThan(0);
    expect(await page.getByRole('tab', { name: 'Server logic' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(textOf(deployStatus(page)), POLL).toBe('Deployed to the emulator: beforeRegister, afterLogin.');
    const script = (await serverLogicPanel(page).locator('pre').textContent()) ?? '';
    expect(script).toContain('Backendless.ServerCode.User.beforeRegister(');
    expect(script).toContain('Backendless.ServerCode.User.afterLogin(');
    expect(script).not.toContain('export default');

    await page.getByRole('tab', { name: 'Program' }).click();
    await loadWorkspaceFile(page, registerSpam, 'register-spam.json');
    expect(await run(page)).toMatch(/Failed/);
    expect(await textOf(consoleLog(page))()).toMatch(/spam/);
    await loadWorkspaceFile(page, aliceGreeting, 'alice-greeting.json');
    expect(await run(page)).toMatch(/Finished/);
    expect(await textOf(consoleLog(page))()).toMatch(/Welcome back, \S/);

    await page.getByRole('button', { name: 'Emulator console' }).click();
    const dialog = page.getByRole('dialog', { name: 'Emulator console' });
    await dialog.getByRole('tab', { name: 'Server logic' }).click();
    const handlers = dialog.getByRole('table', { name: /^Event handlers/ });
    await handlers.getByRole('cell', { name: 'beforeRegister' }).waitFor();
    await handlers.getByRole('cell', { name: 'afterLogin' }).waitFor();
    const refused = dialog
      .getByRole('table', { name: /^Latest runs/ })
      .getByRole('row')
      .filter({ hasText: 'beforeRegister' })
      .filter({ hasText: 'refused the call' });
    await refused.first().waitFor();
    expect(await refused.first().textContent()).toMatch(/spam/);
  });

  it('keeps a Load example pressed before its code arrived, and deploys the example', async () => {
    const context = await playground.newContext();
    // The server-logic editor's module is held until the button has been pressed.
    const release = await playground.holdBack(context, 'server-logic-editor.ts');
    const { page } = await playground.open(context);
    await page.getByRole('tab', { name: 'Server logic' }).click();
    await serverLogicPanel(page).getByRole('button', { name: 'Load example: event handlers' }).click();
    release();
    await expect.poll(textOf(deployStatus(page)), POLL).toBe('Deployed to the emulator: beforeRegister, afterLogin.');
    expect(await textOf(page.locator('#server-logic-note'))()).toBe('Loaded the event-handlers example.');
  });

  it('is not deployed while a block is outside its handler, and says so', async () => {
    const { page } = await playground.open();
    await loadExample(page);
    await expect.poll(textOf(deployStatus(page)), POLL).toMatch(/^Deployed/);
    // The example, and Request User (an argument of before / after Register) lying outside every handler.
    const example = JSON.parse(await readFile(`${repoRoot}examples/event-handlers/workspace.json`, 'utf8')) as {
      blocks: { blocks: object[] };
    };
    example.blocks.blocks.push({ type: 'backendless_users_request_user', x: 20, y: 900 });
    const file = `${scratchDir}misplaced.json`;
    await writeFile(file, JSON.stringify(example));
    const chooser = page.waitForEvent('filechooser');
    await serverLogicPanel(page).getByRole('button', { name: 'Load server logic file' }).click();
    await (await chooser).setFiles(file);
    await expect.poll(textOf(deployStatus(page)), POLL).toMatch(/^Not deployed: .*works only inside an event handler/);
  });

  it('against a Backendless app, says server logic is deployed there with CodeRunner', async () => {
    const { page } = await playground.open();
    await pointAtApp(page, playground.emulator);
    await loadExample(page);
    await expect.poll(textOf(deployStatus(page)), POLL).toMatch(/deployed there with CodeRunner, not here/);
  });

  it('speaks the page language, and keeps its blocks and status through a switch', async () => {
    const { page } = await playground.open();
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('tab', { name: 'Serverlogik' }).click();
    await page
      .getByRole('region', { name: 'Serverlogik' })
      .getByRole('button', { name: 'Beispiel laden: Event-Handler' })
      .click();
    await expect.poll(textOf(deployStatus(page)), POLL).toBe('Im Emulator bereitgestellt: beforeRegister, afterLogin.');

    await page.getByLabel('Sprache').selectOption('en');
    await expect.poll(textOf(deployStatus(page)), POLL).toBe('Deployed to the emulator: beforeRegister, afterLogin.');
    // Rebuilt in the new language with the same blocks: its script still registers both handlers.
    const script = (await serverLogicPanel(page).locator('pre').textContent()) ?? '';
    expect(script).toContain('Backendless.ServerCode.User.afterLogin(');
  });
});
