// Hostile workspace files: unknown blocks, malformed structure, cycles, deep nesting, extreme mutator state
// and 100 MB sizes — through the library (`loadWorkspaceJson`) and the CLI (`codeless generate`). Each must end
// in a clear error that names the problem, leave the current workspace as it was, keep memory bounded and
// never crash the process.
import { execFile } from 'node:child_process';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as Blockly from 'blockly';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { install, loadWorkspaceJson, workspaceToProgram } from '../../index.ts';

const NODE = resolve('node_modules/.bin/node');
const CLI = resolve('bin/codeless.ts');
let directory: string;
let workspace: Blockly.Workspace;
let tried = 0;

type Json = Record<string, unknown>;
const saved = (...blocks: unknown[]): Json => ({ blocks: { languageVersion: 0, blocks } });
const LOGOUT = { type: 'backendless_users_logout' };

/** Loads hostile JSON; returns the error it must throw, and checks the workspace was left as it was. */
function refusal(json: unknown): Error {
  tried += 1;
  const before = JSON.stringify(Blockly.serialization.workspaces.save(workspace));
  let error: unknown;
  try {
    loadWorkspaceJson(workspace, json);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(Error);
  expect(JSON.stringify(Blockly.serialization.workspaces.save(workspace))).toBe(before);
  return error as Error;
}

/** Runs `codeless generate <file>`; resolves with its exit code and output (killed after `timeoutMs`). */
function generate(
  file: string,
  timeoutMs = 20_000,
): Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }> {
  tried += 1;
  return new Promise((resolveRun) => {
    execFile(
      NODE,
      [CLI, 'generate', file],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const failed = error as (Error & { code?: number; killed?: boolean }) | null;
        resolveRun({
          code: failed ? (typeof failed.code === 'number' ? failed.code : null) : 0,
          stdout,
          stderr,
          killed: failed?.killed ?? false,
        });
      },
    );
  });
}

beforeAll(async () => {
  install();
  directory = await mkdtemp(join(tmpdir(), 'codeless-hostile-ws-'));
});

afterAll(async () => {
  console.info(`hostile workspaces: ${tried} tried`);
  await rm(directory, { recursive: true, force: true });
});

beforeEach(() => {
  workspace?.dispose();
  workspace = new Blockly.Workspace();
  // Something to lose: every refusal must leave this in place.
  loadWorkspaceJson(workspace, saved(LOGOUT));
});

describe('workspace files the library refuses clearly, leaving the workspace as it was', () => {
  it('unknown blocks are named with their place in the file', () => {
    const error = refusal(
      saved(LOGOUT, { type: 'acme_payments_charge', next: { block: { type: 'acme_payments_refund' } } }),
    );
    expect(error.message).toContain('unknown block type "acme_payments_charge" (at blocks.blocks[1])');
    expect(error.message).toContain('unknown block type "acme_payments_refund" (at blocks.blocks[1].next.block)');
    expect(error.message).toContain('library that is not installed');
  });

  it('names that collide with Object.prototype are unknown blocks, not a crash', () => {
    expect.hasAssertions();
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(refusal(JSON.parse(`{"blocks":{"languageVersion":0,"blocks":[{"type":"${type}"}]}}`)).message).toContain(
        `unknown block type "${type}"`,
      );
    }
  });

  it('structural junk is named: not JSON, not an object, blocks not a list, inputs not objects, bad variables', () => {
    expect(refusal('{"blocks": ').message).toMatch(/not valid JSON/);
    expect(refusal('[1,2,3]').message).toMatch(/must be a JSON object.*got an array/);
    expect(refusal(null).message).toMatch(/got null/);
    expect(refusal({ blocks: { blocks: 'all of them' } }).message).toContain(
      '"blocks" must be an object with a "blocks" array',
    );
    expect(refusal(saved({ type: 'text_print', inputs: { TEXT: 'hello' } })).message).toContain(
      'blocks.blocks[0].inputs.TEXT is not an object',
    );
    expect(refusal({ variables: [{ name: 1 }], ...saved() }).message).toContain(
      'variables[0] must have a string "name" and "id"',
    );
  });

  it('inputs a block does not have, and wrongly typed connections, are refused by name', () => {
    expect(
      refusal(
        saved({
          type: 'backendless_users_login',
          inputs: { NOPE: { block: { type: 'text', fields: { TEXT: 'x' } } } },
        }),
      ).message,
    ).toMatch(/missing a\(n\) NOPE/);
    expect(
      refusal(
        saved({
          type: 'backendless_users_login',
          inputs: { LOGIN: { block: { type: 'logic_boolean', fields: { BOOL: 'TRUE' } } } },
        }),
      ).message,
    ).toMatch(/Connection checks failed/);
  });

  it('500 problems are summed up, not listed one by one', () => {
    const error = refusal(saved(...Array.from({ length: 500 }, (_, index) => ({ type: `unknown_${index}` }))));
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.message).toMatch(/and 495 more problems/);
  });

  it('a cyclic or 5,000-deep block tree throws an Error without crashing, leaving the workspace as it was', () => {
    const cyclic: Json = { type: 'text_print', inputs: {} };
    (cyclic.inputs as Json).TEXT = { block: cyclic };
    refusal(saved(cyclic));
    let deep: Json = { ...LOGOUT };
    for (let depth = 0; depth < 5_000; depth += 1) deep = { ...LOGOUT, next: { block: deep } };
    refusal(saved(deep));
    // And the library still works afterwards.
    expect(workspaceToProgram(workspace)).toContain('await Backendless.UserService.logout();');
  });

  it('a cyclic or 5,000-deep block tree gets a clear message, not "Maximum call stack size exceeded"', () => {
    const cyclic: Json = { ...LOGOUT };
    cyclic.next = { block: cyclic };
    expect(refusal(saved(cyclic)).message).toMatch(/blocks\.blocks\[0\]\.next\.block contains itself \(a cycle\)/);
    let deep: Json = { ...LOGOUT };
    for (let depth = 0; depth < 5_000; depth += 1) deep = { ...LOGOUT, next: { block: deep } };
    expect(refusal(saved(deep)).message).toMatch(/nested more than 1000 deep under blocks\.blocks\[0\]/);
  });

  it('a stack 1,000 blocks deep still loads and generates', () => {
    let deep: Json = { ...LOGOUT };
    for (let depth = 1; depth < 1_000; depth += 1) deep = { ...LOGOUT, next: { block: deep } };
    loadWorkspaceJson(workspace, saved(deep));
    expect(workspaceToProgram(workspace).match(/await Backendless\.UserService\.logout\(\);/g)).toHaveLength(1_000);
  });

  it('variable and function names with an unpaired surrogate are refused by name, not with a URIError', () => {
    const variable = { ...saved(LOGOUT), variables: [{ name: 'x\uD800', id: 'v1' }] };
    expect(refusal(variable).message).toMatch(/variables\[0\] has a name with an unpaired surrogate/);
    const procedure = saved({ type: 'procedures_defnoreturn', fields: { NAME: '\uDC00f' } });
    expect(refusal(procedure).message).toMatch(/names a function with an unpaired surrogate/);
  });
});

describe('codeless generate with hostile files', () => {
  it('a 100 MB workspace file is refused before it is read, in one line', async () => {
    const file = join(directory, 'huge.json');
    // Sparse: 100 MB on paper, nothing on disk; the CLI must refuse it by size without reading it.
    const handle = await open(file, 'w');
    await handle.truncate(100 * 1024 * 1024);
    await handle.close();
    const started = performance.now();
    const run = await generate(file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^codeless: workspace file .*huge\.json is 100\.0 MiB; the limit is 16 MiB$/);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('a 15 MB file under the limit that is not a workspace gets one clear line', async () => {
    const file = join(directory, 'junk.json');
    await writeFile(file, `[${'1,'.repeat(7_500_000)}1]`);
    const run = await generate(file);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^codeless: workspace file .*junk\.json: .*must be a JSON object.*got an array/);
  });

  it('unknown blocks and a cycle-free but 5,000-deep file end in one line, exit code 1, no stack trace', async () => {
    const unknown = join(directory, 'unknown.json');
    await writeFile(unknown, JSON.stringify(saved({ type: 'acme_payments_charge' })));
    const first = await generate(unknown);
    expect(first.code).toBe(1);
    expect(first.stderr.trim().split('\n')).toHaveLength(1);
    expect(first.stderr).toContain('unknown block type "acme_payments_charge"');

    const deep = join(directory, 'deep.json');
    const open5000 = '{"type":"backendless_users_logout","next":{"block":'.repeat(5_000);
    await writeFile(
      deep,
      `{"blocks":{"languageVersion":0,"blocks":[${open5000}{"type":"backendless_users_logout"}${'}}'.repeat(5_000)}]}}`,
    );
    const second = await generate(deep);
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).not.toMatch(/\n\s+at /);
  });

  it('a 100-byte file asking text_join for a billion inputs is refused quickly, in one line', async () => {
    const bomb = join(directory, 'bomb.json');
    await writeFile(
      bomb,
      JSON.stringify(
        saved({
          type: 'text_print',
          inputs: { TEXT: { block: { type: 'text_join', extraState: { itemCount: 1e9 } } } },
        }),
      ),
    );
    const run = await generate(bomb, 4_000);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/extraState\.itemCount asks for 1000000000 items; at most 1000 are loaded/);
  }, 20_000);
});
