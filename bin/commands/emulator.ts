// `codeless emulator`: starts the local Backendless-compatible emulator and serves until SIGINT/SIGTERM.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Emulator, EmulatorOptions, EmulatorSettings, SeedUser } from '../../emulator/index.ts';
import { parseOrigin } from '../../emulator/http/access.ts';
import { validateSettings } from '../../emulator/settings.ts';
import { parsePasswordCost } from '../../emulator/passwords.ts';
import { errorMessage } from '../../emulator/contract.ts';
import { logicFromWorkspaceFile } from './logic-file.ts';

const usage = `Usage: codeless emulator [--port N] [--host H] [--json] [--data FILE] [--users FILE] [--roles A,B]
                         [--logic FILE] [--app-id ID] [--api-key KEY] [--server-key KEY] [--admin-origin ORIGIN…] [--password-cost N] [settings…]
  --port N        port to listen on (default 0: a free port)
  --host H        interface to listen on (default 127.0.0.1)
  --json          print one JSON line {"url","appId","apiKey","serverKey","consoleUrl"} once listening
  --data FILE     keep the app's data (users, roles, sessions, settings, outbox) in FILE
                  across restarts (one emulator per file; a symbolic link is written
                  through to its target)
  --users FILE    seed users: a JSON array of { "email", "password", "name"?, "roles"?, ...columns }
  --roles A,B     the app's custom roles (seed users may hold them)
  --logic FILE    server logic: the event handlers of a workspace file, run around the Users API
                  as Backendless' CodeRunner runs them (docs/event-handlers.md)
  --app-id ID     application id (default C0DE1E55-B10C-4E55-A11C-E0000000A11C)
  --api-key KEY   client API key (default E30CA7E1-A11C-4E55-B10C-C0DE1E55AB1E)
  --server-key KEY  server (CloudCode) API key (default 5E4BE4C0-DE55-4E55-B10C-C0DE1E55C0DE)
  --admin-origin ORIGIN  a page (e.g. http://localhost:5173) that may use the admin API and the
                  console besides the emulator's own; repeatable. Other pages get 403; clients
                  that send no Origin (curl, Node) are answered
  --password-cost N  scrypt's N for the passwords it hashes: 1024, 2048, 4096, 8192 or 16384
                  (default 16384, or CODELESS_EMULATOR_PASSWORD_COST); lower makes logins
                  cheaper for a test suite
Settings (Backendless' defaults unless given; they win over a --data file's):
  --no-registration            register answers 3009
  --email-confirmation         new users confirm their e-mail address before logging in (3087)
  --password-reset MODE        link (default) or generated-password
  --multiple-logins POLICY     end-previous (default), reject (3002) or allow
  --max-concurrent-logins N    under allow: sessions per user (3044); 0 = no limit (default)
  --max-failed-logins N        failed logins that lock an identity out (3036); 0 = never (default)
  --lockout SECONDS            how long a lockout lasts (default 900)
  --session-timeout SECONDS    idle time that ends a session (3064; default 3600, 0 = never)
  --min-password-length N       the shortest password any door accepts (default 1)
  --redirect-origin ORIGIN     an origin (https://app.example) the OAuth2 consent page may send people
                               to besides this machine's; repeat for more`;

/** The command's flags, as `parseArgs` reads them. */
const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  json: { type: 'boolean', default: false },
  data: { type: 'string' },
  users: { type: 'string' },
  roles: { type: 'string' },
  logic: { type: 'string' },
  'app-id': { type: 'string' },
  'api-key': { type: 'string' },
  'server-key': { type: 'string' },
  'admin-origin': { type: 'string', multiple: true },
  'password-cost': { type: 'string' },
  'no-registration': { type: 'boolean', default: false },
  'email-confirmation': { type: 'boolean', default: false },
  'password-reset': { type: 'string' },
  'multiple-logins': { type: 'string' },
  'max-concurrent-logins': { type: 'string' },
  'max-failed-logins': { type: 'string' },
  lockout: { type: 'string' },
  'session-timeout': { type: 'string' },
  'redirect-origin': { type: 'string', multiple: true },
  'min-password-length': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Flags = ReturnType<typeof parseFlags>;

/** Ends the command with one line on stderr and its exit code: 2 for a wrong command line, 1 for a failure. */
class Refusal extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Runs the emulator command; resolves with the process exit code once the emulator has stopped. */
export async function emulatorCommand(argv: string[]): Promise<number> {
  let emulator: Emulator;
  let flags: Flags;
  try {
    flags = parseFlags(argv);
    if (flags.help) {
      console.log(usage);
      return 0;
    }
    emulator = await start(await emulatorOptions(flags));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(`codeless emulator: ${error.message}`);
    return error.exitCode;
  }
  // Listen for the stop signals before announcing the URL: whoever reads the announcement may signal at once.
  const stopped = stopSignal();
  if (flags.json) announceJson(emulator);
  else announce(emulator);
  const signal = await stopped;
  await emulator.close();
  if (!flags.json) console.log(`Emulator stopped (${signal}).`);
  return 0;
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options: FLAGS }).values;
  } catch (error) {
    throw new Refusal(`${errorMessage(error)}\n${usage}`, 2);
  }
}

/** What the flags ask of the emulator; a Refusal for a flag that is not right or a users file that cannot be read. */
async function emulatorOptions(flags: Flags): Promise<EmulatorOptions> {
  const port = portFrom(flags.port);
  const adminOrigins = adminOriginsFrom(flags['admin-origin'] ?? []);
  const passwordCost = passwordCostFrom(flags['password-cost']);
  let settings: Partial<EmulatorSettings>;
  try {
    settings = settingsFrom(flags);
  } catch (error) {
    throw new Refusal(errorMessage(error), 2);
  }
  let users: SeedUser[] | undefined;
  let logic: EmulatorOptions['logic'];
  try {
    users = flags.users === undefined ? undefined : await readSeedUsers(flags.users);
    logic = flags.logic === undefined ? undefined : await logicFromWorkspaceFile(flags.logic);
  } catch (error) {
    throw new Refusal(errorMessage(error), 1);
  }
  return {
    ...settings,
    port,
    host: flags.host,
    users,
    roles: flags.roles === undefined ? undefined : flags.roles.split(',').map((role) => role.trim()),
    dataFile: flags.data,
    appId: flags['app-id'],
    apiKey: flags['api-key'],
    serverKey: flags['server-key'],
    adminOrigins,
    logic,
    passwordCost,
  };
}

function passwordCostFrom(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const cost = parsePasswordCost(flag);
  if (cost === undefined)
    throw new Refusal(`--password-cost must be 1024, 2048, 4096, 8192 or 16384, got "${flag}"`, 2);
  return cost;
}

function portFrom(flag: string | undefined): number {
  if (flag === undefined) return 0;
  const port = Number(flag);
  if (!/^\d+$/.test(flag) || port > 65_535)
    throw new Refusal(`--port must be a whole number 0–65535, got "${flag}"`, 2);
  return port;
}

function adminOriginsFrom(origins: string[]): string[] {
  const notOrigin = origins.find((origin) => parseOrigin(origin) === undefined);
  if (notOrigin !== undefined) {
    throw new Refusal(
      `--admin-origin must be an origin such as http://localhost:5173 (scheme, host, port; no path), got "${notOrigin}"`,
      2,
    );
  }
  return origins;
}

/** Starts the emulator, loaded only now: a mistake in the flags is answered without loading the server. */
async function start(options: EmulatorOptions): Promise<Emulator> {
  try {
    const { startEmulator } = await import('../../emulator/index.ts');
    return await startEmulator(options);
  } catch (error) {
    throw new Refusal(errorMessage(error), 1);
  }
}

/** Resolves with the first SIGINT or SIGTERM. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

/** One JSON line for programs: `{ url, appId, apiKey, serverKey, consoleUrl }`. */
function announceJson({ url, appId, apiKey, serverKey }: Emulator): void {
  console.log(JSON.stringify({ url, appId, apiKey, serverKey, consoleUrl: `${url}/_emulator/console/` }));
}

/** Where the emulator listens and how to reach its app and console, for a person. */
function announce({ url, appId, apiKey, serverKey }: Emulator): void {
  console.log(`Backendless emulator listening on ${url}`);
  console.log(`  app id:     ${appId}`);
  console.log(`  api key:    ${apiKey}`);
  console.log(`  server key: ${serverKey}   (CloudCode; keep it out of pages)`);
  console.log(`  app URL:    ${url}/${appId}/${apiKey}   admin: ${url}/_emulator`);
  console.log(`  console:    ${url}/_emulator/console/   (this machine only)`);
  console.log('Press Ctrl+C to stop.');
}

/** The settings the flags name; throws a one-line error for a value that is not one. */
function settingsFrom(values: Record<string, string | boolean | string[] | undefined>): Partial<EmulatorSettings> {
  const seconds = (flag: string): number | undefined => {
    const value = values[flag] as string | undefined;
    if (value === undefined) return undefined;
    if (!/^\d{1,10}$/.test(value)) throw new Error(`--${flag} must be a whole number of seconds, got "${value}"`);
    return Number(value) * 1000;
  };
  const count = (flag: string): number | undefined => {
    const value = values[flag] as string | undefined;
    if (value === undefined) return undefined;
    if (!/^\d{1,9}$/.test(value)) throw new Error(`--${flag} must be a whole number, got "${value}"`);
    return Number(value);
  };
  const settings = {
    registrationEnabled: values['no-registration'] === true ? false : undefined,
    emailConfirmationRequired: values['email-confirmation'] === true ? true : undefined,
    passwordResetMode: values['password-reset'],
    multipleLogins: values['multiple-logins'],
    maxConcurrentLogins: count('max-concurrent-logins'),
    maxFailedLogins: count('max-failed-logins'),
    lockoutMs: seconds('lockout'),
    sessionTimeoutMs: seconds('session-timeout'),
    redirectOrigins: values['redirect-origin'],
    minPasswordLength: count('min-password-length'),
  };
  try {
    return validateSettings(settings);
  } catch (error) {
    throw new Error(errorMessage(error).replace(/^Invalid parameter /, 'invalid setting '), { cause: error });
  }
}

/** Reads a --users file: a JSON array of seed users. Throws a one-line error naming the problem. */
async function readSeedUsers(path: string): Promise<SeedUser[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read users file ${path}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`, {
      cause: error,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`users file ${path} is not valid JSON: ${errorMessage(error)}`, { cause: error });
  }
  if (!Array.isArray(value))
    throw new Error(`users file ${path} must hold a JSON array of { "email", "password", "name"? }`);
  return value as SeedUser[];
}
