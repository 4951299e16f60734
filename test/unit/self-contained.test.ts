// The repository stands on its own: no file points at a document outside it (a design note, research notes,
// a path on the machine it was written on). The project's own architecture document is docs/ARCHITECTURE.md.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const THIS_FILE = 'test/unit/self-contained.test.ts';
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', 'dist', 'playground-dist', '.tmp', 'test-results']);
const TEXT = /\.(ts|js|mjs|json|md|html|css|ya?ml)$|^\.ci\/run$/;

/** References to documents outside the repository. */
const OUTSIDE = [
  /\bDESIGN(\.md|\s*§)/, // the first design note ("DESIGN §4"): its content lives in docs/ARCHITECTURE.md now
  /\bSTYLE\.md\b/,
  /\bshared\/(research|DESIGN|STYLE)/,
  /\/work\/(main|shared|wt)\b/,
];

// TEMPORARY: files other branches are rewriting; each entry goes once its reference points at
// docs/ARCHITECTURE.md (the test fails on an entry that no longer needs to be here).
const NOT_YET_FIXED = new Set<string>([]);

/** Every text file of the repository, relative to the root. */
function textFiles(directory = ''): string[] {
  return readdirSync(`${root}${directory}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${directory}${entry.name}`;
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : textFiles(`${path}/`);
    return TEXT.test(path) && path !== 'package-lock.json' ? [path] : [];
  });
}

it('points at no document outside the repository', () => {
  expect.hasAssertions();
  const offenders = new Map<string, string[]>();
  for (const file of textFiles()) {
    if (file === THIS_FILE) continue;
    const lines = readFileSync(`${root}${file}`, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        OUTSIDE.some((pattern) => pattern.test(line)) ? [`${index + 1}: ${line.trim()}`] : [],
      );
    if (lines.length > 0) offenders.set(file, lines);
  }
  expect([...offenders].filter(([file]) => !NOT_YET_FIXED.has(file))).toEqual([]);
  expect(
    [...NOT_YET_FIXED].filter((file) => !offenders.has(file)),
    'entries to drop from NOT_YET_FIXED',
  ).toEqual([]);
});

it('has the architecture document the code and README refer to', () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  expect(readme).toContain('](docs/ARCHITECTURE.md)');
  expect(readFileSync(`${root}docs/ARCHITECTURE.md`, 'utf8')).toMatch(/^# codeless-blocks — architecture\n/);
});
