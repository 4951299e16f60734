// `codeless emulator`: starts the local Backendless-compatible emulator and serves until SIGINT/SIGTERM.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { EmulatorSettings, SeedUser } from '../../emulator/index.ts';
import { parseOrigin } from '../../emulator/http/access.ts';
import { validateSettings } from '../../emulator/settings.ts';
import { logicFromWorkspaceFile } from './logic-file.ts';

const usage = `Usage: codeless emulator [--port N] [--host H] [--json] [--data FILE] [--users FILE] [--roles A,B]
                         [--logic FILE] [--app-id ID] [--api-key KEY] [--server-key KEY] [--admin-origin ORIGIN…] [settings…]
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

/** Runs the emulator command; resolves with the process exit code once the emulator has stopped. */
export async function emulatorCommand(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
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
      },
    }));
  } catch (error) {
    console.error(`codeless emulator: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }

  const port = values.port === undefined ? 0 : Number(values.port);
  if (values.port !== undefined && (!/^\d+$/.test(values.port) || port > 65_535)) {
    console.error(`codeless emulator: --port must be a whole number 0–65535, got "${values.port}"`);
    return 2;
  }

  const adminOrigins = values['admin-origin'] ?? [];
  const notOrigin = adminOrigins.find((origin) => parseOrigin(origin) === undefined);
  if (notOrigin !== undefined) {
    console.error(
      `codeless emulator: --admin-origin must be an origin such as http://localhost:5173 (scheme, host, port; ` +
        `no path), got "${notOrigin}"`,
    );
    return 2;
  }

  let settings: Partial<EmulatorSettings>;
  try {
    settings = settingsFrom(values);
  } catch (error) {
    console.error(`codeless emulator: ${(error as Error).message}`);
    return 2;
  }

  let users: SeedUser[] | undefined;
  if (values.users !== undefined) {
    try {
      users = await readSeedUsers(values.users);
    } catch (error) {
      console.error(`codeless emulator: ${(error as Error).message}`);
      return 1;
    }
  }

  let logic;
  if (values.logic !== undefined) {
    try {
      logic = await logicFromWorkspaceFile(values.logic);
    } catch (error) {
      console.error(`codeless emulator: ${(error as Error).message}`);
      return 1;
    }
  }

  let emulator;
  try {
    // Loaded once the arguments checked out: a mistake is answered without loading the server.
    const { startEmulator } = await import('../../emulator/index.ts');
    emulator = await startEmulator({
      ...settings,
      port,
      host: values.host,
      users,
      roles: values.roles === undefined ? undefined : values.roles.split(',').map((role) => role.trim()),
      dataFile: values.data,
      appId: values['app-id'],
      apiKey: values['api-key'],
      serverKey: values['server-key'],
      adminOrigins,
      logic,
    });
  } catch (error) {
    console.error(`codeless emulator: ${(error as Error).message}`);
    return 1;
  }

  // Listen for the stop signals before announcing the URL: whoever reads the announcement may signal at once.
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const { url, appId, apiKey, serverKey } = emulator;
  const consoleUrl = `${url}/_emulator/console/`;
  if (values.json) {
    console.log(JSON.stringify({ url, appId, apiKey, serverKey, consoleUrl }));
  } else {
    console.log(`Backendless emulator listening on ${url}`);
    console.log(`  app id:     ${appId}`);
    console.log(`  api key:    ${apiKey}`);
    console.log(`  server key: ${serverKey}   (CloudCode; keep it out of pages)`);
    console.log(`  app URL:    ${url}/${appId}/${apiKey}   admin: ${url}/_emulator`);
    console.log(`  console:    ${consoleUrl}   (this machine only)`);
    console.log('Press Ctrl+C to stop.');
  }

  const signal = await stopped;
  await emulator.close();
  if (!values.json) console.log(`Emulator stopped (${signal}).`);
  return 0;
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
    throw new Error((error as Error).message.replace(/^Invalid parameter /, 'invalid setting '), { cause: error });
  }
}

/** Reads a --users file: a JSON array of seed users. Throws a one-line error naming the problem. */
async function readSeedUsers(path: string): Promise<SeedUser[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read users file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { cause: error },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`users file ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(value))
    throw new Error(`users file ${path} must hold a JSON array of { "email", "password", "name"? }`);
  return value as SeedUser[];
}
