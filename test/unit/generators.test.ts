// Generators and workspaceToProgram: golden text, the program's shape, async procedures, reserved names, and
// the host generator left exactly as it was.
import * as Blockly from 'blockly';
import { javascriptGenerator, JavascriptGenerator } from 'blockly/javascript';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import {
  install,
  loadWorkspaceJson,
  userBlockTypes,
  workspaceToFunctionBody,
  workspaceToProgram,
} from '../../index.ts';
import { goldenCases, type SavedWorkspace } from '../fixtures/golden-cases.ts';

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;
const goldenDir = new URL('../golden/', import.meta.url);

beforeAll(() => install());

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

describe('golden programs', () => {
  test.each(goldenCases.map((golden) => [golden.name, golden] as const))(
    '%s generates the golden program',
    (name, golden) => {
      const program = workspaceToProgram(workspaceOf(golden.workspace));
      const file = new URL(`${name}.js`, goldenDir);
      // UPDATE_GOLDEN=1 rewrites the files after a deliberate change; review the diff before committing.
      if (process.env['UPDATE_GOLDEN']) writeFileSync(file, program);
      expect(program).toBe(readFileSync(file, 'utf8'));
      expectModuleParses(program);
    },
  );

  test('the official SDK variant differs only in the import line', () => {
    for (const golden of goldenCases) {
      const workspace = workspaceOf(golden.workspace);
      const ours = workspaceToProgram(workspace);
      const sdk = workspaceToProgram(workspace, { runtime: 'backendless' });
      expect(sdk).toBe(
        ours.replace("import Backendless from 'codeless-blocks/runtime';", "import Backendless from 'backendless';"),
      );
    }
  });

  test('every block of the library appears in at least one golden program', () => {
    const used = new Set<string>();
    for (const golden of goldenCases) {
      for (const block of workspaceOf(golden.workspace).getAllBlocks(false)) used.add(block.type);
    }
    expect(userBlockTypes.filter((type) => !used.has(type))).toEqual([]);
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
    const fake = {
      UserService: {
        login: async (login: string) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          calls.push(`login ${login}`);
          return { name: 'Alice', 'user-token': 'T' };
        },
        getCurrentUserToken: () => (calls.push('token'), 'T'),
        logout: async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          calls.push('logout');
        },
        getCurrentUser: async () => null,
        setCurrentUser: () => calls.push('setCurrentUser'),
        isValidLogin: async () => (calls.push('isValidLogin'), false),
      },
    };
    const alice = goldenCases.find((golden) => golden.name === 'alice')!;
    const body = workspaceToFunctionBody(workspaceOf(alice.workspace));
    const log = vi.spyOn(console, 'log').mockImplementation(() => calls.push('print'));
    try {
      await new AsyncFunction('Backendless', body)(fake);
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
