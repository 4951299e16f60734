// Load: 200 concurrent clients (each its own runtime instance and session) cycling login → token →
// validate → logout against one emulator, started as a user starts it (`codeless emulator`, its own
// process, so clients and server do not share an event loop). One run measures a single client first
// (the unloaded baseline) and then 200 clients, and prints them side by side: throughput, p50 / p99 per
// step, and the ratio under load. It then proves nothing was lost: 0 errors, 0 sessions left, 0 tokens
// valid after their logout.
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

const CLIENTS = 200;
const ACCOUNTS = 50;
const BASELINE_MS = 5_000;
const LOAD_MS = 20_000;

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

function row(step: string, base: number[], loaded: number[]): string {
  const [b50, b99, l50, l99] = [
    percentile(base, 0.5),
    percentile(base, 0.99),
    percentile(loaded, 0.5),
    percentile(loaded, 0.99),
  ];
  return `| ${step} | ${ms(b50)} | ${ms(b99)} | ${ms(l50)} | ${ms(l99)} | ${(l50 / b50).toFixed(1)}× |`;
}

const throughput = (report: LoadReport) => report.cycles / (report.elapsedMs / 1000);

export default async function (): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'codeless-load-'));
  const accounts = loadAccounts(ACCOUNTS);
  const usersFile = join(directory, 'users.json');
  await writeFile(usersFile, JSON.stringify(accounts.map(({ email, password }) => ({ email, password }))));
  const { target, stop } = await startEmulatorProcess(usersFile);
  try {
    const baseline = await runLoad({ target, accounts, clients: 1, durationMs: BASELINE_MS });
    // A generous per-request timeout: under a full queue a login waits for every scrypt ahead of it, and on a busy
    // 2-core machine that can pass the default 30 s without anything being wrong.
    const loaded = await runLoad({
      target,
      accounts,
      clients: CLIENTS,
      durationMs: LOAD_MS,
      requestTimeoutMs: 120_000,
    });
    const tokens = [...baseline.loggedOutTokens, ...loaded.loggedOutTokens];
    const stillValid = await countValidTokens(target, tokens);
    const sessionsLeft = await liveSessionCount(target);

    console.log(
      `emulator: \`codeless emulator\` in its own process, ${ACCOUNTS} accounts (scrypt N = 2^14 per login)\n`,
    );
    // One header row: markdown has no second one.
    const one = `1 client (${BASELINE_MS / 1000} s)`;
    const many = `${CLIENTS} clients (${LOAD_MS / 1000} s)`;
    console.log(`| step | ${one} p50 | ${one} p99 | ${many} p50 | ${many} p99 | p50 ratio |`);
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    console.log(row('login', baseline.latency.login, loaded.latency.login));
    console.log(row('isValidLogin', baseline.latency.validate, loaded.latency.validate));
    console.log(row('logout', baseline.latency.logout, loaded.latency.logout));
    console.log(row('whole cycle', baseline.latency.cycle, loaded.latency.cycle));
    console.log(
      `| throughput | ${throughput(baseline).toFixed(1)} cycles/s | | ${throughput(loaded).toFixed(1)} cycles/s | | ` +
        `${(throughput(loaded) / throughput(baseline)).toFixed(1)}× |`,
    );
    console.log(
      `\n${CLIENTS} clients: ${loaded.cycles} cycles (${loaded.cycles * 3} requests) in ${(loaded.elapsedMs / 1000).toFixed(1)} s; ` +
        `errors ${baseline.errors + loaded.errors}, broken checks ${baseline.violations + loaded.violations}, ` +
        `sessions left ${sessionsLeft}, tokens valid after logout ${stillValid} of ${tokens.length}.`,
    );
    for (const sample of [...loaded.errorSamples, ...loaded.violationSamples]) console.log(`  ${sample}`);
    console.log(
      "Login is bound by the emulator's scrypt password check on libuv's thread pool; under load it queues, " +
        'which the login and cycle p50 show. isValidLogin and logout do no hashing.',
    );
    if (baseline.errors + loaded.errors + baseline.violations + loaded.violations + sessionsLeft + stillValid > 0) {
      process.exitCode = 1;
    }
  } finally {
    await stop();
    await rm(directory, { recursive: true, force: true });
  }
}
