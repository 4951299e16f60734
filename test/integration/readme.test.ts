// Every code block of the README and of every docs/ page runs as written. Each block is preceded by
// `<!-- readme-test: <id> -->`, and each id is one of HOW_EACH_BLOCK_IS_RUN below; a block without a marker, or with an
// id this file does not run, fails, whichever page it is on. The host blocks run top to bottom in the package
// project's one host project (test/setup/package-run.ts), as a reader would follow them. Three liberties are taken:
// its one install is what the pages' `npm install` lines name, made before this file runs (`codeless-blocks` is the
// packed tarball, not on the registry yet); ports 3850 and 5173 named in a block are replaced by free ports the system
// hands out; and `npm start` is given its ports through its environment (free ones, held by this file, so it is shown
// to take others as beside a running playground). No test here binds or reaches 3850 or 5173; `.ci/run` holds them
// for the whole suite.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isSiteBackend } from '../../playground/backend-settings.ts';
import { startBackground } from './hosts/background-command.ts';
import { createHost, exec, repoEnv, repoRoot, type HostProject } from './hosts/host-project.ts';
import { launchChromium, openHostPage, serveDirectory } from './hosts/host-page.ts';
import { DOC_PAGES, HOST_INSTALL_BLOCKS, npmInstallLines, readmeBlocks } from './hosts/readme-blocks.ts';

const run = inject('packageRun');

/** Each marker id and where it is run. */
const HOW_EACH_BLOCK_IS_RUN: Record<string, string> = {
  setup:
    'npm start here, in the repository, while the ports it is told are taken; npm install (npm ci) and npm test are .ci/run',
  install: "the host project's one install, the tarball standing in for codeless-blocks",
  'install-tarball': "the package project's npm pack, then the host project's one install of the tarball it wrote",
  'usage-setup': "the host project (its npm install is the one install's)",
  'usage-html': "the host's index.html",
  'usage-main': "the host's main.ts, also checked by TypeScript 7's tsc --strict",
  'usage-build': 'the host project; the page is opened in Chromium',
  'host-editor': 'here, in the repository; the page is opened in Chromium',
  'workspace-file': 'the host project',
  headless: "the host's generate.mjs, run with node",
  'generated-code': 'compared with test/golden/alice.js',
  'cli-run': 'the host project',
  'cli-emulator': 'the host project, in the background, on a free port in place of 3850',
  'cli-against-emulator': "the host project, while cli-emulator runs (its npm install is the one install's)",
  locales: "the host's locales.ts: TypeScript 7's tsc --strict, then run with node",
  layout: 'each path named is in the repository',
  'try-catch-code': 'a part of test/golden/try_catch_codes.js, the golden program of try / catch code',
  'static-copy': 'here, in the repository: the build, then the preview server in the background',
  'backend-json': "the playground's own check of backend.json accepts it",
  'data-flow': "each folder the architecture document's data flow names is in the repository",
  // docs/event-handlers.md's blocks run in test/unit/event-handlers-doc.test.ts, in process (no package needed).
  'event-handlers-generate': 'test/unit/event-handlers-doc.test.ts: codeless generate --target coderunner',
  'event-handlers-output': 'test/unit/event-handlers-doc.test.ts: what event-handlers-generate prints, the golden file',
  'event-handlers-api': 'test/unit/event-handlers-doc.test.ts: the host block, against the sources',
  // docs/server-logic.md's blocks run in test/unit/server-logic-doc.test.ts, in process.
  'server-logic-start': 'test/unit/server-logic-doc.test.ts: its options, the in-process emulator for startEmulator',
  'server-logic-module': "test/unit/server-logic-doc.test.ts: server-logic-start's source, run by that emulator",
};

/** The fixed ports the pages name: the emulator's (3850) and the playground's (5173). */
const README_PORTS = [3850, 5173] as const;

const blocks = await readmeBlocks();

function block(id: string): string {
  const found = blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no page has a block marked ${id}`);
  return found.code;
}

/** A port of 127.0.0.1 the system hands out, held (listened on) until the server is closed. */
async function holdFreePort(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** A free port of 127.0.0.1, as the system hands one out. */
async function freePort(): Promise<number> {
  const server = await holdFreePort();
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Each README port's stand-in for this run. */
const portFor = new Map<number, number>();

/** A block with each README port it names replaced by its free stand-in. */
function withFreePorts(code: string): string {
  return code.replace(/\b(3850|5173)\b/g, (port) => String(portFor.get(Number(port))));
}

/**
 * A host's shell block as run: its `npm install` lines are the one install's (checked by the install test), the rest
 * as written, with free ports.
 */
function hostScript(id: string): string {
  const lines = withFreePorts(block(id)).split('\n');
  return lines.filter((line) => !/^npm install\s/.test(line.trim())).join('\n');
}

beforeAll(async () => {
  for (const port of README_PORTS) portFor.set(port, await freePort());
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the README and the docs/ pages', () => {
  it('reads the README and every docs/ page', () => {
    expect(DOC_PAGES).toContain('README.md');
    expect(DOC_PAGES).toContain('docs/ARCHITECTURE.md');
    expect(DOC_PAGES.length).toBeGreaterThan(5);
  });

  it('marks every code block with how it is run, and this file runs every kind of mark', () => {
    const unmarked = blocks
      .filter((candidate) => candidate.id === undefined)
      .map((candidate) => `${candidate.page}:${candidate.line}`);
    expect(unmarked, 'code blocks without <!-- readme-test: id -->').toEqual([]);
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
    // npm start's ports, named through its environment, are held by another server (as by a playground already
    // running): both servers must take other ports. Free ports from the system stand in for 5173 and 3850.
    const taken = [await holdFreePort(), await holdFreePort()];
    const [playgroundPort, emulatorPort] = taken.map((server) => String((server.address() as { port: number }).port));
    try {
      const { command, match } = await startBackground('npm start', {
        cwd: repoRoot,
        env: { ...repoEnv, CODELESS_PORT: playgroundPort, CODELESS_EMULATOR_PORT: emulatorPort },
        ready: /codeless-blocks playground\s+(http:\/\/\S+)[\s\S]*embedded emulator\s+(http:\/\/\S+)/,
      });
      try {
        expect(new URL(match[1]!).port).not.toBe(playgroundPort);
        expect(new URL(match[2]!).port).not.toBe(emulatorPort);
        const response = await fetch(match[1]!);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('<title>');
      } finally {
        await command.stop();
      }
    } finally {
      await Promise.all(taken.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
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

  it("data flow: every folder the architecture's diagram names is in the repository", () => {
    const folders = block('data-flow').match(/\b[a-z]+\/(?=\s|\)|$)/gm) ?? [];
    expect(folders.length).toBeGreaterThan(3);
    expect(folders.filter((folder) => !existsSync(join(repoRoot, folder)))).toEqual([]);
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

describe('the README and the docs/ pages in the host project', () => {
  let host: HostProject;
  const sh = async (id: string) => (await host.run('bash', ['-euo', 'pipefail', '-c', hostScript(id)])).stdout;

  beforeAll(async () => {
    host = await createHost(run);
  });

  it('install: every package its npm install lines name is installed, codeless-blocks from the packed tarball', async () => {
    const manifest = JSON.parse(await readFile(join(host.root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const lines = HOST_INSTALL_BLOCKS.flatMap((id) => npmInstallLines(block(id)));
    expect(lines.length).toBe(3);
    const named = lines.flat().map((name) => (name.endsWith('.tgz') ? 'codeless-blocks' : name));
    expect(named.filter((name) => !(name in manifest.dependencies))).toEqual([]);
    expect(manifest.dependencies['codeless-blocks']).toBe(`file:../${basename(run.tarball)}`);
  });

  it('install from a tarball: npm pack in the repository writes the file the README names, and it installs', async () => {
    const [pack, install, ...rest] = block('install-tarball')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean);
    expect(rest).toEqual([]);
    // The package project's setup packed with this command (--ignore-scripts: its dist/ was fresh, prepack rebuilds it).
    expect(pack).toBe('npm pack');
    const [tarball, peer] = npmInstallLines(install!)[0]!;
    expect(basename(tarball!)).toBe(basename(run.tarball));
    expect(peer).toBe('blockly');
    const installed = JSON.parse(
      await readFile(join(host.root, 'node_modules/codeless-blocks/package.json'), 'utf8'),
    ) as { version: string };
    expect(basename(run.tarball)).toBe(`codeless-blocks-${installed.version}.tgz`);
  });

  it('headless: generate.mjs prints a module for the official SDK, initApp written', async () => {
    await sh('workspace-file');
    await host.write('generate.mjs', withFreePorts(block('headless')));
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
    const { command } = await startBackground(hostScript('cli-emulator'), {
      cwd: host.dir,
      env: repoEnv,
      ready: new RegExp(`listening on http://127\\.0\\.0\\.1:${portFor.get(3850)}\\n`),
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
    await host.write('locales.ts', withFreePorts(block('locales')));
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
    await host.write('index.html', withFreePorts(block('usage-html')));
    await host.write('main.ts', withFreePorts(block('usage-main')));
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

/** `tsc --strict` over a host's file, with the host's TypeScript 7 (what `npm i typescript` installs) and packages. */
async function tscStrict(host: HostProject, file: string): Promise<void> {
  const result = await exec(
    'node',
    [
      `${host.root}/node_modules/typescript7/bin/tsc`,
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
  ).catch((error: { stdout: string; stderr: string }) => error);
  expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: '', stderr: '' });
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
