// The editor's side of server logic's placement rule (blocks/server-logic.ts): the extension every server-logic block
// but the handler carries. Apart from the rule, so that only `installServerLogic()` brings Blockly's registries into
// it.
import type { Block } from 'blockly/core';
import { Blockly } from './blockly-core.ts';
import { placeProblem, SERVER_LOGIC_ONLY } from './server-logic.ts';

/**
 * The extension: after every change of its workspace, a server-logic block outside the handler it belongs to is
 * disabled (so no program generates it, as Blockly does with orphans) and shows why; back in place it is enabled.
 */
function serverLogicOnly(this: Block): void {
  this.setOnChange(function (this: Block) {
    const workspace = this.workspace as { isDragging?: () => boolean };
    if (this.isInFlyout || this.isDeadOrDying() || workspace.isDragging?.()) return;
    const problem = placeProblem(this);
    const warning =
      problem === 'outsideHandler'
        ? Blockly.Msg['CODELESS_SERVER_LOGIC_OUTSIDE_HANDLER']
        : problem === 'wrongHandler'
          ? Blockly.Msg['CODELESS_SERVER_LOGIC_WRONG_HANDLER']
          : null;
    this.setWarningText(warning ?? null, SERVER_LOGIC_ONLY);
    this.setDisabledReason(problem !== null, SERVER_LOGIC_ONLY);
  });
}

/** Registers the extension (again, if a former install registered it). `installServerLogic()` calls it. */
export function registerServerLogicExtension(): void {
  if (Blockly.Extensions.isRegistered(SERVER_LOGIC_ONLY)) Blockly.Extensions.unregister(SERVER_LOGIC_ONLY);
  Blockly.Extensions.register(SERVER_LOGIC_ONLY, serverLogicOnly);
}
