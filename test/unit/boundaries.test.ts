// The architecture's import boundaries are lint errors: each rule of docs/ARCHITECTURE.md ("Boundaries") is
// shown failing on a forbidden import and passing on an allowed one, linted with the project's own config
// (what `npm run lint` runs) as if the snippet were a file in that folder.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BOUNDARY_RULES = ['import-x/no-restricted-paths', 'import-x/no-nodejs-modules', 'no-restricted-imports'];

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** Lints `source` as the (not existing) file `path`; answers every error, boundary or not. */
async function lint(path: string, source: string) {
  const [result] = await eslint.lintText(source, { filePath: `${root}${path}` });
  return result!.messages.filter((message) => message.severity === 2);
}

/** A module that imports `specifier` and uses it, so that nothing but the import itself can be wrong. */
const importing = (specifier: string) => `import * as imported from '${specifier}';\nexport default imported;\n`;

/**
 * [rule, file the snippet is linted as, a forbidden import, an allowed import of the same kind — or `null` where
 * the file may import nothing of that kind, and a module without imports is linted instead].
 */
const cases: Array<[rule: string, file: string, forbidden: string, allowed: string | null]> = [
  ['runtime ↛ blockly', 'runtime/probe.ts', 'blockly/core', './errors.ts'],
  ['runtime ↛ blocks', 'runtime/probe.ts', '../blocks/index.ts', './config.ts'],
  ['runtime ↛ generators', 'runtime/probe.ts', '../generators/index.ts', './errors.ts'],
  ['runtime ↛ the front door (it imports blocks/)', 'runtime/probe.ts', '../index.ts', './index.ts'],
  ['runtime ↛ emulator', 'runtime/probe.ts', '../emulator/index.ts', './users.ts'],
  ['runtime ↛ playground', 'runtime/probe.ts', '../playground/main.ts', './storage.ts'],
  ['runtime/node ↛ blockly', 'runtime/node/probe.ts', 'blockly', 'undici'],
  ['blocks ↛ generators', 'blocks/probe.ts', '../generators/index.ts', './types.ts'],
  ['blocks ↛ runtime', 'blocks/probe.ts', '../runtime/index.ts', 'blockly/core'],
  ['blocks ↛ emulator (not even its contract)', 'blocks/probe.ts', '../emulator/contract.ts', './index.ts'],
  ['blocks ↛ the front door, from a subfolder', 'blocks/messages/probe.ts', '../../index.ts', '../index.ts'],
  ['generators ↛ runtime', 'generators/probe.ts', '../runtime/index.ts', '../blocks/index.ts'],
  ['generators ↛ emulator', 'generators/probe.ts', '../emulator/index.ts', 'blockly/javascript'],
  ['emulator ↛ blocks', 'emulator/probe.ts', '../blocks/index.ts', './errors.ts'],
  ['emulator ↛ generators', 'emulator/probe.ts', '../generators/index.ts', 'node:crypto'],
  ['emulator ↛ runtime', 'emulator/probe.ts', '../runtime/index.ts', './contract.ts'],
  ['emulator ↛ playground', 'emulator/probe.ts', '../playground/main.ts', 'node:http'],
  ['emulator/contract.ts ↛ the Node side of the emulator', 'emulator/contract.ts', './index.ts', null],
  ['browser ↛ node:* (blocks)', 'blocks/probe.ts', 'node:fs', './types.ts'],
  ['browser ↛ Node builtins without node: (generators)', 'generators/probe.ts', 'path', './quote.ts'],
  ['browser ↛ Node builtins (the front door)', 'index.ts', 'node:module', './blocks/index.ts'],
  ['browser ↛ Node builtins (runtime core)', 'runtime/probe.ts', 'node:fs/promises', './http.ts'],
  ['browser ↛ undici (runtime core)', 'runtime/probe.ts', 'undici', './platform.ts'],
  ['browser ↛ runtime/node (runtime core)', 'runtime/probe.ts', './node/index.ts', './users.ts'],
  ['browser ↛ Node builtins (emulator/contract.ts)', 'emulator/contract.ts', 'node:crypto', null],
  ['browser ↛ Node builtins (playground page)', 'playground/probe.ts', 'node:url', '../runtime/index.ts'],
  ['browser ↛ Node builtins (host-editor example)', 'examples/host-editor/probe.ts', 'fs', 'codeless-blocks'],
  ['browser ↛ Node code (bin)', 'playground/probe.ts', '../bin/codeless.ts', '../index.ts'],
  ['browser ↛ Node dev scripts', 'playground/probe.ts', '../scripts/chromium.ts', '../scripts/block-pictures/main.ts'],
  ['browser ↛ Node code (vite config)', 'playground/probe.ts', '../vite.config.ts', './main.ts'],
  ['browser ↛ emulator except contract.ts', 'playground/probe.ts', '../emulator/index.ts', '../emulator/contract.ts'],
  [
    'browser ↛ emulator except contract.ts (emulator console)',
    'console/probe.ts',
    '../emulator/admin-service.ts',
    '../emulator/contract.ts',
  ],
  ['browser ↛ Node builtins (emulator console)', 'console/probe.ts', 'node:fs', './dom.ts'],
  ['emulator ↛ its console', 'emulator/probe.ts', '../console/dom.ts', './contract.ts'],
  ['emulator (Node) may use Node builtins', 'emulator/probe.ts', '../generators/quote.ts', 'node:fs'],
  [
    'playground/server (Node) may use Node builtins',
    'playground/server/probe.ts',
    '../../test/helpers/load.ts',
    'node:fs',
  ],
  [
    'bin (Node) may use Node builtins; a detour is still the path',
    'bin/probe.ts',
    '../blocks/../test/helpers/load.ts',
    'node:fs',
  ],
  ['product ↛ test', 'bin/probe.ts', '../test/helpers/rejection.ts', '../index.ts'],
  ['product ↛ bench', 'emulator/probe.ts', '../bench/index.ts', './index.ts'],
  ['product ↛ test, from a page', 'playground/probe.ts', '../test/fixtures/golden-cases.ts', './main.ts'],
  ['product ↛ its own package name (dist/)', 'bin/probe.ts', 'codeless-blocks/emulator', '../emulator/index.ts'],
  ['a dynamic import() is an import too', 'blocks/probe.ts', '../generators/index.ts', './types.ts'],
];

describe('import boundaries fail `npm run lint`', () => {
  it.each(cases)('%s: %s may not import %s, may import %s', async (rule, file, forbidden, allowed) => {
    expect.hasAssertions();
    const source = rule.startsWith('a dynamic import()')
      ? (specifier: string) => `export const load = () => import('${specifier}');\n`
      : importing;
    const errors = await lint(file, source(forbidden));
    // A path may cross two boundaries at once (runtime → emulator is also browser → Node code); each is reported.
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(BOUNDARY_RULES).toContain(error.ruleId);
    expect(await lint(file, allowed === null ? 'export const answer = 42;\n' : source(allowed))).toEqual([]);
  });

  it('leaves tests free to import anything', async () => {
    const source = ['../helpers/rejection.ts', '../../emulator/index.ts', '../../runtime/index.ts', 'node:fs']
      .map((specifier, index) => `import * as m${index} from '${specifier}';\n`)
      .join('');
    expect(await lint('test/unit/probe.ts', `${source}export default [m0, m1, m2, m3];\n`)).toEqual([]);
  });

  it('tells which boundary was crossed and where it is written down', async () => {
    const [error] = await lint('runtime/probe.ts', importing('../generators/index.ts'));
    expect(error?.message).toMatch(/runtime\/ never imports .*generators\//);
    expect(error?.message).toContain('docs/ARCHITECTURE.md');
  });
});
