import { describe, expect, it } from 'vitest';
import { resolvePlurals } from './plural';

const PARKS = '{count, plural, one {# park} other {# parks}} in {district}';

describe('plural branches', () => {
  it('choose English one/other by the number, as a number or as a formatted numeral', () => {
    expect(resolvePlurals(PARKS, 'en', { count: 1 })).toBe('1 park in {district}');
    expect(resolvePlurals(PARKS, 'en', { count: 0 })).toBe('0 parks in {district}');
    expect(resolvePlurals(PARKS, 'en', { count: '1' })).toBe('1 park in {district}');
    expect(resolvePlurals(PARKS, 'en', { count: '1,234' })).toBe('1,234 parks in {district}');
    expect(resolvePlurals(PARKS, 'en', { count: '1.5' })).toBe('1.5 parks in {district}');
  });

  it('use other for Vietnamese, which has no plural forms', () => {
    expect(resolvePlurals('{n, plural, one {# khu (một)} other {# khu}}', 'vi', { n: 1 })).toBe('1 khu');
  });

  it('prefer an exact =N branch, and allow placeholders and nesting inside a branch', () => {
    const text = '{n, plural, =0 {none} one {one {thing}} other {# {thing}s}}';
    expect(resolvePlurals(text, 'en', { n: 0 })).toBe('none');
    expect(resolvePlurals(text, 'en', { n: 1 })).toBe('one {thing}');
    expect(resolvePlurals(text, 'en', { n: 3 })).toBe('3 {thing}s');
  });

  it('leave the text as written when the parameter is missing or the plural is malformed', () => {
    expect(resolvePlurals(PARKS, 'en', {})).toBe(PARKS);
    expect(resolvePlurals('{n, plural, one {# a} other {# b}', 'en', { n: 2 })).toBe(
      '{n, plural, one {# a} other {# b}',
    );
    expect(resolvePlurals('plain {n}', 'en', { n: 2 })).toBe('plain {n}');
  });

  it('fall back to other for a value that is not a number', () => {
    expect(resolvePlurals(PARKS, 'en', { count: 'many' })).toBe('many parks in {district}');
  });
});
