// Which inputs a block needs filled: declared with each block (derived for call blocks), read off a block as
// `missingInputs`, so a host can warn before a run instead of the server answering "3011 Property 'password' is
// required".
import * as Blockly from 'blockly';
import { beforeAll, describe, expect, test } from 'vitest';
import { install, missingInputs, requiredInputs, toolboxCategory, userBlocks } from '../../index.ts';

beforeAll(() => install());

/** A headless workspace holding `state` (Blockly's JSON of one block). */
function blockFrom(state: object): Blockly.Block {
  const workspace = new Blockly.Workspace();
  return Blockly.serialization.blocks.append(state as Blockly.serialization.blocks.State, workspace);
}

describe('required inputs', () => {
  test('Register User needs its user; Login User its login and password, not "stay logged in"', () => {
    expect(requiredInputs.get('backendless_users_register')).toEqual(['USER']);
    expect(requiredInputs.get('backendless_users_register_statement')).toEqual(['USER']);
    expect(requiredInputs.get('backendless_users_login')).toEqual(['LOGIN', 'PASSWORD']);
  });

  test('an input the toolbox fills with null, or a yes / no, may stay empty', () => {
    // Get Authorization URL: the provider is needed, scope and the page to come back to are not.
    expect(requiredInputs.get('backendless_users_get_authorization_url')).toEqual(['PROVIDER']);
    expect(requiredInputs.get('backendless_users_logout')).toBeUndefined();
  });

  test('every required input is an input of its block', () => {
    expect.hasAssertions();
    for (const [type, names] of requiredInputs) {
      const definition = userBlocks.find((block) => block.type === type)!;
      const inputs = (definition.args0 as { name?: string }[]).map((arg) => arg.name);
      for (const name of names) expect(inputs).toContain(name);
    }
  });

  test('a block is missing exactly its empty required inputs', () => {
    const empty = blockFrom({ type: 'backendless_users_register_statement' });
    expect(missingInputs(empty)).toEqual(['USER']);
    const filled = blockFrom({
      type: 'backendless_users_register_statement',
      inputs: { USER: { block: { type: 'variables_get', fields: { VAR: { id: 'v', name: 'user' } } } } },
    });
    expect(missingInputs(filled)).toEqual([]);
    // A shadow counts as a value (the toolbox's defaults are shadows); blocks of other libraries need nothing.
    const login = blockFrom({
      type: 'backendless_users_login',
      inputs: { LOGIN: { shadow: { type: 'text', fields: { TEXT: 'a' } } } },
    });
    expect(missingInputs(login)).toEqual(['PASSWORD']);
    expect(missingInputs(blockFrom({ type: 'text_print' }))).toEqual([]);
  });

  test('every block as the toolbox offers it has its required inputs filled', () => {
    expect.hasAssertions();
    for (const entry of toolboxCategory.contents) {
      expect([entry.type, missingInputs(blockFrom(entry))]).toEqual([entry.type, []]);
    }
  });
});
