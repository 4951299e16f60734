// The package as a stranger gets it: `npm pack`, install the tarball into a fresh host project that has its own
// `blockly`, then generate and run the alice scenario from there — through the API and through `npx codeless`.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleDistReason } from '../setup/dist.ts';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const node = `${root}node_modules/.bin/node`;
// npm and npx run on the pinned Node: node_modules/.bin comes first on PATH.
const env = { ...process.env, PATH: `${root}node_modules/.bin:${process.env['PATH'] ?? ''}` };
const blocklyVersion = (
  JSON.parse(await readFile(`${root}node_modules/blockly/package.json`, 'utf8')) as { version: string }
).version;

let host: string;

beforeAll(async () => {
  // The tarball is dist/ as it is: the project's global setup (test/setup/dist.ts) rebuilt it if it was stale.
  expect(staleDistReason()).toBeUndefined();
  host = await mkdtemp(join(tmpdir(), 'codeless-host-'));
  // --ignore-scripts: no rebuild here, which would rewrite dist/ under tests running in parallel.
  const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', host], {
    cwd: root,
    env,
    maxBuffer: 16 << 20,
  });
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  await writeFile(
    join(host, 'package.json'),
    JSON.stringify({ name: 'host-project', private: true, type: 'module' }, null, 2),
  );
  await exec(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', join(host, filename), `blockly@${blocklyVersion}`],
    { cwd: host, env, timeout: 240_000 },
  );
}, 300_000);

afterAll(async () => {
  if (host) await rm(host, { recursive: true, force: true });
});

describe('the packed package in a fresh host project', () => {
  it('ships built JavaScript with type declarations, and no tests or TypeScript sources', async () => {
    const dist = join(host, 'node_modules/codeless-blocks/dist');
    const files = await readdir(dist, { recursive: true });
    expect(files).toEqual(
      expect.arrayContaining([
        'index.js',
        'index.d.ts',
        'runtime/index.js',
        'runtime/index.d.ts',
        'emulator/index.js',
        'bin/codeless.js',
      ]),
    );
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((file) => file.includes('test'))).toEqual([]);
  });

  it("uses the host's single copy of blockly", async () => {
    const { stdout } = await exec('npm', ['ls', 'blockly', '--all', '--parseable'], { cwd: host, env });
    expect(stdout.trim().split('\n')).toEqual([join(host, 'node_modules/blockly')]);
  });

  it("generates the scenario with the host's Blockly and runs it against the packaged emulator", async () => {
    await writeFile(join(host, 'alice.json'), await readFile(`${root}playground/scenario/alice.json`));
    await writeFile(
      join(host, 'host.mjs'),
      `import * as Blockly from 'blockly';
import { readFile, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { install, loadWorkspaceJson, workspaceToProgram } from 'codeless-blocks';
import { startEmulator } from 'codeless-blocks/emulator';

install();
const workspace = new Blockly.Workspace();
loadWorkspaceJson(workspace, JSON.parse(await readFile('alice.json', 'utf8')));
const emulator = await startEmulator();
try {
  const { url: serverURL, appId, apiKey } = emulator;
  await writeFile('program.mjs', workspaceToProgram(workspace, { backend: { serverURL, appId, apiKey } }));
  // Asynchronously: the emulator answers from this same process.
  const { stdout } = await promisify(execFile)(process.execPath, ['program.mjs']);
  process.stdout.write(stdout);
} finally {
  await emulator.close();
}
`,
    );
    const { stdout, stderr } = await exec(node, ['host.mjs'], { cwd: host, env, timeout: 60_000 });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Logged in as Alice\nUser token: [0-9A-F-]{36}\n/);
    expect(stdout).toMatch(/Old token still valid: false/);
  });

  it("bundles for the browser from the installed package, with the host's one Blockly and no Node code", async () => {
    await writeFile(
      join(host, 'editor.js'),
      `import * as Blockly from 'blockly';
import { install, toolboxCategory, workspaceToProgram } from 'codeless-blocks';
import Backendless from 'codeless-blocks/runtime';
install();
const workspace = Blockly.inject(document.body, { toolbox: { kind: 'categoryToolbox', contents: [toolboxCategory] } });
globalThis.run = () => workspaceToProgram(workspace) + Backendless.serverURL;
`,
    );
    const result = (await build({
      root: host,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, modulePreload: false, rollupOptions: { input: join(host, 'editor.js') } },
    })) as Rollup.RollupOutput;
    const chunks = result.output.filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
    const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules));
    const code = chunks.map((chunk) => chunk.code).join('\n');
    // One Blockly, the host's: every Blockly module comes from host/node_modules/blockly.
    const blocklyFiles = modules.filter((id) => id.includes('/node_modules/blockly/'));
    expect(blocklyFiles.length).toBeGreaterThan(0);
    expect(blocklyFiles.every((id) => id.startsWith(join(host, 'node_modules/blockly/')))).toBe(true);
    expect(modules.filter((id) => id.includes('blockly_compressed.js'))).toHaveLength(1);
    // Our package came in as built JavaScript; nothing Node-only (undici, the emulator, fs) reached the page.
    expect(modules.some((id) => id.includes('/node_modules/codeless-blocks/dist/index.js'))).toBe(true);
    expect(modules.filter((id) => /undici|\/emulator\/|\/runtime\/node\.js|node:/.test(id))).toEqual([]);
    expect(code).toContain('backendless_users_login');
    // A host that does not import German does not ship it; English, which install() sets, is there.
    expect(code).toContain('Login User %1 login %2');
    expect(code).not.toContain('Benutzer anmelden');
  });

  it('loads one translation from its own subpath, codeless-blocks/locales/<locale>, as Blockly has blockly/msg/<locale>', async () => {
    await writeFile(
      join(host, 'german.mjs'),
      `import * as Blockly from 'blockly';
import { de } from 'codeless-blocks/locales/de';
import { install, messages, setMessages } from 'codeless-blocks';

install();
setMessages(de);
const block = new Blockly.Workspace().newBlock('backendless_users_login');
console.log(JSON.stringify({ same: de === messages.de, label: block.inputList[0].fieldRow[0].getText() }));
`,
    );
    const { stdout, stderr } = await exec(node, ['german.mjs'], { cwd: host, env, timeout: 60_000 });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ same: true, label: 'Benutzer anmelden' });
    // Only locales are exported there, not the module that gathers them all.
    await writeFile(join(host, 'index-locale.mjs'), `await import('codeless-blocks/locales/index');\n`);
    await expect(exec(node, ['index-locale.mjs'], { cwd: host, env })).rejects.toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });

  it('runs the scenario with the installed bin: npx codeless run', async () => {
    const { stdout } = await exec('npx', ['--no-install', 'codeless', 'run', 'alice.json'], {
      cwd: host,
      env,
      timeout: 60_000,
    });
    expect(stdout).toMatch(/^Logged in as Alice\n/);
    expect(stdout).toMatch(/Old token rejected: 3064/);
  });
});
