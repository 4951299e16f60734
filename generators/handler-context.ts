// What the generators of the server-logic blocks share: the one check that a block is inside the handler it belongs
// to (blocks/server-logic.ts holds the rule; the editor warns with it, generation refuses with it), and the
// generators of the blocks that read the handler's request, result or context.
import type { Block } from 'blockly/core';
import { Order } from 'blockly/javascript';
import { placeOf, placeProblem, USER_EVENTS, userEventNames } from '../blocks/server-logic.ts';
import { generatorFile, type GeneratorFile } from './generator-file.ts';

/**
 * Refuses a server-logic block outside the handler it belongs to: its code would read a `req` or `res` that is not
 * there. The editor disables such a block (so it never gets here); a workspace from a file may still hold one.
 *
 * @param block A server-logic block.
 * @throws Error naming the block and the handlers it belongs to.
 */
export function requireHandlerPlace(block: Block): void {
  const problem = placeProblem(block);
  if (!problem) return;
  const place = placeOf(block) ?? {};
  const timings = place.timings?.join(' / ') ?? 'before / after';
  const events = (place.events ?? userEventNames).map((event) => USER_EVENTS[event].label).join(', ');
  throw new Error(
    `${block.type} (block ${block.id}) works only inside an event handler (${timings}: ${events}); ` +
      (problem === 'outsideHandler' ? 'it is outside every handler' : 'it is inside another handler'),
  );
}

/**
 * The generator file of a block that reads a part of the handler's request, result or context.
 *
 * @param type The block type.
 * @param code What it reads, e.g. `req.login`.
 * @returns The generator file.
 */
export function handlerValueGenerators(type: string, code: `req.${string}` | `res.${string}`): GeneratorFile {
  return generatorFile({
    [type]: {
      generate: (block: Block): [string, Order] => {
        requireHandlerPlace(block);
        return [code, Order.MEMBER];
      },
      awaits: false,
    },
  });
}
