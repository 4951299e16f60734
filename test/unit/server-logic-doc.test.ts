// Every code block of docs/server-logic.md runs as written: each is preceded by `<!-- readme-test: <id> -->`, as the
// README's are, and each id is one this file runs. One liberty: the page's `startEmulator` is the in-process
// emulator (the same options, built without a socket), and its `source` is the page's module block.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import type { EmulatorOptions } from '../../emulator/index.ts';
import { inProcessEmulator, type InProcessEmulator } from '../helpers/in-process-emulator.ts';
import { codeBlocks } from '../integration/hosts/readme-blocks.ts';

const root = new URL('../../', import.meta.url);
const blocks = codeBlocks(readFileSync(new URL('docs/server-logic.md', root), 'utf8'));

/** Each marker id and how it is run. */
const HOW_EACH_BLOCK_IS_RUN: Record<string, string> = {
  'server-logic-start': 'its options, the in-process emulator standing in for startEmulator',
  'server-logic-module': "server-logic-start's source: a spam.test register is refused, alice is greeted",
};

function block(id: string): string {
  const found = blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`docs/server-logic.md has no block marked ${id}`);
  return found.code;
}

/** Runs the page's start block with `startEmulator` answered in process; the emulator it built. */
async function startAsThePageDoes(): Promise<InProcessEmulator> {
  const built: InProcessEmulator[] = [];
  const startEmulator = async (options: EmulatorOptions) => {
    built.push(await inProcessEmulator(options));
    return built[0];
  };
  const body = block('server-logic-start')
    .replace(/^import .*$/m, '')
    .replace('const emulator = await', 'return await');
  const run = new Function('startEmulator', 'source', `return (async () => { ${body} })();`) as (
    start: typeof startEmulator,
    source: string,
  ) => Promise<InProcessEmulator>;
  return run(startEmulator, block('server-logic-module'));
}

describe('docs/server-logic.md', () => {
  let emulator: InProcessEmulator | undefined;
  afterAll(async () => {
    await emulator?.close();
  });

  test('every code block has a marker this file runs', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const { id, line } of blocks) expect(HOW_EACH_BLOCK_IS_RUN, `block at line ${line}`).toHaveProperty(id ?? '?');
  });

  test("the page's emulator runs the page's module: spam.test refused, anyone else registered, alice greeted", async () => {
    emulator = await startAsThePageDoes();
    const base = `/${emulator.appId}/${emulator.apiKey}`;
    const refused = await emulator.call('POST', `${base}/users/register`, {
      email: 'x@spam.test',
      password: 'secret1',
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 400001,
      message: 'Registration refused: spam addresses are not welcome',
    });

    const ok = await emulator.call('POST', `${base}/users/register`, { email: 'bob@example.com', password: 'secret1' });
    expect(ok.status).toBe(200);

    const login = await emulator.call('POST', `${base}/users/login`, {
      login: 'alice@wonderland.com',
      password: 'wonderland',
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ greeting: 'Welcome back, Alice' });
  });
});
