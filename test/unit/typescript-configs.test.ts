// Browser code and Node code are type-checked apart (tsconfig.browser.json, tsconfig.node.json; tests and benches
// with tsconfig.test.json): DOM globals do not type-check in Node code, Node's do not in browser code, and every
// source file belongs to exactly one of the three configs that `npm run typecheck` runs.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CONFIGS = ['tsconfig.browser.json', 'tsconfig.node.json', 'tsconfig.test.json'] as const;
type ConfigName = (typeof CONFIGS)[number];

function parseConfig(name: ConfigName): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    `${root}${name}`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${name} could not be read`);
  expect(parsed.errors).toEqual([]);
  return parsed;
}

const programs = new Map<ConfigName, ts.Program>();

/**
 * Type-checks `source` as the file `path` under the options of `config`; answers the error messages. The
 * program holds the probe alone (and what it imports), so a global that type-checks came from the config.
 */
function typeErrors(config: ConfigName, path: string, source: string): string[] {
  const { options } = parseConfig(config);
  const probe = `${root}${path}`;
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => file === probe || fileExists.call(host, file);
  host.readFile = (file) => (file === probe ? source : readFile.call(host, file));
  host.getSourceFile = (file, language, ...rest) =>
    file === probe
      ? ts.createSourceFile(file, source, language, true)
      : getSourceFile.call(host, file, language, ...rest);
  // The previous program of the same config lends its parsed lib files: the probes differ, the libs do not.
  const program = ts.createProgram({ rootNames: [probe], options, host, oldProgram: programs.get(config) });
  programs.set(config, program);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** Every file the whole program of `config` holds (its own files, what they import, libs and types). */
function programFiles(config: ConfigName): string[] {
  const { fileNames, options } = parseConfig(config);
  // Resolution and parsing only (no type check); the probes' program of the same config lends its parsed libs.
  return ts
    .createProgram({ rootNames: fileNames, options, oldProgram: programs.get(config) })
    .getSourceFiles()
    .map((file) => file.fileName);
}

describe('browser code (tsconfig.browser.json)', () => {
  it('has the DOM', () => {
    expect(typeErrors('tsconfig.browser.json', 'blocks/probe.ts', 'export const title = document.title;\n')).toEqual(
      [],
    );
  });

  it('has no Node globals: process, Buffer, require fail to type-check', () => {
    expect.hasAssertions();
    for (const use of ['process.argv', "Buffer.from('x')", "require('x')"]) {
      const errors = typeErrors('tsconfig.browser.json', 'blocks/probe.ts', `export const value = ${use};\n`);
      expect(errors, use).toEqual([expect.stringMatching(/^Cannot find name '(process|Buffer|require)'/)]);
    }
  });

  it('cannot import node:* modules', () => {
    const errors = typeErrors(
      'tsconfig.browser.json',
      'playground/probe.ts',
      "import { readFile } from 'node:fs/promises';\nexport default readFile;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/^Cannot find (module|name) 'node:fs\/promises'/)]);
  });

  // The runtime core reaches runtime/node/ only at run time: a type import of it would bring undici's types, and
  // with them @types/node, into every browser file.
  it('takes no Node types in through what it imports', () => {
    const nodeTypes = programFiles('tsconfig.browser.json').filter((file) => file.includes('/@types/node/'));
    expect(nodeTypes).toEqual([]);
  });
});

describe('Node code (tsconfig.node.json)', () => {
  it('has Node globals', () => {
    expect(typeErrors('tsconfig.node.json', 'emulator/probe.ts', 'export const argv = process.argv;\n')).toEqual([]);
  });

  it('has no DOM: document, window, HTMLElement fail to type-check', () => {
    expect.hasAssertions();
    for (const use of ['document.title', 'window.name', 'null as unknown as HTMLElement']) {
      const errors = typeErrors('tsconfig.node.json', 'emulator/probe.ts', `export const value = ${use};\n`);
      expect(errors, use).toEqual([expect.stringMatching(/^Cannot find name '(document|window|HTMLElement)'/)]);
    }
  });

  it('takes no DOM lib in through what it imports (Blockly included)', () => {
    const files = programFiles('tsconfig.node.json');
    // The CLI imports blocks/ and generators/, so Blockly's declarations are in; the DOM lib is not.
    expect(files.some((file) => file.includes('/node_modules/blockly/'))).toBe(true);
    expect(files.filter((file) => /\/lib\.dom(\.\w+)*\.d\.ts$/.test(file))).toEqual([]);
  });
});

describe('tests and benches (tsconfig.test.json)', () => {
  it('have both: they run in Node and drive pages', () => {
    expect(
      typeErrors('tsconfig.test.json', 'test/unit/probe.ts', 'export const both = [process.argv, document.title];\n'),
    ).toEqual([]);
  });
});

/** Every TypeScript source of the repository, relative to the root. */
function sourceFiles(directory = ''): string[] {
  const skipped = new Set(['node_modules', 'dist', 'playground-dist', '.tmp', '.git', 'test-results']);
  return readdirSync(`${root}${directory}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${directory}${entry.name}`;
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : sourceFiles(`${path}/`);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

it('gives every TypeScript source exactly one config', () => {
  expect.hasAssertions();
  const owners = new Map<string, ConfigName[]>();
  for (const config of CONFIGS) {
    for (const file of parseConfig(config).fileNames) {
      const path = file.slice(root.length);
      owners.set(path, [...(owners.get(path) ?? []), config]);
    }
  }
  for (const file of sourceFiles()) expect(owners.get(file), file).toHaveLength(1);
});
