import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCurated } from '../curated.ts';
import { CURATED_DIR } from '../lib/paths.ts';
import {
  doubtedExactIssues,
  doubtIn,
  hiddenQualifierIssues,
  impliedQualifier,
  qualifiedValues,
  qualifierHonours,
} from './qualifiers.ts';
import { errorsOf } from './types.ts';

describe('impliedQualifier', () => {
  it('reads lower bounds', () => {
    expect(impliedQualifier('the source says "more than 403,000"', 403000)).toBe('at_least');
    expect(impliedQualifier('69 (whole route); >52 (Bình Dương section)', 52)).toBe('at_least');
    expect(impliedQualifier('reported as "over 52 km"', 52)).toBe('at_least');
    expect(impliedQualifier('at least 10 stations', 10)).toBe('at_least');
  });
  it('reads approximations', () => {
    expect(impliedQualifier('≈720 (rounded)', 720)).toBe('approximate');
    expect(impliedQualifier('~48 km, 6 lanes', 48)).toBe('approximate');
    expect(impliedQualifier('BD section ≈26.6 km = 2.393 + 15.3 + 8.9', 26.6)).toBe('approximate');
    expect(impliedQualifier('about 1,000 ha', 1000)).toBe('approximate');
  });
  it('only qualifies the number it is attached to', () => {
    expect(impliedQualifier('69 (whole route); >52 (Bình Dương section)', 69)).toBeNull();
    expect(impliedQualifier('≈466,000 (466,053, 2021)', 466053)).toBeNull();
    expect(impliedQualifier('~32 km N of HCMC', 345)).toBeNull();
    expect(impliedQualifier('', 1)).toBeNull();
  });
  it('does not read an arrow as a lower bound', () => {
    expect(impliedQualifier('PM raised plan area 300->700 ha (2015)', 700)).toBeNull();
    expect(impliedQualifier('downsized 133=>107 ha', 107)).toBeNull();
  });
});

describe('qualifierHonours', () => {
  it('requires at_least for a lower bound, and anything but exact for an approximation', () => {
    expect(qualifierHonours('at_least', 'at_least')).toBe(true);
    expect(qualifierHonours('approximate', 'at_least')).toBe(false);
    expect(qualifierHonours('exact', 'approximate')).toBe(false);
    expect(qualifierHonours('approximate', 'approximate')).toBe(true);
    expect(qualifierHonours('approximate', null)).toBe(true);
    expect(qualifierHonours('exact', null)).toBe(true);
  });
});

describe('hiddenQualifierIssues', () => {
  const values = qualifiedValues(loadCurated());
  it('passes the committed curated data', () => {
    expect(hiddenQualifierIssues(values)).toEqual([]);
  });
  it('fails a lower bound or an approximation whose qualifier was lost', () => {
    const lose = (layer: string, id: string, field: string) =>
      values.map((v) =>
        v.layer === layer && v.id === id && v.field === field ? { ...v, qualifier: 'exact' as const } : v,
      );
    const found = (vs: typeof values) => hiddenQualifierIssues(vs).map((i) => `${i.layer}/${i.id}`);
    expect(found(lose('districts', '724', 'population'))).toEqual(['districts/724']);
    expect(found(lose('districts', '725', 'population'))).toEqual(['districts/725']);
    expect(found(lose('districts', '720', 'area_km2_official'))).toEqual(['districts/720']);
    expect(found(lose('corridors', 'ct_hcm_tdm_ct', 'length_km_reported'))).toEqual([
      'corridors/ct_hcm_tdm_ct',
    ]);
    expect(found(lose('corridors', 'dt_btu_pg_bb', 'length_km_reported'))).toEqual([
      'corridors/dt_btu_pg_bb',
    ]);
    expect(found(lose('corridors', 'vd3_bd', 'length_km_reported'))).toEqual(['corridors/vd3_bd']);
    expect(found(lose('parks', 'thoi_hoa', 'area_ha'))).toEqual(['parks/thoi_hoa']);
  });
});

describe('doubtedExactIssues: a figure its notes call a placeholder, an estimate or undated', () => {
  const values = qualifiedValues(loadCurated());
  const found = (vs: typeof values) => doubtedExactIssues(vs).map((i) => `${i.layer}/${i.id}/${i.message}`);
  const exact = (layer: string, id: string, field: string) =>
    values.map((v) =>
      v.layer === layer && v.id === id && v.field === field ? { ...v, qualifier: 'exact' as const } : v,
    );

  it('reads doubt words, plural or not, in any case', () => {
    expect(doubtIn('Population from a compilation with no reference year: a placeholder.')).toBe(
      'no reference year',
    );
    expect(doubtIn('Area and population: PLACEHOLDERS')).toBe('placeholder');
    expect(doubtIn('waypoints are ESTIMATES')).toBe('estimate');
    expect(doubtIn('Resolution 1012/NQ-UBTVQH15 (2024).')).toBeNull();
  });

  it('passes the committed curated data', () => {
    expect(doubtedExactIssues(values)).toEqual([]);
  });

  it('fails each placeholder population of the four rural districts tagged exact', () => {
    for (const code of ['719', '720', '722', '726']) {
      const issues = found(exact('districts', code, 'population'));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatch(new RegExp(`^districts/${code}/population \\d+ is tagged exact`));
    }
  });

  it('fails a rounded area tagged exact, from its precision note alone', () => {
    const issues = found(exact('districts', '722', 'area_km2_official'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('rounded');
  });

  it('fails a population without a reference year tagged exact, and only the figure the note names', () => {
    const v = {
      layer: 'districts',
      id: 'x',
      field: 'population',
      value: 1000,
      qualifier: 'exact' as const,
      texts: ['Area is an estimate. Population from the 2019 census.'],
      noun: /\bpopulation\b/i,
      year: '2019',
    };
    expect(found([v])).toEqual([]);
    expect(found([{ ...v, year: '' }])).toEqual([
      'districts/x/population 1000 is tagged exact, but its notes doubt it (it has no reference year); tag it approximate',
    ]);
    expect(found([{ ...v, texts: ['Population: a placeholder.'] }])).toHaveLength(1);
    expect(found([{ ...v, qualifier: 'approximate', texts: ['Population: a placeholder.'] }])).toEqual([]);
  });
});

describe('the build fails on a placeholder tagged exact in districts.csv', () => {
  it('an edited copy of the curated files (719 population back to exact) gives a build error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curated-'));
    try {
      cpSync(CURATED_DIR, dir, { recursive: true });
      const file = join(dir, 'districts.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      const header = lines[0]!.split(',');
      const col = header.indexOf('population_qualifier');
      const i = lines.findIndex((l) => l.startsWith('719,'));
      // The edit is checked: the cell before it must be the population 95574, approximate now.
      const cells = lines[i]!.split(',');
      const at = cells.indexOf('95574');
      expect(cells[at + 1]).toBe('approximate');
      expect(col).toBeGreaterThan(0);
      cells[at + 1] = 'exact';
      lines[i] = cells.join(',');
      writeFileSync(file, lines.join('\n'));
      const errors = errorsOf(doubtedExactIssues(qualifiedValues(loadCurated(dir))));
      expect(errors.map((e) => `${e.rule} ${e.layer}/${e.id}`)).toEqual(['curated.qualifier districts/719']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
