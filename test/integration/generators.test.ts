// Generators and workspaceToProgram: golden text, the program's shape, async procedures, reserved names, and
// the host generator left exactly as it was.
import * as Blockly from 'blockly';
import { javascriptGenerator, JavascriptGenerator } from 'blockly/javascript';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.ts';
import { install, loadWorkspaceJson, workspaceToFunctionBody, workspaceToProgram } from '../../index.ts';
import { createBackendless } from '../../runtime/index.ts';
import { goldenCases, type GoldenCase, type SavedWorkspace } from '../fixtures/golden-cases.ts';
import { prepareBackend } from '../helpers/golden-backend.ts';

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;
const goldenDir = new URL('../golden/', import.meta.url);

// UPDATE_GOLDEN=1 rewrites the golden files after a deliberate change (review the diff before committing). A CI
// run must compare, never bless what it generated.
const updateGolden = Boolean(process.env['UPDATE_GOLDEN']);
if (updateGolden && process.env['CI']) {
  throw new Error('UPDATE_GOLDEN is refused when CI is set: golden files are updated on purpose, by a person');
}

let emulator: Emulator;

beforeAll(async () => {
  install();
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await emulator?.close();
});

function workspaceOf(state: SavedWorkspace | object): Blockly.Workspace {
  const workspace = new Blockly.Workspace();
  loadWorkspaceJson(workspace, state);
  return workspace;
}

/** Checks that a module parses, by compiling it as an async function body minus its import and export. */
function expectModuleParses(program: string): void {
  const body = program
    .replace(/^import Backendless from '[^']+';$/m, '')
    .replace(/^export async function main/m, 'async function main');
  expect(() => new AsyncFunction('Backendless', body)).not.toThrow();
}

/**
 * Runs a generated module in this process, its import of the runtime replaced by our runtime (the sources, against
 * the emulator); resolves with what it printed and reported. A fresh backend for every program, set up as its case
 * says (settings, roles, the server key for the server-only blocks).
 */
async function runProgram(
  program: string,
  golden: GoldenCase,
): Promise<{ printed: string[]; failure: string | undefined }> {
  const apiKey = await prepareBackend(emulator, golden);
  const printed: string[] = [];
  const reported: string[] = [];
  const fakeConsole = {
    log: (...values: unknown[]) => printed.push(values.map(String).join(' ')),
    error: (...values: unknown[]) => reported.push(values.map(String).join(' ')),
  };
  const fakeProcess = { exitCode: undefined as number | undefined };
  const body = program
    .replace(/^import Backendless from '[^']+';$/m, '')
    .replace(/^export async function main/m, 'async function main');
  const backendless = createBackendless({ serverURL: emulator.url, appId: emulator.appId, apiKey });
  await new AsyncFunction('Backendless', 'console', 'globalThis', body)(backendless, fakeConsole, {
    process: fakeProcess,
  });
  expect(fakeProcess.exitCode, reported.join('\n')).toBe(reported.length > 0 ? 1 : undefined);
  return { printed, failure: reported.length > 0 ? reported.join('\n') : undefined };
}

/** Checks printed lines against a golden case's expected output. */
function expectOutput(printed: string[], golden: GoldenCase): void {
  expect(printed).toHaveLength(golden.output.length);
  golden.output.forEach((line, index) => {
    if (typeof line === 'string') expect(printed[index]).toBe(line);
    else expect(printed[index]).toMatch(line);
  });
}

describe('golden programs', () => {
  test.each(goldenCases.map((golden) => [golden.name, golden] as const))(
    '%s generates the golden program, which does what the case says',
    async (name, golden) => {
      const program = workspaceToProgram(workspaceOf(golden.workspace));
      expectModuleParses(program);
      // The behaviour is checked before the text: in UPDATE_GOLDEN mode it is what keeps a broken program from
      // being written as the new golden file.
      const { printed, failure } = await runProgram(program, golden);
      expectOutput(printed, golden);
      expect(failure).toBe(golden.failure);
      const file = new URL(`${name}.js`, goldenDir);
      if (updateGolden) writeFileSync(file, program);
      else expect(program).toBe(readFileSync(file, 'utf8'));
    },
  );

  test('the official SDK variant differs only in the import line', () => {
    expect.hasAssertions();
    for (const golden of goldenCases) {
      const workspace = workspaceOf(golden.workspace);
      const ours = workspaceToProgram(workspace);
      const sdk = workspaceToProgram(workspace, { runtime: 'backendless' });
      expect(sdk).toBe(
        ours.replace("import Backendless from 'codeless-blocks/runtime';", "import Backendless from 'backendless';"),
      );
    }
  });
});

describe('workspaceToProgram', () => {
  test('calls initApp with the backend settings, quoted', () => {
    const program = workspaceToProgram(new Blockly.Workspace(), {
      backend: { serverURL: 'https://eu-api.backendless.com', appId: "APP'ID", apiKey: 'KEY</script>' },
    });
    expect(program).toContain(
      "Backendless.initApp({\n  serverURL: 'https://eu-api.backendless.com',\n  appId: 'APP\\'ID',\n  apiKey: 'KEY\\x3C/script>',\n});\n",
    );
    expectModuleParses(program);
  });

  test('leaves initApp to the caller without backend settings', () => {
    const program = workspaceToProgram(new Blockly.Workspace(), { backend: null });
    expect(program).not.toMatch(/^Backendless\.initApp\(/m);
    expect(program).toContain('left to the code that loads this module');
  });

  test('rejects an unknown runtime, a bad backend and a non-workspace with clear errors', () => {
    const workspace = new Blockly.Workspace();
    expect(() => workspaceToProgram(workspace, { runtime: 'firebase' as never })).toThrow(
      /runtime must be 'codeless-blocks' or 'backendless', got 'firebase'/,
    );
    expect(() => workspaceToProgram(workspace, { backend: { serverURL: 'ftp://x', appId: 'a', apiKey: 'k' } })).toThrow(
      /serverURL must start with http/,
    );
    expect(() =>
      workspaceToProgram(workspace, { backend: { serverURL: 'https://x', appId: '', apiKey: 'k' } }),
    ).toThrow(/backend.appId must be a non-empty string/);
    expect(() => workspaceToProgram({} as Blockly.Workspace)).toThrow(/expects a Blockly workspace/);
  });

  test('print writes with console.log and the host generator still says window.alert afterwards', () => {
    const workspace = workspaceOf({
      blocks: {
        languageVersion: 0,
        blocks: [{ type: 'text_print', inputs: { TEXT: { shadow: { type: 'text', fields: { TEXT: 'hi' } } } } }],
      },
    });
    expect(workspaceToProgram(workspace)).toContain("console.log('hi');");
    expect(javascriptGenerator.workspaceToCode(workspace)).toContain("window.alert('hi');");
  });

  test('restores every generator member it adjusts, even when generation fails', () => {
    const before = {
      forBlock: { ...javascriptGenerator.forBlock },
      own: Object.getOwnPropertyNames(javascriptGenerator).sort(),
      prefix: javascriptGenerator.STATEMENT_PREFIX,
    };
    const workspace = workspaceOf(goldenCases.find((golden) => golden.name === 'async_procedures')!.workspace);
    workspaceToFunctionBody(workspace, { statementPrefix: 'highlightBlock(%1);\n' });
    const failing = vi.fn(() => {
      throw new Error('boom');
    });
    const generator = new JavascriptGenerator();
    Object.assign(generator.forBlock, javascriptGenerator.forBlock, { text: failing });
    expect(() =>
      workspaceToProgram(workspaceOf({ blocks: { languageVersion: 0, blocks: [{ type: 'text' }] } }), { generator }),
    ).toThrow('boom');
    expect(Object.hasOwn(generator, 'quote_')).toBe(false);
    expect(javascriptGenerator.forBlock).toEqual(before.forBlock);
    expect(Object.getOwnPropertyNames(javascriptGenerator).sort()).toEqual(before.own);
    expect(javascriptGenerator.STATEMENT_PREFIX).toBe(before.prefix);
  });

  test('user variables and functions named like runtime names are renamed, not shadowing them', () => {
    expect.hasAssertions();
    const names = ['Backendless', 'main', 'reportFailure', 'console', 'process', 'globalThis'];
    const workspace = workspaceOf({
      blocks: {
        languageVersion: 0,
        blocks: [
          { type: 'procedures_defnoreturn', fields: { NAME: 'main' }, x: 0, y: 0 },
          ...names.map((name, index) => ({
            type: 'variables_set',
            fields: { VAR: { id: name } },
            x: 0,
            y: 100 * (index + 1),
          })),
        ],
      },
      variables: names.map((name) => ({ name, id: name })),
    });
    const program = workspaceToProgram(workspace);
    const declaration = program.match(/^var (.*);$/m)?.[1]?.split(', ');
    expect(declaration).toHaveLength(names.length);
    for (const name of names) expect(declaration).not.toContain(name);
    expect(program).not.toMatch(/^function main\(/m);
    expect(program).toMatch(/^ {2}Backendless\d+ = /m);
    expectModuleParses(program);
  });

  test('reserves its names even in a generator that had generated before', () => {
    const generator = new JavascriptGenerator();
    Object.assign(generator.forBlock, javascriptGenerator.forBlock);
    generator.workspaceToCode(new Blockly.Workspace()); // builds the name database without our names
    const workspace = workspaceOf({
      blocks: { languageVersion: 0, blocks: [{ type: 'variables_set', fields: { VAR: { id: 'b' } } }] },
      variables: [{ name: 'Backendless', id: 'b' }],
    });
    expect(workspaceToProgram(workspace, { generator })).toContain('var Backendless2;');
  });
});

describe('async', () => {
  test('procedures that wait become async, callers of them too, and every call is awaited', () => {
    const body = workspaceToFunctionBody(
      workspaceOf(goldenCases.find((golden) => golden.name === 'async_procedures')!.workspace),
    );
    expect(body).toMatch(/^async function sign_in\(\) \{$/m);
    expect(body).toMatch(/^async function greet\(\) \{$/m);
    expect(body).toMatch(/^function shout\(\) \{$/m);
    expect(body).toContain("console.log('Hello, ' + String(await sign_in()));");
    expect(body).toMatch(/^await greet\(\);$/m);
    expect(body).toMatch(/^shout\(\);$/m);
  });

  test('recursive procedures that wait are async too', () => {
    const workspace = workspaceOf({
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'procedures_defnoreturn',
            fields: { NAME: 'again' },
            inputs: {
              STACK: {
                block: {
                  type: 'backendless_users_logout',
                  next: { block: { type: 'procedures_callnoreturn', extraState: { name: 'again' } } },
                },
              },
            },
          },
        ],
      },
    });
    const body = workspaceToFunctionBody(workspace);
    expect(body).toMatch(
      /^async function again\(\) \{\n {2}await Backendless\.UserService\.logout\(\);\n {2}await again\(\);\n\}/m,
    );
  });

  test('a function body runs its steps in order, each awaited', async () => {
    const calls: string[] = [];
    // Every server call stays unanswered until the test answers it; it is recorded when answered, so a step that
    // did not wait for it would be recorded before it.
    const unanswered: Array<() => void> = [];
    const answer = <T>(call: string, value: T) =>
      new Promise<T>((resolve) =>
        unanswered.push(() => {
          calls.push(call);
          resolve(value);
        }),
      );
    const fake = {
      UserService: {
        login: (login: string) => answer(`login ${login}`, { name: 'Alice', 'user-token': 'T' }),
        getCurrentUserToken: () => (calls.push('token'), 'T'),
        logout: () => answer('logout', undefined),
        getCurrentUser: async () => null,
        setCurrentUser: () => calls.push('setCurrentUser'),
        isValidLogin: () => answer('isValidLogin', false),
      },
    };
    const alice = goldenCases.find((golden) => golden.name === 'alice')!;
    const body = workspaceToFunctionBody(workspaceOf(alice.workspace));
    const log = vi.spyOn(console, 'log').mockImplementation(() => calls.push('print'));
    try {
      let finished = false;
      const run = new AsyncFunction('Backendless', body)(fake).finally(() => (finished = true));
      while (!finished) {
        // Wait until the program is waiting for a call (or has ended), then answer that call.
        await vi.waitFor(() => expect(finished || unanswered.length > 0).toBe(true), { interval: 1 });
        unanswered.shift()?.();
      }
      await run;
    } finally {
      log.mockRestore();
    }
    expect(calls).toEqual([
      'login alice@wonderland.com',
      'print',
      'token',
      'print',
      'logout',
      'token',
      'print',
      'setCurrentUser',
      'isValidLogin',
      'print',
      'print',
    ]);
  });

  test('statementPrefix marks every statement with its block id', () => {
    expect.hasAssertions();
    const workspace = workspaceOf(goldenCases.find((golden) => golden.name === 'logout')!.workspace);
    const body = workspaceToFunctionBody(workspace, {
      statementPrefix: 'highlightBlock(%1);\n',
      reservedWords: ['highlightBlock'],
    });
    const ids = [...body.matchAll(/highlightBlock\('([^']+)'\);/g)].map((match) => match[1]);
    expect(ids).toHaveLength(4);
    for (const id of ids) expect(workspace.getBlockById(id!)).not.toBeNull();
  });
});

describe('comments and naked values', () => {
  test('a block comment with \\r, U+2028 or U+2029 stays a comment', () => {
    const workspace = workspaceOf({
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'backendless_users_logout',
            icons: { comment: { text: 'a\rthrow 1\u2028throw 2\u2029throw 3\r\nthrow 4' } },
          },
        ],
      },
    });
    const body = workspaceToFunctionBody(workspace);
    expect(
      body
        .split('\n')
        .filter((line) => line.includes('throw'))
        .every((line) => line.startsWith('// ')),
    ).toBe(true);
    expect(() => new AsyncFunction('Backendless', body)).not.toThrow();
  });

  test('a lone New User block on the workspace is still valid code', () => {
    const workspace = workspaceOf({
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'backendless_users_new_user',
            inputs: { EMAIL: { shadow: { type: 'text', fields: { TEXT: 'a@b.c' } } } },
          },
        ],
      },
    });
    const body = workspaceToFunctionBody(workspace);
    expect(body).toBe("({ email: 'a@b.c' });\n");
    expect(() => new AsyncFunction('Backendless', body)).not.toThrow();
  });
});
