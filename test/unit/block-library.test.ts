// The block library is complete and cannot drift: every block file and generator file is listed, every block
// has a generator, a toolbox entry, its texts in every locale, a row in docs/blocks.md (server logic's: in
// docs/event-handlers.md), a picture and a golden case,
// and every block — alone, and inside a user function that is called — generates code that parses as a module and
// awaits exactly when its generator file says it does.
import * as Blockly from 'blockly';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, expectTypeOf, test } from 'vitest';
import { isBlockFile, type BlockFile } from '../../blocks/block-file.ts';
import {
  blockFiles,
  englishMessages,
  serverLogicBlockFiles,
  serverLogicBlocks,
  serverLogicBlockTypes,
  serverLogicCategory,
  toolboxCategory,
  userBlocks,
  userBlockTypes,
} from '../../blocks/library.ts';
import { loginFile } from '../../blocks/login.ts';
import { verifyPasswordFile } from '../../blocks/verify_password.ts';
import { isGeneratorFile, type GeneratorFile } from '../../generators/generator-file.ts';
import { sdkCallGenerators, type TemplateNames } from '../../generators/sdk-call.ts';
import {
  awaitingBlockTypes,
  forBlock,
  generatorFiles,
  serverLogicForBlock,
  serverLogicGeneratorFiles,
} from '../../generators/library.ts';
import {
  installServerLogic,
  loadWorkspaceJson,
  messages,
  workspaceToFunctionBody,
  workspaceToServerLogic,
  type Locale,
} from '../../index.ts';
import { goldenCases } from '../fixtures/golden-cases.ts';
import { serverLogicCases } from '../fixtures/server-logic-cases.ts';
import { listSource } from '../../scripts/block-lists.ts';

const root = new URL('../../', import.meta.url);
const locales = Object.keys(messages) as Locale[];

/** Every block file: the Users category's and the Server logic category's (documented in docs/event-handlers.md). */
const allBlockFiles = [...blockFiles, ...serverLogicBlockFiles];
const allGeneratorFiles = [...generatorFiles, ...serverLogicGeneratorFiles];
const isServerLogic = (file: BlockFile) => serverLogicBlockFiles.includes(file);

beforeAll(() => installServerLogic());

/** The `.ts` files of a folder, each with its exports, except `index.ts` (the list, which re-exports them). */
async function filesOf(folder: string): Promise<Array<{ name: string; exports: Record<string, unknown> }>> {
  const names = readdirSync(new URL(folder, root)).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
  return Promise.all(
    names.map(async (name) => ({
      name,
      exports: (await import(new URL(`${folder}${name}`, root).href)) as Record<string, unknown>,
    })),
  );
}

/** Every `%{BKY_<key>}` a JSON definition refers to. */
function messageKeysOf(definition: unknown): string[] {
  return [...JSON.stringify(definition).matchAll(/%\{BKY_([A-Za-z0-9_]+)\}/g)].map((match) => match[1]!);
}

describe('the hand-kept lists', () => {
  test('every block file of blocks/ is listed in blocks/index.ts', async () => {
    expect.hasAssertions();
    const found = (await filesOf('blocks/')).flatMap(({ name, exports }) =>
      Object.values(exports)
        .filter(isBlockFile)
        .map((file) => ({ name, file })),
    );
    expect(found.length).toBeGreaterThanOrEqual(13);
    for (const { name, file } of found) expect(allBlockFiles, `blocks/${name} is not listed`).toContain(file);
  });

  test('every generator file of generators/ is listed in generators/index.ts', async () => {
    expect.hasAssertions();
    const found = (await filesOf('generators/')).flatMap(({ name, exports }) =>
      Object.values(exports)
        .filter(isGeneratorFile)
        .map((file) => ({ name, file })),
    );
    expect(found.length).toBeGreaterThanOrEqual(13);
    for (const { name, file } of found) expect(allGeneratorFiles, `generators/${name} is not listed`).toContain(file);
  });

  test('blocks/index.ts and generators/index.ts are what scripts/block-lists.ts writes from their folders', async () => {
    for (const folder of ['blocks/', 'generators/'] as const) {
      const written = readFileSync(new URL(`${folder}index.ts`, root), 'utf8');
      expect(written, `${folder}index.ts is behind its folder: run npx node scripts/block-lists.ts`).toBe(
        await listSource(folder),
      );
    }
  });

  test("a block's two halves share a file name: the generator file generates exactly the block file's types", async () => {
    expect.hasAssertions();
    const blockFileNames = new Map<BlockFile, string>();
    for (const { name, exports } of await filesOf('blocks/')) {
      for (const file of Object.values(exports).filter(isBlockFile)) blockFileNames.set(file, name);
    }
    const generatorFileNames = new Map<GeneratorFile, string>();
    for (const { name, exports } of await filesOf('generators/')) {
      for (const file of Object.values(exports).filter(isGeneratorFile)) generatorFileNames.set(file, name);
    }
    for (const file of allBlockFiles) {
      const name = blockFileNames.get(file)!;
      const generators = allGeneratorFiles.filter((candidate) => generatorFileNames.get(candidate) === name);
      expect(generators, `generators/${name}`).toHaveLength(1);
      expect(Object.keys(generators[0]!.types).sort(), name).toEqual(file.definitions.map((d) => d.type).sort());
    }
  });

  test("a call block's message keys are derived from its type, in the type every translation fills", () => {
    expect(loginFile.messages).toEqual({
      CODELESS_USERS_LOGIN: expect.stringContaining('Login User'),
      CODELESS_USERS_LOGIN_STATEMENT: expect.stringContaining('(no result)'),
      CODELESS_USERS_LOGIN_TOOLTIP: expect.any(String),
    });
    expectTypeOf<keyof typeof loginFile.messages>().toEqualTypeOf<
      'CODELESS_USERS_LOGIN' | 'CODELESS_USERS_LOGIN_STATEMENT' | 'CODELESS_USERS_LOGIN_TOOLTIP'
    >();
    expectTypeOf<keyof typeof verifyPasswordFile.messages>().toEqualTypeOf<
      'CODELESS_USERS_VERIFY_PASSWORD' | 'CODELESS_USERS_VERIFY_PASSWORD_TOOLTIP'
    >();
  });

  test('a call template that names an input its block lacks does not compile (npm run typecheck)', () => {
    const misspelled = { call: 'verifyPassword(PASWORD)', awaits: true } as const;
    // @ts-expect-error PASWORD is not an input of Verify Password: the typecheck fails if this compiles.
    expect(isGeneratorFile(sdkCallGenerators(verifyPasswordFile, misspelled))).toBe(true);
    // The names are read as the generator reads them: whole words in capitals, not `URL` in a method name, and
    // not the fallback after `|`.
    expectTypeOf<
      TemplateNames<'getAuthorizationUrlLink(PROVIDER, null, SCOPE, false, REDIRECT_AFTER_LOGIN)'>
    >().toEqualTypeOf<'PROVIDER' | 'SCOPE' | 'REDIRECT_AFTER_LOGIN'>();
    expectTypeOf<TemplateNames<'createEmailConfirmationURL(IDENTITY)'>>().toEqualTypeOf<'IDENTITY'>();
    expectTypeOf<TemplateNames<'register(USER|{})'>>().toEqualTypeOf<'USER'>();
  });

  test('block types are unique, and each has exactly one generator', () => {
    const types = [...userBlockTypes, ...serverLogicBlockTypes];
    expect(new Set(types).size).toBe(types.length);
    expect(generatorFiles.flatMap((file) => Object.keys(file.types)).sort()).toEqual([...userBlockTypes].sort());
    const serverGenerated = serverLogicGeneratorFiles.flatMap((file) => Object.keys(file.types));
    expect(serverGenerated.sort()).toEqual([...serverLogicBlockTypes].sort());
    for (const type of userBlockTypes) expect(forBlock[type], type).toBeTypeOf('function');
    for (const type of serverLogicBlockTypes) expect(serverLogicForBlock[type], type).toBeTypeOf('function');
  });
});

describe.each(allBlockFiles.flatMap((file) => file.definitions.map((definition) => [definition.type, file] as const)))(
  '%s',
  (type, file) => {
    test('has a toolbox entry', () => {
      const category = isServerLogic(file) ? serverLogicCategory : toolboxCategory;
      expect(category.contents.map((entry) => entry.type)).toContain(type);
      expect(file.toolbox.entries.map((entry) => entry.type)).toContain(type);
    });

    test('has every text it uses: English in its own block file, and a text in every locale', () => {
      expect.hasAssertions();
      const definition = file.definitions.find((candidate) => candidate.type === type)!;
      const keys = messageKeysOf(definition);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(file.messages, `en ${key}`).toHaveProperty(key);
      for (const locale of locales) {
        for (const key of keys) {
          expect(Object.hasOwn(messages[locale], key), `blocks/messages/${locale}.ts has no ${key}`).toBe(true);
          expect((messages[locale] as Record<string, string>)[key], `${locale} ${key}`).toMatch(/\S/);
        }
      }
    });

    test('has a row in the table of docs/blocks.md (server logic: docs/event-handlers.md), with its picture', () => {
      const page = isServerLogic(file) ? 'docs/event-handlers.md' : 'docs/blocks.md';
      const text = readFileSync(new URL(page, root), 'utf8');
      const row = text.split('\n').find((line) => line.startsWith('|') && line.includes(`| \`${type}\``));
      expect(row, `${page} has no row for ${type}`).toBeDefined();
      expect(row).toContain(`](blocks/${type}.png)`);
    });

    test('has a picture, docs/blocks/<type>.png', () => {
      const picture = new URL(`docs/blocks/${type}.png`, root);
      expect(existsSync(picture), `run: npx node scripts/block-pictures.ts`).toBe(true);
      expect(readFileSync(picture).subarray(1, 4).toString('latin1')).toBe('PNG');
    });

    test('appears in a golden case (server logic: a server-logic golden case)', () => {
      const cases: Array<{ workspace: object }> = isServerLogic(file) ? serverLogicCases : goldenCases;
      expect(cases.filter((golden) => JSON.stringify(golden.workspace).includes(`"type":"${type}"`))).not.toEqual([]);
    });
  },
);

describe('texts', () => {
  test('no two block files define the same text, and every text of a block file is used by its blocks', () => {
    expect.hasAssertions();
    const owners = new Map<string, number>();
    for (const file of allBlockFiles) {
      const used = new Set(file.definitions.flatMap(messageKeysOf));
      expect(Object.keys(file.messages).sort()).toEqual([...used].sort());
      for (const key of used) owners.set(key, (owners.get(key) ?? 0) + 1);
    }
    expect([...owners].filter(([, count]) => count > 1)).toEqual([]);
  });

  test('every locale has exactly the English keys: none missing, none that no block uses', () => {
    expect.hasAssertions();
    expect(messages.en).toBe(englishMessages);
    for (const locale of locales) {
      expect(Object.keys(messages[locale]).sort(), locale).toEqual(Object.keys(englishMessages).sort());
    }
  });

  test('every locale file of blocks/messages/ is listed in blocks/messages/index.ts', async () => {
    expect.hasAssertions();
    const found = (await filesOf('blocks/messages/')).map(({ name, exports }) => ({
      locale: name.replace(/\.ts$/, ''),
      exports,
    }));
    expect(found.map(({ locale }) => locale)).toEqual(expect.arrayContaining(['de', 'fr', 'es', 'pt-br', 'ja']));
    for (const { locale, exports } of found) {
      // Named as Blockly names the locale (`pt-br`), exported in camel case with the region in capitals (`ptBR`).
      const name = locale.replace(/-(\w+)$/, (_, region: string) => region.toUpperCase());
      expect(exports[name], `blocks/messages/${locale}.ts exports \`${name}\``).toBeTypeOf('object');
      expect(messages[locale as Locale], `blocks/messages/${locale}.ts is not listed`).toBe(exports[name]);
    }
  });

  test('toolbox positions are distinct, so the order of the category is what the block files say', () => {
    const positions = allBlockFiles.map((file) => file.toolbox.position);
    expect(new Set(positions).size).toBe(positions.length);
    expect(userBlocks[0]?.type).toBe('backendless_users_login');
  });
});

// ---- generated alone and inside user functions ---------------------------------------------------------------

type Json = Record<string, unknown>;

/** Generates the workspace's function body and imports it as a module: a module is strict, `await` is reserved. */
async function expectParsesAsModule(body: string, label: string): Promise<void> {
  const source = `export default async function program(Backendless) {\n${body}\n}\n// ${label} ${Math.random()}`;
  const imported = import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  await expect(imported, `${label}:\n${body}`).resolves.toHaveProperty('default');
}

function generate(blocks: Json[]): string {
  const workspace = new Blockly.Workspace();
  try {
    loadWorkspaceJson(workspace, { blocks: { languageVersion: 0, blocks } });
    return workspaceToFunctionBody(workspace);
  } finally {
    workspace.dispose();
  }
}

const isStatement = (type: string) =>
  [...userBlocks, ...serverLogicBlocks].find((definition) => definition.type === type)!['output'] === undefined;

describe.each(userBlockTypes.map((type) => [type, awaitingBlockTypes.has(type)] as const))(
  '%s generated alone (awaits: %s)',
  (type, awaits) => {
    test('as a top-level block: parses, and holds `await` exactly when the generator file says it awaits', async () => {
      const body = generate([{ type }]);
      await expectParsesAsModule(body, type);
      expect(/\bawait\b/.test(body), body).toBe(awaits);
    });

    test.each(['procedures_defnoreturn', 'procedures_defreturn'])(
      'inside a called user function (%s): parses; the function is async and its call awaited exactly then',
      async (definitionType) => {
        const inner: Json = { type };
        const definition: Json = { type: definitionType, fields: { NAME: 'f' }, x: 0, y: 0, inputs: {} };
        const inputs = definition['inputs'] as Json;
        if (isStatement(type)) inputs['STACK'] = { block: inner };
        else if (definitionType === 'procedures_defreturn') inputs['RETURN'] = { block: inner };
        else inputs['STACK'] = { block: { type: 'text_print', inputs: { TEXT: { block: inner } } } };
        const call: Json =
          definitionType === 'procedures_defreturn'
            ? {
                type: 'text_print',
                inputs: { TEXT: { block: { type: 'procedures_callreturn', extraState: { name: 'f' } } } },
              }
            : { type: 'procedures_callnoreturn', extraState: { name: 'f' } };
        const body = generate([definition, { ...call, x: 0, y: 300 }]);
        await expectParsesAsModule(body, `${type} in ${definitionType}`);
        expect(body, body).toMatch(awaits ? /^async function f\(/m : /^function f\(/m);
        expect(body.includes('await f()'), body).toBe(awaits);
        expect(/\bawait\b/.test(body), body).toBe(awaits);
      },
    );
  },
);

// Server-logic blocks mean something inside a handler only (test/unit/server-logic-placement.test.ts refuses them
// elsewhere): each, alone in a handler it belongs to, generates an emulator module that imports, and never awaits.
const handlerPlaces = ['before', 'after'].flatMap((timing) =>
  ['register', 'login', 'update', 'describe', 'restorePassword', 'logout'].map((event) => ({ timing, event })),
);

describe.each(serverLogicBlockTypes.filter((type) => type !== 'backendless_users_event_handler'))(
  '%s generated alone in a handler',
  (type) => {
    test('parses as a module in every handler it belongs to, and holds no `await`', async () => {
      const inner: Json = isStatement(type) ? { type } : { type: 'text_print', inputs: { TEXT: { block: { type } } } };
      const generated: string[] = [];
      for (const { timing, event } of handlerPlaces) {
        const handler: Json = {
          type: 'backendless_users_event_handler',
          fields: { TIMING: timing, EVENT: event, MODE: 'SYNC' },
          inputs: { DO: { block: inner } },
        };
        const workspace = new Blockly.Workspace();
        try {
          loadWorkspaceJson(workspace, { blocks: { languageVersion: 0, blocks: [handler] } });
          generated.push(workspaceToServerLogic(workspace, { target: 'emulator' }));
        } catch (error) {
          expect(String(error)).toMatch(/works only inside an event handler/);
        } finally {
          workspace.dispose();
        }
      }
      expect(generated.length, type).toBeGreaterThan(0);
      for (const module of generated) {
        const url = `data:text/javascript;base64,${Buffer.from(`${module}// ${Math.random()}`).toString('base64')}`;
        await expect(import(/* @vite-ignore */ url), module).resolves.toHaveProperty('default');
        expect(/\bawait\b/.test(module), module).toBe(false);
      }
    });
  },
);
