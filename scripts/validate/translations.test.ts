import { describe, expect, it } from 'vitest';
import { loadCurated } from '../curated.ts';
import { numbersIn, textPairs, translationIssues } from './translations.ts';

describe('numbersIn', () => {
  it('reads each language its own way', () => {
    expect(numbersIn('Resolution 11/NQ-CP gives 11,866.61 ha; 2.393 + 15.3 km', 'en')).toEqual([
      2.393, 11, 15.3, 11866.61,
    ]);
    expect(numbersIn('Nghị quyết 11/NQ-CP ghi 11.866,61 ha; 2,393 + 15,3 km', 'vi')).toEqual([
      2.393, 11, 15.3, 11866.61,
    ]);
    expect(numbersIn('no length found', 'en')).toEqual([]);
  });
});

describe('translationIssues', () => {
  const pairs = textPairs(loadCurated());
  it('passes the committed curated data', () => {
    expect(translationIssues(pairs)).toEqual([]);
    expect(pairs.filter((p) => p.vi !== '').length).toBeGreaterThan(20);
  });
  it('fails a number changed, dropped or read in the wrong convention in translation', () => {
    const broken = (id: string, vi: string) =>
      pairs.map((p) => (p.id === id && p.field === 'length_reported_scope' ? { ...p, vi } : p));
    const found = (ps: typeof pairs) => translationIssues(ps).map((i) => `${i.layer}/${i.id}`);
    // dt746: "11.434 km" is 11434 in Vietnamese; the translation must write "11,434".
    const dt746 = pairs.find((p) => p.id === 'dt746' && p.field === 'length_reported_scope')!;
    expect(found(broken('dt746', dt746.vi.replace('11,434', '11.434')))).toEqual(['corridors/dt746']);
    expect(found(broken('dt746', dt746.vi.replace('11,434 km', '')))).toEqual(['corridors/dt746']);
    expect(found(broken('vd4_bd', ''))).toEqual(['corridors/vd4_bd']);
  });
});
