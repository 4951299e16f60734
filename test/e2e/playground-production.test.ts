// The production build anyone can host: `vite build` output served by a plain static file
// server, no Vite and no emulator beside it. It assumes no backend (nothing about 127.0.0.1:3850): the host names
// one in `backend.json`, or the person chooses a Backendless app under Backend settings — here the test emulator
// stands in for a real app, reached only through its Backendless API.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_EMULATOR_PORT } from '../../vite.config.ts';
import { consoleLog, POLL, run, textOf, usePlayground, pointAtApp } from './playground-harness.ts';

// The build, with backend.json naming the test emulator as an app (as a host would write it).
const playground = usePlayground({ build: { backend: 'emulator-as-app' } });

describe('the production build', () => {
  test('assumes no backend: backend.json is null as built, and no file names a fixed emulator address', async () => {
    expect.hasAssertions();
    const dir = playground.builtDir;
    // The harness wrote the app into backend.json after the build; what the build itself wrote is in its bundle
    // (the plugin emits `null`), so look at every built file but that one.
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(
      (entry) => entry.isFile() && /\.(js|html|css)$/.test(entry.name),
    );
    for (const file of files) {
      const text = await readFile(join(file.parentPath, file.name), 'utf8');
      expect(text, file.name).not.toContain(`:${DEFAULT_EMULATOR_PORT}`);
      expect(text, file.name).not.toContain('127.0.0.1');
    }
  });

  test('a host names its app in backend.json: the page uses it and the scenario runs', async () => {
    const { page } = await playground.open();
    const backend = page.getByRole('region', { name: 'Backend' });
    await expect.poll(textOf(backend), POLL).toContain(`Custom server · ${playground.emulator.url}`);
    // An app, not an emulator of this machine: no admin API is used.
    expect(await textOf(backend)()).toContain('The session list is there for an emulator on this machine only.');
    expect(await run(page)).toBe('Finished.');
    await expect.poll(textOf(consoleLog(page)), POLL).toContain('Old token still valid: false');
  });

  test('without a backend.json backend, the page says so and a person points it at an app in Backend settings', async () => {
    const context = await playground.newContext();
    // As built: `null`. Every request the page makes is recorded, to show it looks for no emulator of its own.
    await context.route('**/backend.json', (route) => route.fulfill({ json: null }));
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    const { page } = await playground.open(context);
    const problem = 'This page was not served with an emulator';
    await expect.poll(textOf(page.getByRole('region', { name: 'Backend' })), POLL).toContain(problem);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(textOf(consoleLog(page)), POLL).toContain(problem);

    await pointAtApp(page, playground.emulator);
    expect(await run(page)).toBe('Finished.');
    // By port, not by text: a free port the system gives (this page's, the emulator's) may be 38500–38509.
    expect(requested.filter((url) => new URL(url).port === String(DEFAULT_EMULATOR_PORT))).toEqual([]);
    // Remembered: after a reload it is the backend again.
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    expect(await run(page)).toBe('Finished.');
  });
});
