// Every common bundler builds a host of the packed package with no error and no warning, and the page it builds
// works: a stock webpack 5 host (ts-loader), a Vite host and a Rollup host, each a fresh project with its own
// Blockly, importing every entry point we publish. Each page is opened in Chromium: the Users category is there, our
// block loads and generates, nothing is fetched off the machine.
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, installedVersion, type HostProject } from './host-project.ts';
import { launchChromium, openHostPage, serveDirectory } from './host-page.ts';

const typescriptVersion = await installedVersion('typescript');

/** The host's code: plain JavaScript that is also strict TypeScript, so one text serves every bundler. */
const HOST_MAIN = `import * as Blockly from 'blockly';
import { javascriptGenerator } from 'blockly/javascript';
import { codelessThemes, install, loadWorkspaceJson, toolboxCategory, workspaceToProgram } from 'codeless-blocks';
import { de } from 'codeless-blocks/locales/de';
import Backendless from 'codeless-blocks/runtime';

install({ generator: javascriptGenerator });
const workspace = Blockly.inject('editor', {
  media: 'media/',
  theme: codelessThemes().dark,
  toolbox: {
    kind: 'categoryToolbox',
    contents: [
      { kind: 'category', name: 'Logic', categorystyle: 'logic_category', contents: [{ kind: 'block', type: 'logic_boolean' }] },
      toolboxCategory,
    ],
  },
});
loadWorkspaceJson(workspace, { blocks: { languageVersion: 0, blocks: [{ type: 'backendless_users_logout' }] } });
const code = document.getElementById('code');
if (code) code.textContent = workspaceToProgram(workspace);
document.title = 'German texts: ' + Object.keys(de).length + ', server: ' + Backendless.serverURL;
`;

const HOST_PAGE = (script: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head>
  <body>
    <div id="editor" style="height: 480px; width: 900px"></div>
    <pre id="code"></pre>
    <script type="module" src="${script}"></script>
  </body>
</html>
`;

let browser: Browser;
const hosts: HostProject[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(hosts.map((host) => host.remove()));
});

/** Opens the page a bundler built into `dir` (Blockly's media copied beside it) and checks that it works. */
async function expectWorkingPage(host: HostProject, dir: string): Promise<void> {
  await cp(join(host.dir, 'node_modules/blockly/media'), join(dir, 'media'), { recursive: true });
  const server = await serveDirectory(dir);
  try {
    const { page, problems } = await openHostPage(browser, server.url);
    await page.getByRole('treeitem', { name: 'Users' }).click();
    await expect.poll(() => page.locator('#code').textContent()).toContain('await Backendless.UserService.logout();');
    expect(await page.title()).toMatch(/^German texts: \d+, server: https:\/\/api\.backendless\.com$/);
    expect(problems).toEqual([]);
    await page.close();
  } finally {
    await server.close();
  }
}

describe('hosts built by each common bundler', () => {
  it('webpack 5 with ts-loader: no error, no warning, a working page', async () => {
    const host = await createHost('webpack', {
      install: ['webpack@5.113.0', 'webpack-cli@7.3.1', 'ts-loader@9.6.2', `typescript@${typescriptVersion}`],
      files: {
        'src/index.ts': HOST_MAIN,
        'dist/index.html': HOST_PAGE('main.js'),
        'tsconfig.json': JSON.stringify({
          compilerOptions: {
            strict: true,
            target: 'es2022',
            module: 'es2022',
            moduleResolution: 'bundler',
            lib: ['es2023', 'dom'],
            skipLibCheck: true,
          },
        }),
        'webpack.config.cjs': `module.exports = {
  mode: 'production',
  entry: './src/index.ts',
  module: { rules: [{ test: /\\.ts$/, use: 'ts-loader', exclude: /node_modules/ }] },
  resolve: { extensions: ['.ts', '.js'] },
  // Blockly alone is past webpack's size hints; minifying it takes minutes and proves nothing about our package.
  performance: { hints: false },
  optimization: { minimize: false },
};
`,
        'build.mjs': `import webpack from 'webpack';
import config from './webpack.config.cjs';
webpack(config, (error, stats) => {
  if (error) throw error;
  const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
  console.log(JSON.stringify({ errors: errors.map((e) => e.message), warnings: warnings.map((w) => w.message) }));
});
`,
      },
    });
    hosts.push(host);
    const { stdout } = await host.run('node', ['build.mjs'], { timeout: 300_000 });
    expect(JSON.parse(stdout)).toEqual({ errors: [], warnings: [] });
    await expectWorkingPage(host, join(host.dir, 'dist'));
  }, 600_000);

  it('Vite: no error, no warning, a working page', async () => {
    const host = await createHost('vite', {
      install: [`vite@${await installedVersion('vite')}`, `typescript@${typescriptVersion}`],
      files: {
        'main.ts': HOST_MAIN,
        'index.html': HOST_PAGE('./main.ts'),
        // Blockly alone is past Vite's chunk size warning (500 kB).
        'vite.config.js': `export default { build: { chunkSizeWarningLimit: 2000 } };\n`,
      },
    });
    hosts.push(host);
    const { stdout, stderr } = await host.run('npx', ['--no-install', 'vite', 'build'], { timeout: 300_000 });
    expect(stdout).toMatch(/built in/);
    expect(`${stdout}\n${stderr}`).not.toMatch(/warn|error|\(!\)|IMPORT_IS_UNDEFINED/i);
    await expectWorkingPage(host, join(host.dir, 'dist'));
  }, 600_000);

  it('Rollup with node-resolve and commonjs: no error, no warning, a working page', async () => {
    const host = await createHost('rollup', {
      install: ['rollup@4.68.8', '@rollup/plugin-node-resolve@16.0.3', '@rollup/plugin-commonjs@29.0.3'],
      files: {
        'main.js': HOST_MAIN,
        'dist/index.html': HOST_PAGE('main.js'),
        'rollup.config.mjs': `import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const warnings = [];
export default {
  input: 'main.js',
  output: { dir: 'dist', format: 'es' },
  plugins: [
    nodeResolve({ browser: true }),
    commonjs(),
    { name: 'report', closeBundle: () => console.log(JSON.stringify({ warnings })) },
  ],
  onwarn: (warning) => warnings.push(warning.message),
};
`,
      },
    });
    hosts.push(host);
    const { stdout } = await host.run('npx', ['--no-install', 'rollup', '-c', '--silent'], { timeout: 300_000 });
    expect(JSON.parse(stdout)).toEqual({ warnings: [] });
    await expectWorkingPage(host, join(host.dir, 'dist'));
  }, 600_000);
});
