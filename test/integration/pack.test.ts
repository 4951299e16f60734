// The package as a stranger gets it: `npm pack`, install the tarball into a host project that has its own `blockly`,
// then generate and run the alice scenario from there — through the API and through the `codeless` bin — on every
// Node line the package supports, and a one-line refusal on one it does not. The tarball, the install and the Node
// binaries are the package project's, made once per run (test/setup/package-run.ts).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createHost,
  exec,
  repoEnv,
  repoRoot,
  SUPPORTED_NODE_VERSIONS,
  UNSUPPORTED_NODE_VERSION,
  type HostProject,
} from './hosts/host-project.ts';

const run = inject('packageRun');
const manifest = JSON.parse(await readFile(`${repoRoot}package.json`, 'utf8')) as {
  version: string;
  engines: { node: string };
};
/** The oldest Node the package supports, as `engines` says (">=22.19.0" → "22.19"). */
const nodeFloor = /^>=(\d+\.\d+)\.0$/.exec(manifest.engines.node)?.[1];

let host: HostProject;
/** The package as the host has it installed. */
let installed: string;

/** The environment of a host command run on the Node at `binary`: that Node first on PATH, as `node` and for bins. */
function onNode(binary: string): NodeJS.ProcessEnv {
  return { ...repoEnv, PATH: `${dirname(binary)}${delimiter}${repoEnv['PATH'] ?? ''}` };
}

beforeAll(async () => {
  host = await createHost(run, 'pack');
  installed = join(host.root, 'node_modules/codeless-blocks');
  await writeFile(join(host.dir, 'alice.json'), await readFile(`${repoRoot}playground/scenario/alice.json`));
  await host.write(
    'host.mjs',
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
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['program.mjs']);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
} finally {
  await emulator.close();
}
`,
  );
});

afterAll(async () => {
  await host?.remove();
});

describe('the packed package', () => {
  it('holds only what hosts use: built JavaScript with declarations, the scenario, README, LICENSE, CHANGELOG', async () => {
    const files = await readdir(installed, { recursive: true });
    const top = new Set(files.map((file) => file.split('/')[0]));
    expect([...top].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json', 'playground']);
    expect(files.filter((file) => file.startsWith('playground/') && file.endsWith('.json'))).toEqual([
      'playground/scenario/alice.json',
    ]);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'dist/runtime/index.js',
        'dist/runtime/index.d.ts',
        'dist/emulator/index.js',
        'dist/bin/codeless.js',
        // The emulator console `codeless emulator` serves (Vite's build, beside the built emulator).
        'dist/console/index.html',
      ]),
    );
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    expect(files.filter((file) => file.includes('test'))).toEqual([]);
    // The bin is run, never imported: no declarations for it.
    expect(files.filter((file) => file.startsWith('dist/bin/') && file.endsWith('.d.ts'))).toEqual([]);
  });

  it('runs nothing on a consumer’s install: no install or prepare script; it is built before packing', async () => {
    const packed = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(packed.scripts, script).not.toHaveProperty(script);
    }
    expect(packed.scripts['prepack']).toBe('npm run build');
  });

  it('publishes cleanly: npm publish --dry-run warns about nothing but the missing login', async () => {
    const { stderr } = await exec('npm', ['publish', '--dry-run', '--ignore-scripts', '--loglevel=warn'], {
      cwd: repoRoot,
      env: repoEnv,
    });
    const warnings = stderr.split('\n').filter((line) => /^npm (warn|error)/i.test(line));
    expect(warnings.filter((line) => !/requires you to be logged in/.test(line))).toEqual([]);
  });

  it('has a CHANGELOG entry for its version', async () => {
    const changelog = await readFile(`${repoRoot}CHANGELOG.md`, 'utf8');
    expect(changelog).toMatch(
      new RegExp(`^## \\[${manifest.version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d\\d-\\d\\d$`, 'm'),
    );
  });

  it("uses the host's single copy of blockly", async () => {
    const { stdout } = await host.run('npm', ['ls', 'blockly', '--all', '--parseable']);
    expect(stdout.trim().split('\n')).toEqual([join(host.root, 'node_modules/blockly')]);
  });

  it('imports only its dependencies, its peer blockly and Node builtins (the shared host install cannot hide one)', async () => {
    const packed = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
    };
    const declared = new Set([...Object.keys(packed.dependencies), ...Object.keys(packed.peerDependencies)]);
    const files = (await readdir(join(installed, 'dist'), { recursive: true })).filter((file) => file.endsWith('.js'));
    const undeclared = new Set<string>();
    for (const file of files) {
      const code = await readFile(join(installed, 'dist', file), 'utf8');
      for (const [, specifier] of code.matchAll(
        /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g,
      )) {
        if (!specifier || specifier.startsWith('.') || specifier.startsWith('node:')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!declared.has(name) && !builtinModules.includes(name)) undeclared.add(`${file}: ${specifier}`);
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect([...undeclared]).toEqual([]);
  });
});

describe.each(SUPPORTED_NODE_VERSIONS)('on Node %s (supported)', (version) => {
  const node = run.nodes[version]!;

  it('generates the scenario with the host’s Blockly and runs it with the runtime against the packaged emulator', async () => {
    const { stdout, stderr } = await host.run(node, ['host.mjs'], { env: onNode(node), timeout: 60_000 });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Logged in as Alice\nUser token: [0-9A-F-]{36}\n/);
    expect(stdout).toMatch(/Old token still valid: false/);
  });

  it('runs the scenario with the installed bin: codeless run', async () => {
    const env = onNode(node);
    // The bin's `#!/usr/bin/env node` finds this Node.
    expect((await host.run('node', ['--version'], { env })).stdout.trim()).toBe(`v${version}`);
    const { stdout, stderr } = await host.run(host.bin('codeless'), ['run', 'alice.json'], {
      env,
      timeout: 60_000,
    });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Logged in as Alice\n/);
    expect(stdout).toMatch(/Old token rejected: 3064/);
  });
});

describe(`on Node ${UNSUPPORTED_NODE_VERSION} (refused)`, () => {
  const node = run.nodes[UNSUPPORTED_NODE_VERSION]!;
  const env = onNode(node);
  const refusal = (part: string) =>
    `${part} needs Node.js ${nodeFloor} or newer; this is Node.js ${UNSUPPORTED_NODE_VERSION}\n`;

  beforeAll(async () => {
    await host.write(
      'program-for-old-node.mjs',
      `import Backendless from 'codeless-blocks/runtime';\nconsole.log(Backendless.serverURL);\n`,
    );
    await host.write(
      'emulator-on-old-node.mjs',
      `import { startEmulator } from 'codeless-blocks/emulator';\nawait startEmulator();\n`,
    );
  });

  it.each([
    ['the CLI', 'codeless', ['codeless', 'run', 'alice.json']],
    ['the runtime', 'codeless-blocks/runtime', [null, 'program-for-old-node.mjs']],
    ['the emulator', 'codeless-blocks/emulator', [null, 'emulator-on-old-node.mjs']],
  ] as const)(
    '%s starts with one line naming the Node it needs, never a stack trace or the server',
    async (_, part, command) => {
      const [file, ...args] = command;
      const failure = await host.run(file === null ? node : host.bin(file), args, { env, timeout: 60_000 }).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toBe('');
      expect(failure?.stderr).toBe(refusal(part));
    },
  );
});

describe('in a host', () => {
  it("bundles for the browser from the installed package, with the host's one Blockly and no Node code", async () => {
    await host.write(
      'editor.js',
      `import * as Blockly from 'blockly';
import { install, toolboxCategory, workspaceToProgram } from 'codeless-blocks';
import Backendless from 'codeless-blocks/runtime';
install();
const workspace = Blockly.inject(document.body, { toolbox: { kind: 'categoryToolbox', contents: [toolboxCategory] } });
globalThis.run = () => workspaceToProgram(workspace) + Backendless.serverURL;
`,
    );
    const result = (await build({
      root: host.dir,
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        modulePreload: false,
        rollupOptions: { input: join(host.dir, 'editor.js') },
      },
    })) as Rollup.RollupOutput;
    const chunks = result.output.filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
    const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules));
    const code = chunks.map((chunk) => chunk.code).join('\n');
    // One Blockly, the host's: every Blockly module comes from host/node_modules/blockly.
    const blocklyFiles = modules.filter((id) => id.includes('/node_modules/blockly/'));
    expect(blocklyFiles.length).toBeGreaterThan(0);
    expect(blocklyFiles.every((id) => id.startsWith(join(host.root, 'node_modules/blockly/')))).toBe(true);
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
    await host.write(
      'german.mjs',
      `import * as Blockly from 'blockly';
import { de } from 'codeless-blocks/locales/de';
import { install, messages, setMessages } from 'codeless-blocks';

install();
setMessages(de);
const block = new Blockly.Workspace().newBlock('backendless_users_login');
console.log(JSON.stringify({ same: de === messages.de, label: block.inputList[0].fieldRow[0].getText() }));
`,
    );
    const { stdout, stderr } = await host.run('node', ['german.mjs'], { timeout: 60_000 });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ same: true, label: 'Benutzer anmelden' });
    // Only locales are exported there, not the module that gathers them all.
    await host.write('index-locale.mjs', `await import('codeless-blocks/locales/index');\n`);
    await expect(host.run('node', ['index-locale.mjs'])).rejects.toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });
});
