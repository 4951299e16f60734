// The fenced code blocks of the README and of every docs/ page, each with the `<!-- readme-test: <id> -->` marker on
// the line before it, and the `npm install` lines of its shell blocks: the README test runs the blocks, the package
// project's global setup installs what those lines name (test/setup/package-run.ts).
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { repoRoot } from './host-project.ts';

export interface ReadmeBlock {
  id: string | undefined;
  language: string;
  code: string;
  /** The page it is on, from the repository's root (`README.md`, `docs/blocks.md`). */
  page: string;
  line: number;
}

/** The pages whose code blocks are run: the README and every page of docs/ (not docs/benchmarks/, bench-written). */
export const DOC_PAGES: readonly string[] = [
  'README.md',
  ...readdirSync(`${repoRoot}docs`)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/**
 * The fenced code blocks of `markdown` (on `page`) with the marker on the line before each, if any. A fence may be
 * indented (inside a list); its block ends at the next fence of the same indentation.
 */
export function codeBlocks(markdown: string, page = 'README.md'): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(```+|~~~+)(\w*)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const [, indent, ticks, language] = fence;
    let end = lines.findIndex((line, index) => index > i && line === `${indent}${ticks}`);
    if (end === -1) end = lines.length;
    const marker = /^\s*<!-- readme-test: ([\w-]+) -->$/.exec(lines[i - 1] ?? '');
    const code = lines
      .slice(i + 1, end)
      .map((line) => (line.startsWith(indent!) ? line.slice(indent!.length) : line))
      .join('\n');
    blocks.push({ id: marker?.[1], language: language!, code: `${code}\n`, page, line: i + 1 });
    i = end;
  }
  return blocks;
}

/** The code blocks of the README and of every docs/ page, page by page. */
export async function readmeBlocks(): Promise<ReadmeBlock[]> {
  const pages = await Promise.all(
    DOC_PAGES.map(async (page) => codeBlocks(await readFile(`${repoRoot}${page}`, 'utf8'), page)),
  );
  return pages.flat();
}

/** The host blocks whose `npm install` lines a reader follows in their own project, top to bottom. */
export const HOST_INSTALL_BLOCKS = ['install', 'usage-setup', 'cli-against-emulator'] as const;

/** The `npm install` lines of a shell block (comments dropped), each as its package arguments. */
export function npmInstallLines(code: string): string[][] {
  return code
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => /^npm install\s/.test(line))
    .map((line) => line.split(/\s+/).slice(2));
}
