// Load: 200 concurrent runtime clients cycle login → token → validate → logout against one emulator for a
// bounded time. Nothing may fail, no session may be left behind, and no token may outlive its logout.
// The full-length run with throughput and latency figures is `npm run bench -- load`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import {
  countValidTokens,
  liveSessionCount,
  loadAccounts,
  percentile,
  runLoad,
  type LoadReport,
} from '../helpers/load.ts';

const CLIENTS = 200;
const DURATION_MS = 2_000;
// Ten accounts shared by 200 clients: every account holds ~20 live sessions at once (multiple logins switched on,
// as an app that allows them has it; Backendless' default would end the older session), so ending one session
// must never end another.
const accounts = loadAccounts(10);

let emulator: Emulator;
let report: LoadReport;

beforeAll(async () => {
  emulator = await startEmulator({
    users: accounts.map(({ email, password }) => ({ email, password })),
    multipleLogins: 'allow',
  });
  report = await runLoad({ target: emulator, accounts, clients: CLIENTS, durationMs: DURATION_MS });
}, 90_000);

afterAll(async () => {
  await emulator?.close();
});

describe(`${CLIENTS} concurrent clients for ${DURATION_MS / 1000} s`, () => {
  it('complete their cycles without a single error or broken promise', () => {
    expect(report.errorSamples).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.violationSamples).toEqual([]);
    expect(report.violations).toBe(0);
    // Every client finished at least one whole cycle.
    expect(report.cycles).toBeGreaterThanOrEqual(CLIENTS);
  });

  it('leave no session behind on the emulator', async () => {
    expect(await liveSessionCount(emulator)).toBe(0);
  });

  it('leave no token valid after its logout', async () => {
    expect(new Set(report.loggedOutTokens).size).toBe(report.loggedOutTokens.length);
    expect(await countValidTokens(emulator, report.loggedOutTokens)).toBe(0);
  });

  it('keep the emulator answering afterwards', async () => {
    const response = await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: accounts[0]!.login, password: accounts[0]!.password }),
    });
    expect(response.status).toBe(200);
    const { 'user-token': token } = (await response.json()) as { 'user-token': string };
    const logout = await fetch(`${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/logout`, {
      headers: { 'user-token': token },
    });
    expect(logout.status).toBe(200);
    // For the record (visible with --reporter=verbose): what this machine sustained.
    const p = (values: number[], f: number) => percentile(values, f).toFixed(1);
    console.info(
      `load: ${report.clients} clients, ${report.cycles} cycles in ${(report.elapsedMs / 1000).toFixed(1)} s ` +
        `(${(report.cycles / (report.elapsedMs / 1000)).toFixed(1)} cycles/s), cycle p50 ${p(report.latency.cycle, 0.5)} ms ` +
        `p99 ${p(report.latency.cycle, 0.99)} ms`,
    );
  });
});
