// Writes blocks/index.ts and generators/index.ts, the one list of each layer, from the files of its folder: a block
// is added by adding its files and running `npx node scripts/block-lists.ts` (the block-library test fails while a
// list is behind its folder). The lists are written out — imports, an array, the named re-exports — rather than
// kept as `export … from` lines whose namespace is iterated, because a bundler keeps an iterated namespace's every
// export name in every host bundle: 0.47 KB (min + gzip) with the 31 block files, which a host's 9 KB cannot carry.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const root = fileURLToPath(new URL('../', import.meta.url));

interface Layer {
  folder: 'blocks/' | 'generators/';
  /** What the exports this layer lists are made by (`export const loginFile = callBlockFile(…)`). */
  makers: string[];
  header: string;
  arrayName: string;
  serverLogicArrayName: string;
  arrayDoc: string;
  /** Whether the list's names are exported too (the front door's `blocks` namespace holds them). */
  reexport: boolean;
  tail: string;
}

const generatedBy = (what: string) =>
  `// ${what} of this folder, one each: written by \`npx node scripts/block-lists.ts\`, never by hand (the\n` +
  '// block-library test fails while this list is behind the folder). Adding a file is all a new block costs here.';

const layers: Layer[] = [
  {
    folder: 'blocks/',
    makers: ['blockFile', 'callBlockFile'],
    header: generatedBy('The block files'),
    arrayName: 'listedBlockFiles',
    serverLogicArrayName: 'listedServerLogicBlockFiles',
    arrayDoc:
      "The Users category's block files of this folder, by file name: what blocks/library.ts derives the registries from.",
    reexport: true,
    tail: "// Not a block file: the check and style names hosts build their own blocks with (`blocks.USER_CHECK`, …).\nexport * from './types.ts';\n",
  },
  {
    folder: 'generators/',
    makers: ['generatorFile', 'sdkCallGenerators', 'handlerValueGenerators'],
    header: generatedBy('The generator files'),
    arrayName: 'listedGeneratorFiles',
    serverLogicArrayName: 'listedServerLogicGeneratorFiles',
    arrayDoc:
      "The Users category's generator files of this folder, by file name: what generators/library.ts derives the registries from.",
    reexport: false,
    tail: '',
  },
];

/**
 * Each listed export of the folder's files, as `[file name, export name]`, in file-name order. Read from the source
 * text, not imported: importing the folder would import the list being rewritten. (The block-library test imports
 * every file and fails on a block or generator file this misses.)
 */
async function listedExports(layer: Layer): Promise<Array<[string, string]>> {
  const names = (await readdir(`${root}${layer.folder}`)).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
  const made = new RegExp(`^export const (\\w+)\\s*=\\s*(?:${layer.makers.join('|')})\\(`, 'gm');
  const found: Array<[string, string]> = [];
  for (const name of names.sort()) {
    const source = await readFile(`${root}${layer.folder}${name}`, 'utf8');
    for (const [, exported] of source.matchAll(made)) found.push([name, exported!]);
  }
  return found;
}

/** The names of the block files whose blocks go to the Server logic category (a generator file has the same name). */
async function serverLogicFileNames(): Promise<Set<string>> {
  const names = (await readdir(`${root}blocks/`)).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
  const serverLogic = new Set<string>();
  for (const name of names) {
    if (/category: 'serverLogic'/.test(await readFile(`${root}blocks/${name}`, 'utf8'))) serverLogic.add(name);
  }
  return serverLogic;
}

/**
 * The source of a layer's list, formatted as the repository formats it.
 *
 * @param folder `blocks/` or `generators/`.
 * @returns What `<folder>index.ts` holds.
 */
export async function listSource(folder: Layer['folder']): Promise<string> {
  const layer = layers.find((candidate) => candidate.folder === folder)!;
  const found = await listedExports(layer);
  const names = found.map(([, exported]) => exported);
  // Server logic's files are a list of their own, so a host that installs the Users blocks only does not bundle them.
  const serverLogic = await serverLogicFileNames();
  const listed = (server: boolean) =>
    found.filter(([file]) => serverLogic.has(file) === server).map(([, exported]) => exported);
  const source = [
    layer.header,
    ...found.map(([file, exported]) => `import { ${exported} } from './${file}';`),
    '',
    `/** ${layer.arrayDoc} */`,
    `export const ${layer.arrayName} = [${listed(false).join(', ')}] as const;`,
    `/** The same, of the Server logic category's blocks (\`toolbox: { category: 'serverLogic' }\`). */`,
    `export const ${layer.serverLogicArrayName} = [${listed(true).join(', ')}] as const;`,
    layer.reexport ? `export { ${names.join(', ')} };` : '',
    layer.tail,
  ].join('\n');
  const path = `${root}${folder}index.ts`;
  return format(source, { ...(await resolveConfig(path)), filepath: path });
}

if (import.meta.main) {
  for (const { folder } of layers) await writeFile(`${root}${folder}index.ts`, await listSource(folder));
}
