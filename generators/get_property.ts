// get property → `user?.['name']`. Optional chaining, so reading a property of "no user" (null, e.g. from Get
// Current User when nobody is logged in) gives undefined instead of stopping the program. A computed name, or one
// objects inherit (`__proto__`, `constructor`, …), is read with the program's `ownProperty` helper instead, which
// never reaches a prototype (own-property.ts).
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { GET_PROPERTY } from '../blocks/get_property.ts';
import { generatorFile } from './generator-file.ts';
import { isPlainPropertyName, ownPropertyReader } from './own-property.ts';

/**
 * get property … of user ….
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The code and its precedence.
 */
export function getProperty(block: Block, generator: JavascriptGenerator): [string, Order] {
  if (isPlainPropertyName(block, 'PROPERTY')) {
    const user = generator.valueToCode(block, 'USER', Order.MEMBER) || 'null';
    const property = generator.valueToCode(block, 'PROPERTY', Order.NONE) || "''";
    return [`${user}?.[${property}]`, Order.MEMBER];
  }
  const user = generator.valueToCode(block, 'USER', Order.NONE) || 'null';
  const property = generator.valueToCode(block, 'PROPERTY', Order.NONE) || "''";
  return [`${ownPropertyReader(generator)}(${user}, ${property})`, Order.FUNCTION_CALL];
}

export const getPropertyGenerators = generatorFile({
  [GET_PROPERTY]: { generate: getProperty, awaits: false },
});
