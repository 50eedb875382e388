// Expected breaks are worked out by hand in the comments (not by calling simple-statistics).
import { describe, expect, it } from 'vitest';
import { type ClassMethod, classify, isClassCount } from './classify';

const ranges = (values: readonly (number | null)[], method: ClassMethod, classes: number) =>
  classify(values, { method, classes }).bins.map((b) => [b.lower, b.upper]);

const ONE_TO_NINE = [1, 2, 3, 4, 5, 6, 7, 8, 9, null];

describe('quantiles', () => {
  it('splits 9 values into 3 classes of 3 (rank r goes to class floor(r·k/n))', () => {
    const c = classify(ONE_TO_NINE, { method: 'quantile', classes: 3 });
    expect(c.bins.map((b) => [b.lower, b.upper, b.count])).toEqual([
      [1, 3, 3],
      [4, 6, 3],
      [7, 9, 3],
    ]);
    expect(c.classOf).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, null]);
    expect(c.noData).toEqual([9]);
  });
  it('splits 10 values 4/3/3 into 3 classes', () => {
    // ranks 0–9: floor(r·3/10) = 0,0,0,0,1,1,1,2,2,2
    expect(ranges([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 'quantile', 3)).toEqual([
      [1, 4],
      [5, 7],
      [8, 10],
    ]);
  });
  it('keeps ties together, placed by their middle rank', () => {
    // 1: rank 0 → 0; 2: ranks 1–3, middle 2 → floor(2·3/6) = 1; 3: rank 4 → 2; 4: rank 5 → 2
    expect(ranges([1, 2, 2, 2, 3, 4], 'quantile', 3)).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
  });
  it('drops a class the ties leave empty', () => {
    // 1: ranks 0–6, middle 3 → floor(3·3/9) = 1; 2: rank 7 → 2; 3: rank 8 → 2; class 0 is empty
    const c = classify([1, 1, 1, 1, 1, 1, 1, 2, 3], { method: 'quantile', classes: 3 });
    expect(c.bins.map((b) => [b.lower, b.upper, b.count])).toEqual([
      [1, 1, 7],
      [2, 3, 2],
    ]);
    expect(c.requested).toBe(3);
  });
});

describe('equal intervals', () => {
  it('cuts the range 1–9 into 4 intervals of width 2, upper bounds inclusive', () => {
    const c = classify(ONE_TO_NINE, { method: 'equal_interval', classes: 4 });
    expect(c.bins.map((b) => [b.lower, b.upper, b.count])).toEqual([
      [1, 3, 3],
      [3, 5, 2],
      [5, 7, 2],
      [7, 9, 2],
    ]);
    expect(c.classOf.slice(0, 9)).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3]);
  });
  it('keeps empty intervals: they show a gap in the data', () => {
    // 0–100 in 5 intervals of 20: 0…4 → [0, 20]; 100 → [80, 100]
    const c = classify([0, 1, 2, 3, 4, 100], { method: 'equal_interval', classes: 5 });
    expect(c.bins.map((b) => b.count)).toEqual([5, 0, 0, 0, 1]);
    expect(c.bins.map((b) => b.upper)).toEqual([20, 40, 60, 80, 100]);
  });
  it('handles negative values', () => {
    expect(ranges([-30, -10, 0, 30], 'equal_interval', 3)).toEqual([
      [-30, -10],
      [-10, 10],
      [10, 30],
    ]);
  });
});

describe('natural breaks', () => {
  it('finds the partition with the least within-class squared deviation', () => {
    // {1,2} {6,7,8} {20}: 0.5 + 2 + 0 = 2.5; next best {1,2,6} {7,8} {20}: 14 + 0.5 = 14.5,
    // then {1} {2,6,7,8} {20}: 20.75.
    expect(ranges([20, 7, 1, 8, 2, 6], 'natural_breaks', 3)).toEqual([
      [1, 2],
      [6, 8],
      [20, 20],
    ]);
    // {2,4,5} {11,12,13} {25,27}: 4.67 + 2 + 2 = 8.67; moving 5 or 11 or 13 across costs > 30.
    expect(ranges([2, 4, 5, 11, 12, 13, 25, 27, null], 'natural_breaks', 3)).toEqual([
      [2, 5],
      [11, 13],
      [25, 27],
    ]);
  });
  it('gives one class per value when there are as many classes as values', () => {
    expect(ranges([30, 10, 20], 'natural_breaks', 3)).toEqual([
      [10, 10],
      [20, 20],
      [30, 30],
    ]);
  });
});

describe('shared rules', () => {
  it('uses at most as many classes as distinct values', () => {
    // 3 and 7 only: two classes whatever was asked for
    expect(ranges([7, 7, 3], 'quantile', 5)).toEqual([
      [3, 3],
      [7, 7],
    ]);
    expect(ranges([7, 7, 3], 'natural_breaks', 5)).toEqual([
      [3, 3],
      [7, 7],
    ]);
    expect(ranges([7, 7, 3], 'equal_interval', 5)).toEqual([
      [3, 5],
      [5, 7],
    ]);
    for (const m of ['quantile', 'equal_interval', 'natural_breaks'] as const) {
      const c = classify([4, 4, null], { method: m, classes: 3 });
      expect(c.bins.map((b) => [b.lower, b.upper, b.count])).toEqual([[4, 4, 2]]);
      expect(c.distinct).toBe(1);
    }
  });
  it('puts missing values in no data, never in the class of 0', () => {
    const c = classify([0, null, 10, undefined, Number.NaN, 20, Number.POSITIVE_INFINITY], {
      method: 'quantile',
      classes: 3,
    });
    expect(c.noData).toEqual([1, 3, 4, 6]);
    expect(c.classOf).toEqual([0, null, 1, null, null, 2, null]);
    expect(c.bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    const none = classify([null, null], { method: 'natural_breaks', classes: 4 });
    expect(none.bins).toEqual([]);
    expect(none.noData).toEqual([0, 1]);
  });
  it('marks the classes holding an approximate value or a lower bound', () => {
    const qualifiers = [
      'exact',
      'exact',
      'exact',
      'exact',
      'approximate',
      'exact',
      'exact',
      'exact',
      'at_least',
      null,
    ] as const;
    const c = classify(ONE_TO_NINE, { method: 'quantile', classes: 3, qualifiers });
    expect(c.bins.map((b) => [b.approximate, b.lowerBound])).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
    // An entry that is not a qualifier counts as approximate; no array at all means exact.
    const holes = classify([1, 2, 3], {
      method: 'quantile',
      classes: 3,
      qualifiers: ['exact', undefined, 'exact'],
    });
    expect(holes.bins.map((b) => b.approximate)).toEqual([false, true, false]);
    expect(classify([1, 2, 3], { method: 'quantile', classes: 3 }).bins.some((b) => b.approximate)).toBe(
      false,
    );
  });
  it('accepts only 3 to 7 classes', () => {
    expect([3, 7].every(isClassCount)).toBe(true);
    expect([2, 8, 3.5, Number.NaN, '4'].some(isClassCount)).toBe(false);
    expect(() => classify([1, 2, 3], { method: 'quantile', classes: 2 })).toThrow(RangeError);
    expect(() => classify([1, 2, 3], { method: 'quantile', classes: 8 })).toThrow(/3–7/);
    expect(() => classify([1], { method: 'jenks' as ClassMethod, classes: 3 })).toThrow(RangeError);
  });
});
