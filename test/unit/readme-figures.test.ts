// The documentation's performance and reliability figures come from the benches, never from a hand: each
// `<!-- bench:<name> -->` section, on whichever page holds it (docs/performance.md, docs/reliability.md), is exactly
// what bench/report.ts wrote to docs/benchmarks/<name>.md, and outside those sections the Performance and
// Reliability pages carry no measured figure.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchSection, documentationPages, reportSection } from '../../bench/report.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = documentationPages().map((page) => ({ page, text: readFileSync(`${root}${page}`, 'utf8') }));
const benches = readdirSync(`${root}bench`)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace('.bench.ts', ''));

/**
 * A measured figure: a number with a decimal point (`32.02 ms`, `8.81 KB`, `29.0 cycles/s`, a ratio `0.73`) or a
 * ratio sign (`2×`). Bounds and counts (`1 MiB`, `20 s`, `1,000 connections`) are whole numbers the code or a test
 * fixes, not measurements, and are left alone; so are addresses and versions (`127.0.0.1`).
 */
const FIGURE =
  /\d[\d,.]*\s?×|(?<![\d.])\d+\.\d+(?![\d.])(?:\s?(?:ns|µs|ms|s|B|KB|kB|MB|GB|KiB|MiB|GiB|%|cycles\/s)(?![\w/]))?/g;

describe('bench figures in the documentation', () => {
  it('reads the README and the docs/ pages', () => {
    expect(pages.map(({ page }) => page)).toEqual(expect.arrayContaining(['README.md', 'docs/performance.md']));
  });

  it.each(benches)('the %s section, on exactly one page, is the report the bench wrote', (name) => {
    const holding = pages.filter(({ text }) => benchSection(text, name) !== undefined);
    expect(
      holding.map(({ page }) => page),
      `one page has <!-- bench:${name} --> … <!-- /bench:${name} -->`,
    ).toHaveLength(1);
    const section = benchSection(holding[0]!.text, name);
    const file = readFileSync(`${root}docs/benchmarks/${name}.md`, 'utf8');
    expect(section).toBe(reportSection(file));
    expect(section).toMatch(
      /^_Written by `npm run bench \S+` on \d{4}-\d\d-\d\d \d\d:\d\d UTC, Node v\d+\.\d+\.\d+, .+ × \d+ cores;/,
    );
  });

  it.each(['docs/performance.md', 'docs/reliability.md'])('%s carries no figure outside the bench sections', (page) => {
    let text = readFileSync(`${root}${page}`, 'utf8');
    for (const name of benches) text = text.replace(benchSection(text, name) ?? '', '');
    expect(text.match(FIGURE) ?? []).toEqual([]);
  });

  it('finds the figures it looks for', () => {
    const sample =
      'a 32.02 ms cycle, 8.81 KB, 1.004× raw, 60.2 cycles/s, 12.5%, ratio 0.73, 2× — not 1 MiB, 20 s, 127.0.0.1 or 1,000';
    expect(sample.match(FIGURE)).toEqual(['32.02 ms', '8.81 KB', '1.004×', '60.2 cycles/s', '12.5%', '0.73', '2×']);
  });
});
