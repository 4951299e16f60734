// Every common bundler builds a host of the packed package with no error and no warning of the package's own, and the
// page it builds works: a stock webpack 5 host (ts-loader), a Vite host and a Rollup host, each with its own Blockly,
// importing every entry point we publish, with the bundler's default warnings on. The one warning a host gets is
// the bundler's size hint, and Blockly's size alone is past it (docs/compatibility.md says so and names the
// setting that quiets it). Each page is opened in Chromium: the Users category is there, our block loads and
// generates, nothing is fetched off the machine. The hosts are folders of the run's one host install.
import { cp, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHost, type HostProject } from './host-project.ts';
import { launchChromium, openHostPage, serveDirectory } from './host-page.ts';

const run = inject('packageRun');

/** webpack's default `performance.maxAssetSize` and `maxEntrypointSize`: 244 KiB. */
const WEBPACK_SIZE_HINT = 250_000;
/** Vite's default `build.chunkSizeWarningLimit`: 500 kB (minified). */
const VITE_CHUNK_WARNING = 500 * 1000;

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

/** Writes a host's files. */
async function writeFiles(host: HostProject, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) await host.write(path, text);
}

/** Opens the page a bundler built into `dir` (Blockly's media copied beside it) and checks that it works. */
async function expectWorkingPage(host: HostProject, dir: string): Promise<void> {
  await cp(join(host.root, 'node_modules/blockly/media'), join(dir, 'media'), { recursive: true });
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
  it('webpack 5 with ts-loader: no error, only the size hints Blockly alone is past, a working page', async () => {
    const host = await createHost(run, 'webpack');
    await writeFiles(host, {
      'src/index.ts': HOST_MAIN,
      // Blockly's chunk first, as html-webpack-plugin would write it.
      'dist/index.html': HOST_PAGE('main.js').replace('<script', '<script src="blockly.js"></script>\n    <script'),
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
      // webpack's own minimizer (5.113 ships minimizer-webpack-plugin), as it minifies a production build, but for Blockly.
      'webpack.config.cjs': `const MinimizerPlugin = require('minimizer-webpack-plugin');
module.exports = {
  mode: 'production',
  entry: './src/index.ts',
  module: { rules: [{ test: /\\.ts$/, use: 'ts-loader', exclude: /node_modules/ }] },
  resolve: { extensions: ['.ts', '.js'] },
  optimization: {
    // Blockly in a chunk of its own, left unminified: minifying it takes minutes and proves nothing about our
    // package. Everything else is minified as a stock production build minifies it; the size hints stay on.
    splitChunks: {
      cacheGroups: { blockly: { test: /node_modules[\\\\/]blockly[\\\\/]/, name: 'blockly', chunks: 'all', enforce: true } },
    },
    minimizer: [new MinimizerPlugin({ test: /\\.js$/, exclude: /^blockly/, minify: MinimizerPlugin.terserMinify })],
  },
};
`,
      'build.mjs': `import webpack from 'webpack';
import config from './webpack.config.cjs';
webpack(config, (error, stats) => {
  if (error) throw error;
  const { errors, warnings, assets } = stats.toJson({ all: false, errors: true, warnings: true, assets: true });
  const sizes = Object.fromEntries(assets.map((asset) => [asset.name, asset.size]));
  console.log(JSON.stringify({ errors: errors.map((e) => e.message), warnings: warnings.map((w) => w.message), sizes }));
});
`,
    });
    hosts.push(host);
    const { stdout } = await host.run('node', ['build.mjs'], { timeout: 300_000 });
    const { errors, warnings, sizes } = JSON.parse(stdout) as {
      errors: string[];
      warnings: string[];
      sizes: Record<string, number>;
    };
    expect(errors).toEqual([]);
    // webpack's three size warnings and nothing else; the asset past the limit is Blockly's chunk alone.
    expect(warnings.map((warning) => warning.split('\n')[0])).toEqual([
      expect.stringMatching(/^asset size limit: .*\(244 KiB\)/),
      expect.stringMatching(/^entrypoint size limit: .*\(244 KiB\)/),
      expect.stringMatching(/^webpack performance recommendations:/),
    ]);
    const oversized = [...warnings[0]!.matchAll(/^\s+(\S+\.js) \(/gm)].map((match) => match[1]);
    expect(oversized).toEqual(['blockly.js']);
    // Our package and the host's code, minified: well under the hint.
    expect(sizes['main.js']).toBeLessThan(WEBPACK_SIZE_HINT);
    expect(sizes['blockly.js']).toBeGreaterThan(WEBPACK_SIZE_HINT);
    await expectWorkingPage(host, join(host.dir, 'dist'));
  }, 600_000);

  it('Vite: no error, only the chunk size warning Blockly alone is past, a working page', async () => {
    const host = await createHost(run, 'vite');
    await writeFiles(host, { 'main.ts': HOST_MAIN, 'index.html': HOST_PAGE('./main.ts') });
    hosts.push(host);
    const { stdout, stderr } = await host.run('npx', ['--no-install', 'vite', 'build'], { timeout: 300_000 });
    expect(stdout).toMatch(/built in/);
    // Vite's one paragraph about chunks over 500 kB, its advice lines after it; nothing else warns.
    const sizeWarning = /^\(!\) Some chunks are larger than 500 kB after minification\..*\n(?:- .*\n)*/m;
    const output = `${stdout}\n${stderr}`;
    expect(output).toMatch(sizeWarning);
    expect(output.replace(sizeWarning, '')).not.toMatch(/warn|error|\(!\)|IMPORT_IS_UNDEFINED/i);
    // Blockly's own minified code is past the limit by itself.
    const blockly = await stat(join(host.root, 'node_modules/blockly/blockly_compressed.js'));
    expect(blockly.size).toBeGreaterThan(VITE_CHUNK_WARNING);
    await expectWorkingPage(host, join(host.dir, 'dist'));
  }, 600_000);

  it('Rollup with node-resolve and commonjs: no error, no warning, a working page', async () => {
    const host = await createHost(run, 'rollup');
    await writeFiles(host, {
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
    });
    hosts.push(host);
    const { stdout } = await host.run('npx', ['--no-install', 'rollup', '-c', '--silent'], { timeout: 300_000 });
    expect(JSON.parse(stdout)).toEqual({ warnings: [] });
    await expectWorkingPage(host, join(host.dir, 'dist'));
  }, 600_000);
});
