// Waiting for a child process to say something: `npm start` and `codeless emulator` print their URLs once listening.
import type { ChildProcess } from 'node:child_process';

/** Resolves with the match once `pattern` has appeared in stdout (or rejects when the process ends first). */
export function waitForOutput(process: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms; output so far:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        process.stdout!.off('data', onData);
        resolve(match);
      }
    };
    process.stdout!.on('data', onData);
    process.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    process.once('exit', (code) => reject(new Error(`exited with ${code} before printing its URL:\n${output}`)));
  });
}
