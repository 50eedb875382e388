// District choropleth metrics on the REAL built layers (data/build, `npm run data`), checked against
// the curated figures written out by hand and against a naive recount of the parks layer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import turfArea from '@turf/area';
import type { Feature, MultiPolygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { districtAreas } from '../../src/analysis/areas';
import { classify } from '../../src/analysis/classify';
import { createContext } from '../../src/analysis/context';
import { type DistrictMetricsRow, districtMetrics, metricColumn } from '../../src/analysis/district-metrics';
import { DEFAULT_BUILD_DIR, readBuiltLayers } from '../../src/analysis/node-data';
import { packLayers } from '../../src/analysis/pack';

const HAVE_DATA = ['districts', 'parks'].every((n) => existsSync(join(DEFAULT_BUILD_DIR, `${n}.fgb`)));

describe.skipIf(!HAVE_DATA)('district metrics on the real layers', () => {
  let raw: Awaited<ReturnType<typeof readBuiltLayers>>;
  let rows: DistrictMetricsRow[];
  const byCode = (code: string) => rows.find((r) => r.code === code)!;

  beforeAll(async () => {
    raw = await readBuiltLayers(DEFAULT_BUILD_DIR, ['districts', 'parks']);
    const ctx = createContext(packLayers(raw as Parameters<typeof packLayers>[0]));
    const areas = districtAreas(ctx);
    if (!areas.ok) throw new Error(areas.message);
    rows = districtMetrics({ districts: raw.districts!, parks: raw.parks!, areas: areas.value });
  });

  it('has the nine districts, 718–726', () => {
    expect(rows.map((r) => r.code).sort()).toEqual([
      '718',
      '719',
      '720',
      '721',
      '722',
      '723',
      '724',
      '725',
      '726',
    ]);
  });

  it('keeps the official areas and populations with their qualifiers (data/curated/districts.csv)', () => {
    expect(byCode('718').area_km2).toEqual({ value: 118.6661, qualifier: 'exact' });
    expect(byCode('720').area_km2).toEqual({ value: 720, qualifier: 'approximate' });
    expect(byCode('724').population).toEqual({ value: 403000, qualifier: 'at_least' });
    expect(byCode('725').population).toEqual({ value: 508000, qualifier: 'at_least' });
    // An undated placeholder from a secondary compilation: approximate (districts.csv notes).
    expect(byCode('726').population).toEqual({ value: 67917, qualifier: 'approximate' });
  });

  it('derives the density and its qualifier from the inputs', () => {
    // 321,607 / 118.6661 = 2,710.18 (both exact)
    expect(byCode('718').density.value).toBeCloseTo(2710.18, 1);
    expect(byCode('718').density.qualifier).toBe('exact');
    // > 403,000 / 60.1 (exact) = > 6,705.49: still a lower bound
    expect(byCode('724').density.value).toBeCloseTo(6705.49, 1);
    expect(byCode('724').density.qualifier).toBe('at_least');
    // 115,985 / ≈ 720 = ≈ 161.09
    expect(byCode('720').density.value).toBeCloseTo(161.09, 1);
    expect(byCode('720').density.qualifier).toBe('approximate');
  });

  it('counts and sums the parks as a naive recount of the parks layer does', () => {
    for (const r of rows) {
      const mine = raw.parks!.filter(
        (f) => f.properties!.district_code === r.code && f.properties!.totals_exclusion_reason === '',
      );
      const known = mine.filter((f) => typeof f.properties!.area_ha === 'number');
      const sum = known.reduce((s, f) => s + (f.properties!.area_ha as number), 0);
      expect(r.park_count, r.code).toEqual({ value: mine.length, qualifier: 'exact' });
      expect(r.park_area_ha.value, r.code).toBeCloseTo(sum, 6);
      expect(r.unknown_area_park_ids.length, r.code).toBe(mine.length - known.length);
      const district = raw.districts!.find((d) => d.properties!.code === r.code) as Feature<MultiPolygon>;
      const km2 = turfArea(district) / 1e6;
      expect(r.park_share_pct.value, r.code).toBeCloseTo((sum / 100 / km2) * 100, 6);
    }
  });

  it('qualifies the park figures: lower bound with unknown areas, approximate with a rounded area, exact zero without parks', () => {
    // Dĩ An (724): 3 of its 6 parks have no stated area.
    expect(byCode('724').park_count.value).toBe(6);
    expect(byCode('724').park_area_ha.qualifier).toBe('at_least');
    expect(byCode('724').park_share_pct.qualifier).toBe('at_least');
    // Bến Cát (721): one park's area is approximate.
    expect(byCode('721').park_area_ha.qualifier).toBe('approximate');
    // Bàu Bàng (719): 4 parks counted, the science-and-technology park (may be Lai Hưng's land) left out.
    expect(byCode('719').park_count.value).toBe(4);
    expect(byCode('719').park_area_ha.qualifier).toBe('exact');
    // Dầu Tiếng (720) and Phú Giáo (722) have no park in the layer: a true zero, not "no data".
    for (const code of ['720', '722']) {
      expect(byCode(code).park_count).toEqual({ value: 0, qualifier: 'exact' });
      expect(byCode(code).park_area_ha).toEqual({ value: 0, qualifier: 'exact' });
    }
  });

  it('feeds a classification whose classes carry the qualifiers', () => {
    const { values, qualifiers } = metricColumn(rows, 'density');
    const c = classify(values, { method: 'quantile', classes: 3, qualifiers });
    expect(c.noData).toEqual([]);
    expect(c.bins.reduce((s, b) => s + b.count, 0)).toBe(9);
    const dense = c.classOf[rows.findIndex((r) => r.code === '724')]!;
    expect(c.bins[dense]!.lowerBound).toBe(true);
  });
});
