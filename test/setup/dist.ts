// Global setup of the Vitest projects whose tests run the built package (dist/): the golden programs import
// `codeless-blocks/runtime`, the pack test packs dist/, the playground's export runs against it. A dist/ older
// than its sources would test old code, so it is rebuilt first (`npm run build`), and checked again after.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { staleConsoleReason } from '../../bin/console-build.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The sources `tsconfig.build.json` compiles, relative to `root`. */
function buildInputs(root: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.build.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${root}tsconfig.build.json could not be read`);
  return parsed.fileNames.map((file) => file.slice(root.length));
}

/**
 * Why dist/ under `root` does not hold the current sources, or `undefined` when it does: an output missing or
 * older than its source (or than the build configs), or an output whose source is gone.
 */
export function staleDistReason(root: string = repoRoot): string | undefined {
  if (!existsSync(`${root}dist`)) return 'dist/ does not exist';
  const mtime = (path: string) => statSync(`${root}${path}`).mtimeMs;
  const configsChanged = Math.max(mtime('tsconfig.build.json'), mtime('tsconfig.base.json'));
  const expected = new Set<string>();
  for (const source of buildInputs(root)) {
    const output = `dist/${source.replace(/\.ts$/, '.js')}`;
    expected.add(output);
    if (!existsSync(`${root}${output}`)) return `${output} is missing (source ${source})`;
    const built = mtime(output);
    if (built < mtime(source)) return `${output} is older than ${source}`;
    if (built < configsChanged) return `${output} is older than the build's tsconfig`;
  }
  const outputs = readdirSync(`${root}dist`, { recursive: true, encoding: 'utf8' })
    .map((file) => `dist/${file}`)
    // dist/console/ is Vite's bundle of console/, not tsc's output: checked on its own below.
    .filter((file) => file.endsWith('.js') && !file.startsWith('dist/console/'));
  const orphan = outputs.find((file) => !expected.has(file));
  if (orphan) return `${orphan} has no source any more`;
  return staleConsoleReason(root);
}

/** Builds dist/ under `root` as `npm run build` does there. */
export async function buildDist(root: string = repoRoot): Promise<void> {
  await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: root, timeout: 300_000 });
}

/** Rebuilds a stale dist/ under `root`, and refuses (throws) when it is still stale afterwards. */
export async function ensureFreshDist(root: string = repoRoot): Promise<void> {
  const reason = staleDistReason(root);
  if (!reason) return;
  console.log(`dist/ is stale (${reason}): npm run build`);
  await buildDist(root);
  const still = staleDistReason(root);
  if (still) throw new Error(`dist/ is still stale after npm run build: ${still}`);
}

/** Vitest global setup (of the projects that list this file). */
export default async function setup(): Promise<void> {
  await ensureFreshDist();
}
