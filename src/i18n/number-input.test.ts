import { describe, expect, it } from 'vitest';
import { checkNumberBounds, formatNumberInput, inBounds, parseNumberInput } from './number-input';

const value = (text: string, lang: 'vi' | 'en') => {
  const r = parseNumberInput(text, lang);
  return r.ok ? r.value : r.error;
};

describe('parseNumberInput in Vietnamese', () => {
  it('reads a decimal comma and, as a courtesy, a decimal dot', () => {
    expect(value('2,5', 'vi')).toBe(2.5);
    expect(value('2.5', 'vi')).toBe(2.5);
    expect(value(' 0,25 ', 'vi')).toBe(0.25);
    expect(value(',5', 'vi')).toBe(0.5);
    expect(value('5', 'vi')).toBe(5);
  });
  it('reads a dot followed by exactly three digits as a thousands group', () => {
    expect(value('1.000', 'vi')).toBe(1000);
    expect(value('1.000,5', 'vi')).toBe(1000.5);
    expect(value('12.345.678', 'vi')).toBe(12345678);
    expect(value('2.50', 'vi')).toBe(2.5);
    expect(value('1,000', 'vi')).toBe(1);
  });
  it('refuses what is not plainly a number', () => {
    expect(value('', 'vi')).toBe('empty');
    expect(value('   ', 'vi')).toBe('empty');
    expect(value('abc', 'vi')).toBe('not_a_number');
    expect(value('2,5,5', 'vi')).toBe('not_a_number');
    expect(value('2,', 'vi')).toBe('not_a_number');
    expect(value('2 5', 'vi')).toBe('not_a_number');
    expect(value('1e3', 'vi')).toBe('not_a_number');
    expect(value('5 km', 'vi')).toBe('not_a_number');
    expect(value('1.00,5', 'vi')).toBe('misplaced_group');
    expect(value('1.000.5', 'vi')).toBe('misplaced_group');
  });
});

describe('parseNumberInput in English', () => {
  it('reads a decimal dot and, as a courtesy, a decimal comma', () => {
    expect(value('2.5', 'en')).toBe(2.5);
    expect(value('2,5', 'en')).toBe(2.5);
    expect(value('.5', 'en')).toBe(0.5);
  });
  it('reads a comma followed by exactly three digits as a thousands group', () => {
    expect(value('1,000', 'en')).toBe(1000);
    expect(value('1,000.5', 'en')).toBe(1000.5);
    expect(value('1,234,567', 'en')).toBe(1234567);
    expect(value('1.000', 'en')).toBe(1);
  });
  it('reads a sign and refuses the rest', () => {
    expect(value('-3.5', 'en')).toBe(-3.5);
    expect(value('+3', 'en')).toBe(3);
    expect(value('1,00.5', 'en')).toBe('misplaced_group');
    expect(value('1.5.5', 'en')).toBe('not_a_number');
    expect(value('--1', 'en')).toBe('not_a_number');
    expect(value('NaN', 'en')).toBe('not_a_number');
    expect(value('Infinity', 'en')).toBe('not_a_number');
  });
});

describe('formatNumberInput', () => {
  it('writes the number back in the language, readable by the parser', () => {
    expect(formatNumberInput(2.5, 'vi')).toBe('2,5');
    expect(formatNumberInput(2.5, 'en')).toBe('2.5');
    expect(formatNumberInput(1000, 'vi')).toBe('1000');
    for (const n of [0.1, 2.5, 1000, 1234.5, 200])
      for (const lang of ['vi', 'en'] as const) expect(value(formatNumberInput(n, lang), lang)).toBe(n);
  });
});

describe('checkNumberBounds', () => {
  const within = { min: 0, minExclusive: true, max: 200 };
  const checked = (text: string) => {
    const r = checkNumberBounds(parseNumberInput(text, 'en'), within);
    return r.ok ? r.value : r.error;
  };
  it('keeps a number inside the bounds and refuses one outside them', () => {
    expect(checked('250')).toBe('out_of_range');
    expect(checked('0')).toBe('out_of_range');
    expect(checked('-1')).toBe('out_of_range');
    expect(checked('200.0001')).toBe('out_of_range');
    expect(checked('200')).toBe(200);
    expect(checked('0.001')).toBe(0.001);
    expect(checkNumberBounds(parseNumberInput('1,000', 'en'), within)).toEqual({
      ok: false,
      error: 'out_of_range',
      value: 1000,
    });
  });
  it('leaves a refusal of the text as it was, and checks nothing without bounds', () => {
    expect(checked('')).toBe('empty');
    expect(checked('x')).toBe('not_a_number');
    expect(checkNumberBounds(parseNumberInput('-1', 'vi'), undefined)).toEqual({ ok: true, value: -1 });
  });
  it('inBounds: inclusive by default, exclusive when asked, never for NaN', () => {
    expect(inBounds(1, { min: 1 })).toBe(true);
    expect(inBounds(1, { min: 1, minExclusive: true })).toBe(false);
    expect(inBounds(10, { max: 10 })).toBe(true);
    expect(inBounds(10, { max: 10, maxExclusive: true })).toBe(false);
    expect(inBounds(Number.NaN, undefined)).toBe(false);
  });
});
