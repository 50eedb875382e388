// Edge cases on a crafted input; the real layers are in tests/unit/district-metrics-real-data.test.ts.
import { describe, expect, it } from 'vitest';
import type { DistrictAreaReport } from './areas';
import { DISTRICT_METRIC_IDS, districtMetrics, metricColumn, metricKeys } from './district-metrics';

const district = (code: string, extra: Record<string, unknown>) => ({
  properties: { id: `d${code}`, code, name_vi: `Huyện ${code}`, name_en: `District ${code}`, ...extra },
});
const park = (id: string, area_ha: number | null, area_qualifier: string | null) => ({
  properties: { id, area_ha, area_qualifier },
});

// Only the fields districtMetrics reads.
const areas = {
  districts: [
    { code: '1', area_km2: 50, park_ids: ['a', 'b', 'ghost'], total: { count: 3 } },
    { code: '2', area_km2: 20, park_ids: [], total: { count: 0 } },
  ],
} as unknown as DistrictAreaReport;

describe('districtMetrics on crafted input', () => {
  const rows = districtMetrics({
    districts: [
      district('1', {
        area_km2_official: 50,
        area_official_qualifier: 'exact',
        population: 1000,
        population_qualifier: 'exact',
      }),
      district('2', {
        area_km2_official: 20,
        area_official_qualifier: 'bogus',
        population: null,
        population_qualifier: null,
      }),
      district('3', { area_km2_official: '7', population: 5, population_qualifier: 'exact' }),
    ],
    parks: [park('a', 100, 'exact'), park('b', 150, 'exact')],
    areas,
  });

  it('sums the counted parks, a park missing from the layer making the sum a lower bound', () => {
    expect(rows[0]!.park_area_ha).toEqual({ value: 250, qualifier: 'at_least' });
    expect(rows[0]!.unknown_area_park_ids).toEqual(['ghost']);
    expect(rows[0]!.park_share_pct).toEqual({ value: 5, qualifier: 'at_least' }); // 250 ha of 50 km²
    expect(rows[0]!.density).toEqual({ value: 20, qualifier: 'exact' });
  });
  it('reads an unknown qualifier as approximate and a missing population as unknown', () => {
    expect(rows[1]!.area_km2).toEqual({ value: 20, qualifier: 'approximate' });
    expect(rows[1]!.population).toEqual({ value: null, qualifier: null });
    expect(rows[1]!.density).toEqual({ value: null, qualifier: null });
    expect(rows[1]!.park_count).toEqual({ value: 0, qualifier: 'exact' });
  });
  it('gives unknown park figures, not zeros, to a district the Areas report lacks', () => {
    expect(rows[2]!.area_km2).toEqual({ value: null, qualifier: null });
    expect(rows[2]!.park_count).toEqual({ value: null, qualifier: null });
    expect(rows[2]!.park_area_ha.value).toBeNull();
  });
  it('gives a metric as classify columns, and its locale keys', () => {
    expect(metricColumn(rows, 'density')).toEqual({
      values: [20, null, null],
      qualifiers: ['exact', null, null],
    });
    expect(DISTRICT_METRIC_IDS.map((m) => metricKeys(m).unit)).toContain('metric.unit.density');
  });
});
