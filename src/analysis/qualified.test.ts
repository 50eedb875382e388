import { describe, expect, it } from 'vitest';
import { qualifiedRatio, qualifiedSum, readQualified, UNKNOWN } from './qualified';

const exact = (value: number) => ({ value, qualifier: 'exact' as const });
const approx = (value: number) => ({ value, qualifier: 'approximate' as const });
const atLeast = (value: number) => ({ value, qualifier: 'at_least' as const });

describe('readQualified', () => {
  it('reads a finite number with its qualifier; anything else is unknown', () => {
    expect(readQualified(60.1, 'exact')).toEqual(exact(60.1));
    expect(readQualified(403000, 'at_least')).toEqual(atLeast(403000));
    expect(readQualified(null, null)).toEqual(UNKNOWN);
    expect(readQualified('720', 'exact')).toEqual(UNKNOWN);
    expect(readQualified(Number.NaN, 'exact')).toEqual(UNKNOWN);
  });
  it('never calls a figure exact without the data saying so', () => {
    expect(readQualified(720, undefined)).toEqual(approx(720));
    expect(readQualified(720, 'rounded')).toEqual(approx(720));
  });
});

describe('qualifiedSum', () => {
  it('is exact for exact parts and a true zero for no parts', () => {
    expect(qualifiedSum([exact(200), exact(300.5)])).toEqual(exact(500.5));
    expect(qualifiedSum([])).toEqual(exact(0));
  });
  it('is a lower bound when a part is unknown or a lower bound', () => {
    expect(qualifiedSum([exact(200), UNKNOWN])).toEqual(atLeast(200));
    expect(qualifiedSum([exact(200), atLeast(100)])).toEqual(atLeast(300));
  });
  it('is approximate when a part is, and unknown when every part is', () => {
    expect(qualifiedSum([exact(200), approx(100), UNKNOWN])).toEqual(approx(300));
    expect(qualifiedSum([UNKNOWN, UNKNOWN])).toEqual(UNKNOWN);
  });
});

describe('qualifiedRatio', () => {
  it('keeps exact and lower-bound numerators over an exact denominator', () => {
    expect(qualifiedRatio(exact(300), exact(60))).toEqual(exact(5));
    expect(qualifiedRatio(atLeast(300), exact(60))).toEqual(atLeast(5));
    expect(qualifiedRatio(exact(3), exact(60), 100)).toEqual(exact(5));
  });
  it('is approximate for any other mix', () => {
    expect(qualifiedRatio(exact(300), approx(60))).toEqual(approx(5));
    expect(qualifiedRatio(atLeast(300), approx(60))).toEqual(approx(5));
    expect(qualifiedRatio(exact(300), atLeast(60))).toEqual(approx(5));
    expect(qualifiedRatio(approx(300), exact(60))).toEqual(approx(5));
  });
  it('is unknown for an unknown input or a zero denominator', () => {
    expect(qualifiedRatio(UNKNOWN, exact(60))).toEqual(UNKNOWN);
    expect(qualifiedRatio(exact(1), UNKNOWN)).toEqual(UNKNOWN);
    expect(qualifiedRatio(exact(1), exact(0))).toEqual(UNKNOWN);
  });
});
