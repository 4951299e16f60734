// Global setup of the `package` project, after dist.ts: packs the package once, installs the one host project of the
// run from the tarball (in the OS temp directory, removed at the end) and finds a Node binary of each tested Node
// line, so the pack, hosts, README and TypeScript tests share one tarball, one install and one Node per line.
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  installHost,
  nodeBinary,
  nodeBinaryPath,
  packPackage,
  repoRoot,
  TESTED_NODE_VERSIONS,
  type PackageRun,
} from '../integration/hosts/host-project.ts';
import { HOST_INSTALL_BLOCKS, npmInstallLines, readmeBlocks } from '../integration/hosts/readme-blocks.ts';
import { staleDistReason } from './dist.ts';

interface PackageJson {
  name: string;
  version: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packageRun: PackageRun;
  }
}

/**
 * Vitest global setup of the `package` project. What the tests will use is named at once (the tarball's name is
 * npm's, from package.json), and made beside the other projects' first tests instead of before them: the files
 * that use it wait for it (`packageReady`). The teardown it returns waits for that work and removes the run's folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The tarball is dist/ as it is: dist.ts, the global setup before this one, rebuilt it if it was stale.
  const stale = staleDistReason();
  if (stale) throw new Error(`dist/ is stale: ${stale}`);
  const started = performance.now();
  const runDir = await mkdtemp(join(tmpdir(), 'codeless-package-run-'));
  const { name, version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
  const run: PackageRun = {
    tarball: join(runDir, `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`),
    root: join(runDir, 'host'),
    nodes: Object.fromEntries(TESTED_NODE_VERSIONS.map((line) => [line, nodeBinaryPath(line)])),
    ready: join(runDir, 'ready.json'),
  };
  project.provide('packageRun', run);
  const prepared = (async () => {
    const tarball = await packPackage(runDir);
    if (tarball !== run.tarball) throw new Error(`npm pack wrote ${tarball}, not ${run.tarball}`);
    const blocks = await readmeBlocks();
    const readmeInstalls = HOST_INSTALL_BLOCKS.flatMap((id) =>
      npmInstallLines(blocks.find((block) => block.id === id)?.code ?? ''),
    );
    await Promise.all([
      ...TESTED_NODE_VERSIONS.map(async (line) => {
        if ((await nodeBinary(line)) !== run.nodes[line]) throw new Error(`Node ${line} is not where it was named`);
      }),
      mkdir(run.root).then(() => installHost(run.root, tarball, readmeInstalls)),
    ]);
    console.log(`package project: packed and installed one host in ${Math.round(performance.now() - started)} ms`);
    return {};
  })().catch((error: unknown) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  const outcome = prepared.then(async (result) => {
    // Written aside and renamed, so that a test never reads half of it.
    await writeFile(`${run.ready}.part`, JSON.stringify(result));
    await rename(`${run.ready}.part`, run.ready);
  });
  return async () => {
    await outcome.catch(() => undefined);
    await rm(runDir, { recursive: true, force: true });
  };
}
