// The `codeless` command as a user runs it: generate, run (embedded emulator or a given backend), and the
// one-line errors for files that are missing, malformed or name blocks nobody installed.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as Blockly from 'blockly';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { installServerLogic, loadWorkspaceJson, workspaceToProgram } from '../../index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = `${root}node_modules/.bin/node`;
const tmp = `${root}.tmp/cli-test/`;
const alice = `${root}playground/scenario/alice.json`;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** `print "before the loop"`, then `while (true) {}`: a program that never ends on its own. */
const endlessLoop = {
  blocks: {
    languageVersion: 0,
    blocks: [
      {
        type: 'text_print',
        inputs: { TEXT: { block: { type: 'text', fields: { TEXT: 'before the loop' } } } },
        next: {
          block: {
            type: 'controls_whileUntil',
            fields: { MODE: 'WHILE' },
            inputs: { BOOL: { block: { type: 'logic_boolean', fields: { BOOL: 'TRUE' } } } },
          },
        },
      },
    ],
  },
};

async function codeless(...args: string[]): Promise<Result> {
  return run(`${root}bin/codeless.ts`, ...args);
}

async function run(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await promisify(execFile)(node, args, { cwd: root, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The alice scenario's JSON with another password typed into the login block. */
async function aliceWithPasswordText(password: string): Promise<string> {
  const json = JSON.parse(await readFile(alice, 'utf8')) as unknown;
  return JSON.stringify(json).replace('"TEXT":"wonderland"', `"TEXT":${JSON.stringify(password)}`);
}

/** The alice scenario with another password typed into the login block, as a file. */
async function aliceWithPassword(password: string): Promise<string> {
  const file = `${tmp}alice-wrong-password.json`;
  await writeFile(file, await aliceWithPasswordText(password));
  return file;
}

function expectOneLineError(result: Result, pattern: RegExp): void {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

let emulator: Emulator;

beforeAll(async () => {
  await mkdir(tmp, { recursive: true });
  emulator = await startEmulator();
});

afterAll(async () => {
  await emulator?.close();
});

describe('codeless run', () => {
  it('runs the alice scenario against an emulator started for the run', async () => {
    const result = await codeless('run', alice);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('Logged in as Alice');
    expect(lines[1]).toMatch(/^User token: [0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(lines).toContain('Session ended. Current user token: null');
    expect(lines).toContain('Old token still valid: false');
    expect(result.stdout).toMatch(/Old token rejected: 3064 Not existing user token/);
  });

  it('runs against the backend given by --server-url, --app-id and --api-key and leaves no session behind', async () => {
    const result = await codeless(
      'run',
      alice,
      '--server-url',
      emulator.url,
      '--app-id',
      emulator.appId,
      '--api-key',
      emulator.apiKey,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Logged in as Alice\n/);
    const { sessions } = (await (await fetch(`${emulator.url}/_emulator/sessions`)).json()) as { sessions: unknown[] };
    expect(sessions).toEqual([]);
  });

  it('exits 1 with "3003 Invalid login or password" when the password is wrong', async () => {
    const result = await codeless('run', await aliceWithPassword('not the password'));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('codeless run: 3003 Invalid login or password');
  });

  it('shows the Backendless error for a wrong API key', async () => {
    const result = await codeless(
      'run',
      alice,
      '--server-url',
      emulator.url,
      '--app-id',
      emulator.appId,
      '--api-key',
      'WRONG-KEY',
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^codeless run: (2002|3007) /);
  });

  it('stops a program that runs longer than --timeout, in one line, with exit code 124, keeping its output', async () => {
    const file = `${tmp}endless-loop.json`;
    await writeFile(file, JSON.stringify(endlessLoop));
    const started = performance.now();
    const result = await codeless('run', file, '--timeout', '1');
    expect(result.code).toBe(124);
    expect(result.stdout).toBe('before the loop\n');
    expect(result.stderr).toBe(
      'codeless run: stopped: the program was still running after 1 s (--timeout 1; 0 = no limit)\n',
    );
    // Startup (Blockly, the emulator) is not counted; the loop itself ends after about a second.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('documents the time limit and its default, and refuses a bad --timeout with exit code 2', async () => {
    expect.hasAssertions();
    const help = await codeless('run', '--help');
    expect(help.stdout).toMatch(/--timeout {2}seconds the program may run .*\n.*\(default 60; 0 = no limit\)/);
    for (const value of ['x', '-1', '1e3', '9999999']) {
      const result = await codeless('run', alice, `--timeout=${value}`);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--timeout must be a number of seconds/);
    }
  });

  it('never prints a password given in --server-url', async () => {
    expect.hasAssertions();
    for (const url of ['http://admin:s3cret@127.0.0.1:1', 'ftp://admin:s3cret@example.com', 'admin:s3cret@x']) {
      const result = await codeless('run', alice, '--server-url', url, '--app-id', 'A', '--api-key', 'K');
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--server-url must not contain a user name or password/);
      expect(result.stderr + result.stdout).not.toContain('s3cret');
    }
  });

  it('says so in one line when the backend is down', async () => {
    const result = await codeless(
      'run',
      alice,
      '--server-url',
      'http://127.0.0.1:9',
      '--app-id',
      'A',
      '--api-key',
      'K',
    );
    expectOneLineError(result, /^codeless run: /);
  });
});

describe('codeless generate', () => {
  it('prints a program for the official SDK that runs unchanged with the backendless package', async () => {
    const generated = await codeless(
      'generate',
      alice,
      '--target',
      'backendless',
      '--server-url',
      emulator.url,
      '--app-id',
      emulator.appId,
      '--api-key',
      emulator.apiKey,
    );
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/^import Backendless from 'backendless';$/m);
    const file = `${tmp}alice-backendless.mjs`;
    await writeFile(file, generated.stdout);
    const result = await run(file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Logged in as Alice\nUser token: [0-9A-F-]{36}\n/);
    expect(result.stdout).toMatch(/Old token still valid: false/);
  });

  it('prints a program for our runtime that runs with node', async () => {
    const generated = await codeless(
      'generate',
      alice,
      '--server-url',
      emulator.url,
      '--app-id',
      emulator.appId,
      '--api-key',
      emulator.apiKey,
    );
    expect(generated.stdout).toMatch(/^import Backendless from 'codeless-blocks\/runtime';$/m);
    const file = `${tmp}alice-codeless.mjs`;
    await writeFile(file, generated.stdout);
    const result = await run(file);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Old token rejected: 3064/);
  });

  it('prints what the library generates in this process, without loading jsdom', async () => {
    // Headless Blockly needs a DOM only to keep its XML copy of each shadow block; the CLI gives it
    // @xmldom/xmldom's instead of jsdom's, which takes longer to load than the rest of a run.
    const failOnJsdom = `data:text/javascript,${encodeURIComponent(
      "import { registerHooks } from 'node:module';" +
        "registerHooks({ resolve(specifier, context, next) { if (specifier === 'jsdom') throw new Error('jsdom was loaded'); return next(specifier, context); } });",
    )}`;
    // The scenario, with markup, an XML terminator and control characters typed into a shadow block's text.
    const hostile = `${tmp}alice-hostile-shadow.json`;
    const password = '<x a="]]>">&amp;\u0001\u0000\r\n\'\u{1F600}';
    await writeFile(hostile, await aliceWithPasswordText(password));
    installServerLogic();
    for (const file of [alice, hostile]) {
      const generated = await run('--import', failOnJsdom, `${root}bin/codeless.ts`, 'generate', file);
      expect(generated.stderr).toBe('');
      expect(generated.code).toBe(0);
      const workspace = new Blockly.Workspace();
      try {
        loadWorkspaceJson(workspace, await readFile(file, 'utf8'));
        expect(generated.stdout).toBe(workspaceToProgram(workspace, { runtime: 'codeless-blocks' }));
      } finally {
        workspace.dispose();
      }
    }
  });

  it('leaves initApp to the caller when no backend is given', async () => {
    const generated = await codeless('generate', alice);
    expect(generated.code).toBe(0);
    expect(generated.stdout).not.toMatch(/Backendless\.initApp\(\{/);
  });

  it('prints the event handlers for CodeRunner and for the emulator, and refuses a backend for them', async () => {
    const example = `${root}examples/event-handlers/workspace.json`;
    const coderunner = await codeless('generate', example, '--target', 'coderunner');
    expect(coderunner.code).toBe(0);
    expect(coderunner.stdout).toBe(
      await readFile(`${root}test/golden/server-logic/event_handlers.coderunner.js`, 'utf8'),
    );
    const emulatorTarget = await codeless('generate', example, '--target', 'emulator');
    expect(emulatorTarget.code).toBe(0);
    expect(emulatorTarget.stdout).toMatch(/^export default function \(Backendless\) \{$/m);
    const withBackend = await codeless('generate', example, '--target', 'coderunner', '--server-url', emulator.url);
    expect(withBackend.code).toBe(2);
    expect(withBackend.stderr).toMatch(/give --server-url, --app-id and --api-key together/);
    const allThree = ['--server-url', emulator.url, '--app-id', emulator.appId, '--api-key', emulator.apiKey];
    const refused = await codeless('generate', example, '--target', 'emulator', ...allThree);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/are for client programs, not --target emulator/);
  });
});

describe('bad workspace files', () => {
  it('names a missing file', async () => {
    expectOneLineError(
      await codeless('generate', `${tmp}does-not-exist.json`),
      /no such workspace file: .*does-not-exist\.json/,
    );
  });

  it('names malformed JSON', async () => {
    const file = `${tmp}malformed.json`;
    await writeFile(file, '{"blocks": {"blocks": [');
    expectOneLineError(await codeless('run', file), /malformed\.json is not valid JSON/);
  });

  it('names an unknown block type', async () => {
    const file = `${tmp}unknown.json`;
    await writeFile(
      file,
      JSON.stringify({ blocks: { languageVersion: 0, blocks: [{ type: 'someone_elses_block', id: 'x' }] } }),
    );
    expectOneLineError(await codeless('generate', file), /someone_elses_block/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = `${tmp}huge.json`;
    await writeFile(file, Buffer.alloc(17 * 1024 * 1024, 0x20));
    expectOneLineError(await codeless('generate', file), /MiB; the limit is 16 MiB/);
  });

  it('explains wrong arguments with the usage and exit code 2', async () => {
    const result = await codeless('generate', alice, '--target', 'python');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--target must be codeless-blocks, backendless, coderunner or emulator/);
    expect((await codeless('run', alice, '--server-url', emulator.url)).code).toBe(2);
    expect((await codeless('frobnicate')).code).toBe(2);
  });
});
