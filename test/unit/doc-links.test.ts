// Every relative link of the README and of the docs/ pages resolves, as GitHub renders them: the file or folder it
// names exists, and a `#fragment` names a heading of the page it points to. Links inside code are not links.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** The page's text without fenced code blocks, whose lines are neither headings nor links. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(\s*)(```+|~~~+).*\n[\s\S]*?^\1\2\s*$/gm, '');
}

/** The page's text without fenced code blocks and code spans, whose brackets are not links. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/(`+)[^`]*?\1/g, '');
}

/** The targets of the page's inline links and images (`[text](target)`, `![alt](target "title")`). */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = heading!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** What is wrong with `target`, a link on `page`; undefined when it resolves. */
function brokenLink(page: string, target: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(target)) return undefined; // https:, mailto: — not relative
  const [path, fragment] = target.split('#') as [string, string | undefined];
  const file = path === '' ? page : normalize(join(dirname(page), decodeURIComponent(path)));
  if (file.startsWith('..')) return 'points outside the repository';
  if (!existsSync(join(root, file))) return `${file} does not exist`;
  if (fragment === undefined) return undefined;
  if (!file.endsWith('.md') || statSync(join(root, file)).isDirectory())
    return `#${fragment} on a file with no headings`;
  const anchors = headingAnchors(readFileSync(join(root, file), 'utf8'));
  return anchors.has(fragment) ? undefined : `${file} has no heading #${fragment}`;
}

describe('links of the README and the docs/ pages', () => {
  it('reads the README and the docs/ pages, and finds their links', () => {
    expect(pages).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'docs/ARCHITECTURE.md']));
    expect(linkTargets(readFileSync(join(root, 'README.md'), 'utf8'))).toContain('docs/ARCHITECTURE.md');
  });

  it.each(pages)('%s: every relative link resolves', (page) => {
    const broken = linkTargets(readFileSync(join(root, page), 'utf8')).flatMap((target) => {
      const problem = brokenLink(page, target);
      return problem === undefined ? [] : [`${target}: ${problem}`];
    });
    expect(broken).toEqual([]);
  });

  it('names anchors as GitHub does, finds a broken link and sees no links in code', () => {
    const page =
      '# Running programs and the runtime\n## The `codeless` CLI\n## Notes\n## Notes\n```md\n# Not a heading\n```\n';
    expect([...headingAnchors(page)]).toEqual([
      'running-programs-and-the-runtime',
      'the-codeless-cli',
      'notes',
      'notes-1',
    ]);
    expect(brokenLink('README.md', 'docs/blocks.md#error-handling')).toBeUndefined();
    expect(brokenLink('docs/blocks.md', 'blocks/backendless_users_login.png')).toBeUndefined();
    expect(brokenLink('docs/blocks.md', '#no-such-heading')).toBe('docs/blocks.md has no heading #no-such-heading');
    expect(brokenLink('docs/blocks.md', 'docs/blocks.md')).toBe('docs/docs/blocks.md does not exist');
    expect(linkTargets('[a](x.md) `[b](y.md)`\n```\n[c](z.md)\n```\n![d](blocks/e.png "title")')).toEqual([
      'x.md',
      'blocks/e.png',
    ]);
  });
});
