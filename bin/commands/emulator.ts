// `codeless emulator`: starts the local Backendless-compatible emulator and serves until SIGINT/SIGTERM.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startEmulator, type SeedUser } from '../../emulator/index.ts';

const usage = `Usage: codeless emulator [--port N] [--host H] [--json] [--data FILE] [--users FILE]
                         [--app-id ID] [--api-key KEY]
  --port N        port to listen on (default 0: a free port)
  --host H        interface to listen on (default 127.0.0.1)
  --json          print one JSON line {"url","appId","apiKey"} once listening
  --data FILE     keep users and sessions in FILE across restarts (one emulator per
                  file; a symbolic link is written through to its target)
  --users FILE    seed users: a JSON array of { "email", "password", "name"?, ...columns }
  --app-id ID     application id (default C0DE1E55-B10C-4E55-A11C-E0000000A11C)
  --api-key KEY   API key (default E30CA7E1-A11C-4E55-B10C-C0DE1E55AB1E)`;

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
        'app-id': { type: 'string' },
        'api-key': { type: 'string' },
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

  let users: SeedUser[] | undefined;
  if (values.users !== undefined) {
    try {
      users = await readSeedUsers(values.users);
    } catch (error) {
      console.error(`codeless emulator: ${(error as Error).message}`);
      return 1;
    }
  }

  let emulator;
  try {
    emulator = await startEmulator({
      port,
      host: values.host,
      users,
      dataFile: values.data,
      appId: values['app-id'],
      apiKey: values['api-key'],
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
  const { url, appId, apiKey } = emulator;
  if (values.json) {
    console.log(JSON.stringify({ url, appId, apiKey }));
  } else {
    console.log(`Backendless emulator listening on ${url}`);
    console.log(`  app id:  ${appId}`);
    console.log(`  api key: ${apiKey}`);
    console.log(`  app URL: ${url}/${appId}/${apiKey}   admin: ${url}/_emulator`);
    console.log('Press Ctrl+C to stop.');
  }

  const signal = await stopped;
  await emulator.close();
  if (!values.json) console.log(`Emulator stopped (${signal}).`);
  return 0;
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
