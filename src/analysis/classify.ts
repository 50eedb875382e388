// Choropleth classification: k ordered classes (3–7) over a column of numbers by quantiles, equal
// intervals or natural breaks (ckmeans from simple-statistics: Wang & Song's optimal 1-D k-means,
// the exact successor of Jenks' method). Rules every method shares:
// - a missing value (null, undefined, NaN, ±Infinity) is "no data": listed apart, never a 0;
// - fewer distinct values than classes gives one class per distinct value at most, and a class
//   that would be empty (ties, skewed data) is dropped, so every class shown has members, except
//   equal intervals, whose empty classes are part of the method (they show a gap in the data);
// - a class holding an approximate value or a lower bound says so (`approximate`, `lowerBound`).
// A value v belongs to the first class with v <= upper (classes include their upper bound; the
// first also its lower one), so a value on an equal-interval edge goes to the lower class.
import { ckmeans } from 'simple-statistics';
import type { NumberQualifier } from '../data/schema';

import { CLASS_METHODS, type ClassMethod, isClassCount } from './class-params';

export { CLASS_METHODS, type ClassMethod, isClassCount, MAX_CLASSES, MIN_CLASSES } from './class-params';

export interface ClassifyOptions {
  method: ClassMethod;
  /** Requested number of classes, an integer 3–7. */
  classes: number;
  /**
   * Qualifier of each value (same order as the values). Without this array every value counts as
   * exact; with it, an entry that is not a known qualifier counts as approximate (a figure is never
   * presented as exact unless the data says so).
   */
  qualifiers?: readonly (NumberQualifier | null | undefined)[];
}

export interface ClassBin {
  /** The class's range for the legend, in the values' unit: member min/max, or the interval edges. */
  lower: number;
  upper: number;
  /** Values in the class. */
  count: number;
  /** A member is approximate or a lower bound. */
  approximate: boolean;
  /** A member is a lower bound (the true value may lie above the class). */
  lowerBound: boolean;
}

export interface Classification {
  method: ClassMethod;
  /** The number of classes asked for; `bins.length` may be smaller (see the rules above). */
  requested: number;
  bins: ClassBin[];
  /** For each input value: its class index in `bins`, or null for no data. */
  classOf: (number | null)[];
  /** Positions of the values without data. */
  noData: number[];
  /** Distinct values with data. */
  distinct: number;
}

/** Member ranges of quantile classes: values sorted, each run of ties placed by its middle rank. */
function quantileRanges(sorted: readonly number[], k: number): [number, number][] {
  const n = sorted.length;
  const groups: number[][] = Array.from({ length: k }, () => []);
  for (let first = 0; first < n; ) {
    let last = first;
    while (last + 1 < n && sorted[last + 1] === sorted[first]) last++;
    const cls = Math.min(k - 1, Math.floor((((first + last) / 2) * k) / n));
    for (let r = first; r <= last; r++) groups[cls]!.push(sorted[r]!);
    first = last + 1;
  }
  return groups.filter((g) => g.length > 0).map((g) => [g[0]!, g.at(-1)!]);
}

function equalIntervalRanges(lo: number, hi: number, k: number): [number, number][] {
  const edges = Array.from({ length: k + 1 }, (_, i) => (i === k ? hi : lo + (i * (hi - lo)) / k));
  return edges.slice(0, k).map((e, i) => [e, edges[i + 1]!]);
}

/** Index of the first range whose upper bound is >= v (the last range for anything above). */
function rangeIndex(ranges: readonly [number, number][], v: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= ranges[mid]![1]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Classifies `values` (any unit; null/undefined/non-finite = no data). Throws RangeError when
 * `options.classes` is not an integer 3–7 or the method is unknown: those come from the UI's own
 * choices, so a throw is a programming error, not bad data. Never throws on the values.
 */
export function classify(
  values: readonly (number | null | undefined)[],
  options: ClassifyOptions,
): Classification {
  const { method, classes, qualifiers } = options;
  if (!isClassCount(classes)) throw new RangeError(`Class count must be an integer 3–7, not ${classes}.`);
  if (!CLASS_METHODS.includes(method)) throw new RangeError(`Unknown classification method "${method}".`);
  const noData: number[] = [];
  const data: number[] = [];
  values.forEach((v, i) => {
    if (typeof v === 'number' && Number.isFinite(v)) data.push(v);
    else noData.push(i);
  });
  const sorted = [...data].sort((a, b) => a - b);
  const distinct = sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]).length;
  const k = Math.min(classes, distinct);
  let ranges: [number, number][] = [];
  if (k === 1) ranges = [[sorted[0]!, sorted[0]!]];
  else if (k > 1) {
    if (method === 'quantile') ranges = quantileRanges(sorted, k);
    else if (method === 'equal_interval') ranges = equalIntervalRanges(sorted[0]!, sorted.at(-1)!, k);
    else
      ranges = ckmeans(sorted, k)
        .filter((c) => c.length > 0)
        .map((c) => [c[0]!, c.at(-1)!]);
  }
  const bins: ClassBin[] = ranges.map(([lower, upper]) => ({
    lower,
    upper,
    count: 0,
    approximate: false,
    lowerBound: false,
  }));
  const classOf = values.map((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    const c = rangeIndex(ranges, v);
    const bin = bins[c]!;
    bin.count++;
    const q = qualifiers ? qualifiers[i] : 'exact';
    if (q !== 'exact') bin.approximate = true;
    if (q === 'at_least') bin.lowerBound = true;
    return c;
  });
  return { method, requested: classes, bins, classOf, noData, distinct };
}
