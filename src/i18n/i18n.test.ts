import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatters, translate } from './index';
import { vi } from './vi';

describe('locale tables', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('each has every key of the other', () => {
    const missingInEn = Object.keys(vi).filter((k) => !(k in en));
    const missingInVi = Object.keys(en).filter((k) => !(k in vi));
    expect(missingInEn).toEqual([]);
    expect(missingInVi).toEqual([]);
    expect(Object.keys(vi).length).toBeGreaterThan(50);
  });

  it('call an approximate geometry approximate, not a boundary (it also describes lines and points)', () => {
    expect(vi['quality.approximate.explain']).not.toMatch(/ranh giới/i);
    expect(en['quality.approximate.explain']).not.toMatch(/boundary/i);
  });

  it('use the same {placeholders} for each key', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect({ key, holes: holes(en[key]) }).toEqual({ key, holes: holes(vi[key]) });
    }
    expect(holes(vi['info.populationValue'])).toEqual(['population', 'year']);
  });

  it('have no empty strings', () => {
    for (const table of [vi, en]) {
      for (const [key, v] of Object.entries(table)) expect({ key, v: v.trim() }).not.toEqual({ key, v: '' });
    }
  });

  it('carry the language-toggle labels the browser tests expect', () => {
    // The visible label first, so the name contains what is seen (WCAG 2.5.3).
    expect(vi['lang.toggle.aria']).toBe('EN – Switch to English');
    expect(en['lang.toggle.aria']).toBe('VI – Chuyển sang tiếng Việt');
  });
});

describe('translate and format', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'layers.count', { count: '37' })).toBe('37 features');
    expect(translate('vi', 'layers.count', { count: '37' })).toBe('37 đối tượng');
  });

  it('formats numbers per language with units', () => {
    const fvi = formatters('vi');
    const fen = formatters('en');
    expect(fvi.km2(118.6661)).toBe('118,7 km²');
    expect(fen.km2(118.6661)).toBe('118.7 km²');
    expect(fen.ha(1234)).toBe('1,234 ha');
    expect(fvi.ha(1234)).toBe('1.234 ha');
    expect(fen.km(55.25)).toBe('55.3 km');
    expect(fen.pct(1.01)).toBe('+1 %');
    expect(fen.name({ name_vi: 'Thủ Dầu Một', name_en: 'Thu Dau Mot' })).toBe('Thu Dau Mot');
    expect(fvi.name({ name_vi: 'Thủ Dầu Một', name_en: 'Thu Dau Mot' })).toBe('Thủ Dầu Một');
    expect(fen.name({ name_vi: 'Tỉnh Bình Dương' })).toBe('Tỉnh Bình Dương');
  });
});
