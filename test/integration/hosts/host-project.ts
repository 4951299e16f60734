// Host projects as a stranger makes them: `npm pack` the package, then a new directory whose package.json names the
// tarball and the host's own dependencies, installed with npm. Also the Node binaries of the Node lines we test on,
// from the `node` npm package's per-platform builds, kept under node_modules/.cache between runs.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const exec = promisify(execFile);

/** The repository, with a trailing slash. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** npm, npx and node as the repository's scripts run them: the pinned Node first on PATH. */
export const repoEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${repoRoot}node_modules/.bin${delimiter}${process.env['PATH'] ?? ''}`,
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

let packing: Promise<string> | undefined;

/**
 * The package as `npm pack` makes it from dist/ as it is (the global setup, test/setup/dist.ts, rebuilt a stale one),
 * packed once per test file. `--ignore-scripts`: its prepack would rebuild dist/ under tests running in parallel.
 */
export function packedPackage(): Promise<string> {
  packing ??= (async () => {
    const destination = await mkdtemp(join(tmpdir(), 'codeless-pack-'));
    const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
      cwd: repoRoot,
      env: repoEnv,
      maxBuffer: 16 << 20,
    });
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    return join(destination, filename);
  })();
  return packing;
}

/** A host project on disk. */
export interface HostProject {
  readonly dir: string;
  /** Writes a file of the project (directories are made). */
  write(path: string, text: string): Promise<void>;
  /** Runs a program in the project with the repository's environment (pinned Node first on PATH). */
  run(
    file: string,
    args: readonly string[],
    options?: { env?: NodeJS.ProcessEnv; timeout?: number },
  ): Promise<{ stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

/** How a host project starts: its package.json fields besides name and dependencies, and its first files. */
export interface HostOptions {
  /** Dependencies besides codeless-blocks and blockly, as npm install arguments (`webpack@5.113.0`). */
  install?: readonly string[];
  manifest?: Record<string, unknown>;
  files?: Record<string, string>;
  /** Install nothing: the test installs the package as the README says. */
  empty?: boolean;
}

/**
 * A new directory holding a host project of our package: `npm install <tarball> blockly@<version> …`, as the
 * README's Installation says.
 */
export async function createHost(name: string, options: HostOptions = {}): Promise<HostProject> {
  const dir = await mkdtemp(join(tmpdir(), `codeless-host-${name}-`));
  const host: HostProject = {
    dir,
    async write(path, text) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    },
    run(file, args, { env = repoEnv, timeout = 120_000 } = {}) {
      return exec(file, args, { cwd: dir, env, timeout, maxBuffer: 64 << 20 });
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  await host.write(
    'package.json',
    JSON.stringify({ name: `host-${name}`, private: true, type: 'module', ...options.manifest }, null, 2) + '\n',
  );
  for (const [path, text] of Object.entries(options.files ?? {})) await host.write(path, text);
  if (options.empty) return host;
  const tarball = await packedPackage();
  await host.run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      tarball,
      `blockly@${blocklyVersion}`,
      ...(options.install ?? []),
    ],
    { timeout: 300_000 },
  );
  return host;
}

/** The Node lines the package supports (`engines`: >= 22.19), each at one release: the oldest, the pinned, the newest. */
export const SUPPORTED_NODE_VERSIONS = ['22.19.0', pinnedNodeVersion, '26.12.1'] as const;

/** A Node line the package refuses: the previous LTS, still this machine's system Node. */
export const UNSUPPORTED_NODE_VERSION = '20.20.2';

/** The npm package holding one platform's build of Node, as the `node` package itself picks it. */
function nodePackageName(): string {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const prefix = process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node';
  return `${prefix}-${platform}-${process.arch}`;
}

/**
 * The path of a Node binary of `version`: the pinned one, or the platform package installed from the npm registry
 * into node_modules/.cache/node-versions/<version> (kept, so a later run reads npm's cache at most). A partial
 * install never takes the final place: it is made aside and renamed.
 */
export async function nodeBinary(version: string): Promise<string> {
  if (version === pinnedNodeVersion) return `${repoRoot}node_modules/.bin/node`;
  const cache = `${repoRoot}node_modules/.cache/node-versions`;
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
    // Another test file installed the same version meanwhile: keep theirs.
    if (!existsSync(binary)) throw error;
    await rm(staging, { recursive: true, force: true });
  }
  return binary;
}
