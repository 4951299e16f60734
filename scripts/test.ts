// `npm test`: every check, on both cores. The type check and the lint read the sources only, so they run beside
// the build and Vitest instead of before them: ESLint keeps one core busy for its whole run, which in a row with the
// rest left the other core idle. Their output is held and printed when each ends, so that it does not cut through
// Vitest's; the first check that fails stops the others, and the exit code is that failure's. Arguments are
// handed to Vitest (`npm test -- --project unit`).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

interface Step {
  name: string;
  /** npm scripts run one after the other (the build before Vitest). */
  scripts: string[][];
  /** Output held until the step ends (false: streamed, as Vitest's is). */
  held: boolean;
}

const steps: Step[] = [
  { name: 'typecheck', scripts: [['run', 'typecheck']], held: true },
  { name: 'lint', scripts: [['run', 'lint']], held: true },
  {
    name: 'build, then Vitest',
    scripts: [
      ['run', 'build'],
      ['exec', '--', 'vitest', 'run', ...process.argv.slice(2)],
    ],
    held: false,
  },
];

const running = new Set<ChildProcess>();
let failed = false;

/** Runs `npm <args>`; resolves with its exit code (and its output, when held). */
function npm(args: string[], held: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    // Its own process group, so that stopping it stops what it started (Vitest's workers, Chromium, ESLint).
    const child = spawn('npm', args, {
      cwd: root,
      detached: true,
      stdio: held ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

/** Stops every check still running, with whatever it started. */
function stopAll(): void {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

// Ctrl+C reaches this process only (the checks have process groups of their own): pass it on.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    failed = true;
    stopAll();
    process.exit(130);
  });
}

async function run(step: Step): Promise<number> {
  const started = performance.now();
  for (const args of step.scripts) {
    if (failed) return 1;
    const { code, output } = await npm(args, step.held);
    if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
    if (code !== 0) {
      if (!failed) console.error(`\nnpm test: ${step.name} failed (exit code ${code}); the other checks are stopped.`);
      failed = true;
      stopAll();
      return code;
    }
  }
  console.log(`npm test: ${step.name} passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

const codes = await Promise.all(steps.map(run));
process.exitCode = codes.find((code) => code !== 0) ?? 0;
