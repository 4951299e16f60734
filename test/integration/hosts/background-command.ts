// A shell command that keeps running (a server a README tells the reader to start), started in its own process
// group so that stopping it stops everything it started (npm, npx, node), as Ctrl-C does in a terminal.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** A running command: what it printed so far, and how to stop it. */
export interface BackgroundCommand {
  output(): string;
  /** Sends SIGINT to its process group (Ctrl-C) and resolves once the command has exited. */
  stop(): Promise<void>;
}

/**
 * Runs `script` with bash in `cwd` and resolves once its output (stdout and stderr) matches `ready`, with the match.
 * Rejects when the command exits first or `timeoutMs` passes, naming what it printed.
 */
export function startBackground(
  script: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number },
): Promise<{ command: BackgroundCommand; match: RegExpExecArray }> {
  const child = spawn('bash', ['-c', script], { cwd: options.cwd, env: options.env, detached: true });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const command: BackgroundCommand = {
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGINT');
        } catch {
          // The group is already gone.
        }
      }
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void command.stop();
      reject(new Error(`not ready after ${options.timeoutMs ?? 120_000} ms: ${script}\n${output}`));
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      // Colours (Vite prints them when FORCE_COLOR is inherited) would split "Local:" from its URL.
      output += stripVTControlCharacters(chunk.toString());
      const match = options.ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ command, match });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code ?? signal}) before it was ready: ${script}\n${output}`));
    });
  });
}
