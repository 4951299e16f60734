// The login → getCurrentUserToken → logout cycle against one local emulator, through (a) our runtime,
// (b) raw undici.request on a keep-alive Agent making the same HTTP calls, and (c) the official SDK
// (standalone instance). The three run interleaved, round by round in rotating order, after a warm-up,
// so drift (CPU frequency, GC, the emulator's state) hits them alike. Login includes the emulator's
// scrypt password check, which all three pay equally; the logout step shows client overhead alone.
import Sdk from 'backendless';
import { Agent, request } from 'undici';
import { startEmulator } from '../emulator/index.ts';
import { createBackendless } from '../runtime/index.ts';

const LOGIN = 'alice@wonderland.com';
const PASSWORD = 'wonderland';
const WARM_UP_ROUNDS = 15;
const MIN_ROUNDS = 60;
const MAX_ROUNDS = 400;
/** Measuring stops after this long (or MAX_ROUNDS), keeping the whole bench under about a minute. */
const TIME_BUDGET_MS = 40_000;

interface Step {
  login: number;
  logout: number;
  cycle: number;
}

type Cycle = () => Promise<Step>;

interface SdkApp {
  UserService: {
    login(login: string, password: string): Promise<unknown>;
    getCurrentUserToken(): string | null;
    logout(): Promise<void>;
  };
}

/** Times login, the synchronous token read and logout of one client; checks each really worked. */
function timedCycle(login: () => Promise<unknown>, token: () => string | null, logout: () => Promise<unknown>): Cycle {
  return async () => {
    const start = performance.now();
    await login();
    const loggedIn = performance.now();
    if (!token()) throw new Error('login left no user token');
    const beforeLogout = performance.now();
    await logout();
    const end = performance.now();
    if (token()) throw new Error('logout left a user token');
    return { login: loggedIn - start, logout: end - beforeLogout, cycle: end - start };
  };
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

const format = (ms: number) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`);

export default async function (): Promise<void> {
  const emulator = await startEmulator();
  const base = `${emulator.url}/${emulator.appId}/${emulator.apiKey}`;
  const agent = new Agent();
  try {
    // (a) our runtime
    const runtime = createBackendless({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url });
    const ours = timedCycle(
      () => runtime.UserService.login(LOGIN, PASSWORD),
      () => runtime.UserService.getCurrentUserToken(),
      () => runtime.UserService.logout(),
    );

    // (b) raw undici: the same two requests, with the token kept in a variable
    let rawToken: string | null = null;
    const raw = timedCycle(
      async () => {
        const response = await request(`${base}/users/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: LOGIN, password: PASSWORD }),
          dispatcher: agent,
        });
        const user = (await response.body.json()) as { 'user-token': string };
        if (response.statusCode !== 200) throw new Error(`raw login: HTTP ${response.statusCode}`);
        rawToken = user['user-token'];
      },
      () => rawToken,
      async () => {
        const response = await request(`${base}/users/logout`, {
          headers: { 'user-token': rawToken! },
          dispatcher: agent,
        });
        await response.body.text();
        if (response.statusCode !== 200) throw new Error(`raw logout: HTTP ${response.statusCode}`);
        rawToken = null;
      },
    );

    // (c) the official SDK
    const sdk = (Sdk as unknown as { initApp(config: object): SdkApp }).initApp({
      appId: emulator.appId,
      apiKey: emulator.apiKey,
      serverURL: emulator.url,
      standalone: true,
    });
    const official = timedCycle(
      () => sdk.UserService.login(LOGIN, PASSWORD),
      () => sdk.UserService.getCurrentUserToken(),
      () => sdk.UserService.logout(),
    );

    const clients: [string, Cycle][] = [
      ['raw undici.request', raw],
      ['codeless-blocks runtime', ours],
      ['official SDK (backendless@8)', official],
    ];
    const results = new Map<string, Step[]>(clients.map(([name]) => [name, []]));

    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      for (const [, cycle] of clients) await cycle();
    }
    const started = performance.now();
    let rounds = 0;
    while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || performance.now() - started < TIME_BUDGET_MS)) {
      // Rotate who goes first, so no client always follows the same neighbour.
      for (let i = 0; i < clients.length; i++) {
        const [name, cycle] = clients[(rounds + i) % clients.length]!;
        results.get(name)!.push(await cycle());
      }
      rounds++;
    }

    const summary = clients.map(([name]) => {
      const steps = results.get(name)!;
      const cycles = steps.map((step) => step.cycle);
      return {
        name,
        cycleMedian: percentile(cycles, 0.5),
        cycleP90: percentile(cycles, 0.9),
        loginMedian: percentile(
          steps.map((step) => step.login),
          0.5,
        ),
        logoutMedian: percentile(
          steps.map((step) => step.logout),
          0.5,
        ),
        logoutP90: percentile(
          steps.map((step) => step.logout),
          0.9,
        ),
      };
    });
    const baseline = summary[0]!;
    console.log(
      `${rounds} interleaved rounds after ${WARM_UP_ROUNDS} warm-up rounds; one emulator on ${emulator.url}\n`,
    );
    console.log(
      '| client | cycle median | cycle p90 | cycle ratio | login median | logout median | logout p90 | logout ratio |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of summary) {
      console.log(
        `| ${row.name} | ${format(row.cycleMedian)} | ${format(row.cycleP90)} | ` +
          `${(row.cycleMedian / baseline.cycleMedian).toFixed(3)}× | ${format(row.loginMedian)} | ` +
          `${format(row.logoutMedian)} | ${format(row.logoutP90)} | ${(row.logoutMedian / baseline.logoutMedian).toFixed(2)}× |`,
      );
    }
    const ourRatio = summary[1]!.cycleMedian / baseline.cycleMedian;
    console.log(
      `\nRatios are against raw undici. Target: runtime cycle ≤ 1.10× raw undici — ${ourRatio <= 1.1 ? 'met' : 'MISSED'} ` +
        `(${ourRatio.toFixed(3)}×). Login includes the emulator's scrypt check (N = 2^14), which dominates ` +
        `every cycle equally; the logout columns show the client overhead without it.`,
    );
  } finally {
    await agent.close();
    await emulator.close();
  }
}
