// Hostile workspace files: unknown blocks, malformed structure, cycles, deep nesting, extreme mutator state
// and 100 MB sizes — through the library (`loadWorkspaceJson`) and the CLI (`codeless generate`). Each must end
// in a clear error that names the problem, leave the current workspace as it was, keep memory bounded and
// never crash the process. And hostile programs, run for real (`codeless run`, and the exported module with our
// runtime and with the official SDK): property names must not reach a prototype, and a call spelled in another
// case than its function must still wait for it.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Blockly from 'blockly';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { install, loadWorkspaceJson, workspaceToProgram } from '../../index.ts';

const NODE = resolve('node_modules/.bin/node');
const CLI = resolve('bin/codeless.ts');
const SCENARIO = resolve('playground/scenario/alice.json');
let directory: string;
let workspace: Blockly.Workspace;
let tried = 0;

type Json = Record<string, unknown>;
const saved = (...blocks: unknown[]): Json => ({ blocks: { languageVersion: 0, blocks } });
const LOGOUT = { type: 'backendless_users_logout' };

/** Loads hostile JSON; returns the error it must throw, and checks the workspace was left as it was. */
function refusal(json: unknown): Error {
  tried += 1;
  const before = JSON.stringify(Blockly.serialization.workspaces.save(workspace));
  let error: unknown;
  try {
    loadWorkspaceJson(workspace, json);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(Error);
  expect(JSON.stringify(Blockly.serialization.workspaces.save(workspace))).toBe(before);
  return error as Error;
}

/** Runs `codeless generate <file>`; resolves with its exit code and output (killed after `timeoutMs`). */
function generate(file: string, timeoutMs = 20_000) {
  return execute([CLI, 'generate', file], timeoutMs);
}

/** Runs Node with `args`; resolves with its exit code and output (killed after `timeoutMs`). */
function execute(
  args: string[],
  timeoutMs = 20_000,
): Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }> {
  tried += 1;
  return new Promise((resolveRun) => {
    execFile(NODE, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const failed = error as (Error & { code?: number; killed?: boolean }) | null;
      resolveRun({
        code: failed ? (typeof failed.code === 'number' ? failed.code : null) : 0,
        stdout,
        stderr,
        killed: failed?.killed ?? false,
      });
    });
  });
}

beforeAll(async () => {
  install();
  directory = await mkdtemp(join(tmpdir(), 'codeless-hostile-ws-'));
});

afterAll(async () => {
  console.info(`hostile workspaces: ${tried} tried`);
  await rm(directory, { recursive: true, force: true });
});

beforeEach(() => {
  workspace?.dispose();
  workspace = new Blockly.Workspace();
  // Something to lose: every refusal must leave this in place.
  loadWorkspaceJson(workspace, saved(LOGOUT));
});

describe('workspace files the library refuses clearly, leaving the workspace as it was', () => {
  it('unknown blocks are named with their place in the file', () => {
    const error = refusal(
      saved(LOGOUT, { type: 'acme_payments_charge', next: { block: { type: 'acme_payments_refund' } } }),
    );
    expect(error.message).toContain('unknown block type "acme_payments_charge" (at blocks.blocks[1])');
    expect(error.message).toContain('unknown block type "acme_payments_refund" (at blocks.blocks[1].next.block)');
    expect(error.message).toContain('library that is not installed');
  });

  it('names that collide with Object.prototype are unknown blocks, not a crash', () => {
    expect.hasAssertions();
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(refusal(JSON.parse(`{"blocks":{"languageVersion":0,"blocks":[{"type":"${type}"}]}}`)).message).toContain(
        `unknown block type "${type}"`,
      );
    }
  });

  it('structural junk is named: not JSON, not an object, blocks not a list, inputs not objects, bad variables', () => {
    expect(refusal('{"blocks": ').message).toMatch(/not valid JSON/);
    expect(refusal('[1,2,3]').message).toMatch(/must be a JSON object.*got an array/);
    expect(refusal(null).message).toMatch(/got null/);
    expect(refusal({ blocks: { blocks: 'all of them' } }).message).toContain(
      '"blocks" must be an object with a "blocks" array',
    );
    expect(refusal(saved({ type: 'text_print', inputs: { TEXT: 'hello' } })).message).toContain(
      'blocks.blocks[0].inputs.TEXT is not an object',
    );
    expect(refusal({ variables: [{ name: 1 }], ...saved() }).message).toContain(
      'variables[0] must have a string "name" and "id"',
    );
  });

  it('inputs a block does not have, and wrongly typed connections, are refused by name', () => {
    expect(
      refusal(
        saved({
          type: 'backendless_users_login',
          inputs: { NOPE: { block: { type: 'text', fields: { TEXT: 'x' } } } },
        }),
      ).message,
    ).toMatch(/missing a\(n\) NOPE/);
    expect(
      refusal(
        saved({
          type: 'backendless_users_login',
          inputs: { LOGIN: { block: { type: 'logic_boolean', fields: { BOOL: 'TRUE' } } } },
        }),
      ).message,
    ).toMatch(/Connection checks failed/);
  });

  it('500 problems are summed up, not listed one by one', () => {
    const error = refusal(saved(...Array.from({ length: 500 }, (_, index) => ({ type: `unknown_${index}` }))));
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.message).toMatch(/and 495 more problems/);
  });

  it('a cyclic or 5,000-deep block tree throws an Error without crashing, leaving the workspace as it was', () => {
    const cyclic: Json = { type: 'text_print', inputs: {} };
    (cyclic.inputs as Json).TEXT = { block: cyclic };
    refusal(saved(cyclic));
    let deep: Json = { ...LOGOUT };
    for (let depth = 0; depth < 5_000; depth += 1) deep = { ...LOGOUT, next: { block: deep } };
    refusal(saved(deep));
    // And the library still works afterwards.
    expect(workspaceToProgram(workspace)).toContain('await Backendless.UserService.logout();');
  });

  it('a cyclic or 5,000-deep block tree gets a clear message, not "Maximum call stack size exceeded"', () => {
    const cyclic: Json = { ...LOGOUT };
    cyclic.next = { block: cyclic };
    expect(refusal(saved(cyclic)).message).toMatch(/blocks\.blocks\[0\]\.next\.block contains itself \(a cycle\)/);
    let deep: Json = { ...LOGOUT };
    for (let depth = 0; depth < 5_000; depth += 1) deep = { ...LOGOUT, next: { block: deep } };
    expect(refusal(saved(deep)).message).toMatch(/nested more than 1000 deep under blocks\.blocks\[0\]/);
  });

  it('a stack 1,000 blocks deep still loads and generates', () => {
    let deep: Json = { ...LOGOUT };
    for (let depth = 1; depth < 1_000; depth += 1) deep = { ...LOGOUT, next: { block: deep } };
    loadWorkspaceJson(workspace, saved(deep));
    expect(workspaceToProgram(workspace).match(/await Backendless\.UserService\.logout\(\);/g)).toHaveLength(1_000);
  });

  it('variable and function names with an unpaired surrogate are refused by name, not with a URIError', () => {
    const variable = { ...saved(LOGOUT), variables: [{ name: 'x\uD800', id: 'v1' }] };
    expect(refusal(variable).message).toMatch(/variables\[0\] has a name with an unpaired surrogate/);
    const procedure = saved({ type: 'procedures_defnoreturn', fields: { NAME: '\uDC00f' } });
    expect(refusal(procedure).message).toMatch(/names a function with an unpaired surrogate/);
  });
});

describe('codeless generate with hostile files', () => {
  it('a 100 MB workspace file is refused before it is read, in one line', async () => {
    const file = join(directory, 'huge.json');
    // Sparse: 100 MB on paper, nothing on disk; the CLI must refuse it by size without reading it.
    const handle = await open(file, 'w');
    await handle.truncate(100 * 1024 * 1024);
    await handle.close();
    const started = performance.now();
    const run = await generate(file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^codeless: workspace file .*huge\.json is 100\.0 MiB; the limit is 16 MiB$/);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('a 15 MB file under the limit that is not a workspace gets one clear line', async () => {
    const file = join(directory, 'junk.json');
    await writeFile(file, `[${'1,'.repeat(7_500_000)}1]`);
    const run = await generate(file);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^codeless: workspace file .*junk\.json: .*must be a JSON object.*got an array/);
  });

  it('unknown blocks and a cycle-free but 5,000-deep file end in one line, exit code 1, no stack trace', async () => {
    const unknown = join(directory, 'unknown.json');
    await writeFile(unknown, JSON.stringify(saved({ type: 'acme_payments_charge' })));
    const first = await generate(unknown);
    expect(first.code).toBe(1);
    expect(first.stderr.trim().split('\n')).toHaveLength(1);
    expect(first.stderr).toContain('unknown block type "acme_payments_charge"');

    const deep = join(directory, 'deep.json');
    const open5000 = '{"type":"backendless_users_logout","next":{"block":'.repeat(5_000);
    await writeFile(
      deep,
      `{"blocks":{"languageVersion":0,"blocks":[${open5000}{"type":"backendless_users_logout"}${'}}'.repeat(5_000)}]}}`,
    );
    const second = await generate(deep);
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).not.toMatch(/\n\s+at /);
  });

  it('a 100-byte file asking text_join for a billion inputs is refused quickly, in one line', async () => {
    const bomb = join(directory, 'bomb.json');
    await writeFile(
      bomb,
      JSON.stringify(
        saved({
          type: 'text_print',
          inputs: { TEXT: { block: { type: 'text_join', extraState: { itemCount: 1e9 } } } },
        }),
      ),
    );
    // "Quickly" is measured against the same command on the scenario, run just before on the same machine: a loaded
    // machine slows both alike, while a billion inputs would keep the process busy for hours, not seconds.
    const scenarioStart = performance.now();
    expect((await generate(SCENARIO)).code).toBe(0);
    const scenarioMs = performance.now() - scenarioStart;
    const bombStart = performance.now();
    const run = await generate(bomb, 60_000);
    expect(run.killed).toBe(false);
    expect(performance.now() - bombStart).toBeLessThan(2 * scenarioMs + 1_000);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/extraState\.itemCount asks for 1000000000 items; at most 1000 are loaded/);
  }, 120_000);
});

describe('hostile programs, run for real', () => {
  const text = (value: string): Json => ({ shadow: { type: 'text', fields: { TEXT: value } } });
  const get = (id: string): Json => ({ block: { type: 'variables_get', fields: { VAR: { id } } } });
  /** Statement blocks, top to bottom. */
  const stack = (...blocks: Json[]): Json => {
    const copies = blocks.map((block) => ({ ...block }));
    for (let index = copies.length - 2; index >= 0; index -= 1) copies[index]!.next = { block: copies[index + 1] };
    return copies[0]!;
  };
  const set = (id: string, value: Json): Json => ({
    type: 'variables_set',
    fields: { VAR: { id } },
    inputs: { VALUE: value },
  });
  const print = (...parts: Json[]): Json => ({
    type: 'text_print',
    inputs: {
      TEXT: {
        block: {
          type: 'text_join',
          extraState: { itemCount: parts.length },
          inputs: Object.fromEntries(parts.map((part, index) => [`ADD${index}`, part])),
        },
      },
    },
  });
  const property = (name: Json, user: Json): Json => ({
    block: { type: 'backendless_users_get_property', inputs: { PROPERTY: name, USER: user } },
  });
  const setProperty = (name: Json, user: Json, value: Json): Json => ({
    type: 'backendless_users_set_property',
    inputs: { PROPERTY: name, USER: user, VALUE: value },
  });
  const attempt = (label: string, attack: Json): Json => ({
    type: 'backendless_users_try_catch',
    fields: { ERROR: { id: 'error' } },
    inputs: { DO: { block: attack }, CATCH: { block: print(text(`refused ${label}`)) } },
  });
  const loginAlice = (shape: string): Json => ({
    type: shape,
    inputs: {
      LOGIN: text('alice@wonderland.com'),
      PASSWORD: text('wonderland'),
      STAY_LOGGED_IN: { shadow: { type: 'logic_boolean', fields: { BOOL: 'FALSE' } } },
    },
  });

  /** Pollution attempts through a logged-in user object, then probes that would show pollution, then ordinary use. */
  const pollution = {
    blocks: {
      languageVersion: 0,
      blocks: [
        stack(
          set('u', { block: loginAlice('backendless_users_login') }),
          attempt('1', setProperty(text('polluted'), property(text('__proto__'), get('u')), text('yes'))),
          set('k', text('__proto__')),
          attempt('2', setProperty(text('polluted'), property(get('k'), get('u')), text('yes'))),
          attempt(
            '3',
            setProperty(
              text('polluted'),
              property(text('prototype'), property(text('constructor'), get('u'))),
              text('yes'),
            ),
          ),
          set('list', { block: { type: 'lists_create_with', extraState: { itemCount: 0 } } }),
          attempt('4', setProperty(text('polluted'), property(get('k'), get('list')), text('yes'))),
          setProperty(get('k'), get('u'), text('data')),
          print(text('own __proto__: '), property(text('__proto__'), get('u'))),
          print(text('name: '), property(text('name'), get('u'))),
          print(
            text('Object.prototype.polluted: '),
            property(text('polluted'), { block: { type: 'backendless_users_new_user' } }),
          ),
          print(text('Array.prototype.polluted: '), property(text('polluted'), get('list'))),
        ),
      ],
    },
    variables: ['u', 'k', 'list', 'error'].map((name) => ({ name, id: name })),
  };
  const pollutionOutput = [
    'refused 1',
    'refused 2',
    'refused 3',
    'refused 4',
    'own __proto__: data',
    'name: Alice',
    'Object.prototype.polluted: undefined',
    'Array.prototype.polluted: undefined',
  ];

  /** A user function "doLogin" called as "DoLogin": Blockly's names are case-insensitive, so it is the same one. */
  const caseFoldedCall = {
    blocks: {
      languageVersion: 0,
      blocks: [
        {
          type: 'procedures_defnoreturn',
          fields: { NAME: 'doLogin' },
          inputs: {
            STACK: { block: stack(loginAlice('backendless_users_login_statement'), print(text('in procedure'))) },
          },
        },
        {
          ...stack({ type: 'procedures_callnoreturn', extraState: { name: 'DoLogin' } }, print(text('after call'))),
          y: 300,
        },
      ],
    },
  };

  let emulator: Emulator;
  const workDir = resolve(`.tmp/hostile-programs-${process.pid}`);

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
    await mkdir(workDir, { recursive: true });
  });

  afterAll(async () => {
    await emulator?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  /** Writes a workspace file and runs `codeless run` on it (its own emulator, our runtime). */
  async function codelessRun(name: string, saved: Json) {
    const file = join(directory, `${name}.json`);
    await writeFile(file, JSON.stringify(saved));
    return execute([CLI, 'run', file], 30_000);
  }

  /**
   * Runs the exported module in a Node process of its own, after `initApp` against the test's emulator; the runner
   * then prints whether Object.prototype, Array.prototype or Function.prototype changed.
   */
  async function runModule(name: string, saved: Json, runtime: 'codeless-blocks' | 'backendless') {
    const source = runtime === 'backendless' ? 'backendless' : pathToFileURL(resolve('runtime/index.ts')).href;
    loadWorkspaceJson(workspace, saved);
    const program = workspaceToProgram(workspace, { runtime: 'backendless' }).replace(
      "import Backendless from 'backendless';",
      `import Backendless from '${source}';`,
    );
    await writeFile(join(workDir, `${name}.${runtime}.mjs`), program);
    const runner = join(workDir, `${name}.${runtime}.runner.mjs`);
    await writeFile(
      runner,
      `import Backendless from '${source}';\n` +
        `Backendless.initApp(${JSON.stringify({ serverURL: emulator.url, appId: emulator.appId, apiKey: emulator.apiKey })});\n` +
        `const state = () => JSON.stringify([Object.prototype, Array.prototype, Function.prototype].map((p) =>\n` +
        `  Reflect.ownKeys(p).map((key) => [String(key), Object.getOwnPropertyDescriptor(p, key).value === undefined])));\n` +
        `const before = state();\n` +
        `await import('./${name}.${runtime}.mjs');\n` +
        `console.log(state() === before ? 'prototypes unchanged' : 'PROTOTYPES CHANGED');\n`,
    );
    return execute([runner], 30_000);
  }

  it('codeless run: __proto__, constructor and prototype as property names reach no prototype; properties still work', async () => {
    const run = await codelessRun('pollution', pollution);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toEqual(pollutionOutput);
    expect(run.code).toBe(0);
  });

  it.each(['codeless-blocks', 'backendless'] as const)(
    'the exported module with %s: the same program changes no prototype',
    async (runtime) => {
      const run = await runModule('pollution', pollution, runtime);
      expect(run.stderr).toBe('');
      expect(run.stdout.trimEnd().split('\n')).toEqual([...pollutionOutput, 'prototypes unchanged']);
      expect(run.code).toBe(0);
    },
  );

  it('codeless run: a call "DoLogin" to the function "doLogin" waits for it ("after call" prints last)', async () => {
    const run = await codelessRun('case-folded-call', caseFoldedCall);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('in procedure\nafter call\n');
    expect(run.code).toBe(0);
  });
});
