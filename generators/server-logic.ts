// From a workspace to server logic: `workspaceToServerLogic` turns its event handlers into the file Backendless' JS
// CodeRunner loads as it is (top-level `Backendless.ServerCode.User.<event>(handler, async)` calls, no imports), or
// into the same body wrapped as the ES module the emulator runs (`export default function (Backendless) { … }`), so
// both run the very same code. Generated with the program generator (quoting, async user functions, reserved words).
import type { Workspace } from 'blockly/core';
import { javascriptGenerator, type JavascriptGenerator } from 'blockly/javascript';
import { Blockly } from '../blocks/blockly-core.ts';
import { EVENT_HANDLER } from '../blocks/server-logic.ts';
import { eventHandler, handlerMethod } from './event_handler.ts';
import { serverLogicForBlock } from './library.ts';
import { indent, requireWorkspace } from './program.ts';
import { generateParts } from './program-generator.ts';
import { quoteJs } from './quote.ts';

/** What `workspaceToServerLogic` writes: a CodeRunner handler file, or the ES module the emulator runs. */
export type ServerLogicTarget = 'coderunner' | 'emulator';

/** Options of `workspaceToServerLogic`. */
export interface ServerLogicOptions {
  /** `'coderunner'`: a script for Backendless' JS CodeRunner; `'emulator'`: `export default function (Backendless)`. */
  target: ServerLogicTarget;
  /** The generator to use (default: `javascriptGenerator` from `blockly/javascript`). */
  generator?: JavascriptGenerator;
}

/** Names a handler's code relies on besides the program's: its parameters. */
const HANDLER_WORDS = ['req', 'res'];

const PROCEDURE_DEFINITIONS: ReadonlySet<string> = new Set(['procedures_defnoreturn', 'procedures_defreturn']);

/**
 * The top blocks server logic is made of: the enabled handlers and the user functions they may call. Anything else
 * at the top would run once when CodeRunner loads the file, so it is left out.
 */
function isServerLogicType(type: string): boolean {
  return type === EVENT_HANDLER || PROCEDURE_DEFINITIONS.has(type);
}

/**
 * A headless copy of the workspace's server logic: its handlers and user functions (ids, variables and disabled
 * states kept), so the program generator, which generates every top block, generates nothing else.
 */
function serverLogicWorkspace(workspace: Workspace): Workspace {
  const saved = Blockly.serialization.workspaces.save(workspace) as { blocks?: { blocks?: Array<{ type: string }> } };
  if (saved.blocks?.blocks) saved.blocks.blocks = saved.blocks.blocks.filter(({ type }) => isServerLogicType(type));
  const copy = new Blockly.Workspace();
  const events = Blockly.Events.isEnabled();
  // No events: the copy is read once and disposed (and misplaced blocks must reach generation, which names them).
  Blockly.Events.disable();
  try {
    Blockly.serialization.workspaces.load(saved, copy);
  } finally {
    if (events) Blockly.Events.enable();
  }
  return copy;
}

/** Refuses two enabled handlers of one event: CodeRunner keeps one handler per event. */
function refuseDuplicateHandlers(workspace: Workspace): void {
  const seen = new Set<string>();
  for (const handler of workspace.getBlocksByType(EVENT_HANDLER, true)) {
    if (!handler.isEnabled()) continue;
    const method = handlerMethod(handler);
    if (seen.has(method)) throw new Error(`workspaceToServerLogic: two ${method} handlers; an event has one handler`);
    seen.add(method);
  }
}

/**
 * Turns a workspace's event handlers into server logic: for `'coderunner'` a script Backendless' JS CodeRunner
 * loads as it is (deploy it with CodeRunner's own tools), for `'emulator'` the same code as an ES module whose
 * default export takes the `Backendless` to register with (`codeless emulator --logic`, `startEmulator({ logic })`).
 * Disabled handlers and top blocks that are neither handlers nor user functions are left out.
 *
 * @param workspace The workspace (headless or rendered).
 * @param options The target and the generator; see `ServerLogicOptions`.
 * @returns The script's or the module's source text.
 * @throws TypeError on a bad workspace or target; Error on two handlers of one event or a server-logic block outside
 *   the handler it belongs to.
 */
export function workspaceToServerLogic(workspace: Workspace, options: ServerLogicOptions): string {
  requireWorkspace(workspace, 'workspaceToServerLogic');
  const target = options?.target;
  if (target !== 'coderunner' && target !== 'emulator') {
    throw new TypeError(
      `workspaceToServerLogic: target must be 'coderunner' or 'emulator', got ${quoteJs(String(target))}`,
    );
  }
  refuseDuplicateHandlers(workspace);
  const generator = options.generator ?? javascriptGenerator;
  // The server-logic generators (in case this generator is not the one installServerLogic() registered them with),
  // and, for this call only, the handler's own: in a client program a handler generates nothing.
  const forBlock = generator.forBlock as Record<string, unknown>;
  Object.assign(forBlock, serverLogicForBlock);
  forBlock[EVENT_HANDLER] = eventHandler;
  const serverLogic = serverLogicWorkspace(workspace);
  let parts;
  try {
    parts = generateParts(serverLogic, generator, null, HANDLER_WORDS);
  } finally {
    forBlock[EVENT_HANDLER] = serverLogicForBlock[EVENT_HANDLER];
    serverLogic.dispose();
  }
  const { definitions, code } = parts;
  const body = (definitions ? `${definitions}\n\n` : '') + (code ? `${code}\n` : `// No event handlers.\n`);
  if (target === 'coderunner') {
    return (
      `// Generated by codeless-blocks from a Blockly workspace: Users event handlers for Backendless' JS CodeRunner.\n` +
      `// Put this file in a CodeRunner project's code folder and deploy it with CodeRunner's own tools.\n` +
      `'use strict';\n\n` +
      body
    );
  }
  return (
    `// Generated by codeless-blocks from a Blockly workspace: Users event handlers for the codeless-blocks emulator.\n` +
    `/** Registers the handlers with the Backendless it is given (Backendless.ServerCode.User). */\n` +
    `export default function (Backendless) {\n` +
    indent(body, '  ') +
    `}\n`
  );
}
