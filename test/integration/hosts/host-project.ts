// Host projects as a stranger makes them: `npm pack` the package, then a project whose package.json names the tarball
// and the host's own dependencies, installed with npm. The package project's global setup (test/setup/package-run.ts)
// packs once and installs ONE host project per run, in the OS temp directory, holding what every host test needs
// (the README's installs, webpack, Vite, Rollup, TypeScript 5, 6 and 7); each test file works in a folder of its own
// inside it, so Node, the bundlers and tsc find the one install by walking up. Also the Node binaries of the Node
// lines we test on, from the `node` npm package's per-platform builds, kept in the user's cache directory.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const exec = promisify(execFile);

/** The repository, with a trailing slash. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * npm, npx and node as the repository's scripts run them: the pinned Node first on PATH. npm takes what npm's cache
 * holds without asking the registry (`prefer-offline`), and asks it for the rest (a fresh machine's empty cache).
 */
export const repoEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${repoRoot}node_modules/.bin${delimiter}${process.env['PATH'] ?? ''}`,
  npm_config_prefer_offline: 'true',
};

/** The version of a package installed in the repository. */
export async function installedVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(`${repoRoot}node_modules/${name}/package.json`, 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** The Blockly version the repository is tested with; hosts install the same one. */
export const blocklyVersion = await installedVersion('blockly');

/** The Node version the repository pins (devDependency `node`), which runs npm scripts and these tests. */
export const pinnedNodeVersion = await installedVersion('node');

/** TypeScript 7 (the native compiler, what `npm i typescript` installs today), beside the repository's 6. */
export const TYPESCRIPT_7 = '7.0.2';

/**
 * What a run of the package project shares between its test files (the global setup's `provide('packageRun')`):
 * the packed tarball, the one host project installed from it, and a Node binary per tested Node line.
 */
export interface PackageRun {
  /** The tarball `npm pack` wrote (its file name is npm's: codeless-blocks-<version>.tgz). */
  tarball: string;
  /** The host project: package.json and node_modules, installed once. */
  root: string;
  /** The Node binary of each tested Node line, by version. */
  nodes: Record<string, string>;
}

/**
 * The package as `npm pack` makes it from dist/ as it is (the dist/ global setup rebuilt a stale one), written into
 * `destination`. `--ignore-scripts`: its prepack would build dist/ again, which is fresh.
 */
export async function packPackage(destination: string): Promise<string> {
  const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
    cwd: repoRoot,
    env: repoEnv,
    maxBuffer: 16 << 20,
  });
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  return join(destination, filename);
}

/** The host tools the bundler and TypeScript hosts use besides what the README installs, as npm install arguments. */
async function hostTools(): Promise<string[]> {
  return [
    'webpack@5.113.0',
    'webpack-cli@7.3.1',
    'ts-loader@9.6.2',
    // ts-loader 9 loads the `typescript` package's JavaScript API, which TypeScript 7 no longer has: TypeScript 6.
    `typescript@${await installedVersion('typescript')}`,
    `typescript7@npm:typescript@${TYPESCRIPT_7}`,
    'typescript5@npm:typescript@5.9.3',
    `@types/node@${await installedVersion('@types/node')}`,
    'rollup@4.68.8',
    '@rollup/plugin-node-resolve@16.0.3',
    '@rollup/plugin-commonjs@29.0.3',
  ];
}

/**
 * The npm install arguments of a README install line: `codeless-blocks` (not on the registry yet) and a tarball path
 * become the packed tarball; a package the repository has (blockly, vite, backendless) is the repository's version.
 */
async function readmeInstallArgument(argument: string, tarball: string): Promise<string> {
  if (argument === 'codeless-blocks' || argument.endsWith('.tgz')) return tarball;
  if (/^[a-z@][\w./-]*$/.test(argument) && existsSync(`${repoRoot}node_modules/${argument}/package.json`)) {
    return `${argument}@${await installedVersion(argument)}`;
  }
  return argument;
}

/**
 * Installs the host project in `root` (which exists and is empty) in one `npm install`: the README's install lines
 * (`readmeInstalls`, each a line's package arguments) and the host tools.
 */
export async function installHost(root: string, tarball: string, readmeInstalls: readonly string[][]): Promise<void> {
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }) + '\n');
  const fromReadme = await Promise.all(
    readmeInstalls.flat().map((argument) => readmeInstallArgument(argument, tarball)),
  );
  const packages = [...new Set([...fromReadme, ...(await hostTools())])];
  await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packages], {
    cwd: root,
    env: repoEnv,
    timeout: 600_000,
    maxBuffer: 64 << 20,
  });
}

/** A host's folder inside the one host project. */
export interface HostProject {
  /** The host project's root: package.json and node_modules. */
  readonly root: string;
  /** This test file's folder (the root itself for the README's project). */
  readonly dir: string;
  /** The path of an installed bin (`codeless`, `vite`). */
  bin(name: string): string;
  /** Writes a file of the folder (directories are made). */
  write(path: string, text: string): Promise<void>;
  /** Runs a program in the folder with the repository's environment (pinned Node first on PATH). */
  run(
    file: string,
    args: readonly string[],
    options?: { env?: NodeJS.ProcessEnv; timeout?: number },
  ): Promise<{ stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

/**
 * A folder of the run's host project for one test file: `name/` inside it, or the root itself with `name`
 * undefined. The folder has no package.json of its own, so npm, npx and every resolver find the root's.
 */
export async function createHost(run: PackageRun, name?: string): Promise<HostProject> {
  const dir = name === undefined ? run.root : await mkdtemp(join(run.root, `${name}-`));
  return {
    root: run.root,
    dir,
    bin: (command) => join(run.root, 'node_modules', '.bin', command),
    async write(path, text) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    },
    run(file, args, { env = repoEnv, timeout = 120_000 } = {}) {
      return exec(file, args, { cwd: dir, env, timeout, maxBuffer: 64 << 20 });
    },
    // The root goes with the run (the global setup's teardown).
    remove: () => (dir === run.root ? Promise.resolve() : rm(dir, { recursive: true, force: true })),
  };
}

/** The Node lines the package supports (`engines`: >= 22.19), each at one release: the oldest, the pinned, the newest. */
export const SUPPORTED_NODE_VERSIONS = ['22.19.0', pinnedNodeVersion, '26.12.1'] as const;

/** A Node line the package refuses: the previous LTS, still this machine's system Node. */
export const UNSUPPORTED_NODE_VERSION = '20.20.2';

/** Every Node line a run checks. */
export const TESTED_NODE_VERSIONS = [...SUPPORTED_NODE_VERSIONS, UNSUPPORTED_NODE_VERSION] as const;

/** The npm package holding one platform's build of Node, as the `node` package itself picks it. */
function nodePackageName(): string {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const prefix = process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node';
  return `${prefix}-${platform}-${process.arch}`;
}

/**
 * Where the Node builds of other lines are kept between runs: `$CODELESS_TEST_CACHE`, or `codeless-blocks/` in the
 * user's cache directory (`$XDG_CACHE_HOME`, else ~/.cache) — outside node_modules, which they would double.
 */
export function testCacheDir(): string {
  const explicit = process.env['CODELESS_TEST_CACHE'];
  if (explicit) return explicit;
  return join(process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'codeless-blocks');
}

/**
 * The path of a Node binary of `version`: the pinned one, or the platform package installed from npm (its cache
 * first) into <test cache>/node-versions/<version>, kept for later runs. A partial install never takes the final
 * place: it is made aside and renamed.
 */
export async function nodeBinary(version: string): Promise<string> {
  if (version === pinnedNodeVersion) return `${repoRoot}node_modules/.bin/node`;
  const cache = join(testCacheDir(), 'node-versions');
  const name = nodePackageName();
  const target = join(cache, version);
  const binary = join(target, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(binary)) return binary;
  await mkdir(cache, { recursive: true });
  const staging = await mkdtemp(join(cache, `.${version}-`));
  await writeFile(join(staging, 'package.json'), '{ "private": true }\n');
  await exec('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefer-offline', `${name}@${version}`], {
    cwd: staging,
    env: repoEnv,
    timeout: 300_000,
  });
  try {
    await rename(staging, target);
  } catch (error) {
    // Another run installed the same version meanwhile: keep theirs.
    if (!existsSync(binary)) throw error;
    await rm(staging, { recursive: true, force: true });
  }
  return binary;
}

/** The file name of the packed tarball. */
export const tarballName = (run: PackageRun) => basename(run.tarball);
