// The messages between the page and a run's Web Worker (playground/run-worker.ts).

/** What the page sends to start a run. */
export interface RunRequest {
  /** Body of `async function (Backendless, console, highlightBlock) { … }` (workspaceToFunctionBody). */
  body: string;
  /** The runtime's initApp configuration: classic (serverURL + appId + apiKey) or an app domain. */
  backend: { serverURL: string; appId: string; apiKey: string } | { domain: string };
  /** The page's localStorage entries the runtime may read ("stay logged in" sessions), by key. */
  storage: Record<string, string>;
}

/** A user object as the page shows it: just who it is. */
export interface RunUser {
  objectId: string | null;
  email: string | null;
  name: string | null;
}

/** What a run reports back, in order. */
export type RunEvent =
  | { type: 'print'; lines: string[]; skipped: number }
  | { type: 'highlight'; blockId: string | null }
  /**
   * The program logged in or out: its token now, who that is as far as the runtime knows (objectId), and their
   * name and email when the program's login (or setCurrentUser) handed them over.
   */
  | { type: 'session'; token: string | null; objectId: string | null; user: RunUser | null }
  | { type: 'storage'; key: string; value: string | null }
  /** The program failed: the error, and the block whose statement was running (null when none was). */
  | { type: 'error'; code: number | null; message: string; blockId: string | null }
  | { type: 'done'; token: string | null; user: RunUser | null };

/** The name generated code calls before each statement; reserved in the generator so no variable takes it. */
export const HIGHLIGHT_FUNCTION = 'highlightBlock';
/** Blockly's STATEMENT_PREFIX for a run: `%1` becomes the quoted block id. */
export const STATEMENT_PREFIX = `${HIGHLIGHT_FUNCTION}(%1);\n`;
