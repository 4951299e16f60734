// What server logic costs a call: alice's login over HTTP with an empty beforeLogin and afterLogin handler (two runs
// in the logic worker, two message round trips) beside the same login with no server logic, on the same emulator.
// Rounds alternate the two sides (the logic is deployed through the admin API before a side's batch and taken away
// before the other's, untimed), so drift hits both alike; the figure is the median of the per-round ratios. The
// login's scrypt check (~30 ms) is most of either side. Figures go to docs/benchmarks/logic.md.
import { Agent, request } from 'undici';
import { startEmulator } from '../emulator/index.ts';
import { formatRatio, interleaved, median, ratios, SPREAD_LEGEND } from './stats.ts';

/** Rounds; each times BATCH logins per side. */
const ROUNDS = Number(process.env.LOGIC_BENCH_ROUNDS ?? 30);
const BATCH = 5;
/** Untimed logins after each deploy: the fresh worker's first runs compile the handlers. */
const WARM_UP_LOGINS = 3;
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
  const batch = async (): Promise<number> => {
    for (let i = 0; i < WARM_UP_LOGINS; i++) await login();
    const started = performance.now();
    for (let i = 0; i < BATCH; i++) await login();
    return (performance.now() - started) / BATCH;
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
    const ratio = ratios(withHandlers!, without!);
    const verdict = median(ratio) <= TARGET ? 'met' : 'missed';
    console.log(
      `Alice's login over HTTP (keep-alive, one connection) on one emulator, with an empty beforeLogin and afterLogin ` +
        `handler and with no server logic: wall time per login, medians of ${ROUNDS} interleaved rounds of ` +
        `${BATCH} logins per side (after ${WARM_UP_LOGINS} untimed logins each). The ratio is the median of ` +
        `round-by-round ratios (${SPREAD_LEGEND}).\n`,
    );
    console.log('| login | no server logic | **empty before + after handler** | ratio | target |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    console.log(
      `| users/login | ${median(without!).toFixed(2)} ms | ${median(withHandlers!).toFixed(2)} ms | ` +
        `**${formatRatio(ratio)}** | ≤ ${TARGET}× (${verdict}) |`,
    );
  } finally {
    await agent.close();
    await emulator.close();
  }
}
