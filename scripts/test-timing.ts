// `npm run test:timing`: where the last Vitest run's minutes went — its ten slowest files (or `--top N`), each with
// its wall time from its first test's start to its last one's end, and the run's span. Reads the JSON report every
// run writes (vitest.config.ts: .tmp/vitest-results.json); prints nothing useful before a first run.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));
const REPORT = `${root}.tmp/vitest-results.json`;

interface FileResult {
  name: string;
  startTime: number;
  endTime: number;
  status: string;
  assertionResults: unknown[];
}

const { values } = parseArgs({ options: { top: { type: 'string', default: '10' }, file: { type: 'string' } } });
const top = Number(values.top);
const reportPath = values.file ?? REPORT;

let report: { testResults: FileResult[]; startTime: number; numTotalTests: number; success: boolean };
try {
  report = JSON.parse(await readFile(reportPath, 'utf8')) as typeof report;
} catch {
  console.error(`No test report at ${relative(root, reportPath)}: run the tests first (npm test or npx vitest run).`);
  process.exit(1);
}

const files = report.testResults
  .map((file) => ({ name: relative(root, file.name), ms: file.endTime - file.startTime, status: file.status }))
  .sort((a, b) => b.ms - a.ms);
const end = Math.max(...report.testResults.map((file) => file.endTime));
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

console.log(
  `Last run: ${new Date(report.startTime).toISOString()}, ${files.length} files, ${report.numTotalTests} tests, ` +
    `${report.success ? 'passed' : 'FAILED'}; Vitest wall time ${seconds(end - report.startTime)}, ` +
    `files' time added up ${seconds(files.reduce((sum, file) => sum + file.ms, 0))}.`,
);
console.log(`The ${Math.min(top, files.length)} slowest files:`);
for (const file of files.slice(0, top)) {
  console.log(`  ${seconds(file.ms).padStart(8)}  ${file.name}${file.status === 'passed' ? '' : `  (${file.status})`}`);
}
