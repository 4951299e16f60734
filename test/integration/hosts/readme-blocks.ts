// The README's fenced code blocks, each with the `<!-- readme-test: <id> -->` marker on the line before it, and the
// `npm install` lines of its shell blocks: the README test runs the blocks, the package project's global setup
// installs what those lines name (test/setup/package-run.ts).
import { readFile } from 'node:fs/promises';
import { repoRoot } from './host-project.ts';

export interface ReadmeBlock {
  id: string | undefined;
  language: string;
  code: string;
  line: number;
}

/** The fenced code blocks of `markdown` with the marker on the line before each, if any. */
export function codeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
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

/** The README's code blocks. */
export async function readmeBlocks(): Promise<ReadmeBlock[]> {
  return codeBlocks(await readFile(`${repoRoot}README.md`, 'utf8'));
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
