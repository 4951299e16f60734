#!/usr/bin/env node
// `codeless`: headless use of the library — generate code from a saved workspace, run it, start the emulator.

import { requireNode } from './node-version.ts';
import { errorMessage } from '../emulator/contract.ts';

requireNode('codeless');

const usage = `Usage:
  codeless generate <workspace.json> [--target codeless-blocks|backendless|coderunner|emulator]
  codeless run <workspace.json> [--server-url URL --app-id ID --api-key KEY] [--timeout SECONDS]
  codeless emulator [--port N] [--host H] [--json] [--data FILE] [--users FILE] [--logic FILE] [--admin-origin ORIGIN]`;

const [command, ...rest] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case 'generate':
      return (await import('./commands/generate.ts')).generateCommand(rest);
    case 'run':
      return (await import('./commands/run.ts')).runCommand(rest);
    case 'emulator':
      return (await import('./commands/emulator.ts')).emulatorCommand(rest);
    case undefined:
    case '-h':
    case '--help':
      console.log(usage);
      return command === undefined ? 2 : 0;
    default:
      console.error(`codeless: unknown command "${command}"\n${usage}`);
      return 2;
  }
}

// Errors reach the user as one line, never a stack trace.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`codeless: ${errorMessage(error)}`);
    process.exitCode = 1;
  },
);
