// Property names as data: get / set property read and write the object's own properties only, so no name a user
// types or a program computes — `__proto__`, `constructor`, then `prototype` — reaches a prototype and changes
// every object of the process (prototype pollution). A name typed in the block that plain objects do not inherit
// keeps the short, readable form (`user?.['name']`, `user['name'] = value;`): there the two mean the same. Any
// other name goes through a small helper written into the program, so the program needs nothing from the runtime
// and runs unchanged with the official SDK.
import type { Block } from 'blockly/core';
import type { JavascriptGenerator } from 'blockly/javascript';

/**
 * The names every plain object inherits from `Object.prototype` (fixed, so that generated code never depends on
 * what a page has added to it), and `prototype`, which leads from a function to its prototype.
 */
const INHERITED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  'prototype',
]);

/**
 * Whether the name in a block's input can be written as a plain member access: it is typed in a text block (not
 * computed) and is not a name objects inherit. An empty input counts as the empty name.
 *
 * @param block The get / set property block.
 * @param input The input holding the name.
 * @returns `true` when `object?.[name]` reads an own property whenever it reads anything.
 */
export function isPlainPropertyName(block: Block, input: string): boolean {
  const source = block.getInputTargetBlock(input);
  if (!source) return true;
  return source.type === 'text' && !INHERITED_NAMES.has(String(source.getFieldValue('TEXT')));
}

/**
 * The name of the program's `ownProperty(object, name)` helper, defined once per program: the object's own
 * property, or undefined (also for null and undefined objects, as `?.` gives).
 *
 * @param generator The generator.
 * @returns The helper's name in this program.
 */
export function ownPropertyReader(generator: JavascriptGenerator): string {
  return generator.provideFunction_(
    'ownProperty',
    `// A property of the object itself: a name like __proto__ or constructor never reaches a prototype.
function ${generator.FUNCTION_NAME_PLACEHOLDER_}(object, name) {
  return object != null && Object.hasOwn(object, name) ? object[name] : undefined;
}`,
  );
}

/**
 * The name of the program's `setOwnProperty(object, name, value)` helper, defined once per program: sets the
 * object's own property; `__proto__` becomes a property like any other instead of replacing the prototype.
 *
 * @param generator The generator.
 * @returns The helper's name in this program.
 */
export function ownPropertyWriter(generator: JavascriptGenerator): string {
  return generator.provideFunction_(
    'setOwnProperty',
    `// Sets a property of the object itself: __proto__ is stored as data instead of replacing the prototype.
function ${generator.FUNCTION_NAME_PLACEHOLDER_}(object, name, value) {
  const key = String(name);
  if (key === '__proto__' && (typeof object === 'object' || typeof object === 'function') && object !== null) {
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    object[key] = value;
  }
}`,
  );
}
