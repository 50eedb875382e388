// The figures a district choropleth can show, one row per district, each with its qualifier:
// official area and population (districts layer, from data/curated/districts.csv with their
// sources), population density (derived), and industrial parks per district from the Areas
// analysis (areas.ts districtAreas: park → district assignment, statuses counted, parks excluded
// from totals), so the map and the Areas table never disagree. Pure: no worker, map or UI.
import type { Feature } from 'geojson';
import type { DistrictAreaReport } from './areas';
import { type Qualified, qualifiedRatio, qualifiedSum, readQualified, UNKNOWN } from './qualified';

export const DISTRICT_METRIC_IDS = [
  'area_km2',
  'population',
  'density',
  'park_area_ha',
  'park_share_pct',
  'park_count',
] as const;
export type DistrictMetricId = (typeof DISTRICT_METRIC_IDS)[number];

export interface DistrictMetricsRow {
  id: string;
  /** GSO code, 718–726. */
  code: string;
  name_vi: string;
  name_en: string;
  /** Official area, km² (area_km2_official with area_official_qualifier). */
  area_km2: Qualified;
  /** Population, people (with population_qualifier; unknown when the data has none). */
  population: Qualified;
  /** population / official area, people per km². */
  density: Qualified;
  /** Sum of the stated areas of the district's counted parks, ha (at_least when some are unknown). */
  park_area_ha: Qualified;
  /** park_area_ha / the boundary's geodesic area (as the Areas table), in %. */
  park_share_pct: Qualified;
  /** Counted parks (statuses chosen for the Areas report, excluded rows left out). Exact. */
  park_count: Qualified;
  /** Counted parks whose area is unknown (so park_area_ha is a lower bound). */
  unknown_area_park_ids: string[];
}

export interface DistrictMetricsInput {
  /** Features (or anything with `properties`) of the districts layer, DistrictProperties. */
  districts: readonly Pick<Feature, 'properties'>[];
  /** Features of the parks layer, ParkProperties; only `id`, `area_ha`, `area_qualifier` are read. */
  parks: readonly Pick<Feature, 'properties'>[];
  /** districtAreas() over the same layers (its park statuses decide which parks count). */
  areas: DistrictAreaReport;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * One row per district, in the districts layer's order. A district missing from `areas` (which
 * cannot happen when both come from the same layers) gets unknown park figures rather than zeros;
 * a park id in `areas` missing from `parks` counts as a park of unknown area. Never throws on odd
 * property values: a non-number is unknown, an unrecognised qualifier approximate.
 */
export function districtMetrics({ districts, parks, areas }: DistrictMetricsInput): DistrictMetricsRow[] {
  const parkArea = new Map<string, Qualified>();
  for (const f of parks) {
    const p = f.properties ?? {};
    parkArea.set(text(p.id), readQualified(p.area_ha, p.area_qualifier));
  }
  const areaRows = new Map(areas.districts.map((r) => [r.code, r]));
  return districts.map((f) => {
    const p = f.properties ?? {};
    const code = text(p.code);
    const area = readQualified(p.area_km2_official, p.area_official_qualifier);
    const population = readQualified(p.population, p.population_qualifier);
    const row = areaRows.get(code);
    let parkAreaHa: Qualified = UNKNOWN;
    let share: Qualified = UNKNOWN;
    let count: Qualified = UNKNOWN;
    let unknownIds: string[] = [];
    if (row) {
      const parts = row.park_ids.map((id) => parkArea.get(id) ?? UNKNOWN);
      parkAreaHa = qualifiedSum(parts);
      unknownIds = row.park_ids.filter((_id, i) => parts[i]!.value === null);
      // ha / km² = % of the land (1 km² = 100 ha). The boundary area is computed, so exact here.
      share = qualifiedRatio(parkAreaHa, { value: row.area_km2, qualifier: 'exact' });
      count = { value: row.total.count, qualifier: 'exact' };
    }
    return {
      id: text(p.id),
      code,
      name_vi: text(p.name_vi),
      name_en: text(p.name_en),
      area_km2: area,
      population,
      density: qualifiedRatio(population, area),
      park_area_ha: parkAreaHa,
      park_share_pct: share,
      park_count: count,
      unknown_area_park_ids: unknownIds,
    };
  });
}

/** One metric as the columns classify() takes: values (null = no data) and their qualifiers. */
export function metricColumn(
  rows: readonly DistrictMetricsRow[],
  metric: DistrictMetricId,
): { values: (number | null)[]; qualifiers: (Qualified['qualifier'] | null)[] } {
  return { values: rows.map((r) => r[metric].value), qualifiers: rows.map((r) => r[metric].qualifier) };
}

/** Locale keys of a metric's title and unit (`metric.<id>`, `metric.unit.<id>` in vi.ts/en.ts). */
export function metricKeys(metric: DistrictMetricId): {
  title: `metric.${DistrictMetricId}`;
  unit: `metric.unit.${DistrictMetricId}`;
} {
  return { title: `metric.${metric}`, unit: `metric.unit.${metric}` };
}
