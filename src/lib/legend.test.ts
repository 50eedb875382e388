import { describe, expect, it } from 'vitest';
import { classify } from '../analysis/classify';
import { rampColors } from './color-ramps';
import { formatClassRange, formatLegendNumber, legendDigits, legendEntries, legendHeader } from './legend';

describe('legend numbers', () => {
  it("use the language's separators with fixed decimals", () => {
    expect(formatLegendNumber(1234.5, 'vi', 1)).toBe('1.234,5');
    expect(formatLegendNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatLegendNumber(30, 'vi', 1)).toBe('30,0');
    expect(formatLegendNumber(1234567, 'en', 0)).toBe('1,234,567');
    expect(formatLegendNumber(-0.01, 'en', 1)).toBe('0.0');
  });
  it('format a class range with an en dash, or one number for a one-value class', () => {
    expect(formatClassRange(12.5, 30, 'vi', 1)).toBe('12,5 – 30,0');
    expect(formatClassRange(12.5, 30, 'en', 1)).toBe('12.5 – 30.0');
    expect(formatClassRange(7, 7, 'vi', 0)).toBe('7');
  });
  it('pick the fewest decimals that keep the bounds apart', () => {
    expect(
      legendDigits([
        { lower: 1, upper: 3 },
        { lower: 4, upper: 9 },
      ]),
    ).toBe(0);
    expect(legendDigits([{ lower: 12.5, upper: 30 }])).toBe(1);
    expect(
      legendDigits([
        { lower: 0.12, upper: 0.14 },
        { lower: 0.15, upper: 0.9 },
      ]),
    ).toBe(2);
    expect(legendDigits([{ lower: 0.0001, upper: 0.0002 }])).toBe(3);
  });
  it('put the unit in the header', () => {
    expect(legendHeader('Mật độ dân số', 'người/km²', 'vi')).toBe('Mật độ dân số (người/km²)');
  });
});

describe('legendEntries', () => {
  it('list each class with its colour, then no data with its count', () => {
    const c = classify([12.5, 20, 30, 55.25, 80, null], {
      method: 'natural_breaks',
      classes: 3,
      qualifiers: ['exact', 'approximate', 'exact', 'exact', 'exact', null],
    });
    // by hand: {12.5,20,30} {55.25} {80}: SSE 154.2, beats {12.5,20} {30} {55.25,80}: 28.1 + 306.3;
    // one decimal keeps the bounds 12.5, 30, 55.25, 80 apart
    const entries = legendEntries(c, rampColors('Blues', c.bins.length), '#bdbdbd', 'vi');
    expect(entries.map((e) => [e.color, e.label, e.count, e.approximate])).toEqual([
      ['#deebf7', '12,5 – 30,0', 3, true],
      ['#9ecae1', '55,3', 1, false],
      ['#3182bd', '80,0', 1, false],
      ['#bdbdbd', 'Không có số liệu', 1, false],
    ]);
    expect(entries[0]!.note).toBe('Lớp có số liệu gần đúng hoặc giá trị tối thiểu');
    expect(entries.at(-1)!.noData).toBe(true);
  });
  it('has no no-data entry when every value is known, and refuses too few colours', () => {
    const c = classify([1, 2, 3, 4], { method: 'quantile', classes: 4 });
    expect(legendEntries(c, rampColors('Purples', 4), '#bdbdbd', 'en').map((e) => e.label)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(() => legendEntries(c, rampColors('Purples', 3), '#bdbdbd', 'en')).toThrow(RangeError);
  });
});
