import { describe, expect, it } from 'vitest';
import { formatQualified, formatters, shownQualifier } from './index';

describe('formatQualified: a figure never loses its qualifier', () => {
  it('shows exact figures bare', () => {
    expect(formatQualified(60.1, 'exact', 'km2', 'vi')).toBe('60,1 km²');
    expect(formatQualified(321607, 'exact', 'people', 'en')).toBe('321,607 people');
  });
  it('shows approximate figures with ≈ in both languages', () => {
    expect(formatQualified(720, 'approximate', 'km2', 'vi')).toBe('≈ 720 km²');
    expect(formatQualified(720, 'approximate', 'km2', 'en')).toBe('≈ 720 km²');
    expect(formatQualified(192.5, 'approximate', 'km2', 'vi')).toBe('≈ 192,5 km²');
    expect(formatQualified(200, 'approximate', 'ha', 'en')).toBe('≈ 200 ha');
    expect(formatQualified(26.6, 'approximate', 'km', 'en')).toBe('≈ 26.6 km');
  });
  it('shows lower bounds with > in both languages', () => {
    expect(formatQualified(403000, 'at_least', 'people', 'vi')).toBe('> 403.000 người');
    expect(formatQualified(403000, 'at_least', 'people', 'en')).toBe('> 403,000 people');
    expect(formatQualified(508000, 'at_least', 'people', 'vi')).toBe('> 508.000 người');
    expect(formatQualified(52, 'at_least', 'km', 'vi')).toBe('> 52 km');
  });
  it('never shows a figure with a missing or unknown qualifier as exact', () => {
    expect(shownQualifier(undefined)).toBe('approximate');
    expect(shownQualifier('rounded')).toBe('approximate');
    expect(formatQualified(720, undefined, 'km2', 'en')).toBe('≈ 720 km²');
    expect(formatQualified(720, null, 'km2', 'vi')).toBe('≈ 720 km²');
  });
  it('says the precision in words from the locale table', () => {
    expect(formatters('vi').qualifierWords('approximate')).toBe('Gần đúng (số làm tròn hoặc số tạm)');
    expect(formatters('en').qualifierWords('approximate')).toBe(
      'Approximate (a rounded or placeholder figure)',
    );
    expect(formatters('en').qualifierWords('at_least')).toMatch(/^Lower bound/);
    expect(formatters('vi').qualifierWords('at_least')).toMatch(/^Giá trị tối thiểu/);
    expect(formatters('vi').qualifierWords('exact')).toMatch(/^Chính xác/);
  });
});
