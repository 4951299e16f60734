// New User → an object literal `{ email: …, password: …, name: … }`; unconnected inputs are left out.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { NEW_USER } from '../blocks/new_user.ts';
import { generatorFile } from './generator-file.ts';

// Input name → property name. Fixed identifiers, so they are written as plain keys.
const PROPERTIES = [
  ['EMAIL', 'email'],
  ['PASSWORD', 'password'],
  ['NAME', 'name'],
] as const;

/**
 * New User: an object of user properties.
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The code and its precedence.
 */
export function newUser(block: Block, generator: JavascriptGenerator): [string, Order] {
  const entries: string[] = [];
  for (const [input, property] of PROPERTIES) {
    // Order.COMMA: the tightest operator around a property value inside an object literal is the comma.
    const value = generator.valueToCode(block, input, Order.COMMA);
    if (value) entries.push(`${property}: ${value}`);
  }
  return [entries.length ? `{ ${entries.join(', ')} }` : '{}', Order.ATOMIC];
}

export const newUserGenerators = generatorFile({
  [NEW_USER]: { generate: newUser, awaits: false },
});
