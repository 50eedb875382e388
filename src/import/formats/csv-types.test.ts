import { describe, expect, it } from 'vitest';
import { cellNumber, numericColumns } from './csv-types';

describe('numericColumns', () => {
  const header = ['ma', 'dien_tich', 'ten', 'sdt', 'trong', 'so_thua', 'nam'];
  const rows = [
    ['001', '1250.5', 'Lô A', '0912345678', '', '12345678901234567', '2020'],
    ['002', '', 'Lô B', '0274 3822 111', '', '1', '-2021'],
    ['003', '3e2', '12', '0', '', '2', '+2022'],
  ];

  it('types a column numeric only when every filled cell is a plain number', () => {
    expect(numericColumns(header, rows, ',', new Set())).toEqual([
      false, // leading zeros: codes stay text
      true, // decimals, an empty cell, an exponent
      false, // text
      false, // phone numbers
      false, // nothing filled
      false, // 17 significant digits: an id a number would not keep
      true, // signs
    ]);
  });

  it('skips the coordinate columns', () => {
    expect(numericColumns(header, rows, ',', new Set([1, 6]))[1]).toBe(false);
  });

  it('reads a decimal comma where the delimiter is not the comma', () => {
    const r = [['12,5'], ['3']];
    expect(numericColumns(['a'], r, ';', new Set())).toEqual([true]);
    expect(cellNumber('12,5', ';')).toBe(12.5);
    expect(cellNumber(' ', ';')).toBeNull();
    // In a comma-separated file a quoted "12,5" is text, not 12.5 or 125.
    expect(numericColumns(['a'], r, ',', new Set())).toEqual([false]);
  });

  it('never guesses thousands separators: such a column stays text', () => {
    // "1.500" may be 1.5 or 1500 in a ';' file: not read as either.
    expect(numericColumns(['a'], [['1.500'], ['12,5']], ';', new Set())).toEqual([false]);
    expect(numericColumns(['a'], [['1.500'], ['2.750']], ';', new Set())).toEqual([false]);
    expect(numericColumns(['a'], [['1.234,5']], ';', new Set())).toEqual([false]);
    // Both separators in one column, each alone unambiguous: still text.
    expect(numericColumns(['a'], [['12.5'], ['3,25']], ';', new Set())).toEqual([false]);
    // A decimal point with other than three digits after it is a decimal point.
    expect(numericColumns(['a'], [['12.5'], ['1.25']], ';', new Set())).toEqual([true]);
    // In a comma-separated file "1.500" is one and a half, as every CSV reader takes it.
    expect(numericColumns(['a'], [['1.500']], ',', new Set())).toEqual([true]);
  });
});
