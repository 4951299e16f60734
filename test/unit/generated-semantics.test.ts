// What generated programs mean when blocks are combined freely: every combination Blockly lets a person snap
// together must parse, and the caught error must really be in the workspace variable the try / catch names.
import * as Blockly from 'blockly';
import { beforeAll, describe, expect, test } from 'vitest';
import { install, loadWorkspaceJson, toolboxCategory, workspaceToFunctionBody } from '../../index.ts';

type Json = Record<string, unknown>;
type Run = (backendless: unknown, console: unknown) => Promise<unknown>;
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => Run;

beforeAll(() => install());

const text = (value: string): Json => ({ shadow: { type: 'text', fields: { TEXT: value } } });
const block = (type: string, inputs: Json = {}, fields: Json = {}, next?: Json): Json => ({
  type,
  inputs,
  fields,
  ...(next ? { next: { block: next } } : {}),
});
const variable = (id: string): Json => ({ block: { type: 'variables_get', fields: { VAR: { id } } } });
const print = (value: Json, next?: Json): Json => block('text_print', { TEXT: value }, {}, next);

/** Generates the workspace's function body and runs it with a fake `Backendless`; resolves with the printed lines. */
function run(top: Json, variables: Array<{ name: string; id: string }> = [], backendless: unknown = {}) {
  return runAll([top], variables, backendless);
}

/** `run` for a workspace of several top blocks. */
async function runAll(
  tops: Json[],
  variables: Array<{ name: string; id: string }> = [],
  backendless: unknown = {},
): Promise<unknown[]> {
  const workspace = new Blockly.Workspace();
  try {
    const blocks = tops.map((top, index) => ({ ...top, x: 0, y: 200 * index }));
    loadWorkspaceJson(workspace, { blocks: { languageVersion: 0, blocks }, variables });
    const body = workspaceToFunctionBody(workspace);
    const printed: unknown[] = [];
    await new AsyncFunction('Backendless', 'console', body)(backendless, {
      log: (value: unknown) => printed.push(value),
    });
    return printed;
  } finally {
    workspace.dispose();
  }
}

describe('set property', () => {
  test('on a New User plugged in directly parses and runs (an object literal is not read as a block)', async () => {
    const program = block(
      'backendless_users_set_property',
      {
        PROPERTY: text('name'),
        USER: {
          block: block('backendless_users_new_user', { EMAIL: text('a@b.c'), PASSWORD: text('p'), NAME: text('A') }),
        },
        VALUE: text('B'),
      },
      {},
      print(text('done')),
    );
    expect(await run(program)).toEqual(['done']);
  });

  test('on a property of a user (an optional chain) sets the nested property', async () => {
    const setCity = block('backendless_users_set_property', {
      PROPERTY: text('city'),
      USER: { block: block('backendless_users_get_property', { PROPERTY: text('address'), USER: variable('u') }) },
      VALUE: text('Paris'),
    });
    const program = block(
      'variables_set',
      { VALUE: { block: block('backendless_users_new_user', { EMAIL: text('a@b.c'), PASSWORD: text('p') }) } },
      { VAR: { id: 'u' } },
      block(
        'backendless_users_set_property',
        { PROPERTY: text('address'), USER: variable('u'), VALUE: { block: block('backendless_users_new_user', {}) } },
        {},
        {
          ...setCity,
          next: {
            block: print({
              block: block('backendless_users_get_property', {
                PROPERTY: text('city'),
                USER: {
                  block: block('backendless_users_get_property', { PROPERTY: text('address'), USER: variable('u') }),
                },
              }),
            }),
          },
        },
      ),
    );
    expect(await run(program, [{ name: 'u', id: 'u' }])).toEqual(['Paris']);
  });

  test('on the message of an error parses', async () => {
    const program = block('backendless_users_set_property', {
      PROPERTY: text('x'),
      USER: { block: block('backendless_users_get_error', { ERROR: variable('e') }, { PART: 'MESSAGE' }) },
      VALUE: text('y'),
    });
    // `error?.message` of a missing error is undefined: assigning through it is a TypeError when run, not a
    // SyntaxError when parsed.
    await expect(run(program, [{ name: 'e', id: 'e' }])).rejects.toThrow(TypeError);
  });
});

describe('try / catch', () => {
  const failingLogin = {
    UserService: {
      login: () => Promise.reject(Object.assign(new Error('Invalid login or password'), { code: 3003 })),
    },
  };
  const login = block('backendless_users_login_statement', {
    LOGIN: text('alice@wonderland.com'),
    PASSWORD: text('nope'),
  });
  const codeOf = (id: string): Json => ({
    block: block('backendless_users_get_error', { ERROR: variable(id) }, { PART: 'CODE' }),
  });

  test('stores the error in the workspace variable: blocks after the try / catch read it', async () => {
    const program = block(
      'backendless_users_try_catch',
      { DO: { block: login } },
      { ERROR: { id: 'e' } },
      print(codeOf('e')),
    );
    expect(await run(program, [{ name: 'error', id: 'e' }], failingLogin)).toEqual([3003]);
  });

  test('a function called from the catch branch reads the caught error from the variable', async () => {
    const report = block('procedures_defnoreturn', { STACK: { block: print(codeOf('e')) } }, { NAME: 'report' });
    const callReport = { block: { type: 'procedures_callnoreturn', extraState: { name: 'report' } } };
    const program = block(
      'backendless_users_try_catch',
      { DO: { block: login }, CATCH: callReport },
      { ERROR: { id: 'e' } },
    );
    const workspace = {
      blocks: { languageVersion: 0, blocks: [report, program] },
      variables: [{ name: 'error', id: 'e' }],
    };
    const ws = new Blockly.Workspace();
    try {
      loadWorkspaceJson(ws, workspace);
      const printed: unknown[] = [];
      await new AsyncFunction('Backendless', 'console', workspaceToFunctionBody(ws))(failingLogin, {
        log: (value: unknown) => printed.push(value),
      });
      expect(printed).toEqual([3003]);
    } finally {
      ws.dispose();
    }
  });
});

describe('the toolbox', () => {
  test.each(toolboxCategory.contents.map((entry) => [entry.type, entry] as const))(
    '%s, dropped alone, generates code that parses',
    (_type, entry) => {
      const { kind: _kind, ...state } = entry;
      const workspace = new Blockly.Workspace();
      try {
        loadWorkspaceJson(workspace, { blocks: { languageVersion: 0, blocks: [state] } });
        expect(() => new AsyncFunction('Backendless', 'console', workspaceToFunctionBody(workspace))).not.toThrow();
      } finally {
        workspace.dispose();
      }
    },
  );

  test("get property, dropped after a login, reads the current user's name", async () => {
    const entry = toolboxCategory.contents.find((candidate) => candidate.type === 'backendless_users_get_property')!;
    const { kind: _kind, ...getName } = entry;
    const alice = { name: 'Alice' };
    const printed = await run(print({ block: getName }), [], { UserService: { getCurrentUser: async () => alice } });
    expect(printed).toEqual(['Alice']);
  });
});

describe('user functions', () => {
  // Blockly compares procedure names without case: a call "DoLogin" calls the function "doLogin".
  const loginNow = block('backendless_users_login_statement', {
    LOGIN: text('alice@wonderland.com'),
    PASSWORD: text('wonderland'),
  });
  const slowLogin = { UserService: { login: async () => ({ name: 'Alice' }), getCurrentUser: async () => null } };

  test('a call spelled in another case than its function is awaited: "after call" prints after the function', async () => {
    const definition = block(
      'procedures_defnoreturn',
      { STACK: { block: { ...loginNow, next: { block: print(text('in function')) } } } },
      { NAME: 'doLogin' },
    );
    const program = {
      type: 'procedures_callnoreturn',
      extraState: { name: 'DoLogin' },
      next: { block: print(text('after call')) },
    };
    expect(await runAll([definition, program], [], slowLogin)).toEqual(['in function', 'after call']);
  });

  test('a value call spelled in another case is awaited too, through a function that calls it', async () => {
    const signIn = block(
      'procedures_defreturn',
      { STACK: { block: loginNow }, RETURN: text('signed in') },
      { NAME: 'signIn' },
    );
    const greet = block(
      'procedures_defnoreturn',
      { STACK: { block: print({ block: { type: 'procedures_callreturn', extraState: { name: 'SIGNIN' } } }) } },
      { NAME: 'greet' },
    );
    const program = {
      type: 'procedures_callnoreturn',
      extraState: { name: 'Greet' },
      next: { block: print(text('after call')) },
    };
    expect(await runAll([signIn, greet, program], [], slowLogin)).toEqual(['signed in', 'after call']);
  });
});

describe('property names never reach a prototype', () => {
  const prototypes = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype };
  type State = Array<[string, string, PropertyDescriptor]>;
  const stateOf = (): State =>
    Object.entries(prototypes).flatMap(([owner, prototype]) =>
      Reflect.ownKeys(prototype).map((key): [string, string, PropertyDescriptor] => [
        owner,
        String(key),
        Object.getOwnPropertyDescriptor(prototype, key)!,
      ]),
    );
  /** Runs the program, then checks (and repairs, so that a failure here cannot spread) every prototype. */
  async function runGuarded(tops: Json[], variables: Array<{ name: string; id: string }>): Promise<unknown> {
    const before = stateOf();
    try {
      // Nobody is logged in: Get Current User gives null.
      const backendless = { UserService: { getCurrentUser: async () => null } };
      return await runAll(tops, variables, backendless).catch((error: unknown) => error);
    } finally {
      const after = stateOf();
      for (const [owner, key] of after) {
        if (!before.some(([o, k]) => o === owner && k === key))
          delete (prototypes as Record<string, object>)[owner]![key as never];
      }
      expect(after.map(([owner, key, descriptor]) => [owner, key, descriptor.value ?? descriptor.get])).toEqual(
        before.map(([owner, key, descriptor]) => [owner, key, descriptor.value ?? descriptor.get]),
      );
    }
  }

  const value = (saved: Json): Json => ({ block: saved });
  const getProperty = (name: Json, user: Json): Json =>
    block('backendless_users_get_property', { PROPERTY: name, USER: user });
  const setProperty = (name: Json, user: Json, to: Json, next?: Json): Json =>
    block('backendless_users_set_property', { PROPERTY: name, USER: user, VALUE: to }, {}, next);
  const newUser = (): Json => value(block('backendless_users_new_user', { EMAIL: text('a@b.c'), NAME: text('Ann') }));
  const setVariable = (id: string, to: Json, next?: Json): Json =>
    block('variables_set', { VALUE: to }, { VAR: { id } }, next);
  const joined = (...parts: string[]): Json =>
    value({
      type: 'text_join',
      extraState: { itemCount: parts.length },
      inputs: Object.fromEntries(parts.map((part, index) => [`ADD${index}`, text(part)])),
    });
  const names = [
    { name: 'u', id: 'u' },
    { name: 'k', id: 'k' },
    { name: 'list', id: 'list' },
  ];

  test.each([
    ['__proto__, typed', setProperty(text('polluted'), value(getProperty(text('__proto__'), newUser())), text('yes'))],
    [
      '__proto__, computed',
      setProperty(text('polluted'), value(getProperty(joined('__pro', 'to__'), newUser())), text('yes')),
    ],
    [
      'constructor, then prototype',
      setProperty(
        text('polluted'),
        value(getProperty(text('prototype'), value(getProperty(text('constructor'), newUser())))),
        text('yes'),
      ),
    ],
    [
      'constructor, then prototype, computed',
      setProperty(
        text('polluted'),
        value(getProperty(joined('proto', 'type'), value(getProperty(joined('construct', 'or'), newUser())))),
        text('yes'),
      ),
    ],
    [
      "a list's __proto__, from a variable",
      setVariable(
        'list',
        value({ type: 'lists_create_with', extraState: { itemCount: 0 } }),
        setVariable(
          'k',
          text('__proto__'),
          setProperty(text('polluted'), value(getProperty(variable('k'), variable('list'))), text('yes')),
        ),
      ),
    ],
  ])('%s: no prototype changes', async (_name, program) => {
    expect.hasAssertions();
    await runGuarded([program], names);
  });

  test('__proto__ set to an object is a property like any other: the object keeps its prototype', async () => {
    const list = value({ type: 'lists_create_with', extraState: { itemCount: 0 } });
    const program = setVariable(
      'u',
      newUser(),
      setProperty(text('__proto__'), variable('u'), list, print(value(getProperty(text('length'), variable('u'))))),
    );
    expect(await runGuarded([program], names)).toEqual([undefined]);
  });

  test('ordinary properties still work, and every name is the object’s own property', async () => {
    const program = setVariable(
      'u',
      newUser(),
      print(
        value(getProperty(text('name'), variable('u'))),
        setVariable(
          'k',
          text('email'),
          print(
            value(getProperty(variable('k'), variable('u'))),
            setProperty(
              text('constructor'),
              variable('u'),
              text('builder'),
              print(
                value(getProperty(text('constructor'), variable('u'))),
                setVariable(
                  'k',
                  text('__proto__'),
                  setProperty(
                    variable('k'),
                    variable('u'),
                    text('data'),
                    print(
                      value(getProperty(text('__proto__'), variable('u'))),
                      print(
                        value(getProperty(text('toString'), variable('u'))),
                        print(
                          value(getProperty(text('email'), variable('u'))),
                          setProperty(
                            text('prototype'),
                            variable('u'),
                            text('p'),
                            print(
                              value(getProperty(joined('proto', 'type'), variable('u'))),
                              print(
                                value(getProperty(variable('k'), value(block('backendless_users_get_current_user')))),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
    const printed = await runGuarded([program], names);
    expect(printed).toEqual(['Ann', 'a@b.c', 'builder', 'data', undefined, 'a@b.c', 'p', undefined]);
  });
});
