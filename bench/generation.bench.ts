// Code generation: N top-level statements of our blocks against Blockly's own `text_print` + `text`, side by
// side in one run. Each statement is two blocks in both cases: Set Current User Token with a text shadow, and
// print with a text shadow. Three ways are timed on the same workspaces:
//   blockly   javascriptGenerator.workspaceToCode over text_print + text (the baseline)
//   ours      javascriptGenerator.workspaceToCode over our blocks (our generators inside Blockly's loop)
//   program   workspaceToProgram over our blocks (the complete ES module, with its per-call adjustments)
// In rounds: each round times all three moments apart, in rotating order, and a variant's figure is the median of
// its per-round ratios to Blockly's, printed with their spread (bench/stats.ts) — so drift on a shared machine
// hits both sides of a ratio alike. Time is the main thread's CPU time: generation is synchronous work on that
// thread, and wall time on a shared machine also counts the time other processes held the core. The rounds are
// spread over several fresh processes (this file run as a script): how the engine optimises Blockly's generator
// loop differs from process to process, and one process's luck moved the 1k ratio from 1.1× to 2×.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as Blockly from 'blockly';
import { javascriptGenerator } from 'blockly/javascript';
import { install, workspaceToProgram } from '../index.ts';
import { formatRatio, formatSpread, interleaved, median, ratios, SPREAD_LEGEND } from './stats.ts';

const SIZES = [1_000, 10_000] as const;
/**
 * Fresh processes per size, each measuring ROUNDS rounds after its warm-up. More at 1k, where one process's figure
 * strays most (the engine's optimisation of Blockly's loop): with five, the pooled 1k ratio moved from 1.1× to 1.5×
 * between runs.
 */
const PROCESSES: Record<number, number> = { 1_000: 12, 10_000: 5 };
const ROUNDS: Record<number, number> = { 1_000: 9, 10_000: 9 };
// Generations per timed sample, so a sample is tens of milliseconds of work: one 1k generation is about 2 ms, which
// a single timing measures mostly as timer resolution and the engine's warm-up of whatever the last GC flushed.
const REPEATS: Record<number, number> = { 1_000: 20, 10_000: 2 };
const WARM_UP_ROUNDS = 3;
const BLOCKS_PER_STATEMENT = 2;
const VARIANTS = ['blockly', 'ours', 'program'] as const;
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function workspaceOf(statements: number, type: string, input: string): Blockly.Workspace {
  const workspace = new Blockly.Workspace();
  const blocks = [];
  for (let index = 0; index < statements; index++) {
    blocks.push({
      type,
      x: 0,
      y: index * 40,
      inputs: { [input]: { shadow: { type: 'text', fields: { TEXT: `value ${index}` } } } },
    });
  }
  Blockly.serialization.workspaces.load({ blocks: { languageVersion: 0, blocks } }, workspace);
  return workspace;
}

/** The main thread's CPU time so far, in ms. */
function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/** One timed sample: `repeats` generations after a forced GC; CPU ms per generation. */
function sample(generate: () => string, repeats: number, size: number): number {
  // npm run bench passes --expose-gc: no variant pays for another's garbage.
  collectGarbage?.();
  const start = threadCpuMs();
  let code = '';
  for (let repeat = 0; repeat < repeats; repeat++) code = generate();
  const elapsed = (threadCpuMs() - start) / repeats;
  if (code.length < size) throw new Error('a variant generated too little code');
  return elapsed;
}

type Times = Record<(typeof VARIANTS)[number], number[]>;

/** Each variant's per-generation times (ms), round by round, at `size` statements, in this process. */
async function measure(size: number): Promise<Times> {
  const builtIn = workspaceOf(size, 'text_print', 'TEXT');
  const ours = workspaceOf(size, 'backendless_users_set_user_token', 'TOKEN');
  try {
    const generators: Record<(typeof VARIANTS)[number], () => string> = {
      blockly: () => javascriptGenerator.workspaceToCode(builtIn),
      ours: () => javascriptGenerator.workspaceToCode(ours),
      program: () => workspaceToProgram(ours),
    };
    const measures = VARIANTS.map((name) => () => sample(generators[name], REPEATS[size]!, size));
    await interleaved(WARM_UP_ROUNDS, measures);
    const [blockly, own, program] = await interleaved(ROUNDS[size]!, measures);
    return { blockly: blockly!, ours: own!, program: program! };
  } finally {
    builtIn.dispose();
    ours.dispose();
  }
}

/** Runs `measure(size)` in `PROCESSES[size]` fresh processes, one after another; their rounds, and each one's own. */
async function measureInProcesses(size: number): Promise<{ all: Times; each: Times[] }> {
  const each: Times[] = [];
  for (let i = 0; i < PROCESSES[size]!; i++) {
    const script = fileURLToPath(import.meta.url);
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', script, String(size)]);
    each.push(JSON.parse(stdout) as Times);
  }
  const all = Object.fromEntries(VARIANTS.map((name) => [name, each.flatMap((times) => times[name])])) as Times;
  return { all, each };
}

/** Runs the bench and prints its table. */
export default async function (): Promise<void> {
  const [smallRuns, largeRuns] = [await measureInProcesses(SIZES[0]), await measureInProcesses(SIZES[1])];
  const [small, large] = [smallRuns.all, largeRuns.all];
  const vs = (name: (typeof VARIANTS)[number], times: typeof small) => ratios(times[name], times.blockly);
  const perBlock = (ms: number, size: number) => ((ms * 1000) / (size * BLOCKS_PER_STATEMENT)).toFixed(2);

  const rows = VARIANTS.map((name) => ({
    variant: name,
    'median 1k (CPU ms)': median(small[name]).toFixed(2),
    'median 10k (CPU ms)': median(large[name]).toFixed(2),
    'µs/block 1k': perBlock(median(small[name]), 1_000),
    'µs/block 10k': perBlock(median(large[name]), 10_000),
    'vs blockly 1k': name === 'blockly' ? '1.00×' : formatRatio(vs(name, small)),
    'vs blockly 10k': name === 'blockly' ? '1.00×' : formatRatio(vs(name, large)),
    '10k/1k growth': `${(median(large[name]) / median(small[name])).toFixed(1)}×`,
  }));
  console.log(
    `Code generation, ${BLOCKS_PER_STATEMENT} blocks per top-level statement: ${ROUNDS[1_000]} rounds in each of ` +
      `${PROCESSES[1_000]} fresh processes at 1k (a sample is ${REPEATS[1_000]} generations), ${ROUNDS[10_000]} in ` +
      `each of ${PROCESSES[10_000]} at 10k (${REPEATS[10_000]} generations), after ${WARM_UP_ROUNDS} warm-up ` +
      `rounds; each round times the three variants moments apart, in rotating order, ` +
      `after a forced GC each. Times are the main thread's CPU time, medians; "vs blockly" is the median of the ` +
      `per-round ratios (${SPREAD_LEGEND}).\n`,
  );
  // A markdown table: the report goes into docs/performance.md as printed.
  const columns = Object.keys(rows[0]!) as Array<keyof (typeof rows)[number]>;
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`| --- |${' ---: |'.repeat(columns.length - 1)}`);
  for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
  console.log('');

  const ours = ['ours', 'program'] as const;
  // The per-block target is judged at 10k, where a generation is some 70 ms of work and the ratio holds within ±5%
  // from run to run. At 1k (2–4 ms) the figure is set by how the engine happened to optimise Blockly's own field
  // walk in each process (`Block.getFields` under `Variables.allUsedVarModels`: half to four fifths of the gap when
  // profiled; our generator's own code, under a tenth): one process's median ranged from 0.6× to 1.8×. So the 1k
  // figure is printed for scale, without a verdict (docs/performance.md says why).
  const worst = Math.max(...ours.map((name) => median(vs(name, large))));
  const worstSmall = Math.max(...ours.map((name) => median(vs(name, small))));
  // Growth no worse than Blockly's own ⇔ the ratio to Blockly at 10k no higher than at 1k. Within the ±5% the bench
  // resolves run to run: a stricter verdict would flip with the machine, not with the code.
  const growth = ours.map((name) => median(vs(name, large)) / median(vs(name, small)));
  const worstGrowth = Math.max(...growth);
  console.log(
    `Targets: per block ≤ 1.2× Blockly, judged at 10k — ${worst <= 1.2 ? 'met' : 'MISSED'} (worst ` +
      `${worst.toFixed(2)}×; ${worstSmall.toFixed(2)}× at 1k, printed without a verdict); ` +
      `10k/1k growth no worse than Blockly's own, within 5% — ${worstGrowth <= 1.05 ? 'met' : 'MISSED'} ` +
      `(ratio at 10k ÷ ratio at 1k, worst ${worstGrowth.toFixed(2)}).`,
  );
  // How far one process's figure strays: what a single-process bench would have reported.
  const perProcess = (runs: Times[]) => {
    const medians = runs.map((times) => median(ratios(times.ours, times.blockly)));
    return `${Math.min(...medians).toFixed(2)}× – ${Math.max(...medians).toFixed(2)}×`;
  };
  console.log(
    `\nOurs vs Blockly, each process's own median: ${perProcess(smallRuns.each)} at 1k, ` +
      `${perProcess(largeRuns.each)} at 10k. Blockly's own times varied ${formatSpread(small.blockly)} (1k) and ` +
      `${formatSpread(large.blockly)} (10k) from round to round.`,
  );
}

// Run as a script (by measureInProcesses): one size in this fresh process, its times as JSON on stdout.
if (import.meta.main) {
  install();
  process.stdout.write(JSON.stringify(await measure(Number(process.argv[2]))));
}
