import { describe, expect, it } from 'vitest';
import {
  compareToReference,
  parseFactsDistricts,
  type ReferenceEntry,
  referenceNumbers,
} from './reference.ts';

const entry = (over: Partial<ReferenceEntry>): ReferenceEntry => ({
  layer: 'parks',
  id: 'p',
  field: 'area_ha',
  curated: 279.27,
  reference: '279.27',
  correction: '',
  ...over,
});

describe('referenceNumbers', () => {
  it('reads thousands separators, several figures and hectares', () => {
    expect(referenceNumbers('69 (whole route); >52 (Bình Dương section)')).toEqual([69, 52]);
    expect(referenceNumbers('≈466,000 (466,053, 2021)')).toEqual([466000, 466053, 2021]);
    expect(referenceNumbers('118.6661 (11,866.61 ha)')).toEqual([118.6661, 11866.61, 118.6661]);
    expect(referenceNumbers('')).toEqual([]);
  });
});

describe('compareToReference', () => {
  it('passes equal values, one of several figures, and empty = empty', () => {
    const r = compareToReference([
      entry({}),
      entry({ field: 'length_km_reported', curated: 52, reference: '69 (whole route); >52 (BD section)' }),
      entry({ field: 'established_year', curated: null, reference: '' }),
    ]);
    expect(r.issues).toEqual([]);
  });
  it('fails a transcription error', () => {
    expect(compareToReference([entry({ curated: 297.27 })]).issues.map((i) => i.rule)).toEqual([
      'reference.value',
    ]);
  });
  it('fails an unknown value turned into 0, and a value invented for an empty cell', () => {
    expect(compareToReference([entry({ curated: 0, reference: '' })]).issues).toHaveLength(1);
    expect(compareToReference([entry({ curated: null, reference: '17' })]).issues).toHaveLength(1);
  });
  it('accepts a difference only when the correction names the field', () => {
    const moved = { field: 'lat', curated: 11.145, reference: '11.12500' };
    expect(
      compareToReference([entry({ ...moved, correction: 'lat/lon moved from … because …' })]).issues,
    ).toEqual([]);
    expect(compareToReference([entry({ ...moved, correction: 'area checked' })]).issues).toHaveLength(1);
  });
  it('fails a curated qualifier weaker than the reference writes the figure', () => {
    const pop = {
      layer: 'districts',
      id: '724',
      field: 'population',
      curated: 403000,
      reference: '>403,000',
    };
    expect(compareToReference([entry({ ...pop, qualifier: 'at_least' })]).issues).toEqual([]);
    expect(compareToReference([entry({ ...pop, qualifier: 'exact' })]).issues.map((i) => i.rule)).toEqual([
      'reference.qualifier',
    ]);
    const area = {
      layer: 'districts',
      id: '720',
      field: 'area_km2_official',
      curated: 720,
      reference: '≈720 (rounded)',
    };
    expect(compareToReference([entry({ ...area, qualifier: 'exact' })]).issues.map((i) => i.rule)).toEqual([
      'reference.qualifier',
    ]);
    expect(compareToReference([entry({ ...area, qualifier: 'approximate' })]).issues).toEqual([]);
    // "≈192 (192.5)": 192.5 itself is not qualified, a more cautious curated qualifier is fine.
    const tu = { field: 'area_km2_official', curated: 192.5, reference: '≈192 (192.5)' };
    expect(compareToReference([entry({ ...tu, qualifier: 'approximate' })]).issues).toEqual([]);
    const ct = { field: 'length_km_reported', curated: 52, reference: '69 (whole route); >52 (BD section)' };
    expect(compareToReference([entry({ ...ct, qualifier: 'exact' })]).issues).toHaveLength(1);
  });
  it('fails rows missing on either side', () => {
    expect(compareToReference([entry({ reference: null })]).issues.map((i) => i.rule)).toEqual([
      'reference.missing_row',
    ]);
    expect(
      compareToReference([entry({ field: 'row', curated: null, reference: 'present' })]).issues,
    ).toHaveLength(1);
  });
});

describe('parseFactsDistricts', () => {
  it('reads the district rows and the province row of the facts table', () => {
    const md = [
      '| GSO code | Unit | Area km² | Population | basis | Source |',
      '|---|---|---|---|---|---|',
      '| 718 | TP Thủ Dầu Một | 118.67 | 321,607 | 2019 | https://a |',
      '| 724 | TP Dĩ An | 60.1 | >403,000 | 2020 | https://b |',
      '| — | **Province** | 2,694.4 (other sources: 2,681.01; 2,695) | x | various | https://c |',
    ].join('\n');
    expect(parseFactsDistricts(md)).toEqual([
      { code: '718', area: '118.67', population: '321,607' },
      { code: '724', area: '60.1', population: '>403,000' },
      { code: 'province', area: '2,694.4 (other sources: 2,681.01; 2,695)', population: 'x' },
    ]);
  });
});
