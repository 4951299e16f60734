// Every code block of the README runs as written. Each block is preceded by `<!-- readme-test: <id> -->`, and each id
// is one of HOW_EACH_BLOCK_IS_RUN below; a block without a marker, or with an id this file does not run, fails.
// The host blocks run top to bottom in one fresh host project, as a reader would follow them: the one liberty taken
// is that `npm install codeless-blocks` installs the packed tarball (the package is not on the registry from here).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSiteBackend } from '../../playground/backend-settings.ts';
import { startBackground } from './hosts/background-command.ts';
import { createHost, exec, packedPackage, repoEnv, repoRoot, type HostProject } from './hosts/host-project.ts';
import { launchChromium, openHostPage, serveDirectory } from './hosts/host-page.ts';

/** Each marker id and where it is run. */
const HOW_EACH_BLOCK_IS_RUN: Record<string, string> = {
  setup: 'npm start here, in the repository; npm install (npm ci) and npm test are .ci/run',
  install: 'the host project, the tarball standing in for codeless-blocks',
  'usage-setup': 'the host project',
  'usage-html': "the host's index.html",
  'usage-main': "the host's main.ts, also checked by tsc --strict",
  'usage-build': 'the host project; the page is opened in Chromium',
  'host-editor': 'here, in the repository; the page is opened in Chromium',
  'workspace-file': 'the host project',
  headless: "the host's generate.mjs, run with node",
  'generated-code': 'compared with test/golden/alice.js',
  'cli-run': 'the host project',
  'cli-emulator': 'the host project, in the background',
  'cli-against-emulator': 'the host project, while cli-emulator runs',
  locales: "the host's locales.ts: tsc --strict, then run with node",
  layout: 'each path named is in the repository',
  'try-catch-code': 'a part of test/golden/try_catch_codes.js, the golden program of try / catch code',
  'static-copy': 'here, in the repository: the build, then the preview server in the background',
  'backend-json': "the playground's own check of backend.json accepts it",
};

interface Block {
  id: string | undefined;
  language: string;
  code: string;
  line: number;
}

/** The fenced code blocks of `markdown` with the marker on the line before each, if any. */
function codeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)$/.exec(lines[i]!);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    const marker = /^<!-- readme-test: ([\w-]+) -->$/.exec(lines[i - 1] ?? '');
    blocks.push({ id: marker?.[1], language: fence[1]!, code: lines.slice(i + 1, end).join('\n') + '\n', line: i + 1 });
    i = end;
  }
  return blocks;
}

const readme = await readFile(`${repoRoot}README.md`, 'utf8');
const blocks = codeBlocks(readme);

function block(id: string): string {
  const found = blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the README has no block marked ${id}`);
  return found.code;
}

/** A host's shell block: `npm install codeless-blocks …` takes the packed tarball; everything else as written. */
async function hostScript(id: string): Promise<string> {
  const tarball = await packedPackage();
  return block(id).replace(/^(npm install .*)\bcodeless-blocks\b/gm, `$1${tarball}`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the README', () => {
  it('marks every code block with how it is run, and this file runs every kind of mark', () => {
    const unmarked = blocks.filter((candidate) => candidate.id === undefined).map((candidate) => candidate.line);
    expect(unmarked, 'README lines of code blocks without <!-- readme-test: id -->').toEqual([]);
    const ids = blocks.map((candidate) => candidate.id);
    expect(
      ids.filter((id) => !(id! in HOW_EACH_BLOCK_IS_RUN)),
      'marks this test does not run',
    ).toEqual([]);
    expect(new Set(ids).size, 'each mark once').toBe(ids.length);
    expect(
      Object.keys(HOW_EACH_BLOCK_IS_RUN).filter((id) => !ids.includes(id)),
      'runs for blocks gone',
    ).toEqual([]);
  });

  it('setup: npm start serves the playground and prints its URL (.ci/run does the rest: npm ci, npm test)', async () => {
    const commands = block('setup')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
    const ci = await readFile(`${repoRoot}.ci/run`, 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
    const { command, match } = await startBackground('npm start', {
      cwd: repoRoot,
      env: repoEnv,
      ready: /codeless-blocks playground\s+(http:\/\/\S+)/,
    });
    try {
      const response = await fetch(match[1]!);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>');
    } finally {
      await command.stop();
    }
  }, 180_000);

  it('generated code: the scenario as test/golden/alice.js has it, the failure reporter folded', async () => {
    const golden = await readFile(`${repoRoot}test/golden/alice.js`, 'utf8');
    const folded = golden.replace(
      /^function reportFailure\(error\) \{\n[\s\S]*?\n\}$/m,
      'function reportFailure(error) { … }',
    );
    expect(block('generated-code')).toBe(folded);
  });

  it('layout: every path it names is in the repository', () => {
    const paths = block('layout')
      .split('\n')
      .filter((line) => /^\S/.test(line))
      .map((line) => line.split(/\s+/)[0]!);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path) => !existsSync(join(repoRoot, path)))).toEqual([]);
  });

  it('try / catch code: the snippet is what the block generates (test/golden/try_catch_codes.js)', async () => {
    const golden = await readFile(`${repoRoot}test/golden/try_catch_codes.js`, 'utf8');
    const dedented = golden.replace(/^ {2}/gm, '');
    expect(dedented).toContain(block('try-catch-code'));
  });

  it('a static copy: vite build writes playground-dist/ naming no backend, and vite preview serves it', async () => {
    const [build, preview] = block('static-copy')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim());
    expect([build, preview]).toEqual(['npx vite build', 'npx vite preview']);
    await exec('bash', ['-c', build!], { cwd: repoRoot, env: repoEnv, timeout: 120_000 });
    for (const name of ['index.html', 'assets', 'blockly-media', 'backend.json']) {
      expect(existsSync(join(repoRoot, 'playground-dist', name)), name).toBe(true);
    }
    const { command, match } = await startBackground(preview!, {
      cwd: repoRoot,
      env: repoEnv,
      ready: /Local:\s+(http:\/\/\S+)/,
    });
    try {
      expect(await (await fetch(new URL('backend.json', match[1]!))).json()).toBeNull();
      expect(await (await fetch(match[1]!)).text()).toContain('<title>');
    } finally {
      await command.stop();
    }
  }, 180_000);

  it("backend.json: the example is a backend the playground's check accepts", () => {
    expect(isSiteBackend(JSON.parse(block('backend-json')))).toBe(true);
  });

  it('host-editor: the example prints its URL and its page shows our category beside the host’s', async () => {
    const { command, match } = await startBackground(block('host-editor'), {
      cwd: repoRoot,
      env: repoEnv,
      ready: /Local:\s+(http:\/\/\S+)/,
    });
    try {
      const { page, problems } = await openHostPage(browser, match[1]!);
      await page.getByRole('treeitem', { name: 'Gastgeber' }).waitFor();
      await page.getByRole('treeitem', { name: 'Benutzer (Backendless)' }).click();
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await command.stop();
    }
  }, 180_000);
});

describe('the README in a fresh host project', () => {
  let host: HostProject;
  const sh = async (id: string) => (await host.run('bash', ['-euo', 'pipefail', '-c', await hostScript(id)])).stdout;

  beforeAll(async () => {
    // An empty project, as `npm create vite` leaves one; the README's install is the first block run in it.
    host = await createHost('readme', { empty: true });
    await sh('install');
  }, 300_000);
  afterAll(async () => {
    await host?.remove();
  });

  it('headless: generate.mjs prints a module for the official SDK, initApp written', async () => {
    await sh('workspace-file');
    await host.write('generate.mjs', block('headless'));
    const { stdout, stderr } = await host.run('node', ['generate.mjs']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^\/\/ Generated by codeless-blocks from a Blockly workspace\.\nimport Backendless from 'backendless';/,
    );
    expect(stdout).toContain("appId: 'C0DE1E55-B10C-4E55-A11C-E0000000A11C'");
    expect(stdout).toContain("Backendless.UserService.login('alice@wonderland.com', 'wonderland', false)");
  }, 180_000);

  it('running programs: codeless run, alone and with --timeout', async () => {
    const stdout = await sh('cli-run');
    expect(stdout.match(/^Logged in as Alice$/gm)).toHaveLength(2);
    expect(stdout.match(/^Old token rejected: 3064 /gm)).toHaveLength(2);
  }, 180_000);

  it('running programs: against the emulator started alone — codeless run, and modules on our runtime and the SDK', async () => {
    const { command } = await startBackground(await hostScript('cli-emulator'), {
      cwd: host.dir,
      env: repoEnv,
      ready: /listening on http:\/\/127\.0\.0\.1:3850\n/,
    });
    try {
      const stdout = await sh('cli-against-emulator');
      expect(stdout.match(/^Logged in as Alice$/gm)).toHaveLength(3);
      expect(stdout.match(/^Old token rejected: 3064 /gm)).toHaveLength(3);
      expect(await readFile(join(host.dir, 'program-sdk.mjs'), 'utf8')).toContain(
        "import Backendless from 'backendless';",
      );
    } finally {
      await command.stop();
    }
    expect(command.output()).toMatch(/Emulator stopped \(SIGINT\)/);
  }, 300_000);

  it('locales: the snippet passes tsc --strict and switches Blockly and our blocks to German', async () => {
    await host.write('locales.ts', block('locales'));
    await tscStrict(host, 'locales.ts');
    await host.write(
      'check-locales.mjs',
      `import './locales.ts';
import * as Blockly from 'blockly';
console.log(JSON.stringify([Blockly.Msg['CONTROLS_IF_MSG_IF'], Blockly.Msg['CODELESS_USERS_CATEGORY']]));
`,
    );
    const { stdout } = await host.run('node', ['check-locales.mjs']);
    expect(JSON.parse(stdout)).toEqual(['falls', 'Benutzer']);
  }, 180_000);

  it('usage: the Vite page builds, works offline and shows the program of the blocks a person drags in', async () => {
    await sh('usage-setup');
    await host.write('index.html', block('usage-html'));
    await host.write('main.ts', block('usage-main'));
    await tscStrict(host, 'main.ts');
    await sh('usage-build');
    const server = await serveDirectory(join(host.dir, 'dist'));
    try {
      const { page, problems } = await openHostPage(browser, server.url);
      await page.getByRole('treeitem', { name: 'Users' }).click();
      await dragFromFlyout(page, 'Logout Current User');
      await expect
        .poll(() => page.locator('#program').textContent(), { timeout: 20_000 })
        .toContain('await Backendless.UserService.logout();');
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  }, 300_000);
});

/** `tsc --strict` over a host's file, with the repository's TypeScript and the host's packages. */
async function tscStrict(host: HostProject, file: string): Promise<void> {
  const result = await exec(
    'node',
    [
      `${repoRoot}node_modules/typescript/bin/tsc`,
      '--strict',
      '--noEmit',
      '--target',
      'es2023',
      '--module',
      'esnext',
      '--moduleResolution',
      'bundler',
      '--lib',
      'es2023,dom',
      '--skipLibCheck',
      file,
    ],
    { cwd: host.dir, env: repoEnv },
  ).catch((error: { stdout: string }) => error);
  expect(result.stdout).toBe('');
}

/** Drags the first flyout block showing `text` onto the middle of the workspace, with the mouse. */
async function dragFromFlyout(page: Page, text: string): Promise<void> {
  const flyoutBlock = page.locator('.blocklyFlyout .blocklyDraggable').filter({ hasText: text }).first();
  await flyoutBlock.waitFor();
  const from = (await flyoutBlock.boundingBox())!;
  const target = (await page.locator('#editor').boundingBox())!;
  await page.mouse.move(from.x + 12, from.y + Math.min(from.height / 2, 14));
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
  await page.mouse.move(target.x + target.width * 0.6, target.y + target.height * 0.6, { steps: 15 });
  await page.mouse.up();
}
