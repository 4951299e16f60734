// What the runtime costs a program, beside raw undici.request and the official SDK, in one run:
// 1. per call, against a constant-cost stand-in server (its own process, answering every route at once with canned
//    JSON), where the client's own work is most of a call: every request-making call of the Users API, the token
//    read, and the login → get token → logout cycle;
// 2. the same cycle against the emulator, whose scrypt password check (~30 ms) dominates every login.
// Clients take turns call by call, in rotating order, after a warm-up, so drift (CPU frequency, GC, other load) hits
// them alike. Figures go to docs/benchmarks/runtime.md and the `bench:runtime` block of docs/performance.md.
import { spawn } from 'node:child_process';
import Sdk from 'backendless';
import { Agent, request } from 'undici';
import { startEmulator } from '../emulator/index.ts';
import { createBackendless, User } from '../runtime/index.ts';
import { formatRatio, interleaved, median, ratios, SPREAD_LEGEND } from './stats.ts';

/** Samples per client and call; each sample is the sum of BATCH individually timed calls. */
const SAMPLES = Number(process.env.RUNTIME_BENCH_SAMPLES ?? 150);
const BATCH = 10;
const WARM_UP_SAMPLES = 20;
/** The target: every call through our runtime at most this many times raw undici's time. */
const TARGET = 1.05;

const ALICE = { objectId: 'A11CE000-0000-4000-8000-000000000001', email: 'alice@wonderland.com', name: 'Alice' };
const TOKEN = 'C0FFEE00-1111-4222-8333-444455556666';

/**
 * The stand-in server, run as `node -e` in its own process (so its work never shares the client's thread): every
 * Backendless route of the Users API answered at once with a canned answer of the right shape. Plain JavaScript: it
 * is sent as source text.
 */
function standInServer(): void {
  const http = process.getBuiltinModule('node:http');
  const user = { ___class: 'Users', objectId: 'A11CE000-0000-4000-8000-000000000001', email: 'alice@wonderland.com' };
  const loggedIn = JSON.stringify({ ...user, name: 'Alice', 'user-token': 'C0FFEE00-1111-4222-8333-444455556666' });
  const answers: [RegExp, string][] = [
    [/\/users\/(login|register\/guest|social\/\w+\/login)$/, loggedIn],
    [/\/users\/(logout|restorepassword\/.*|resendconfirmation\/.*|assignRole|unassignRole|[^/]+\/status)$/, ''],
    [/\/users\/isvalidusertoken\//, 'true'],
    [/\/users\/oauth\/\w+\/request_url$/, JSON.stringify('https://accounts.example.com/o/oauth2/auth?client_id=x')],
    [/\/users\/createEmailConfirmationURL\//, JSON.stringify({ confirmationURL: 'https://example.com/confirm/1' })],
    [/\/users\/verifypassowrd$/, JSON.stringify({ valid: true })],
    [/\/users\/userroles/, JSON.stringify(['AuthenticatedUser', 'Member'])],
    [/\/users\/role\//, JSON.stringify([user, { ...user, objectId: 'B0B00000-0000-4000-8000-000000000002' }])],
    [
      /\/users\/userclassprops$/,
      JSON.stringify(['email', 'name', 'password'].map((name) => ({ name, type: 'STRING' }))),
    ],
    [/\/(users\/register|users\/[^/]+|data\/Users\/[^/]+)$/, JSON.stringify({ ...user, name: 'Alice' })],
  ];
  const canned = answers.map(([route, text]) => [route, Buffer.from(text)] as const);
  const empty = Buffer.from('{}');
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const path = request.url!.split('?')[0]!;
      const body = canned.find(([route]) => route.test(path))?.[1] ?? empty;
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      response.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.address() as { port: number }).port}\n`));
}

/** One call as a client makes it: `prepare` (untimed) puts the client in the state the call needs. */
interface Call {
  prepare?(): unknown;
  run(): unknown;
}

type CallName = (typeof CALLS)[number];
type Client = Record<CallName, Call>;

/** Every request-making call of the table, in the order they are reported. */
const CALLS = [
  'login',
  'login by objectId',
  'loginAsGuest',
  'loginWithOauth2',
  'isValidLogin',
  'logout',
  'getCurrentUser(true)',
  'register',
  'update',
  'restorePassword',
  'resendEmailConfirmation',
  'createEmailConfirmationURL',
  'verifyPassword',
  'getUserRoles',
  'findByRole',
  'assignRole',
  'unassignRole',
  'enableUser',
  'disableUser',
  'describeUserClass',
  'getAuthorizationUrlLink',
] as const;

/** What our runtime and the SDK have in common, as the bench calls it. */
interface UsersApi {
  login(login: string, password?: string | boolean): Promise<unknown>;
  loginAsGuest(): Promise<unknown>;
  loginWithOauth2(provider: string, token: string, fieldsMapping?: object): Promise<unknown>;
  isValidLogin(): Promise<boolean>;
  logout(): Promise<void>;
  getCurrentUser(reload?: boolean): Promise<unknown>;
  getCurrentUserToken(): string | null;
  setCurrentUser(user: object): unknown;
  register(user: object): Promise<unknown>;
  update(user: object): Promise<unknown>;
  restorePassword(identity: string): Promise<unknown>;
  resendEmailConfirmation(identity: string): Promise<unknown>;
  createEmailConfirmationURL(identity: string): Promise<unknown>;
  verifyPassword(password: string): Promise<boolean>;
  getUserRoles(): Promise<unknown>;
  findByRole(role: string, loadRoles?: boolean, query?: object): Promise<unknown>;
  assignRole(identity: string, role: string): Promise<unknown>;
  unassignRole(identity: string, role: string): Promise<unknown>;
  enableUser(id: string): Promise<unknown>;
  disableUser(id: string): Promise<unknown>;
  describeUserClass(): Promise<unknown>;
  getAuthorizationUrlLink(provider: string, fieldsMapping?: object, scope?: string): Promise<unknown>;
}

/** The calls through an SDK-shaped client (ours or the official one); `loggedIn()` makes Alice current. */
function sdkShapedClient(users: UsersApi): Client {
  const loggedIn = { prepare: () => void users.setCurrentUser({ ...ALICE, 'user-token': TOKEN }) };
  return {
    login: { run: () => users.login(ALICE.email, 'wonderland') },
    'login by objectId': { run: () => users.login(ALICE.objectId) },
    loginAsGuest: { run: () => users.loginAsGuest() },
    loginWithOauth2: { run: () => users.loginWithOauth2('googleplus', 'ya29.access-token', { email: 'email' }) },
    isValidLogin: { ...loggedIn, run: () => users.isValidLogin() },
    logout: { ...loggedIn, run: () => users.logout() },
    'getCurrentUser(true)': { ...loggedIn, run: () => users.getCurrentUser(true) },
    register: { run: () => users.register({ email: 'bob@example.com', password: 'secret', name: 'Bob' }) },
    update: { ...loggedIn, run: () => users.update({ objectId: ALICE.objectId, name: 'Alice L.' }) },
    restorePassword: { run: () => users.restorePassword(ALICE.email) },
    resendEmailConfirmation: { run: () => users.resendEmailConfirmation(ALICE.email) },
    createEmailConfirmationURL: { run: () => users.createEmailConfirmationURL(ALICE.email) },
    verifyPassword: { ...loggedIn, run: () => users.verifyPassword('wonderland') },
    getUserRoles: { ...loggedIn, run: () => users.getUserRoles() },
    findByRole: { ...loggedIn, run: () => users.findByRole('Member', true, { pageSize: 20, sortBy: ['name'] }) },
    assignRole: { run: () => users.assignRole(ALICE.email, 'Member') },
    unassignRole: { run: () => users.unassignRole(ALICE.email, 'Member') },
    enableUser: { run: () => users.enableUser(ALICE.objectId) },
    disableUser: { run: () => users.disableUser(ALICE.objectId) },
    describeUserClass: { run: () => users.describeUserClass() },
    getAuthorizationUrlLink: { run: () => users.getAuthorizationUrlLink('googleplus', { email: 'email' }, 'email') },
  };
}

/**
 * The same HTTP calls with undici.request on a keep-alive Agent: the URL, method, headers (`user-token` while
 * logged in) and JSON body each call sends, the answer read whole and parsed, its status checked — what a careful
 * program would write without any client library.
 */
function rawClient(base: string, agent: Agent): Client & { token(): string | null } {
  let token: string | null = null;
  const send = async (method: 'GET' | 'POST' | 'PUT', path: string, body?: object) => {
    const headers: Record<string, string> = {};
    if (token) headers['user-token'] = token;
    if (body) headers['content-type'] = 'application/json';
    const response = await request(`${base}/${path}`, {
      method,
      headers,
      body: body && JSON.stringify(body),
      dispatcher: agent,
    });
    const text = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`raw ${method} ${path}: HTTP ${response.statusCode}`);
    return text ? (JSON.parse(text) as unknown) : text;
  };
  const logIn = async (path: string, body?: object) => {
    token = ((await send('POST', path, body)) as { 'user-token': string })['user-token'];
  };
  const loggedIn = { prepare: () => void (token = TOKEN) };
  const id = encodeURIComponent(ALICE.objectId);
  const email = encodeURIComponent(ALICE.email);
  return {
    token: () => token,
    login: { run: () => logIn('users/login', { login: ALICE.email, password: 'wonderland' }) },
    'login by objectId': { run: () => logIn('users/login', { objectId: ALICE.objectId }) },
    loginAsGuest: { run: () => logIn('users/register/guest') },
    loginWithOauth2: {
      run: () =>
        logIn('users/social/googleplus/login', { accessToken: 'ya29.access-token', fieldsMapping: { email: 'email' } }),
    },
    isValidLogin: { ...loggedIn, run: () => send('GET', `users/isvalidusertoken/${token}`) },
    logout: {
      ...loggedIn,
      run: async () => {
        await send('GET', 'users/logout');
        token = null;
      },
    },
    'getCurrentUser(true)': { ...loggedIn, run: () => send('GET', `data/Users/${id}`) },
    register: {
      run: () =>
        send('POST', 'users/register', {
          email: 'bob@example.com',
          password: 'secret',
          name: 'Bob',
          blUserLocale: 'en',
        }),
    },
    update: { ...loggedIn, run: () => send('PUT', `users/${id}`, { objectId: ALICE.objectId, name: 'Alice L.' }) },
    restorePassword: { run: () => send('GET', `users/restorepassword/${email}`) },
    resendEmailConfirmation: { run: () => send('POST', `users/resendconfirmation/${email}`) },
    createEmailConfirmationURL: { run: () => send('POST', `users/createEmailConfirmationURL/${email}`) },
    verifyPassword: { ...loggedIn, run: () => send('POST', 'users/verifypassowrd', { password: 'wonderland' }) },
    getUserRoles: { ...loggedIn, run: () => send('GET', 'users/userroles') },
    findByRole: { ...loggedIn, run: () => send('GET', 'users/role/Member?loadRoles=true&pageSize=20&sortBy=name') },
    assignRole: { run: () => send('POST', 'users/assignRole', { user: ALICE.email, roleName: 'Member' }) },
    unassignRole: { run: () => send('POST', 'users/unassignRole', { user: ALICE.email, roleName: 'Member' }) },
    enableUser: { run: () => send('PUT', `users/${id}/status`, { userStatus: 'ENABLED' }) },
    disableUser: { run: () => send('PUT', `users/${id}/status`, { userStatus: 'DISABLED' }) },
    describeUserClass: { run: () => send('GET', 'users/userclassprops') },
    getAuthorizationUrlLink: {
      run: () =>
        send('POST', 'users/oauth/googleplus/request_url', { fieldsMapping: { email: 'email' }, permissions: 'email' }),
    },
  };
}

const micro = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

/** A batch's cost: wall time and the client process's CPU time, both in ms per call. */
interface Sample {
  wall: number;
  cpu: number;
}

/**
 * Times `batch` calls one by one (preparation untimed): wall time, and the process's CPU time (a preparation that
 * sends a request would count there: only the emulator's logout-alone case has one, and its CPU column is left out).
 */
async function timeBatch(call: Call, batch = BATCH): Promise<Sample> {
  let wall = 0;
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < batch; i++) {
    await call.prepare?.();
    const start = performance.now();
    await call.run();
    wall += performance.now() - start;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: wall / batch, cpu: (cpu.user + cpu.system) / 1000 / batch };
}

/** Medians of a client's samples, and its round-by-round ratios to the baseline's samples. */
function summary(samples: Sample[], baseline: Sample[]) {
  const wall = (list: Sample[]) => list.map((sample) => sample.wall);
  const cpu = (list: Sample[]) => list.map((sample) => sample.cpu);
  return {
    wall: median(wall(samples)),
    cpu: median(cpu(samples)),
    wallRatios: ratios(wall(samples), wall(baseline)),
    cpuRatios: ratios(cpu(samples), cpu(baseline)),
  };
}

type Summary = ReturnType<typeof summary>;

/** One table row: the baseline's wall and CPU time, then each client's with its ratios. */
function row(name: string, [raw, ours, sdk]: Summary[]): string {
  const times = (s: Summary) => `${micro(s.wall)} / ${micro(s.cpu)}`;
  const both = (s: Summary) => `${formatRatio(s.wallRatios)} / ${formatRatio(s.cpuRatios)}`;
  return `| ${name} | ${times(raw!)} | ${times(ours!)} | **${both(ours!)}** | ${times(sdk!)} | ${both(sdk!)} |`;
}

interface SdkApp {
  UserService: UsersApi;
}

function officialSdk(url: string, appId: string, apiKey: string): UsersApi {
  const sdk = (Sdk as unknown as { initApp(config: object): SdkApp }).initApp({
    appId,
    apiKey,
    serverURL: url,
    standalone: true,
  });
  return sdk.UserService;
}

/** Part 1: every call against the stand-in server. Returns the report's markdown. */
async function standInCalls(): Promise<{ markdown: string; worst: number }> {
  const server = spawn(process.execPath, ['-e', `(${standInServer.toString()})()`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const agent = new Agent();
  try {
    const port = await new Promise<string>((resolve, reject) => {
      server.stdout.once('data', (data: Buffer) => resolve(String(data).trim()));
      server.once('exit', (code) => reject(new Error(`the stand-in server exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const appId = 'BENCH-APP';
    const apiKey = 'BENCH-KEY';
    const raw = rawClient(`${url}/${appId}/${apiKey}`, agent);
    const oursApp = createBackendless({ appId, apiKey, serverURL: url });
    const ours = sdkShapedClient(oursApp.UserService as unknown as UsersApi);
    const sdkUsers = officialSdk(url, appId, apiKey);
    const sdk = sdkShapedClient(sdkUsers);
    // A call that fails throws and ends the bench, so a broken client cannot look fast; our answers are the SDK's.
    const user = await oursApp.UserService.login(ALICE.email, 'wonderland');
    if (!(user instanceof User) || user['user-token'] !== TOKEN) throw new Error('our runtime: login answered wrong');

    const rows: string[] = [];
    let worst = 0;
    const measure = async (name: string, calls: Call[]) => {
      for (let i = 0; i < WARM_UP_SAMPLES; i++) for (const call of calls) await timeBatch(call);
      const samples = await interleaved(
        SAMPLES,
        calls.map((call) => () => timeBatch(call)),
      );
      const summaries = samples.map((each) => summary(each, samples[0]!));
      worst = Math.max(worst, median(summaries[1]!.wallRatios), median(summaries[1]!.cpuRatios));
      rows.push(row(name, summaries));
    };
    for (const name of CALLS) await measure(name, [raw[name], ours[name], sdk[name]]);

    // The cycle of the scenario: login → get token → logout.
    const cycle = (login: () => unknown, token: () => string | null, logout: () => unknown): Call => ({
      run: async () => {
        await login();
        if (!token()) throw new Error('login left no user token');
        await logout();
        if (token()) throw new Error('logout left a user token');
      },
    });
    await measure('**login → get token → logout**', [
      cycle(raw.login.run, raw.token, raw.logout.run),
      cycle(
        () => oursApp.UserService.login(ALICE.email, 'wonderland'),
        () => oursApp.UserService.getCurrentUserToken(),
        () => oursApp.UserService.logout(),
      ),
      cycle(
        () => sdkUsers.login(ALICE.email, 'wonderland'),
        () => sdkUsers.getCurrentUserToken(),
        () => sdkUsers.logout(),
      ),
    ]);

    // The token read is synchronous: nanoseconds, no request, so no ratio to a request applies.
    oursApp.UserService.setCurrentUser({ ...ALICE, 'user-token': TOKEN });
    sdkUsers.setCurrentUser({ ...ALICE, 'user-token': TOKEN });
    const reads = 1_000_000;
    const readTime = (read: () => string | null) => {
      const start = performance.now();
      for (let i = 0; i < reads; i++) if (!read()) throw new Error('no token');
      return ((performance.now() - start) / reads) * 1e6;
    };
    readTime(() => oursApp.UserService.getCurrentUserToken());
    readTime(() => sdkUsers.getCurrentUserToken());
    const ourRead = readTime(() => oursApp.UserService.getCurrentUserToken());
    const sdkRead = readTime(() => sdkUsers.getCurrentUserToken());

    const markdown = [
      `Per call against a stand-in server in its own process that answers every route at once with canned JSON, so ` +
        `the client's own work is most of each call: wall time / the client process's CPU time per call, medians of ` +
        `${SAMPLES} interleaved samples of ${BATCH} calls each (after ${WARM_UP_SAMPLES} warm-up samples). Ratios are ` +
        `against raw \`undici.request\` making the same HTTP call (same URL, method, headers and body; answer read ` +
        `whole, parsed and status-checked), the median of round-by-round ratios (${SPREAD_LEGEND}).`,
      '',
      '| call | raw undici.request | **codeless-blocks runtime** | ratio | official SDK (backendless@8) | ratio |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      `| getCurrentUserToken() (synchronous, no request) | — | ${ourRead.toFixed(0)} ns | — | ` +
        `${sdkRead.toFixed(0)} ns | — |`,
      '',
      `Target: every call ≤ ${TARGET.toFixed(2)}× raw undici — ${worst <= TARGET ? 'met' : '**missed**'} ` +
        `(worst ${worst.toFixed(2)}×).`,
    ].join('\n');
    return { markdown, worst };
  } finally {
    await agent.close();
    server.kill();
  }
}

/** Part 2: the cycle against the emulator (login includes its scrypt check). Returns the report's markdown. */
async function emulatorCycle(): Promise<string> {
  const emulator = await startEmulator();
  const base = `${emulator.url}/${emulator.appId}/${emulator.apiKey}`;
  const agent = new Agent();
  try {
    const raw = rawClient(base, agent);
    const ours = createBackendless({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url });
    const sdk = officialSdk(emulator.url, emulator.appId, emulator.apiKey);
    const clients = [
      { login: raw.login.run, token: raw.token, logout: raw.logout.run },
      {
        login: () => ours.UserService.login(ALICE.email, 'wonderland'),
        token: () => ours.UserService.getCurrentUserToken(),
        logout: () => ours.UserService.logout(),
      },
      {
        login: () => sdk.login(ALICE.email, 'wonderland'),
        token: () => sdk.getCurrentUserToken(),
        logout: () => sdk.logout(),
      },
    ];
    const cycles: Call[] = clients.map(({ login, token, logout }) => ({
      run: async () => {
        await login();
        if (!token()) throw new Error('login left no user token');
        await logout();
        if (token()) throw new Error('logout left a user token');
      },
    }));
    const logouts: Call[] = clients.map(({ login, logout }) => ({ prepare: login, run: logout }));
    const rounds = Math.max(20, Math.round(SAMPLES / 3));
    const measure = async (calls: Call[]) => {
      for (let i = 0; i < 5; i++) for (const call of calls) await timeBatch(call, 1);
      const samples = await interleaved(
        rounds,
        calls.map((call) => () => timeBatch(call, 1)),
      );
      return samples.map((each) => summary(each, samples[0]!));
    };
    const [cycle, logout] = [await measure(cycles), await measure(logouts)];
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    const names = ['raw `undici.request`', '**codeless-blocks runtime**', 'official SDK (`backendless@8`)'];
    return [
      `Against the emulator (${rounds} interleaved rounds, wall time): its scrypt password check (N = 2^14, ~30 ms) ` +
        `is most of every login and is paid equally by all three; the logout column is the client's share without it.`,
      '',
      '| client | login → get token → logout, median | ratio | logout alone, median | ratio |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...names.map((name, i) => {
        // The baseline's own ratios are 1 by definition.
        const ratio = (summary: Summary) => (i === 0 ? '1.00×' : formatRatio(summary.wallRatios));
        return `| ${name} | ${ms(cycle[i]!.wall)} | ${ratio(cycle[i]!)} | ${micro(logout[i]!.wall)} | ${ratio(logout[i]!)} |`;
      }),
    ].join('\n');
  } finally {
    await agent.close();
    await emulator.close();
  }
}

export default async function runtimeBench(): Promise<void> {
  // What is printed is the report (bench/report.ts writes it with the date, Node and machine).
  console.log((await standInCalls()).markdown + '\n');
  console.log(await emulatorCycle());
}
