// Our declarations as a strict TypeScript host reads them, from the packed package: every entry point resolves to
// real types (a misuse is an error, not `any`) under the resolvers hosts use — `bundler` and `NodeNext` (TypeScript 6)
// and the older `node` (node10, still common in Blockly apps, on TypeScript 5), which knows no `exports` map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, installedVersion, type HostProject } from './host-project.ts';

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
await startEmulator({ port: '3850' });
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
  host = await createHost('typescript', {
    install: [
      `typescript@${await installedVersion('typescript')}`,
      'typescript5@npm:typescript@5.9.3',
      `@types/node@${await installedVersion('@types/node')}`,
    ],
    files: {
      'consumer.ts': CONSUMER,
      'tsconfig.bundler.json': JSON.stringify({
        compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'bundler' },
        files: ['consumer.ts'],
      }),
      'tsconfig.nodenext.json': JSON.stringify({
        compilerOptions: { ...compilerOptions, module: 'nodenext', moduleResolution: 'nodenext' },
        files: ['consumer.ts'],
      }),
      'tsconfig.node10.json': JSON.stringify({
        compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'node' },
        files: ['consumer.ts'],
      }),
    },
  });
}, 300_000);

afterAll(async () => {
  await host?.remove();
});

describe('a strict TypeScript host of the packed package', () => {
  it.each([
    ['bundler', 'typescript'],
    ['nodenext', 'typescript'],
    ['node10', 'typescript5'],
  ])(
    'type-checks with moduleResolution %s',
    async (resolution, compiler) => {
      const result = await host
        .run('node', [`node_modules/${compiler}/bin/tsc`, '-p', `tsconfig.${resolution}.json`])
        .catch((error: { stdout: string }) => error);
      expect(result.stdout).toBe('');
    },
    180_000,
  );
});
