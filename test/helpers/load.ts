// A bounded load generator for the emulator: many independent runtime clients, each looping
// login → getCurrentUserToken → isValidLogin → logout until a deadline, recording every latency and every
// failure, and remembering each token it logged out so the caller can prove none of them still works.
// Shared by the load test (small, bounded) and `bench/load.bench.ts` (the full 200-client run).
import type { EmulatorAddress } from '../../emulator/contract.ts';
import { createBackendless, type BackendlessApp } from '../../runtime/index.ts';
import { errorMessage } from '../../emulator/contract.ts';

/** One account the clients log in as (several clients may share one: multiple logins are allowed). */
export interface LoadAccount {
  login: string;
  password: string;
}

/** What to run. */
export interface LoadOptions {
  target: EmulatorAddress;
  accounts: readonly LoadAccount[];
  /** Concurrent clients, each with its own runtime instance and session. */
  clients: number;
  /** No client starts a new cycle after this many milliseconds; cycles under way finish. */
  durationMs: number;
  /** Per-request timeout of the runtime (default 30 s, generous for a loaded 2-core machine). */
  requestTimeoutMs?: number;
}

/** What happened. Latencies are in milliseconds. */
export interface LoadReport {
  clients: number;
  /** Wall time from the first request to the last answer. */
  elapsedMs: number;
  /** Cycles completed without an error. */
  cycles: number;
  /** Every failure, as `step: message` (at most the first 20 kept, all counted). */
  errors: number;
  errorSamples: string[];
  /** Checks inside a cycle that did not hold (e.g. a token that was not valid right after login). */
  violations: number;
  violationSamples: string[];
  latency: { login: number[]; validate: number[]; logout: number[]; cycle: number[] };
  /** Every token a successful logout ended; the caller checks that none is valid any more. */
  loggedOutTokens: string[];
}

function note(list: string[], text: string): void {
  if (list.length < 20) list.push(text);
}

/** Runs the load; resolves when every client has finished its last cycle. Never rejects on a request failure. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const { target, accounts, clients, durationMs } = options;
  if (!Number.isInteger(clients) || clients < 1)
    throw new RangeError(`clients must be a whole number ≥ 1, got ${clients}`);
  if (accounts.length === 0) throw new RangeError('at least one account is needed');
  const report: LoadReport = {
    clients,
    elapsedMs: 0,
    cycles: 0,
    errors: 0,
    errorSamples: [],
    violations: 0,
    violationSamples: [],
    latency: { login: [], validate: [], logout: [], cycle: [] },
    loggedOutTokens: [],
  };
  const start = performance.now();
  const deadline = start + durationMs;

  async function client(index: number): Promise<void> {
    const account = accounts[index % accounts.length]!;
    const app: BackendlessApp = createBackendless({
      appId: target.appId,
      apiKey: target.apiKey,
      serverURL: target.url,
      storage: 'memory',
      timeout: options.requestTimeoutMs ?? 30_000,
    });
    const users = app.UserService;
    while (performance.now() < deadline) {
      let step = 'login';
      const cycleStart = performance.now();
      try {
        await users.login(account.login, account.password);
        const loggedIn = performance.now();
        report.latency.login.push(loggedIn - cycleStart);

        step = 'getCurrentUserToken';
        const token = users.getCurrentUserToken();
        if (!token) {
          report.violations += 1;
          note(report.violationSamples, `client ${index}: no token after login`);
          continue;
        }

        step = 'isValidLogin';
        const valid = await users.isValidLogin();
        const validated = performance.now();
        report.latency.validate.push(validated - loggedIn);
        if (valid !== true) {
          report.violations += 1;
          note(report.violationSamples, `client ${index}: token not valid right after login`);
        }

        step = 'logout';
        await users.logout();
        const end = performance.now();
        report.latency.logout.push(end - validated);
        report.latency.cycle.push(end - cycleStart);
        if (users.getCurrentUserToken() !== null) {
          report.violations += 1;
          note(report.violationSamples, `client ${index}: token still set after logout`);
        }
        report.loggedOutTokens.push(token);
        report.cycles += 1;
      } catch (error) {
        report.errors += 1;
        const code = (error as { code?: unknown }).code;
        note(
          report.errorSamples,
          `client ${index} ${step}: ${code === undefined ? '' : `${String(code)} `}${errorMessage(error)}`,
        );
        // A client whose logout failed keeps its session (the SDK's rule); drop it so the next cycle starts clean.
        users.setCurrentUser(null);
      }
    }
  }

  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  report.elapsedMs = performance.now() - start;
  return report;
}

/** How many of `tokens` the emulator still accepts, asked with bounded concurrency. */
export async function countValidTokens(
  target: EmulatorAddress,
  tokens: readonly string[],
  concurrency = 16,
): Promise<number> {
  let valid = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tokens.length) {
      const token = tokens[next++]!;
      const response = await fetch(
        `${target.url}/${target.appId}/${target.apiKey}/users/isvalidusertoken/${encodeURIComponent(token)}`,
      );
      if ((await response.json()) !== false) valid += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tokens.length) }, worker));
  return valid;
}

/** Live sessions the emulator holds, read through its admin API. */
export async function liveSessionCount(target: EmulatorAddress): Promise<number> {
  const response = await fetch(`${target.url}/_emulator/sessions`);
  const body = (await response.json()) as { sessions: unknown[] };
  return body.sessions.length;
}

/** The value below which `fraction` of `values` lie (nearest rank); NaN for no values. */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/** `count` accounts `load-<n>@example.com` with distinct passwords, for seeding an emulator. */
export function loadAccounts(count: number): Array<LoadAccount & { email: string; password: string }> {
  return Array.from({ length: count }, (_, index) => ({
    email: `load-${index}@example.com`,
    login: `load-${index}@example.com`,
    password: `pass-${index}-word`,
  }));
}
