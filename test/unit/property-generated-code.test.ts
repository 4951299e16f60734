// Property-based tests (fast-check) over every text input of every block: whatever a user types — quotes,
// backslashes, every line terminator, control characters, lone surrogates, `</script>`, `${…}`, comment
// markers, emoji — the generated program parses, and when it runs, the value reaches the runtime and is
// printed back exactly as typed. Both outputs are exercised: `workspaceToFunctionBody` (what runners
// execute) and the complete ES module of `workspaceToProgram`, imported for real as a module with its runtime
// import pointed at a recording fake.
//
// A coverage check keeps this honest: every value input of every block that can take text must appear in
// the scenarios (test/fixtures/property-scenarios.ts, or in NOT_TEXT with a reason), so a new block with a text input fails here until
// it is covered.
import * as Blockly from 'blockly';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { install, loadWorkspaceJson, userBlocks, workspaceToFunctionBody, workspaceToProgram } from '../../index.ts';
import { block, NOT_TEXT, print, program, scenarios, typed } from '../fixtures/property-scenarios.ts';
import { createFake } from '../helpers/fake-backendless.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const RUNTIME_IMPORT = "import Backendless from 'codeless-blocks/runtime';";
const FAKE = '__codelessPropertyFake';

// ---- running programs -------------------------------------------------------------------------------------------

let workspace: Blockly.Workspace;

function load(saved: object): Blockly.Workspace {
  workspace.clear();
  Blockly.serialization.workspaces.load(saved, workspace);
  return workspace;
}

/** Runs a function body as a runner does; returns what it printed and the fake's calls. */
async function runBody(body: string): Promise<{ printed: unknown[]; calls: unknown[][] }> {
  const fake = createFake();
  const printed: unknown[] = [];
  const console = { log: (...args: unknown[]) => printed.push(...args), error: () => undefined };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction('Backendless', 'console', body)(fake.Backendless, console);
  return { printed, calls: fake.calls };
}

/** Each import gets its own URL: a data: module with the same source would be served from the module cache. */
let imports = 0;
const importModule = (source: string): Promise<unknown> =>
  import(
    /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(`${source}\n// import ${imports++}\n`, 'utf8').toString('base64')}`
  );

/** Imports the complete module, its runtime import swapped for the fake; returns what it printed. */
async function runModule(source: string): Promise<{ printed: unknown[]; calls: unknown[][] }> {
  expect(source.split(RUNTIME_IMPORT)).toHaveLength(2);
  const fake = createFake();
  (globalThis as Record<string, unknown>)[FAKE] = fake.Backendless;
  const printed: unknown[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(...args));
  const failures: unknown[] = [];
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void failures.push(...args));
  const exitCode = process.exitCode;
  try {
    await importModule(source.replace(RUNTIME_IMPORT, `const Backendless = globalThis.${FAKE};`));
  } finally {
    log.mockRestore();
    error.mockRestore();
    process.exitCode = exitCode;
    delete (globalThis as Record<string, unknown>)[FAKE];
  }
  expect(failures).toEqual([]);
  return { printed, calls: fake.calls };
}

beforeAll(() => {
  install();
  workspace = new Blockly.Workspace();
});

afterAll(() => {
  workspace.dispose();
});

describe('every text input of every block is covered', () => {
  it('lists each value input that can take text in a scenario (or says why not)', () => {
    expect.hasAssertions();
    const covered = new Set(Object.values(scenarios).flatMap((scenario) => scenario.covers));
    const textInputs: string[] = [];
    for (const definition of userBlocks) {
      for (const [key, args] of Object.entries(definition)) {
        if (!key.startsWith('args') || !Array.isArray(args)) continue;
        for (const arg of args as Array<{ type: string; name?: string; check?: string | string[] | null }>) {
          const checks = arg.check === undefined || arg.check === null ? null : [arg.check].flat();
          if (arg.type === 'input_value' && (checks === null || checks.includes('String')))
            textInputs.push(`${definition.type}.${arg.name}`);
          if (arg.type === 'field_input' || arg.type === 'field_variable')
            textInputs.push(`${definition.type}.${arg.name} (variable name)`);
        }
      }
    }
    expect(textInputs.length).toBeGreaterThan(5);
    expect(textInputs.filter((input) => !covered.has(input) && !(input in NOT_TEXT))).toEqual([]);
  });
});

describe.each(Object.entries(scenarios))('%s', (_name, scenario) => {
  const texts = fc.tuple(
    ...Array.from({ length: scenario.texts }, (_, index) => scenario.arbitraries?.[index] ?? typed),
  );

  it('function body: parses, runs, prints exactly what was typed', async () => {
    expect.hasAssertions();
    await fc.assert(
      fc.asyncProperty(texts, async (values) => {
        const body = workspaceToFunctionBody(load(scenario.workspace(values)));
        const { printed, calls } = await runBody(body);
        expect(printed).toEqual(scenario.prints(values));
        if (scenario.calls) expect(calls).toEqual(scenario.calls(values));
      }),
      { numRuns: RUNS },
    );
  });

  it('complete ES module: imports as a module, runs, prints exactly what was typed', async () => {
    expect.hasAssertions();
    await fc.assert(
      fc.asyncProperty(texts, async (values) => {
        const source = workspaceToProgram(load(scenario.workspace(values)));
        const { printed, calls } = await runModule(source);
        expect(printed).toEqual(scenario.prints(values));
        if (scenario.calls) expect(calls).toEqual(scenario.calls(values));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

describe('variable names', () => {
  it('a variable named with a lone surrogate is refused when loading, by name (Blockly core would throw URIError)', () => {
    const saved = scenarios[
      'try / catch with any error variable name: message of error prints the thrown text'
    ]!.workspace(['\ud800', 'x']);
    expect(() => loadWorkspaceJson(workspace, saved)).toThrow(
      /variables\[0\] has a name with an unpaired surrogate character/,
    );
  });
});

describe('backend settings', () => {
  it('any server URL path, app id and API key reach initApp exactly as given', async () => {
    expect.hasAssertions();
    await fc.assert(
      fc.asyncProperty(typed, typed, typed, async (path, appId, apiKey) => {
        fc.pre(appId !== '' && apiKey !== '');
        const serverURL = `https://example.com/${path}`;
        const source = workspaceToProgram(load(program(print(block('text', {}, { TEXT: 'ok' })))), {
          backend: { serverURL, appId, apiKey },
        });
        const received: unknown[] = [];
        const fake = createFake();
        (globalThis as Record<string, unknown>)[FAKE] = {
          ...fake.Backendless,
          initApp: (config: unknown) => received.push(config),
        };
        const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
        try {
          await importModule(source.replace(RUNTIME_IMPORT, `const Backendless = globalThis.${FAKE};`));
        } finally {
          log.mockRestore();
          delete (globalThis as Record<string, unknown>)[FAKE];
        }
        expect(received).toEqual([{ serverURL, appId, apiKey }]);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
