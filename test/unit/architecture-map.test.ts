// docs/ARCHITECTURE.md is the map a contributor reads first, so it names every file of the parts whose files it
// lists — the runtime, the emulator, the CLI and the emulator console — each as its path from the repository's root in
// code (`emulator/http/access.ts`), and names no file of theirs that is gone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MAPPED_FOLDERS = ['runtime', 'emulator', 'bin', 'console'] as const;

const architecture = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');
const named = new Set([...architecture.matchAll(/`([\w./-]+)`/g)].map((match) => match[1]!));
const files = MAPPED_FOLDERS.flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length)),
);

describe('the architecture document', () => {
  it('finds the files it checks', () => {
    expect(files).toEqual(expect.arrayContaining(['runtime/node/transport.ts', 'emulator/http/access.ts']));
  });

  it.each(MAPPED_FOLDERS)('names every file of %s/ by its path', (folder) => {
    const missing = files.filter((file) => file.startsWith(`${folder}/`) && !named.has(file));
    expect(missing, 'add each to its list in docs/ARCHITECTURE.md §2').toEqual([]);
  });

  it('names no file of those folders that is gone', () => {
    const gone = [...named].filter(
      (path) => MAPPED_FOLDERS.some((folder) => path.startsWith(`${folder}/`)) && /\.\w+$/.test(path),
    );
    expect(gone.filter((path) => !files.includes(path))).toEqual([]);
  });
});
