import { describe, expect, it } from 'vitest';
import { checkProvinceArea, compareAreas, districtAreaIssues, districtSetIssues } from './areas.ts';

describe('district areas', () => {
  it('passes areas within 3 %', () => {
    const c = compareAreas([{ id: '723', name: 'Tân Uyên', official_km2: 192.5, computed_km2: 192.16 }]);
    expect(c[0]!.pass).toBe(true);
    expect(districtAreaIssues(c)).toEqual([]);
  });
  it('fails a swapped geometry (402.69 km² for an official 192.5 km²)', () => {
    const c = compareAreas([
      { id: '723', name: 'Tân Uyên', official_km2: 192.5, computed_km2: 402.69 },
      { id: '726', name: 'Bắc Tân Uyên', official_km2: 400, computed_km2: 192.16 },
    ]);
    expect(districtAreaIssues(c).map((i) => i.id)).toEqual(['723', '726']);
  });
  it('fails just outside the tolerance and on NaN', () => {
    expect(compareAreas([{ id: 'a', name: 'a', official_km2: 100, computed_km2: 103.01 }])[0]!.pass).toBe(
      false,
    );
    expect(compareAreas([{ id: 'a', name: 'a', official_km2: 100, computed_km2: Number.NaN }])[0]!.pass).toBe(
      false,
    );
  });
});

describe('province cross-check', () => {
  const official = [118.6661, 339.16, 720, 234.35, 543, 192.5, 60.1, 83.71, 400];
  it('passes the real figures', () => {
    expect(checkProvinceArea(2694.4, official, 2705.67).issues).toEqual([]);
  });
  it('fails when a district figure is mistyped (60.1 → 601)', () => {
    const bad = [...official];
    bad[6] = 601;
    expect(checkProvinceArea(2694.4, bad, 2705.67).issues.map((i) => i.rule)).toEqual([
      'province.sum_official',
    ]);
  });
  it('fails when the province outline does not match the figure', () => {
    expect(checkProvinceArea(2694.4, official, 2800).issues.map((i) => i.rule)).toEqual([
      'province.computed',
    ]);
  });
});

describe('district set', () => {
  it('passes every code once and fails missing, duplicate or unexpected codes', () => {
    expect(districtSetIssues(['718', '719'], ['719', '718'])).toEqual([]);
    expect(districtSetIssues(['718', '719'], ['718', '718', '799']).map((i) => i.id)).toEqual([
      '718',
      '719',
      '799',
    ]);
  });
});
