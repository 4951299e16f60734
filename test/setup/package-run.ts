// Global setup of the `package` project, after dist.ts: packs the package once, installs the one host project of the
// run from the tarball (in the OS temp directory, removed at the end) and finds a Node binary of each tested Node
// line, so the pack, hosts, README and TypeScript tests share one tarball, one install and one Node per line.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  installHost,
  nodeBinary,
  packPackage,
  TESTED_NODE_VERSIONS,
  type PackageRun,
} from '../integration/hosts/host-project.ts';
import { HOST_INSTALL_BLOCKS, npmInstallLines, readmeBlocks } from '../integration/hosts/readme-blocks.ts';
import { staleDistReason } from './dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    packageRun: PackageRun;
  }
}

/** Vitest global setup of the `package` project; the teardown it returns removes the run's folder. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The tarball is dist/ as it is: dist.ts, the global setup before this one, rebuilt it if it was stale.
  const stale = staleDistReason();
  if (stale) throw new Error(`dist/ is stale: ${stale}`);
  const started = performance.now();
  const runDir = await mkdtemp(join(tmpdir(), 'codeless-package-run-'));
  const remove = () => rm(runDir, { recursive: true, force: true });
  try {
    const tarball = await packPackage(runDir);
    const root = join(runDir, 'host');
    const blocks = await readmeBlocks();
    const readmeInstalls = HOST_INSTALL_BLOCKS.flatMap((id) =>
      npmInstallLines(blocks.find((block) => block.id === id)?.code ?? ''),
    );
    const [nodes] = await Promise.all([
      Promise.all(TESTED_NODE_VERSIONS.map(async (version) => [version, await nodeBinary(version)] as const)),
      mkdir(root).then(() => installHost(root, tarball, readmeInstalls)),
    ]);
    project.provide('packageRun', { tarball, root, nodes: Object.fromEntries(nodes) });
    console.log(`package project: packed and installed one host in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    await remove();
    throw error;
  }
  return remove;
}
