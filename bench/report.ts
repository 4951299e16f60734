// The one way a bench's figures reach the documentation: what a bench prints is its report, written with the date,
// the Node version and the machine (CPU model, cores, load) to docs/benchmarks/<name>.md and into the README between
// `<!-- bench:<name> -->` and `<!-- /bench:<name> -->`. Figures are never copied by hand (a unit test compares the
// README's sections with these files and refuses figures outside them in Performance and Reliability).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/** The README's section of bench `name`, between its two markers (markers excluded). */
export function readmeSection(readme: string, name: string): string | undefined {
  const open = `<!-- bench:${name} -->\n`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(`<!-- /bench:${name} -->`);
  return start === -1 || end < start ? undefined : readme.slice(start + open.length, end);
}

/** The section docs/benchmarks/<name>.md holds after its title, which the README repeats. */
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
 * Writes bench `name`'s report (`body`: the markdown it printed) to docs/benchmarks/<name>.md and, when the README
 * has the bench's markers, between them. A README without them is left as it is and said so.
 */
export async function writeReport(name: string, body: string, provenance: Omit<Provenance, 'name'>): Promise<void> {
  const section = `${provenanceLine({ name, ...provenance })}\n\n${body.trim()}\n\n`;
  await mkdir(`${repoRoot}docs/benchmarks`, { recursive: true });
  await writeFile(`${repoRoot}docs/benchmarks/${name}.md`, `# Benchmark: ${name}\n\n${section}`);
  const readme = await readFile(`${repoRoot}README.md`, 'utf8');
  if (readmeSection(readme, name) === undefined) {
    console.warn(`README.md has no <!-- bench:${name} --> section; only docs/benchmarks/${name}.md was written`);
    return;
  }
  const open = `<!-- bench:${name} -->\n`;
  const start = readme.indexOf(open) + open.length;
  const end = readme.indexOf(`<!-- /bench:${name} -->`);
  await writeFile(`${repoRoot}README.md`, readme.slice(0, start) + section + readme.slice(end));
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
