// Where a bench's figures go: docs/benchmarks/<name>.md (with when, on what Node and what machine), and the README
// block between `<!-- bench:<name> -->` and `<!-- /bench:<name> -->` when the README has one — never typed by hand.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** "2026-11-30, Node v24.21.0, linux x64, 2 × Intel(R) Xeon(R) …, load average 6.5": what the figures were taken on. */
export function machine(): string {
  const cpus = os.cpus();
  const load = os.loadavg()[0]!.toFixed(1);
  return (
    `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.platform()} ${os.arch()}, ` +
    `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, load average ${load} at the start`
  );
}

/**
 * Writes `markdown` (the bench's tables and notes) to docs/benchmarks/<name>.md under a title and the machine line,
 * and replaces the README's `<!-- bench:<name> -->` block with it. Returns the file's path.
 */
export async function writeReport(name: string, title: string, markdown: string, taken: string): Promise<string> {
  const file = `docs/benchmarks/${name}.md`;
  await mkdir(`${root}docs/benchmarks`, { recursive: true });
  const generated = `<!-- Written by \`npm run bench ${name}\` (bench/${name}.bench.ts); do not edit by hand. -->`;
  await writeFile(`${root}${file}`, `# ${title}\n\n${generated}\n\nTaken ${taken}.\n\n${markdown.trim()}\n`);
  const readme = await readFile(`${root}README.md`, 'utf8');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from >= 0 && to > from) {
    const block = `${start}\n${generated}\n\n${markdown.trim()}\n\n(Taken ${taken}; [${file}](${file}).)\n`;
    await writeFile(`${root}README.md`, readme.slice(0, from) + block + readme.slice(to));
  }
  return file;
}
