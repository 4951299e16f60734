// get property → `user?.['name']`. Optional chaining, so reading a property of "no user" (null, e.g. from Get
// Current User when nobody is logged in) gives undefined instead of stopping the program.
import type { Block } from 'blockly/core';
import { Order, type JavascriptGenerator } from 'blockly/javascript';
import { GET_PROPERTY } from '../blocks/get_property.ts';
import { generatorFile } from './generator-file.ts';

/**
 * get property … of user ….
 *
 * @param block The block to generate code for.
 * @param generator The host's JavaScript generator.
 * @returns The code and its precedence.
 */
export function getProperty(block: Block, generator: JavascriptGenerator): [string, Order] {
  const user = generator.valueToCode(block, 'USER', Order.MEMBER) || 'null';
  const property = generator.valueToCode(block, 'PROPERTY', Order.NONE) || "''";
  return [`${user}?.[${property}]`, Order.MEMBER];
}

/** get property: local, no await. */
export const getPropertyGenerators = generatorFile({
  [GET_PROPERTY]: { generate: getProperty, awaits: false },
});
