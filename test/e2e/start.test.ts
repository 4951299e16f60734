// `npm start`, the README's first command: the embedded emulator and the playground's dev server come up
// together, the page finds the emulator and runs the scenario in Chromium, and Ctrl-C (SIGINT) stops both. The
// other browser tests use the production build (test/setup/e2e-servers.ts): this one is the dev server's.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { waitForOutput } from '../helpers/process-output.ts';
import { consoleLog, POLL, run, textOf } from './playground-harness.ts';
import { sharedBrowser } from './shared-browser.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGKILL');
});

describe('npm start', () => {
  test('serves the playground with the embedded emulator and its console, the scenario runs in it, and SIGINT stops both', async () => {
    child = spawn(`${root}node_modules/.bin/node`, ['bin/start.ts', '--port', '0', '--emulator-port', '0'], {
      cwd: root,
    });
    const [, playgroundURL, emulatorURL] = await waitForOutput(
      child,
      /playground\s+(http:\/\/\S+\/)\s+embedded emulator\s+(http:\/\/\S+)\s/,
      120_000,
    );
    const page = await fetch(playgroundURL!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="blockly"');
    // The page learns its backend from backend.json: the emulator npm start runs, with its admin API.
    const info = (await (await fetch(`${playgroundURL}backend.json`)).json()) as {
      serverURL: string;
      appId: string;
      apiKey: string;
      emulator: boolean;
    };
    expect(info).toMatchObject({ serverURL: emulatorURL, emulator: true });
    const login = await fetch(`${info.serverURL}/${info.appId}/${info.apiKey}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'alice@wonderland.com', password: 'wonderland' }),
    });
    expect(((await login.json()) as { name: string }).name).toBe('Alice');
    // The emulator console the backend panel opens: npm start builds it when it is missing or stale.
    const consolePage = await fetch(`${info.serverURL}/_emulator/console/`);
    expect(consolePage.status).toBe(200);
    expect(await consolePage.text()).toContain('<title>Emulator console');

    // The page as a person opens it: the dev server's modules (Blockly pre-bundled on this first load), the
    // scenario run against the embedded emulator.
    const context = await (await sharedBrowser()).newContext();
    try {
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(playgroundURL!);
      await tab.locator('html[data-ready="true"]').waitFor({ timeout: 120_000 });
      expect(await run(tab)).toBe('Finished.');
      await expect.poll(textOf(consoleLog(tab)), POLL).toContain('Old token still valid: false');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${info.serverURL}/`)).rejects.toThrow();
    await expect(fetch(playgroundURL!)).rejects.toThrow();
  }, 240_000);
});
