// `npm run bench [name…]`: runs every bench/*.bench.ts (or those whose name contains a given word) in name order.
// Each prints its own side-by-side tables; what it prints is its report (bench/report.ts), written to
// docs/benchmarks/<name>.md and into the <!-- bench:<name> --> section of its page in docs/. BENCH_NOTE adds a note
// to each.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runAndReport } from './report.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(here))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

for (const file of files) {
  const name = file.replace('.bench.ts', '');
  console.log(`\n## ${name}\n`);
  const bench = (await import(pathToFileURL(here + file).href)) as { default: () => Promise<void> };
  await runAndReport(name, bench.default);
}
