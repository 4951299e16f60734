// Every code block of docs/event-handlers.md runs as written: each is preceded by `<!-- readme-test: <id> -->`, as the
// README's are, and each id is one this file runs. Two liberties: the CLI runs in this process (generateCommand, its
// output captured), and the host block imports the library's sources where it names `codeless-blocks`.
import * as Blockly from 'blockly';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { generateCommand } from '../../bin/commands/generate.ts';
import { serverLogicBlockTypes } from '../../index.ts';
import { codeBlocks } from '../integration/hosts/readme-blocks.ts';

const root = new URL('../../', import.meta.url);
const blocks = codeBlocks(readFileSync(new URL('docs/event-handlers.md', root), 'utf8'));

/** Each marker id and how it is run. */
const HOW_EACH_BLOCK_IS_RUN: Record<string, string> = {
  'event-handlers-generate': 'codeless generate, in this process',
  'event-handlers-output': 'what event-handlers-generate prints, and the golden file',
  'event-handlers-api': 'a module of .tmp/, the library sources standing in for codeless-blocks',
};

function block(id: string): string {
  const found = blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`docs/event-handlers.md has no block marked ${id}`);
  return found.code;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('docs/event-handlers.md', () => {
  test('every code block has a marker this file runs', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const { id, line } of blocks) expect(HOW_EACH_BLOCK_IS_RUN, `block at line ${line}`).toHaveProperty(id ?? '?');
  });

  test('codeless generate --target coderunner prints the script the page shows, the golden file', async () => {
    const command = block('event-handlers-generate').trim();
    expect(command).toMatch(/^npx codeless generate /);
    const args = command.split(/\s+/).slice(3);
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    // The page's path is the repository's; this process may run elsewhere.
    const code = await generateCommand(args.map((arg) => (arg.endsWith('.json') ? new URL(arg, root).pathname : arg)));
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(written.join('')).toBe(block('event-handlers-output'));
    expect(block('event-handlers-output')).toBe(
      readFileSync(new URL('test/golden/server-logic/event_handlers.coderunner.js', root), 'utf8'),
    );
  });

  test('the host block generates both targets and prints what its comments say', async () => {
    const source = block('event-handlers-api')
      .replace("from 'codeless-blocks'", `from ${JSON.stringify(new URL('index.ts', root).href)}`)
      .replace(
        "'examples/event-handlers/workspace.json'",
        JSON.stringify(new URL('examples/event-handlers/workspace.json', root).pathname),
      );
    const expected = [...source.matchAll(/^console\.log\(.*\); \/\/ (.*)$/gm)].map((match) => match[1]);
    expect(expected).toEqual(['true', 'true', '2']);
    const folder = new URL(`.tmp/event-handlers-doc-${process.pid}-${Date.now()}/`, root);
    mkdirSync(folder, { recursive: true });
    const file = new URL('api.mjs', folder);
    writeFileSync(file, source);
    // The block's own installServerLogic() must register the Server logic blocks (an earlier test may have).
    for (const type of serverLogicBlockTypes) delete Blockly.Blocks[type];
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => printed.push(parts.map(String).join(' ')));
    try {
      await import(/* @vite-ignore */ file.href);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    expect(printed).toEqual(expected);
  });
});
