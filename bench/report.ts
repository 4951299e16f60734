// The one way a bench's figures reach the documentation: what a bench prints is its report, written with the date,
// the Node version and the machine (CPU model, cores, load) to docs/benchmarks/<name>.md and into the page that holds
// `<!-- bench:<name> -->` and `<!-- /bench:<name> -->` (docs/performance.md or docs/reliability.md). Figures are never
// copied by hand (a unit test compares the pages' sections with these files and refuses figures outside them on the
// Performance and Reliability pages).
import { readdirSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/** A page's section of bench `name`, between its two markers (markers excluded). */
export function benchSection(page: string, name: string): string | undefined {
  const open = `<!-- bench:${name} -->\n`;
  const start = page.indexOf(open);
  const end = page.indexOf(`<!-- /bench:${name} -->`);
  return start === -1 || end < start ? undefined : page.slice(start + open.length, end);
}

/** The pages a bench section may be on, from the repository's root: the README and every docs/ page. */
export function documentationPages(): string[] {
  const docs = readdirSync(`${repoRoot}docs`).filter((file) => file.endsWith('.md'));
  return ['README.md', ...docs.sort().map((file) => `docs/${file}`)];
}

/** The pages (from the repository's root) holding bench `name`'s markers: one, as the figures test requires. */
export async function pagesWithSection(name: string): Promise<string[]> {
  const pages = documentationPages();
  const texts = await Promise.all(pages.map((page) => readFile(`${repoRoot}${page}`, 'utf8')));
  return pages.filter((_, index) => benchSection(texts[index]!, name) !== undefined);
}

/** The section docs/benchmarks/<name>.md holds after its title, which its documentation page repeats. */
export function reportSection(file: string): string {
  return file.slice(file.indexOf('\n\n') + 2);
}

/** Where and when a report was made. */
interface Provenance {
  name: string;
  date: Date;
  loadAtStart: number;
  loadAtEnd: number;
}

function provenanceLine({ name, date, loadAtStart, loadAtEnd }: Provenance): string {
  const cpu = cpus();
  // A load average above the core count means other work shared the machine: the figures are slower than idle.
  const busy = Math.max(loadAtStart, loadAtEnd) > cpu.length ? ': other work shared the machine' : '';
  const note = process.env['BENCH_NOTE'] ? ` ${process.env['BENCH_NOTE']}` : '';
  return (
    `_Written by \`npm run bench ${name}\` on ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
    `Node ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} cores; ` +
    `load average ${loadAtStart.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end${busy}.${note}_`
  );
}

/**
 * Writes bench `name`'s report (`body`: the markdown it printed) to docs/benchmarks/<name>.md and between the bench's
 * markers on each page that has them. When no page has them, only the file is written, and that is said.
 */
export async function writeReport(name: string, body: string, provenance: Omit<Provenance, 'name'>): Promise<void> {
  const section = `${provenanceLine({ name, ...provenance })}\n\n${body.trim()}\n\n`;
  await mkdir(`${repoRoot}docs/benchmarks`, { recursive: true });
  await writeFile(`${repoRoot}docs/benchmarks/${name}.md`, `# Benchmark: ${name}\n\n${section}`);
  const pages = await pagesWithSection(name);
  if (pages.length === 0) {
    console.warn(`no page has a <!-- bench:${name} --> section; only docs/benchmarks/${name}.md was written`);
  }
  for (const page of pages) {
    const text = await readFile(`${repoRoot}${page}`, 'utf8');
    const open = `<!-- bench:${name} -->\n`;
    const start = text.indexOf(open) + open.length;
    const end = text.indexOf(`<!-- /bench:${name} -->`);
    await writeFile(`${repoRoot}${page}`, text.slice(0, start) + section + text.slice(end));
  }
}

/** Runs bench `name`, printing as it goes; what it printed with console.log becomes its report. */
export async function runAndReport(name: string, bench: () => Promise<void>): Promise<void> {
  const printed: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => {
    printed.push(format(...args));
    log(...args);
  };
  const date = new Date();
  const loadAtStart = loadavg()[0]!;
  try {
    await bench();
  } finally {
    console.log = log;
  }
  await writeReport(name, printed.join('\n'), { date, loadAtStart, loadAtEnd: loadavg()[0]! });
}
