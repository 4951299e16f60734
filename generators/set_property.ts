// set property → `user['name'] = value;`. A computed name, or one objects inherit (`__proto__`, `constructor`, …),
// is set with the program's `setOwnProperty` helper instead, which never replaces a prototype (own-property.ts).
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { SET_PROPERTY } from '../blocks/set_property.ts';
import { generatorFile } from './generator-file.ts';
import { isPlainPropertyName, ownPropertyWriter } from './own-property.ts';

/**
 * set property … of user … to ….
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns One statement.
 */
export function setProperty(block: Block, generator: JavascriptGenerator): string {
  // Without a user there is nothing to set: `null[…] = …` is valid code that fails when it runs with a
  // TypeError naming the property, which is what the drawing asks for (the helper does the same).
  const user = generator.valueToCode(block, 'USER', Order.NONE) || 'null';
  const property = generator.valueToCode(block, 'PROPERTY', Order.NONE) || "''";
  if (!isPlainPropertyName(block, 'PROPERTY')) {
    const value = generator.valueToCode(block, 'VALUE', Order.NONE) || 'null';
    return `${ownPropertyWriter(generator)}(${user}, ${property}, ${value});\n`;
  }
  const value = generator.valueToCode(block, 'VALUE', Order.ASSIGNMENT) || 'null';
  // Anything but a plain name is parenthesised: an object literal (New User) would open a block statement,
  // and an optional chain (get property, message of error) cannot be assigned through.
  const target = /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(user) ? user : `(${user})`;
  return `${target}[${property}] = ${value};\n`;
}

export const setPropertyGenerators = generatorFile({
  [SET_PROPERTY]: { generate: setProperty, awaits: false },
});
