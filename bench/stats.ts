// The statistics the benches report with. A comparison is measured in rounds — each round times both sides moments
// apart, in alternating order — and reported as the median of the per-round ratios with their spread beside it, so
// drift on a shared machine (other work, CPU frequency, GC) hits both sides of a ratio alike and a reader sees how
// far one run's figure can be trusted.

/** The `q` quantile of `values` (0 ≤ q ≤ 1), interpolated between the nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('no values');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Round by round, `values[i] / baseline[i]`. */
export function ratios(values: readonly number[], baseline: readonly number[]): number[] {
  if (values.length !== baseline.length) throw new Error('ratios of unequal rounds');
  return values.map((value, round) => value / baseline[round]!);
}

/** The spread of `values`: half their interquartile range as a share of their median (0.03 for ±3%). */
export function spread(values: readonly number[]): number {
  return (quantile(values, 0.75) - quantile(values, 0.25)) / 2 / median(values);
}

/** `±x%`: the spread of `values`. */
export const formatSpread = (values: readonly number[]): string => `±${(spread(values) * 100).toFixed(1)}%`;

/** The median of per-round ratios with their spread: `1.12× ±2.3%`. */
export const formatRatio = (values: readonly number[]): string =>
  `${median(values).toFixed(2)}× ${formatSpread(values)}`;

/** What a printed spread means, for a report's legend. */
export const SPREAD_LEGEND = '±x% is half the interquartile range of the per-round ratios, as a share of their median';

/**
 * Runs `count` rounds; each round calls every measure once, starting with a different one each round, and keeps what
 * it returns. Returns each measure's results in round order, so `result[a][i]` and `result[b][i]` were taken moments
 * apart.
 */
export async function interleaved<T>(count: number, measures: ReadonlyArray<() => T | Promise<T>>): Promise<T[][]> {
  const results = measures.map(() => [] as T[]);
  for (let round = 0; round < count; round++) {
    for (let i = 0; i < measures.length; i++) {
      const who = (round + i) % measures.length;
      results[who]!.push(await measures[who]!());
    }
  }
  return results;
}
