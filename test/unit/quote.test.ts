// Any string a user types reaches the program as exactly that string: quoteJs on its own, and every text input
// of every block through workspaceToFunctionBody and workspaceToProgram, fed by fast-check.
import * as Blockly from 'blockly';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { install, loadWorkspaceJson, quoteJs, workspaceToFunctionBody, workspaceToProgram } from '../../index.ts';

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

// Strings that have broken code generators before, plus every kind of UTF-16 unit.
const nastyStrings = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom(
      '\\',
      "'",
      '"',
      '`',
      '$',
      '{',
      '}',
      '\r',
      '\n',
      '\u2028',
      '\u2029',
      '<',
      '/',
      '!',
      '-',
      's',
      '\ud800',
      '\udc00',
      '\0',
      '\ufeff',
      '*',
    ),
  }),
  fc.constantFrom(
    '</script><script>alert(1)</script>',
    '${process.exit(1)}',
    "'); process.exit(1); ('",
    '\\',
    '\ud83d',
    '\ude00\ud83d',
    '<!--',
    '\\u2028',
  ),
);

beforeAll(() => install());

// String.prototype.isWellFormed is ES2024, newer than the project's `lib`; Node 24 has it.
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

describe('quoteJs', () => {
  test('evaluates back to exactly the input for any string', () => {
    expect.hasAssertions();
    fc.assert(
      fc.property(nastyStrings, (text) => {
        const literal = quoteJs(text);
        expect(new Function(`return ${literal};`)()).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  test('writes no raw line terminator, lone surrogate or </script into the code', () => {
    expect.hasAssertions();
    fc.assert(
      fc.property(nastyStrings, (text) => {
        const literal = quoteJs(text);
        expect(literal).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(literal).not.toMatch(/<\/script|<!--/i);
        expect(isWellFormed(literal)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('keeps ordinary text readable', () => {
    expect(quoteJs('alice@wonderland.com')).toBe("'alice@wonderland.com'");
    expect(quoteJs('Grüße 😀')).toBe("'Grüße 😀'");
    expect(quoteJs("it's")).toBe("'it\\'s'");
    expect(quoteJs('a\nb')).toBe("'a\\nb'");
  });

  test('refuses a non-string with a TypeError', () => {
    expect.hasAssertions();
    expect(() => quoteJs(42 as unknown as string)).toThrow(TypeError);
  });
});

// One workspace with every text socket of our blocks holding a generated string; the fake Backendless records
// what reaches each call.
function workspaceWithEveryTextInput(values: string[]): Blockly.Workspace {
  let index = 0;
  const text = () => ({ shadow: { type: 'text', fields: { TEXT: values[index++ % values.length] } } });
  const chain = (blocks: object[]) => {
    for (let i = blocks.length - 2; i >= 0; i--) (blocks[i] as { next?: object }).next = { block: blocks[i + 1] };
    return blocks[0];
  };
  const workspace = new Blockly.Workspace();
  loadWorkspaceJson(workspace, {
    blocks: {
      languageVersion: 0,
      blocks: [
        chain([
          { type: 'backendless_users_login_statement', inputs: { LOGIN: text(), PASSWORD: text() } },
          {
            type: 'text_print',
            inputs: {
              TEXT: { block: { type: 'backendless_users_login', inputs: { LOGIN: text(), PASSWORD: text() } } },
            },
          },
          { type: 'backendless_users_set_user_token', inputs: { TOKEN: text() } },
          {
            type: 'backendless_users_register_statement',
            inputs: {
              USER: {
                block: {
                  type: 'backendless_users_new_user',
                  inputs: { EMAIL: text(), PASSWORD: text(), NAME: text() },
                },
              },
            },
          },
          {
            type: 'variables_set',
            fields: { VAR: { id: 'u' } },
            inputs: { VALUE: { block: { type: 'backendless_users_new_user', inputs: { EMAIL: text() } } } },
          },
          {
            type: 'backendless_users_set_property',
            inputs: {
              PROPERTY: text(),
              USER: { block: { type: 'variables_get', fields: { VAR: { id: 'u' } } } },
              VALUE: text(),
            },
          },
          {
            type: 'text_print',
            inputs: {
              TEXT: {
                block: {
                  type: 'backendless_users_get_property',
                  inputs: {
                    PROPERTY: text(),
                    USER: { block: { type: 'variables_get', fields: { VAR: { id: 'u' } } } },
                  },
                },
              },
            },
          },
          { type: 'text_print', inputs: { TEXT: text() } },
        ]),
      ],
    },
    variables: [{ name: 'u', id: 'u' }],
  });
  return workspace;
}

describe('every text input', () => {
  test('carries the exact string into the running program', async () => {
    expect.hasAssertions();
    await fc.assert(
      fc.asyncProperty(fc.array(nastyStrings, { minLength: 1, maxLength: 16 }), async (values) => {
        const workspace = workspaceWithEveryTextInput(values);
        const seen: unknown[] = [];
        const fake = {
          UserService: {
            login: async (login: string, password: string) => (seen.push(login, password), { name: 'x' }),
            setCurrentUserToken: (token: string) => seen.push(token),
            register: async (user: Record<string, string>) => (
              seen.push(user['email'], user['password'], user['name']),
              user
            ),
          },
        };
        const body = workspaceToFunctionBody(workspace);
        const printed: unknown[] = [];
        const console = { log: (value: unknown) => printed.push(value) };
        await new AsyncFunction('Backendless', 'console', body)(fake, console);
        // Texts in socket order: login, password, login, password, token, email, password, name, email,
        // property, value, property (read back), printed text.
        const at = (position: number) => values[position % values.length];
        expect(seen).toEqual([at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7)]);
        // The same steps on a plain object give what "get property" must have read: names are the object's own
        // properties (one it inherits, such as `toString` or `__proto__`, is no exception — docs/ARCHITECTURE.md).
        const user: Record<string, unknown> = { email: at(8) };
        Object.defineProperty(user, at(9)!, { value: at(10), enumerable: true, writable: true, configurable: true });
        const read = Object.hasOwn(user, at(11)!) ? user[at(11)!] : undefined;
        expect(printed).toEqual([{ name: 'x' }, read, at(12)]);
        workspace.dispose();
      }),
      { numRuns: 400 },
    );
  });

  test('gives a module that parses, whatever the strings', () => {
    expect.hasAssertions();
    fc.assert(
      fc.property(fc.array(nastyStrings, { minLength: 1, maxLength: 16 }), (values) => {
        const workspace = workspaceWithEveryTextInput(values);
        const program = workspaceToProgram(workspace, {
          backend: {
            serverURL: 'https://x.example',
            appId: values[0] || 'a',
            apiKey: values[values.length - 1] || 'k',
          },
        });
        const body = program
          .replace(/^import Backendless from '[^']+';$/m, '')
          .replace(/^export async function main/m, 'async function main');
        expect(() => new AsyncFunction('Backendless', body)).not.toThrow();
        expect(isWellFormed(program)).toBe(true);
        expect(program).not.toMatch(/<\/script/i);
        workspace.dispose();
      }),
      { numRuns: 400 },
    );
  });
});
