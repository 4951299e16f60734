// Property-based tests (fast-check) over every text input of every block: whatever a user types — quotes,
// backslashes, every line terminator, control characters, lone surrogates, `</script>`, `${…}`, comment
// markers, emoji — the generated program parses, and when it runs, the value reaches the runtime and is
// printed back exactly as typed. Both outputs are exercised: `workspaceToFunctionBody` (what runners
// execute) and the complete ES module of `workspaceToProgram`, imported for real as a module with its runtime
// import pointed at a recording fake.
//
// A coverage check keeps this honest: every value input of every block that can take text must appear in
// the scenarios below (or in NOT_TEXT with a reason), so a new block with a text input fails here until
// it is covered.
import * as Blockly from 'blockly';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { install, loadWorkspaceJson, userBlocks, workspaceToFunctionBody, workspaceToProgram } from '../../index.ts';

type SavedBlock = {
  type: string;
  fields?: Record<string, unknown>;
  inputs?: Record<string, { block: SavedBlock }>;
  next?: { block: SavedBlock };
};

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const RUNTIME_IMPORT = "import Backendless from 'codeless-blocks/runtime';";
const FAKE = '__codelessPropertyFake';

// ---- what users type ----------------------------------------------------------------------------------------

/** Pieces that break naive quoting or commenting, mixed into otherwise random text. */
const TRICKY = [
  "'",
  '"',
  '`',
  '\\',
  '\\n',
  '${',
  '}',
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\t',
  '\0',
  '\u0007',
  '\u007f',
  '\u0085',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '</script>',
  '</SCRIPT',
  '<!--',
  '-->',
  '*/',
  '/*',
  '//',
  '});',
  'await ',
  '\\u0041',
  'é',
  'e\u0301',
];
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const char16 = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** Any text: full Unicode, single UTF-16 units (lone surrogates, controls), and tricky pieces mixed in. */
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: char16, maxLength: 40 }),
  fc.string({
    unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme-ascii', maxLength: 3 })),
    maxLength: 12,
  }),
);

// ---- blocks ---------------------------------------------------------------------------------------------------

const text = (value: string) => ({ block: { type: 'text', fields: { TEXT: value } } });
const block = (
  type: string,
  inputs: Record<string, { block: SavedBlock }> = {},
  fields?: Record<string, unknown>,
): SavedBlock => ({
  type,
  inputs,
  ...(fields ? { fields } : {}),
});
const print = (value: SavedBlock): SavedBlock => block('text_print', { TEXT: { block: value } });
const property = (name: string, user: SavedBlock): SavedBlock =>
  block('backendless_users_get_property', { PROPERTY: text(name), USER: { block: user } });
const variable = (id: string): SavedBlock => ({ type: 'variables_get', fields: { VAR: { id } } });
/** Blocks run top to bottom. */
function sequence(...steps: SavedBlock[]): SavedBlock {
  const [first, ...rest] = steps;
  let cursor = first!;
  for (const step of rest) {
    cursor.next = { block: step };
    cursor = step;
  }
  return first!;
}

interface Scenario {
  /** `<block type>.<input name>` of every text input the scenario fills with typed text. */
  covers: string[];
  /** How many texts it needs. */
  texts: number;
  /** The arbitrary of each text, when not every string is allowed (default: any typed text). */
  arbitraries?: Array<fc.Arbitrary<string>>;
  workspace(texts: string[]): {
    blocks: { languageVersion: 0; blocks: SavedBlock[] };
    variables?: Array<{ name: string; id: string }>;
  };
  /** What the program must print, one console.log argument per line. */
  prints(texts: string[]): unknown[];
  /** What the fake runtime must have received, when that is the point. */
  calls?(texts: string[]): unknown[];
}

const program = (...blocks: SavedBlock[]) => ({ blocks: { languageVersion: 0 as const, blocks: blocks } });

const scenarios: Record<string, Scenario> = {
  'print (Blockly text block, the baseline)': {
    covers: ['text_print.TEXT'],
    texts: 1,
    workspace: ([value]) => program(print(block('text', {}, { TEXT: value }))),
    prints: ([value]) => [value],
  },
  'Login User (value) passes login and password through': {
    covers: ['backendless_users_login.LOGIN', 'backendless_users_login.PASSWORD'],
    texts: 2,
    workspace: ([login, password]) => {
      const user = block('backendless_users_login', { LOGIN: text(login!), PASSWORD: text(password!) });
      return program(
        sequence(
          block('variables_set', { VALUE: { block: user } }, { VAR: { id: 'u' } }),
          print(property('login', variable('u'))),
          print(property('password', variable('u'))),
        ),
      );
    },
    prints: ([login, password]) => [login, password],
    calls: ([login, password]) => [['login', login, password, false]],
  },
  'Login User (statement) passes login and password through': {
    covers: ['backendless_users_login_statement.LOGIN', 'backendless_users_login_statement.PASSWORD'],
    texts: 2,
    workspace: ([login, password]) =>
      program(
        sequence(
          block('backendless_users_login_statement', { LOGIN: text(login!), PASSWORD: text(password!) }),
          print(property('login', block('backendless_users_get_current_user'))),
          print(property('password', block('backendless_users_get_current_user'))),
        ),
      ),
    prints: ([login, password]) => [login, password],
  },
  'Set Current User Token, then Get Current User Token': {
    covers: ['backendless_users_set_user_token.TOKEN'],
    texts: 1,
    workspace: ([token]) =>
      program(
        sequence(
          block('backendless_users_set_user_token', { TOKEN: text(token!) }),
          print(block('backendless_users_get_user_token')),
        ),
      ),
    prints: ([token]) => [token],
  },
  'Register User with a New User: email, password and name reach the server': {
    covers: [
      'backendless_users_new_user.EMAIL',
      'backendless_users_new_user.PASSWORD',
      'backendless_users_new_user.NAME',
    ],
    texts: 3,
    workspace: ([email, password, name]) => {
      const user = block('backendless_users_new_user', {
        EMAIL: text(email!),
        PASSWORD: text(password!),
        NAME: text(name!),
      });
      const registered = block('backendless_users_register', { USER: { block: user } });
      return program(
        sequence(
          block('variables_set', { VALUE: { block: registered } }, { VAR: { id: 'u' } }),
          print(property('email', variable('u'))),
          print(property('password', variable('u'))),
          print(property('name', variable('u'))),
        ),
      );
    },
    prints: ([email, password, name]) => [email, password, name],
    calls: ([email, password, name]) => [['register', { email, password, name }]],
  },
  'Register User (statement) sends the New User as typed': {
    covers: [],
    texts: 3,
    workspace: ([email, password, name]) =>
      program(
        block('backendless_users_register_statement', {
          USER: {
            block: block('backendless_users_new_user', {
              EMAIL: text(email!),
              PASSWORD: text(password!),
              NAME: text(name!),
            }),
          },
        }),
      ),
    prints: () => [],
    calls: ([email, password, name]) => [['register', { email, password, name }]],
  },
  'set property / get property with any property name and value': {
    covers: [
      'backendless_users_set_property.PROPERTY',
      'backendless_users_set_property.VALUE',
      'backendless_users_get_property.PROPERTY',
    ],
    texts: 2,
    // Names objects inherit are mixed in: they are properties like any other (`__proto__` included).
    arbitraries: [fc.oneof(typed, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')), typed],
    workspace: ([name, value]) =>
      program(
        sequence(
          block('variables_set', { VALUE: { block: block('backendless_users_new_user') } }, { VAR: { id: 'u' } }),
          block('backendless_users_set_property', {
            PROPERTY: text(name!),
            USER: { block: variable('u') },
            VALUE: text(value!),
          }),
          print(property(name!, variable('u'))),
        ),
      ),
    prints: ([, value]) => [value],
  },
  'try / catch with any error variable name: message of error prints the thrown text': {
    covers: ['backendless_users_try_catch.ERROR (variable name)', 'backendless_users_get_error.ERROR'],
    texts: 2,
    // Variable names must be well-formed UTF-16: Blockly core's name database runs them through encodeURI,
    // which throws on a lone surrogate; loading refuses such names (see 'variable names' below).
    arbitraries: [typed.filter((name) => !LONE_SURROGATE.test(name)), typed],
    workspace: ([variableName, message]) => ({
      variables: [{ name: variableName!, id: 'e' }],
      ...program(
        sequence(block('backendless_users_set_user_token', { TOKEN: text(message!) }), {
          type: 'backendless_users_try_catch',
          fields: { ERROR: { id: 'e' } },
          inputs: {
            DO: { block: block('backendless_users_logout') },
            CATCH: {
              block: print(
                block('backendless_users_get_error', { ERROR: { block: variable('e') } }, { PART: 'MESSAGE' }),
              ),
            },
          },
        }),
      ),
    }),
    prints: ([, message]) => [message],
  },
};

/**
 * A call block with typed text in every text input reaches its SDK method with exactly those texts, the other
 * arguments as its generator file writes them (`null`, `false`).
 */
function callScenario(
  type: string,
  inputs: string[],
  expected: (texts: string[]) => unknown[],
  shape: 'statement' | 'value' = 'statement',
): Scenario {
  return {
    covers: inputs.map((input) => `${type}.${input}`),
    texts: inputs.length,
    workspace: (texts) => {
      const call = block(type, Object.fromEntries(inputs.map((input, index) => [input, text(texts[index]!)])));
      return program(
        shape === 'value' ? block('variables_set', { VALUE: { block: call } }, { VAR: { id: 'x' } }) : call,
      );
    },
    prints: () => [],
    calls: (texts) => [expected(texts)],
  };
}

Object.assign(scenarios, {
  'Restore Password passes the identity through': callScenario(
    'backendless_users_restore_password',
    ['IDENTITY'],
    ([identity]) => ['restorePassword', identity],
  ),
  'Resend Email Confirmation passes the identity through': callScenario(
    'backendless_users_resend_email_confirmation',
    ['IDENTITY'],
    ([identity]) => ['resendEmailConfirmation', identity],
  ),
  'Create Confirmation URL passes the identity through and gives confirmationURL': {
    covers: ['backendless_users_create_confirmation_url.IDENTITY'],
    texts: 1,
    workspace: ([identity]) =>
      program(print(block('backendless_users_create_confirmation_url', { IDENTITY: text(identity!) }))),
    prints: ([identity]) => [`confirm ${identity}`],
    calls: ([identity]) => [['createEmailConfirmationURL', identity]],
  },
  'Verify Password passes the password through': callScenario(
    'backendless_users_verify_password',
    ['PASSWORD'],
    ([password]) => ['verifyPassword', password],
    'value',
  ),
  'Find Users by Role passes the role through': callScenario(
    'backendless_users_find_users_by_role',
    ['ROLE'],
    ([role]) => ['findByRole', role, false],
    'value',
  ),
  'Assign Role passes identity and role through': callScenario(
    'backendless_users_assign_role',
    ['IDENTITY', 'ROLE'],
    ([identity, role]) => ['assignRole', identity, role],
  ),
  'Unassign Role passes identity and role through': callScenario(
    'backendless_users_unassign_role',
    ['IDENTITY', 'ROLE'],
    ([identity, role]) => ['unassignRole', identity, role],
  ),
  'Enable User passes the id through': callScenario('backendless_users_enable_user', ['OBJECT_ID'], ([id]) => [
    'enableUser',
    id,
  ]),
  'Disable User passes the id through': callScenario('backendless_users_disable_user', ['OBJECT_ID'], ([id]) => [
    'disableUser',
    id,
  ]),
  'Login by Object Id (value) passes the id through': callScenario(
    'backendless_users_login_by_object_id',
    ['OBJECT_ID'],
    // The fake's login records three parameters; the SDK takes a boolean second argument as stayLoggedIn.
    ([id]) => ['login', id, false, undefined],
    'value',
  ),
  'Login by Object Id (statement) passes the id through': callScenario(
    'backendless_users_login_by_object_id_statement',
    ['OBJECT_ID'],
    // The fake's login records three parameters; the SDK takes a boolean second argument as stayLoggedIn.
    ([id]) => ['login', id, false, undefined],
  ),
  'Get Authorization URL passes provider, scope and redirect URL through': callScenario(
    'backendless_users_get_authorization_url',
    ['PROVIDER', 'SCOPE', 'REDIRECT_AFTER_LOGIN'],
    ([provider, scope, redirect]) => ['getAuthorizationUrlLink', provider, null, scope, false, redirect],
    'value',
  ),
  'Login with OAuth2 (value) passes provider and access token through': callScenario(
    'backendless_users_login_with_oauth2',
    ['PROVIDER', 'ACCESS_TOKEN'],
    ([provider, token]) => ['loginWithOauth2', provider, token, null, null, false],
    'value',
  ),
  'Login with OAuth2 (statement) passes provider and access token through': callScenario(
    'backendless_users_login_with_oauth2_statement',
    ['PROVIDER', 'ACCESS_TOKEN'],
    ([provider, token]) => ['loginWithOauth2', provider, token, null, null, false],
  ),
  'throw error inside try / catch code, with any variable name: the message comes back as typed': {
    covers: ['backendless_users_throw_error.MESSAGE', 'backendless_users_try_catch_codes.ERROR (variable name)'],
    texts: 2,
    arbitraries: [typed, typed.filter((name) => !LONE_SURROGATE.test(name))],
    workspace: ([message, variableName]) => ({
      variables: [{ name: variableName!, id: 'e' }],
      ...program({
        type: 'backendless_users_try_catch_codes',
        fields: { ERROR: { id: 'e' } },
        inputs: {
          DO: {
            block: block('backendless_users_throw_error', {
              CODE: { block: block('math_number', {}, { NUM: 4001 }) },
              MESSAGE: text(message!),
            }),
          },
          CODES: { block: block('math_number', {}, { NUM: 4001 }) },
          CATCH: {
            block: print(
              block('backendless_users_get_error', { ERROR: { block: variable('e') } }, { PART: 'MESSAGE' }),
            ),
          },
        },
      }),
    }),
    prints: ([message]) => [message],
  },
} satisfies Record<string, Scenario>);

/** Value inputs that accept any value but are not for text, and why. */
const NOT_TEXT: Record<string, string> = {};

// ---- the fake runtime -------------------------------------------------------------------------------------------

/** A stand-in for `Backendless` that answers from memory and records what it was called with. */
function createFake() {
  const calls: unknown[][] = [];
  let current: Record<string, unknown> | null = null;
  let token: string | null = null;
  const UserService = {
    async login(login: unknown, password: unknown, stayLoggedIn: unknown) {
      calls.push(['login', login, password, stayLoggedIn]);
      current = { login, password };
      return current;
    },
    async register(user: Record<string, unknown>) {
      calls.push(['register', { ...user }]);
      return { ...user };
    },
    async getCurrentUser() {
      return current;
    },
    setCurrentUser(user: Record<string, unknown> | null) {
      current = user;
    },
    getCurrentUserToken: () => token,
    setCurrentUserToken(value: string | null) {
      token = value;
    },
    async isValidLogin() {
      return token !== null;
    },
    // Fails with the current token as its message, so a catch branch has something typed to print.
    async logout() {
      throw Object.assign(new Error(String(token)), { code: 3064 });
    },
  };
  // Every other method of the user service: recorded, answered with null (Create Confirmation URL with its
  // `{ confirmationURL }`).
  const recording = new Proxy(UserService as Record<string, unknown>, {
    get: (service, method: string) =>
      method in service
        ? service[method]
        : async (...args: unknown[]) => {
            calls.push([method, ...args]);
            return method === 'createEmailConfirmationURL' ? { confirmationURL: `confirm ${String(args[0])}` } : null;
          },
  });
  return { Backendless: { UserService: recording, Users: recording, initApp: () => undefined }, calls };
}

// ---- running programs -------------------------------------------------------------------------------------------

let workspace: Blockly.Workspace;

function load(saved: object): Blockly.Workspace {
  workspace.clear();
  Blockly.serialization.workspaces.load(saved, workspace);
  return workspace;
}

/** Runs a function body as a runner does; returns what it printed and the fake's calls. */
async function runBody(body: string): Promise<{ printed: unknown[]; calls: unknown[][] }> {
  const fake = createFake();
  const printed: unknown[] = [];
  const console = { log: (...args: unknown[]) => printed.push(...args), error: () => undefined };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction('Backendless', 'console', body)(fake.Backendless, console);
  return { printed, calls: fake.calls };
}

/** Each import gets its own URL: a data: module with the same source would be served from the module cache. */
let imports = 0;
const importModule = (source: string): Promise<unknown> =>
  import(
    /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(`${source}\n// import ${imports++}\n`, 'utf8').toString('base64')}`
  );

/** Imports the complete module, its runtime import swapped for the fake; returns what it printed. */
async function runModule(source: string): Promise<{ printed: unknown[]; calls: unknown[][] }> {
  expect(source.split(RUNTIME_IMPORT)).toHaveLength(2);
  const fake = createFake();
  (globalThis as Record<string, unknown>)[FAKE] = fake.Backendless;
  const printed: unknown[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(...args));
  const failures: unknown[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void failures.push(...args));
  const exitCode = process.exitCode;
  try {
    await importModule(source.replace(RUNTIME_IMPORT, `const Backendless = globalThis.${FAKE};`));
  } finally {
    log.mockRestore();
    error.mockRestore();
    process.exitCode = exitCode;
    delete (globalThis as Record<string, unknown>)[FAKE];
  }
  expect(failures).toEqual([]);
  return { printed, calls: fake.calls };
}

beforeAll(() => {
  install();
  workspace = new Blockly.Workspace();
});

afterAll(() => {
  workspace.dispose();
});

describe('every text input of every block is covered', () => {
  it('lists each value input that can take text in a scenario (or says why not)', () => {
    expect.hasAssertions();
    const covered = new Set(Object.values(scenarios).flatMap((scenario) => scenario.covers));
    const textInputs: string[] = [];
    for (const definition of userBlocks) {
      for (const [key, args] of Object.entries(definition)) {
        if (!key.startsWith('args') || !Array.isArray(args)) continue;
        for (const arg of args as Array<{ type: string; name?: string; check?: string | string[] | null }>) {
          const checks = arg.check === undefined || arg.check === null ? null : [arg.check].flat();
          if (arg.type === 'input_value' && (checks === null || checks.includes('String')))
            textInputs.push(`${definition.type}.${arg.name}`);
          if (arg.type === 'field_input' || arg.type === 'field_variable')
            textInputs.push(`${definition.type}.${arg.name} (variable name)`);
        }
      }
    }
    expect(textInputs.length).toBeGreaterThan(5);
    expect(textInputs.filter((input) => !covered.has(input) && !(input in NOT_TEXT))).toEqual([]);
  });
});

describe.each(Object.entries(scenarios))('%s', (_name, scenario) => {
  const texts = fc.tuple(
    ...Array.from({ length: scenario.texts }, (_, index) => scenario.arbitraries?.[index] ?? typed),
  );

  it('function body: parses, runs, prints exactly what was typed', async () => {
    expect.hasAssertions();
    await fc.assert(
      fc.asyncProperty(texts, async (values) => {
        const body = workspaceToFunctionBody(load(scenario.workspace(values)));
        const { printed, calls } = await runBody(body);
        expect(printed).toEqual(scenario.prints(values));
        if (scenario.calls) expect(calls).toEqual(scenario.calls(values));
      }),
      { numRuns: RUNS },
    );
  });

  it('complete ES module: imports as a module, runs, prints exactly what was typed', async () => {
    expect.hasAssertions();
    await fc.assert(
      fc.asyncProperty(texts, async (values) => {
        const source = workspaceToProgram(load(scenario.workspace(values)));
        const { printed, calls } = await runModule(source);
        expect(printed).toEqual(scenario.prints(values));
        if (scenario.calls) expect(calls).toEqual(scenario.calls(values));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

describe('variable names', () => {
  it('a variable named with a lone surrogate is refused when loading, by name (Blockly core would throw URIError)', () => {
    const saved = scenarios[
      'try / catch with any error variable name: message of error prints the thrown text'
    ]!.workspace(['\ud800', 'x']);
    expect(() => loadWorkspaceJson(workspace, saved)).toThrow(
      /variables\[0\] has a name with an unpaired surrogate character/,
    );
  });
});

describe('backend settings', () => {
  it('any server URL path, app id and API key reach initApp exactly as given', async () => {
    expect.hasAssertions();
    await fc.assert(
      fc.asyncProperty(typed, typed, typed, async (path, appId, apiKey) => {
        fc.pre(appId !== '' && apiKey !== '');
        const serverURL = `https://example.com/${path}`;
        const source = workspaceToProgram(load(program(print(block('text', {}, { TEXT: 'ok' })))), {
          backend: { serverURL, appId, apiKey },
        });
        const received: unknown[] = [];
        const fake = createFake();
        (globalThis as Record<string, unknown>)[FAKE] = {
          ...fake.Backendless,
          initApp: (config: unknown) => received.push(config),
        };
        const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
        try {
          await importModule(source.replace(RUNTIME_IMPORT, `const Backendless = globalThis.${FAKE};`));
        } finally {
          log.mockRestore();
          delete (globalThis as Record<string, unknown>)[FAKE];
        }
        expect(received).toEqual([{ serverURL, appId, apiKey }]);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
