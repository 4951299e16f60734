// What server logic costs a call: alice's login over HTTP with an empty beforeLogin and afterLogin handler (two runs
// in the logic worker, two message round trips) beside the same login with no server logic, on the same emulator.
// Rounds alternate the two sides (the logic is deployed through the admin API before a side's batch and taken away
// before the other's, untimed), so drift hits both alike; the figure is the median of the per-round ratios. The
// login's scrypt check (~30 ms) is most of either side. Figures go to docs/benchmarks/logic.md.
import { Agent, request } from 'undici';
import { startEmulator } from '../emulator/index.ts';
import { formatRatio, interleaved, median, ratios, SPREAD_LEGEND } from './stats.ts';

/** Rounds; each times BATCH logins per side. */
const ROUNDS = Number(process.env.LOGIC_BENCH_ROUNDS ?? 40);
const BATCH = 3;
/** Untimed logins after each deploy: the fresh worker's first run compiles the handlers. */
const WARM_UP_LOGINS = 1;
/** The target: a login with empty handlers at most this many times one without. */
const TARGET = 1.2;

const EMPTY_HANDLERS = `export default function (Backendless) {
  Backendless.ServerCode.User.beforeLogin(async (req) => {});
  Backendless.ServerCode.User.afterLogin(async (req, res) => {});
}
`;

export default async function bench(): Promise<void> {
  const emulator = await startEmulator({ multipleLogins: 'allow' });
  const agent = new Agent({ connections: 1, keepAliveTimeout: 60_000 });
  const admin = `${emulator.url}/_emulator/logic`;
  const send = async (method: 'POST' | 'PUT' | 'DELETE', url: string, body?: object): Promise<unknown> => {
    const response = await request(url, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body && JSON.stringify(body),
      dispatcher: agent,
    });
    const text = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`${method} ${url}: HTTP ${response.statusCode} ${text}`);
    return JSON.parse(text) as unknown;
  };
  const login = () =>
    send('POST', `${emulator.url}/${emulator.appId}/${emulator.apiKey}/users/login`, {
      login: 'alice@wonderland.com',
      password: 'wonderland',
    });
  /** Wall time and the process's CPU time (every thread: the emulator's, scrypt's, the worker's) per login. */
  const batch = async (): Promise<{ wall: number; cpu: number }> => {
    for (let i = 0; i < WARM_UP_LOGINS; i++) await login();
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < BATCH; i++) await login();
    const used = process.cpuUsage(cpu);
    return { wall: (performance.now() - started) / BATCH, cpu: (used.user + used.system) / 1000 / BATCH };
  };
  try {
    const [without, withHandlers] = await interleaved(ROUNDS, [
      async () => {
        await send('DELETE', admin);
        return batch();
      },
      async () => {
        await send('PUT', admin, { source: EMPTY_HANDLERS, name: 'empty handlers' });
        return batch();
      },
    ]);
    const wall = (side: Array<{ wall: number }>) => side.map((sample) => sample.wall);
    const cpu = (side: Array<{ cpu: number }>) => side.map((sample) => sample.cpu);
    const wallRatio = ratios(wall(withHandlers!), wall(without!));
    const cpuRatio = ratios(cpu(withHandlers!), cpu(without!));
    const verdict = median(wallRatio) <= TARGET ? 'met' : 'missed';
    const ms = (values: number[]) => `${median(values).toFixed(2)} ms`;
    console.log(
      `Alice's login over HTTP (keep-alive, one connection) on one emulator, with an empty beforeLogin and afterLogin ` +
        `handler and with no server logic: wall time / the process's CPU time (all its threads) per login, medians ` +
        `of ${ROUNDS} interleaved rounds of ${BATCH} logins per side (after ${WARM_UP_LOGINS} untimed login each). ` +
        `Ratios are the median of round-by-round ratios (${SPREAD_LEGEND}).\n`,
    );
    console.log('| login | no server logic | **empty before + after handler** | ratio (wall / CPU) |');
    console.log('| --- | ---: | ---: | ---: |');
    console.log(
      `| users/login | ${ms(wall(without!))} / ${ms(cpu(without!))} | ${ms(wall(withHandlers!))} / ` +
        `${ms(cpu(withHandlers!))} | **${formatRatio(wallRatio)}** / ${formatRatio(cpuRatio)} |`,
    );
    console.log(
      `\nTarget ≤ ${TARGET}× a login without handlers (wall time): **${verdict}** (${formatRatio(wallRatio)}).`,
    );
  } finally {
    await agent.close();
    await emulator.close();
  }
}
