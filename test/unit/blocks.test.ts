// Block definitions, install(), messages and locales, toolbox, themes, and loading saved workspaces.
import * as Blockly from 'blockly';
import { javascriptGenerator, JavascriptGenerator } from 'blockly/javascript';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  codelessThemes,
  install,
  loadWorkspaceJson,
  installServerLogic,
  messages,
  serverLogicBlockTypes,
  serverLogicCategory,
  setMessages,
  toolboxCategory,
  userBlocks,
  userBlockTypes,
} from '../../index.ts';

beforeAll(() => install());
afterEach(() => {
  vi.restoreAllMocks();
  setMessages(messages.en);
});

describe('block definitions', () => {
  test('every type is backendless_users_<verb> and unique', () => {
    expect.hasAssertions();
    expect(new Set(userBlockTypes).size).toBe(userBlockTypes.length);
    // Lower-case words and digits (login_with_oauth2 names the protocol).
    for (const type of userBlockTypes) expect(type).toMatch(/^backendless_users_[a-z][a-z0-9_]*$/);
    expect(userBlockTypes).toEqual(
      expect.arrayContaining([
        'backendless_users_login',
        'backendless_users_get_user_token',
        'backendless_users_logout',
      ]),
    );
  });

  test('every block has a style, a tooltip and a Backendless docs help URL, all resolved', () => {
    expect.hasAssertions();
    const workspace = new Blockly.Workspace();
    for (const type of userBlockTypes) {
      const block = workspace.newBlock(type);
      expect(block.getStyleName(), type).toMatch(/^codeless_/);
      expect(String(block.tooltip), type).not.toMatch(/%\{BKY_|^$/);
      expect(String(block.helpUrl), type).toMatch(/^https:\/\/backendless\.com\/docs\//);
      const labels = block.inputList.flatMap((input) => input.fieldRow.map((field) => field.getText()));
      for (const label of labels) expect(label, type).not.toContain('%{BKY_');
    }
    workspace.dispose();
  });

  test('Login User returns a BackendlessUser and checks its inputs', () => {
    const workspace = new Blockly.Workspace();
    const login = workspace.newBlock('backendless_users_login');
    expect(login.outputConnection?.getCheck()).toEqual(['BackendlessUser']);
    expect(login.getInput('LOGIN')?.connection?.getCheck()).toEqual(['String']);
    expect(login.getInput('STAY_LOGGED_IN')?.connection?.getCheck()).toEqual(['Boolean']);
    const number = workspace.newBlock('math_number');
    expect(
      workspace.connectionChecker.canConnect(login.getInput('LOGIN')!.connection!, number.outputConnection!, false),
    ).toBe(false);
    const text = workspace.newBlock('text');
    expect(
      workspace.connectionChecker.canConnect(login.getInput('LOGIN')!.connection!, text.outputConnection!, false),
    ).toBe(true);
    expect(workspace.newBlock('backendless_users_login_statement').previousConnection).not.toBeNull();
    expect(workspace.newBlock('backendless_users_logout').outputConnection).toBeNull();
    expect(workspace.newBlock('backendless_users_get_user_token').outputConnection?.getCheck()).toEqual(['String']);
    workspace.dispose();
  });
});

describe('install', () => {
  test('is idempotent: a second call neither throws nor warns', () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    expect(() => {
      install();
      install();
    }).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  test('registers the generators with the generator it is given, and only that one', () => {
    expect.hasAssertions();
    // Our types are taken out of the default generator first, so that writing them back would show.
    const host = javascriptGenerator as unknown as Record<string, unknown> & typeof javascriptGenerator;
    const ours = Object.fromEntries(userBlockTypes.map((type) => [type, host.forBlock[type]]));
    for (const type of userBlockTypes) delete host.forBlock[type];
    const hostForBlock = { ...host.forBlock };
    const hostMembers = Object.fromEntries(Object.entries(host));
    const generator = new JavascriptGenerator();
    const givenForBlock = { ...generator.forBlock };
    try {
      install({ generator });

      // The given generator gains our types and nothing else; what it had stays as it was.
      const added = Object.keys(generator.forBlock).filter((type) => !(type in givenForBlock));
      expect(added.sort()).toEqual([...userBlockTypes].sort());
      for (const type of userBlockTypes) expect(generator.forBlock[type], type).toBeTypeOf('function');
      for (const [type, generate] of Object.entries(givenForBlock))
        expect(generator.forBlock[type], type).toBe(generate);

      // The default generator is not touched at all.
      expect(Object.keys(host.forBlock).sort()).toEqual(Object.keys(hostForBlock).sort());
      for (const [type, generate] of Object.entries(hostForBlock)) expect(host.forBlock[type], type).toBe(generate);
      expect(Object.keys(host).sort()).toEqual(Object.keys(hostMembers).sort());
      for (const [key, value] of Object.entries(hostMembers)) expect(host[key], key).toBe(value);
    } finally {
      Object.assign(host.forBlock, ours);
    }
  });

  test('keeps a text the host set before, and fills in the ones it did not', () => {
    const key = 'CODELESS_USERS_LOGOUT';
    delete Blockly.Msg['CODELESS_USERS_IS_VALID_LOGIN'];
    Blockly.Msg[key] = 'Sign out';
    install();
    expect(Blockly.Msg[key]).toBe('Sign out');
    expect(Blockly.Msg['CODELESS_USERS_IS_VALID_LOGIN']).toBe(messages.en.CODELESS_USERS_IS_VALID_LOGIN);
  });

  test('rejects something that is not a generator', () => {
    expect(() => install({ generator: 42 as never })).toThrow(/JavascriptGenerator/);
  });
});

describe('locales', () => {
  // Blockly fills `%1`, `%2` … by number, so a translation may move them (Japanese puts "of user %2" first) but
  // must use each number the English uses, once, and no other.
  const placeholders = (text: string) => (text.match(/%\d+/g) ?? []).sort();

  test.each(Object.keys(messages).filter((locale) => locale !== 'en'))(
    '%s has every English key, non-empty, with the same placeholders',
    (locale) => {
      expect.hasAssertions();
      const translation: Record<string, string> = messages[locale as keyof typeof messages];
      expect(Object.keys(translation).sort()).toEqual(Object.keys(messages.en).sort());
      for (const [key, english] of Object.entries(messages.en)) {
        const text = translation[key]!;
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english));
      }
    },
  );

  test('the placeholder check catches a missing, an extra and a renumbered placeholder', () => {
    const english = messages.en.CODELESS_USERS_LOGIN;
    expect(placeholders('Connecter %1 identifiant %2 mot de passe %3 rester connecté %4')).toEqual(
      placeholders(english),
    );
    expect(placeholders('ユーザー %2 のプロパティ %1')).toEqual(placeholders('get property %1 of user %2'));
    for (const wrong of [
      'Connecter %1 identifiant %2 mot de passe %3',
      'a %1 b %2 c %3 d %4 e %5',
      'a %1 b %2 c %3 d %5',
    ])
      expect(placeholders(wrong)).not.toEqual(placeholders(english));
  });

  test.each([
    ['fr', 'Connecter l’utilisateur'],
    ['es', 'Iniciar sesión del usuario'],
    ['pt-br', 'Fazer login do usuário'],
    ['ja', 'ユーザーをログイン'],
  ] as const)('setMessages switches new blocks to %s, and every block builds from its texts', (locale, title) => {
    setMessages(messages[locale]);
    const workspace = new Blockly.Workspace();
    const login = workspace.newBlock('backendless_users_login');
    expect(login.inputList.flatMap((input) => input.fieldRow.map((field) => field.getText()))).toContain(title);
    // Blockly throws on a message whose placeholders do not fit the block's arguments.
    for (const type of userBlockTypes) expect(() => workspace.newBlock(type), type).not.toThrow();
    workspace.dispose();
  });

  test('setMessages switches new blocks to German', () => {
    setMessages(messages.de);
    const workspace = new Blockly.Workspace();
    const login = workspace.newBlock('backendless_users_login');
    expect(login.inputList.flatMap((input) => input.fieldRow.map((field) => field.getText()))).toContain(
      'Benutzer anmelden',
    );
    workspace.dispose();
  });

  test('setMessages refuses an incomplete locale', () => {
    expect(() => setMessages({ CODELESS_USERS_CATEGORY: 'x' } as never)).toThrow(/no text for/);
  });
});

describe('toolbox category', () => {
  test('names itself through Blockly.Msg and uses our category style', () => {
    expect(toolboxCategory.name).toBe('%{BKY_CODELESS_USERS_CATEGORY}');
    expect(toolboxCategory.categorystyle).toBe('codeless_users_category');
  });

  test('offers every block, and each one, dropped as it is, has no empty value input', () => {
    expect.hasAssertions();
    const offered = toolboxCategory.contents.map((item) => item.type);
    expect(new Set(offered)).toEqual(new Set(userBlockTypes));
    const workspace = new Blockly.Workspace();
    for (const item of toolboxCategory.contents) {
      const block = Blockly.serialization.blocks.append(item as Blockly.serialization.blocks.State, workspace);
      const empty = block
        .getDescendants(false)
        .flatMap((child) =>
          child.inputList
            .filter((input) => input.type === Blockly.inputs.inputTypes.VALUE && !input.connection?.targetBlock())
            .map((input) => `${child.type}.${input.name}`),
        );
      // A USER socket takes a user object from the program (a variable); there is no sensible default for it,
      // and the generators fall back to null there.
      expect(
        empty.filter((name) => !name.endsWith('.USER')),
        item.type,
      ).toEqual([]);
    }
    workspace.dispose();
  });
});

describe('Server logic, a category of its own that installServerLogic() adds and a host may leave out', () => {
  test('names itself through Blockly.Msg and offers every server-logic block', () => {
    installServerLogic();
    expect(serverLogicCategory.name).toBe('%{BKY_CODELESS_SERVER_LOGIC_CATEGORY}');
    // The Users category's colour and the Users styles: themes carry nothing more for a host without server logic.
    expect(serverLogicCategory.categorystyle).toBe('codeless_users_category');
    const offered = serverLogicCategory.contents.map((item) => item.type);
    expect(offered[0]).toBe('backendless_users_event_handler');
    expect(new Set(offered)).toEqual(new Set(serverLogicBlockTypes));
    for (const type of serverLogicBlockTypes) expect(userBlockTypes, type).not.toContain(type);
    const workspace = new Blockly.Workspace();
    for (const item of serverLogicCategory.contents) {
      const block = Blockly.serialization.blocks.append(item as Blockly.serialization.blocks.State, workspace);
      const empty = block.inputList.filter(
        (input) => input.type === Blockly.inputs.inputTypes.VALUE && !input.connection?.targetBlock(),
      );
      expect(empty, item.type).toEqual([]);
      expect(block.getStyleName(), item.type).toMatch(/^codeless_(users|user_object)_blocks$/);
    }
    workspace.dispose();
  });
});

describe('themes', () => {
  test('Classic and dark themes carry our block and category styles', () => {
    expect.hasAssertions();
    const { classic, dark } = codelessThemes();
    for (const theme of [classic, dark]) {
      for (const style of ['codeless_users_blocks', 'codeless_user_object_blocks', 'codeless_error_blocks']) {
        expect(theme.blockStyles[style]?.colourPrimary, `${theme.name} ${style}`).toMatch(/^#[0-9a-f]{6}$/);
      }
      expect(theme.categoryStyles['codeless_users_category']).toBeDefined();
      expect(theme.blockStyles['logic_blocks'], 'Classic styles are kept').toBeDefined();
    }
    expect(dark.componentStyles.workspaceBackgroundColour).toBe('#1e1e1e');
    expect(codelessThemes()).toBe(codelessThemes());
  });

  test('every style a block names exists in both themes', () => {
    expect.hasAssertions();
    const { classic, dark } = codelessThemes();
    for (const definition of userBlocks) {
      const style = String(definition['style']);
      expect(classic.blockStyles[style], definition.type).toBeDefined();
      expect(dark.blockStyles[style], definition.type).toBeDefined();
    }
  });
});

describe('loadWorkspaceJson', () => {
  const alice = readFileSync(new URL('../../playground/scenario/alice.json', import.meta.url), 'utf8');

  function loadedAlice(): Blockly.Workspace {
    const workspace = new Blockly.Workspace();
    loadWorkspaceJson(workspace, alice);
    return workspace;
  }

  test('loads the alice scenario from its JSON text', () => {
    const workspace = loadedAlice();
    expect(workspace.getTopBlocks(false)).toHaveLength(1);
    expect(workspace.getAllBlocks(false).some((block) => block.type === 'backendless_users_logout')).toBe(true);
    workspace.dispose();
  });

  test.each([
    ['malformed JSON', '{"blocks": ', /not valid JSON/],
    ['an array', '[]', /must be a JSON object.*got an array/],
    ['blocks that are not a list', { blocks: { blocks: 3 } }, /"blocks" must be an object with a "blocks" array/],
    [
      'a block without a type',
      { blocks: { languageVersion: 0, blocks: [{ x: 1 }] } },
      /blocks\.blocks\[0\] has no block "type"/,
    ],
    [
      'unknown block types',
      {
        blocks: {
          languageVersion: 0,
          blocks: [
            { type: 'firebase_login', next: { block: { type: 'firebase_login' } } },
            { type: 'text_print', inputs: { TEXT: { block: { type: 'mystery' } } } },
          ],
        },
      },
      /unknown block type "firebase_login" \(2 times, first at blocks\.blocks\[0\]\).*unknown block type "mystery" \(at blocks\.blocks\[1\]\.inputs\.TEXT\.block\)|unknown block type "mystery".*unknown block type "firebase_login"/,
    ],
    ['bad variables', { variables: [{ name: 1 }] }, /variables\[0\] must have a string "name" and "id"/],
  ])('refuses %s with a clear error and keeps the current workspace', (_what, json, message) => {
    const workspace = loadedAlice();
    const before = JSON.stringify(Blockly.serialization.workspaces.save(workspace));
    expect(() => loadWorkspaceJson(workspace, json)).toThrow(message);
    expect(() => loadWorkspaceJson(workspace, json)).toThrow(/current workspace was left as it was/);
    expect(JSON.stringify(Blockly.serialization.workspaces.save(workspace))).toBe(before);
    workspace.dispose();
  });

  test('puts the workspace back when Blockly itself fails halfway', () => {
    const workspace = loadedAlice();
    const before = JSON.stringify(Blockly.serialization.workspaces.save(workspace));
    // A known block with an input it does not have: only Blockly's loader finds this.
    const json = {
      blocks: {
        languageVersion: 0,
        blocks: [
          { type: 'backendless_users_logout' },
          { type: 'backendless_users_login', inputs: { NOPE: { block: { type: 'text' } } } },
        ],
      },
    };
    expect(() => loadWorkspaceJson(workspace, json)).toThrow(/cannot be loaded: .*NOPE.*left as it was/s);
    expect(JSON.stringify(Blockly.serialization.workspaces.save(workspace))).toBe(before);
    workspace.dispose();
  });
});
