// Code generation: N top-level statements of our blocks against Blockly's own `text_print` + `text`, side by
// side in one run. Each statement is two blocks in both cases: Set Current User Token with a text shadow, and
// print with a text shadow. Three ways are timed on the same workspaces, interleaved so that every variant sees
// the same machine state:
//   blockly   javascriptGenerator.workspaceToCode over text_print + text (the baseline)
//   ours      javascriptGenerator.workspaceToCode over our blocks (our generators inside Blockly's loop)
//   program   workspaceToProgram over our blocks (the complete ES module, with its per-call adjustments)
import * as Blockly from 'blockly';
import { javascriptGenerator } from 'blockly/javascript';
import { install, workspaceToProgram } from '../index.ts';

const SIZES = [1_000, 10_000];
const RUNS: Record<number, number> = { 1_000: 31, 10_000: 9 };
// Generations per timed sample: one 1k generation takes a few milliseconds, which a single timing right after a
// forced GC measures mostly as the engine's warm-up of whatever that GC flushed, not as generation.
const REPEATS: Record<number, number> = { 1_000: 10, 10_000: 1 };
const BLOCKS_PER_STATEMENT = 2;
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs the bench and prints its table. */
export default async function (): Promise<void> {
  install();
  const medians = new Map<string, number>();
  for (const size of SIZES) {
    const builtIn = workspaceOf(size, 'text_print', 'TEXT');
    const ours = workspaceOf(size, 'backendless_users_set_user_token', 'TOKEN');
    const variants: Array<[string, () => string]> = [
      ['blockly', () => javascriptGenerator.workspaceToCode(builtIn)],
      ['ours', () => javascriptGenerator.workspaceToCode(ours)],
      ['program', () => workspaceToProgram(ours)],
    ];
    const times = new Map<string, number[]>(variants.map(([name]) => [name, []]));
    for (const [, generate] of variants) generate(); // warm-up
    for (let run = 0; run < RUNS[size]!; run++) {
      // Rotate the order each run so no variant always goes first after a GC.
      for (let offset = 0; offset < variants.length; offset++) {
        const [name, generate] = variants[(run + offset) % variants.length]!;
        // Collect first (npm run bench passes --expose-gc), so no variant pays for another's garbage.
        collectGarbage?.();
        const start = performance.now();
        let code = '';
        for (let repeat = 0; repeat < REPEATS[size]!; repeat++) code = generate();
        times.get(name)!.push((performance.now() - start) / REPEATS[size]!);
        if (code.length < size) throw new Error(`${name} generated too little code`);
      }
    }
    for (const [name, values] of times) medians.set(`${name} ${size}`, median(values));
    builtIn.dispose();
    ours.dispose();
  }

  const rows = ['blockly', 'ours', 'program'].map((name) => {
    const small = medians.get(`${name} 1000`)!;
    const large = medians.get(`${name} 10000`)!;
    const baseSmall = medians.get('blockly 1000')!;
    const baseLarge = medians.get('blockly 10000')!;
    return {
      variant: name,
      'median 1k (ms)': small.toFixed(2),
      'median 10k (ms)': large.toFixed(2),
      'µs/block 1k': ((small * 1000) / (1_000 * BLOCKS_PER_STATEMENT)).toFixed(2),
      'µs/block 10k': ((large * 1000) / (10_000 * BLOCKS_PER_STATEMENT)).toFixed(2),
      'vs blockly 1k': `${(small / baseSmall).toFixed(2)}×`,
      'vs blockly 10k': `${(large / baseLarge).toFixed(2)}×`,
      '10k/1k growth': `${(large / small).toFixed(1)}×`,
    };
  });
  console.log(
    `Code generation, ${BLOCKS_PER_STATEMENT} blocks per top-level statement (medians of ${RUNS[1_000]} / ${RUNS[10_000]} samples; a 1k sample is the mean of ${REPEATS[1_000]} generations)\n`,
  );
  // A markdown table: the report goes into the README as printed.
  const columns = Object.keys(rows[0]!) as Array<keyof (typeof rows)[number]>;
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`| --- |${' ---: |'.repeat(columns.length - 1)}`);
  for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
  console.log('');
  const ratio = (name: string, size: number) => medians.get(`${name} ${size}`)! / medians.get(`blockly ${size}`)!;
  const growth = (name: string) => medians.get(`${name} 10000`)! / medians.get(`${name} 1000`)!;
  const worst = Math.max(...['ours', 'program'].flatMap((name) => [ratio(name, 1_000), ratio(name, 10_000)]));
  const grows = ['ours', 'program'].every((name) => growth(name) <= growth('blockly'));
  console.log(
    `Targets: per block ≤ 1.2× Blockly — ${worst <= 1.2 ? 'met' : 'MISSED'} (worst ${worst.toFixed(2)}×); ` +
      `10k/1k growth no worse than Blockly's own — ${grows ? 'met' : 'MISSED'}.`,
  );
}
