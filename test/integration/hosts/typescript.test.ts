// Our declarations as a strict TypeScript host reads them, from the packed package: every entry point resolves to
// real types (a misuse is an error, not `any`) under the resolvers hosts use — `bundler` and `NodeNext` on
// TypeScript 7 (the native compiler, what `npm i typescript` installs today, four times faster here than 6), and the
// older `node` (node10, still common in Blockly apps, gone from TypeScript 7) on TypeScript 5, which knows no
// `exports` map. TypeScript 6, the last with the JavaScript API ts-loader needs, checks the webpack host's code
// (hosts/bundlers.test.ts) and builds our own declarations.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHost, TYPESCRIPT_7, type HostProject } from './host-project.ts';

const run = inject('packageRun');

/** A host's code using every entry point; each `@ts-expect-error` proves a type is there and checked. */
const CONSUMER = `import * as Blockly from 'blockly';
import { javascriptGenerator } from 'blockly/javascript';
import {
  codelessThemes,
  install,
  loadWorkspaceJson,
  messages,
  toolboxCategory,
  workspaceToProgram,
  type ProgramOptions,
} from 'codeless-blocks';
import { de } from 'codeless-blocks/locales/de';
import Backendless, { BackendlessError, createBackendless } from 'codeless-blocks/runtime';
import { startEmulator, type Emulator } from 'codeless-blocks/emulator';

install({ generator: javascriptGenerator });
const workspace = new Blockly.Workspace();
loadWorkspaceJson(workspace, { blocks: { languageVersion: 0, blocks: [] } });
const options: ProgramOptions = { runtime: 'backendless' };
const program: string = workspaceToProgram(workspace, options);
const theme: Blockly.Theme = codelessThemes().dark;
const category: string = toolboxCategory.kind;
const german: string = de.CODELESS_USERS_CATEGORY;
const same: boolean = de === messages.de;

const emulator: Emulator = await startEmulator({ port: 0 });
const app = createBackendless({ appId: emulator.appId, apiKey: emulator.apiKey, serverURL: emulator.url });
try {
  const user = await app.UserService.login('alice@wonderland.com', 'wonderland');
  const token: string | null = app.UserService.getCurrentUserToken();
  console.log(program, theme, category, german, same, user, token, Backendless.serverURL);
} catch (error) {
  if (error instanceof BackendlessError) console.log(error.code, error.message);
} finally {
  await emulator.close();
}

// @ts-expect-error a runtime target that does not exist
workspaceToProgram(workspace, { runtime: 'firebase' });
// @ts-expect-error the emulator's port is a number
await startEmulator({ port: '0' });
// @ts-expect-error getCurrentUserToken is synchronous: no promise
await Backendless.UserService.getCurrentUserToken().then(() => 0);
// @ts-expect-error a translation has exactly the English keys
const typo: string = de.CODELESS_USERS_CATEGROY;
`;

const compilerOptions = {
  strict: true,
  noEmit: true,
  target: 'es2023',
  lib: ['es2023', 'dom'],
  types: ['node'],
  // Our declarations are checked too, not only used.
  skipLibCheck: false,
};

let host: HostProject;

beforeAll(async () => {
  host = await createHost(run, 'typescript');
  await host.write('consumer.ts', CONSUMER);
  const configs = {
    bundler: { module: 'esnext', moduleResolution: 'bundler' },
    nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
    // `esModuleInterop`, as `tsc --init` writes it: without it fastify's pino declarations (reached through
    // codeless-blocks/emulator) fail under node10 — TS1259 on `import ThreadStream from 'thread-stream'`.
    node10: { module: 'esnext', moduleResolution: 'node', esModuleInterop: true },
  };
  for (const [name, resolution] of Object.entries(configs)) {
    await host.write(
      `tsconfig.${name}.json`,
      JSON.stringify({ compilerOptions: { ...compilerOptions, ...resolution }, files: ['consumer.ts'] }),
    );
  }
});

afterAll(async () => {
  await host?.remove();
});

describe('a strict TypeScript host of the packed package', () => {
  it('has TypeScript 7 to check with: the native compiler', async () => {
    const { stdout } = await host.run('node', [`${host.root}/node_modules/typescript7/bin/tsc`, '--version']);
    expect(stdout.trim()).toBe(`Version ${TYPESCRIPT_7}`);
  });

  it.each([
    ['bundler', 'typescript7'],
    ['nodenext', 'typescript7'],
    ['node10', 'typescript5'],
  ])(
    'type-checks with moduleResolution %s (%s)',
    async (resolution, compiler) => {
      const result = await host
        .run('node', [`${host.root}/node_modules/${compiler}/bin/tsc`, '-p', `tsconfig.${resolution}.json`])
        .catch((error: { stdout: string; stderr: string }) => error);
      // tsc prints its errors to stdout; a compiler that did not start would say so on stderr.
      expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: '', stderr: '' });
    },
    180_000,
  );
});
