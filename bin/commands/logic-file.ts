// `codeless emulator --logic <workspace.json>`: the event handlers of a saved workspace, generated as the module the
// emulator runs (`workspaceToServerLogic(…, { target: 'emulator' })`), for `startEmulator({ logic })`.
import { errorMessage } from '../../emulator/contract.ts';
import { withWorkspaceFile } from './workspace-file.ts';

/**
 * Reads a workspace file and generates its server logic for the emulator.
 *
 * @param path The workspace file.
 * @returns The module's text, named after the file.
 * @throws Error, one sentence, when the file cannot be read or generated.
 */
export async function logicFromWorkspaceFile(path: string): Promise<{ source: string; name: string }> {
  return withWorkspaceFile(path, (workspace, { workspaceToServerLogic }) => {
    try {
      return { source: workspaceToServerLogic(workspace, { target: 'emulator' }), name: path };
    } catch (error) {
      throw new Error(`--logic ${path}: ${errorMessage(error)}`, { cause: error });
    }
  });
}
