// Load: 200 concurrent clients (each its own runtime instance and session) cycling login → token →
// validate → logout against one emulator, started as a user starts it (`codeless emulator`, its own
// process, so clients and server do not share an event loop). One run alternates, round by round, a single
// client (the unloaded baseline) and 200 clients, and prints them side by side: throughput, p50 / p99 per
// step, and the ratio under load — the median of the per-round ratios with their spread (bench/stats.ts), so
// other work on the machine hits both sides of a ratio alike. It then proves nothing was lost: 0 errors,
// 0 sessions left, 0 tokens valid after their logout.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { EmulatorAddress } from '../emulator/contract.ts';
import {
  countValidTokens,
  liveSessionCount,
  loadAccounts,
  percentile,
  runLoad,
  type LoadReport,
} from '../test/helpers/load.ts';
import { formatRatio, formatSpread, interleaved, median, ratios, SPREAD_LEGEND } from './stats.ts';

const CLIENTS = 200;
const ACCOUNTS = 50;
/** Rounds of one baseline window and one loaded window, the order alternating round by round. */
const ROUNDS = 4;
const BASELINE_MS = 3_000;
const LOAD_MS = 8_000;

const root = fileURLToPath(new URL('../', import.meta.url));

/** Starts `codeless emulator --json` with the load accounts; resolves with its address and a stop function. */
async function startEmulatorProcess(
  usersFile: string,
): Promise<{ target: EmulatorAddress; stop: () => Promise<void> }> {
  const child = spawn(
    `${root}node_modules/.bin/node`,
    // Clients share accounts: multiple logins on (Backendless' default would end each other's sessions).
    [`${root}bin/codeless.ts`, 'emulator', '--port', '0', '--json', '--users', usersFile, '--multiple-logins', 'allow'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`codeless emulator exited with ${code} before listening`)));
  });
  const target = JSON.parse(line) as EmulatorAddress;
  return {
    target,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);

type Step = keyof LoadReport['latency'];

/** A step's row: p50 (median of the rounds' p50s, with their spread) and p99 (of every sample) on each side. */
function row(name: string, step: Step, base: LoadReport[], loaded: LoadReport[]): string {
  const p50s = (reports: LoadReport[]) => reports.map((report) => percentile(report.latency[step], 0.5));
  const every = (reports: LoadReport[]) => reports.flatMap((report) => report.latency[step]);
  const side = (reports: LoadReport[]) =>
    `${ms(median(p50s(reports)))} ${formatSpread(p50s(reports))} | ${ms(percentile(every(reports), 0.99))}`;
  return `| ${name} | ${side(base)} | ${side(loaded)} | ${formatRatio(ratios(p50s(loaded), p50s(base)))} |`;
}

const throughput = (report: LoadReport) => report.cycles / (report.elapsedMs / 1000);
const sum = (reports: LoadReport[], count: (report: LoadReport) => number) =>
  reports.reduce((total, report) => total + count(report), 0);

export default async function (): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'codeless-load-'));
  const accounts = loadAccounts(ACCOUNTS);
  const usersFile = join(directory, 'users.json');
  await writeFile(usersFile, JSON.stringify(accounts.map(({ email, password }) => ({ email, password }))));
  const { target, stop } = await startEmulatorProcess(usersFile);
  try {
    // A generous per-request timeout under load: under a full queue a login waits for every scrypt ahead of it,
    // and on a busy 2-core machine that can pass the default 30 s without anything being wrong.
    const [baseline, loaded] = (await interleaved(ROUNDS, [
      () => runLoad({ target, accounts, clients: 1, durationMs: BASELINE_MS }),
      () => runLoad({ target, accounts, clients: CLIENTS, durationMs: LOAD_MS, requestTimeoutMs: 120_000 }),
    ])) as [LoadReport[], LoadReport[]];
    const all = [...baseline, ...loaded];
    const errors = sum(all, (report) => report.errors);
    const violations = sum(all, (report) => report.violations);
    const tokens = all.flatMap((report) => report.loggedOutTokens);
    const stillValid = await countValidTokens(target, tokens);
    const sessionsLeft = await liveSessionCount(target);

    console.log(
      `emulator: \`codeless emulator\` in its own process, ${ACCOUNTS} accounts (scrypt N = 2^14 per login). ` +
        `${ROUNDS} rounds of ${BASELINE_MS / 1000} s with 1 client and ${LOAD_MS / 1000} s with ${CLIENTS} clients, ` +
        `the order alternating round by round. A p50 is the median of the rounds' p50s with their spread, a p99 is ` +
        `of every sample; ratios are the median of the per-round ratios (${SPREAD_LEGEND}).\n`,
    );
    // One header row: markdown has no second one.
    const one = '1 client';
    const many = `${CLIENTS} clients`;
    console.log(`| step | ${one} p50 | ${one} p99 | ${many} p50 | ${many} p99 | p50 ratio |`);
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    console.log(row('login', 'login', baseline, loaded));
    console.log(row('isValidLogin', 'validate', baseline, loaded));
    console.log(row('logout', 'logout', baseline, loaded));
    console.log(row('whole cycle', 'cycle', baseline, loaded));
    const cyclesPerSecond = (reports: LoadReport[]) =>
      `${median(reports.map(throughput)).toFixed(1)} cycles/s ${formatSpread(reports.map(throughput))}`;
    console.log(
      `| throughput | ${cyclesPerSecond(baseline)} | | ${cyclesPerSecond(loaded)} | | ` +
        `${formatRatio(ratios(loaded.map(throughput), baseline.map(throughput)))} |`,
    );
    const loadedCycles = sum(loaded, (report) => report.cycles);
    const loadedSeconds = sum(loaded, (report) => report.elapsedMs) / 1000;
    console.log(
      `\n${CLIENTS} clients: ${loadedCycles} cycles (${loadedCycles * 3} requests) in ${loadedSeconds.toFixed(1)} s; ` +
        `errors ${errors}, broken checks ${violations}, ` +
        `sessions left ${sessionsLeft}, tokens valid after logout ${stillValid} of ${tokens.length}.`,
    );
    for (const sample of all.flatMap((report) => [...report.errorSamples, ...report.violationSamples])) {
      console.log(`  ${sample}`);
    }
    console.log(
      "Login is bound by the emulator's scrypt password check on libuv's thread pool; under load it queues, " +
        'which the login and cycle p50 show. isValidLogin and logout do no hashing.',
    );
    if (errors + violations + sessionsLeft + stillValid > 0) {
      process.exitCode = 1;
    }
  } finally {
    await stop();
    await rm(directory, { recursive: true, force: true });
  }
}
