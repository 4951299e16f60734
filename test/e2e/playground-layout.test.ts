// The page at a phone's and two laptops' sizes: one compact header row, nothing wider than the
// screen, the console in view after Run, and on a phone a toolbox flyout that leaves most of the workspace free.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  consoleLog,
  fileAction,
  loadWorkspaceFile,
  loginWorkspace,
  mainBlocks,
  POLL,
  run,
  runStatus,
  scenarioWith,
  textOf,
  usePlayground,
} from './playground-harness.ts';

const playground = usePlayground();

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

type Box = { x: number; y: number; width: number; height: number };

/**
 * Where a control over the workspace (the zoom buttons, the trash, the workspace tools) hides a block of the program:
 * points of blocks, 6 px apart, at which the element on top is such a control.
 */
function coveredBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    const canvas = document.querySelector('#blockly svg.blocklySvg > g.blocklyWorkspace > g.blocklyBlockCanvas');
    for (const path of canvas?.querySelectorAll<SVGPathElement>('g.blocklyDraggable > path.blocklyPath') ?? []) {
      const box = path.getBoundingClientRect();
      const toPath = path.getScreenCTM()!.inverse();
      for (let x = box.left + 1; x < box.right; x += 6) {
        for (let y = box.top + 1; y < box.bottom; y += 6) {
          if (!path.isPointInFill(new DOMPoint(x, y).matrixTransform(toPath))) continue;
          const top = document.elementFromPoint(x, y);
          const control = top?.closest('.blocklyZoom, .blocklyTrash, .workspace-tools');
          if (control)
            covered.push(
              `${path.parentElement!.getAttribute('data-id')} under ${control.getAttribute('class')} at ${Math.round(x)},${Math.round(y)}`,
            );
        }
      }
    }
    return [...new Set(covered.map((line) => line.replace(/ at .*/, '')))];
  });
}

/** The blocks of the program that lie under the open bubble holding `text` (points 6 px apart). */
function blocksUnderBubble(page: Page, text: string): Promise<string[]> {
  return page.evaluate((text) => {
    const bubble = [...document.querySelectorAll('#blockly .blocklyBubble')].find(
      (each) =>
        (each.textContent ?? '').includes(text) ||
        [...each.querySelectorAll('textarea')].some((area) => area.value.includes(text)),
    );
    if (!bubble) return ['no bubble holds ' + text];
    const box = bubble.getBoundingClientRect();
    const under = new Set<string>();
    const canvas = document.querySelector('#blockly svg.blocklySvg > g.blocklyWorkspace > g.blocklyBlockCanvas');
    for (const path of canvas?.querySelectorAll<SVGPathElement>('g.blocklyDraggable > path.blocklyPath') ?? []) {
      const toPath = path.getScreenCTM()!.inverse();
      for (let x = box.left + 1; x < box.right; x += 6) {
        for (let y = box.top + 1; y < box.bottom; y += 6) {
          if (path.isPointInFill(new DOMPoint(x, y).matrixTransform(toPath)))
            under.add(path.parentElement!.getAttribute('class') ?? '');
        }
      }
    }
    return [...under];
  }, text);
}

/** The outline of every block of the program (the workspace's, not the flyout's). */
async function programBlocks(page: Page): Promise<Box[]> {
  const paths = page.locator(
    '#blockly svg.blocklySvg > g.blocklyWorkspace > g.blocklyBlockCanvas g.blocklyDraggable:not(.blocklyShadow) > path.blocklyPath',
  );
  return (await Promise.all((await paths.all()).map((path) => path.boundingBox()))).filter(
    (box): box is Box => box !== null,
  );
}

/** The boxes of the header's controls (Run, Stop, File, theme, language) and of the header itself. */
async function header(page: Page) {
  const box = (await page.locator('header').boundingBox())!;
  const controls = await Promise.all(
    [
      page.getByRole('button', { name: 'Run', exact: true }),
      page.getByRole('button', { name: 'Stop' }),
      page.getByRole('button', { name: 'File', exact: true }),
      page.getByRole('button', { name: 'Dark theme' }),
      page.getByRole('combobox', { name: 'Language' }),
    ].map(async (control) => (await control.boundingBox())!),
  );
  return { box, controls };
}

describe('layout', () => {
  // One page per size: what a person sees on opening, then after Run.
  for (const [index, viewport] of SIZES.entries()) {
    const laptop = index < 2;
    test(`${viewport.width}×${viewport.height}: one header row, nothing off-screen${laptop ? ', the program in view and nothing over it on opening' : ''}, the console in view after Run`, async () => {
      const { page } = await playground.open({ viewport });
      const { box, controls } = await header(page);
      expect(box.height).toBeLessThanOrEqual(52);
      // One row: every control sits on the same line, inside the screen.
      for (const control of controls) {
        expect(Math.abs(control.y + control.height / 2 - (box.y + box.height / 2))).toBeLessThanOrEqual(4);
        expect(control.x + control.width).toBeLessThanOrEqual(viewport.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      if (laptop) {
        const area = (await page.locator('#blockly').boundingBox())!;
        for (const block of await programBlocks(page)) {
          expect(block.x).toBeGreaterThanOrEqual(area.x);
          expect(block.y).toBeGreaterThanOrEqual(area.y);
          expect(block.x + block.width).toBeLessThanOrEqual(area.x + area.width);
          expect(block.y + block.height).toBeLessThanOrEqual(area.y + area.height);
        }
        expect(await coveredBlocks(page)).toEqual([]);
      }

      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect.poll(textOf(runStatus(page)), POLL).toBe('Finished.');
      await expect.poll(textOf(consoleLog(page)), POLL).toContain('Logged in as Alice');
      // The newest line — the run's last — is on screen, uncovered.
      const line = consoleLog(page).locator('.console-line').last();
      const shown = (await line.boundingBox())!;
      expect(shown.y).toBeGreaterThanOrEqual(0);
      expect(shown.y + shown.height).toBeLessThanOrEqual(viewport.height);
      // And nothing lies on top of it.
      expect(
        await line.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          return element.contains(document.elementFromPoint(rect.x + 4, rect.y + rect.height / 2));
        }),
      ).toBe(true);
    });
  }

  test('390×844: the Users flyout is a strip that leaves most of the workspace free, and starts with a whole block, not a label', async () => {
    const { page } = await playground.open({ viewport: { width: 390, height: 844 } });
    await page.getByRole('treeitem', { name: 'Users' }).click();
    const flyout = page.locator('.blocklyFlyout').filter({ visible: true });
    const first = flyout.locator('g.backendless_users_login').first();
    await first.waitFor(POLL);
    const area = (await page.locator('#blockly').boundingBox())!;
    const covered = (await flyout.boundingBox())!;
    // A strip across the top of the workspace, as wide as the screen, not a panel over the blocks.
    expect(covered.height).toBeLessThanOrEqual(area.height * 0.4);
    expect(covered.y + covered.height).toBeLessThanOrEqual(area.y + area.height * 0.6);

    expect(await flyout.locator('.codeless-shape-label, .blocklyFlyoutLabel').count()).toBe(0);
    const strip = (await flyout.locator('.blocklyFlyoutBackground').boundingBox())!;
    const block = (await first.locator('> path.blocklyPath').boundingBox())!;
    // The whole block inside the strip and on the screen, near its start.
    expect(block.x).toBeGreaterThanOrEqual(strip.x);
    expect(block.x).toBeLessThan(strip.x + 60);
    expect(block.y).toBeGreaterThanOrEqual(strip.y);
    expect(block.y + block.height).toBeLessThanOrEqual(strip.y + strip.height);
    expect(block.x + block.width).toBeLessThanOrEqual(390);
  });

  test('zoom to fit shows a lone block whole, at no more than its own size; Reset to scenario brings the first view back', async () => {
    const { page } = await playground.open();
    const start = () =>
      mainBlocks(page, 'codeless_playground_start').first().locator('> path.blocklyPath').boundingBox();
    const opened = (await start())!;
    await loadWorkspaceFile(page, loginWorkspace('alice@wonderland.com', 'wonderland'), 'one-block.json');
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    const login = mainBlocks(page, 'backendless_users_login_statement').first();
    const field = (await login.locator('text.blocklyText').first().boundingBox())!;
    // Blockly's text is 11 pt at scale 1: drawn no larger than that, and the block whole, clear of the controls.
    expect(field.height).toBeLessThanOrEqual(16);
    const area = (await page.locator('#blockly').boundingBox())!;
    const box = (await login.locator('> path.blocklyPath').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
    expect(await coveredBlocks(page)).toEqual([]);

    await fileAction(page, 'Reset to scenario');
    await expect.poll(async () => (await start())!.height, POLL).toBeCloseTo(opened.height, 0);
    expect((await start())!.width).toBeCloseTo(opened.width, 0);
  });

  test('1024×768: the bubble of a failed run stands beside its block, over no other block', async () => {
    const { page } = await playground.open({ viewport: { width: 1024, height: 768 } });
    await loadWorkspaceFile(page, scenarioWith('alice@wonderland.com', 'not her password'), 'wrong.json');
    expect(await run(page)).toBe('Failed.');
    await expect.poll(() => blocksUnderBubble(page, 'The run failed here'), POLL).toEqual([]);
  });

  test("Backend settings does not move when the emulator's sessions arrive after the page is ready", async () => {
    const context = await playground.newContext();
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(
      (url) => url.pathname.endsWith('/_emulator/sessions'),
      async (route) => {
        await released;
        await route.continue();
      },
    );
    const { page } = await playground.open(context);
    const summary = page.getByText('Backend settings', { exact: true });
    const atReady = (await summary.boundingBox())!;
    release();
    await expect.poll(textOf(page.locator('#sessions-note')), POLL).toBe('no live sessions');
    expect((await summary.boundingBox())!.y).toBe(atReady.y);
  });

  test("the scenario's comment, opened, stands beside its block, over no other block", async () => {
    const { page } = await playground.open();
    await mainBlocks(page, 'variables_set').first().locator('.blocklyCommentIcon').first().click();
    await expect.poll(() => blocksUnderBubble(page, 'alice@wonderland.com scenario'), POLL).toEqual([]);
  });
});
