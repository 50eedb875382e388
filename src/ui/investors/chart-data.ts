// The data of the investors' three charts (issue 9 §4), pure, for the app's one chart wrapper
// (src/ui/charts/, from the time slider's work) and for the table alternatives beside them:
// - park area by district and status (stacked bars): stated areas in ha; a park of unknown area is
//   counted apart (never as 0 ha), and a park whose area is left out of totals (it may be the same
//   land as another row, `totals_exclusion_reason`) is left out here too, as in the Areas tab;
//   each cell also carries its qualified sum (qualifiedSum: "≈" with an approximate part, a lower
//   bound when a park in it has no stated area, unknown when none of its parks has one);
// - parks established per year, with the parks of unknown year as a bar of their own (planned
//   parks without a year, not yet established, counted among them and also apart);
// - one park's distance profile: its straight-line distance to the nearest of each kind.
import type { Feature } from 'geojson';
import {
  EXPLORER_DISTANCE_KINDS,
  type ExplorerDistanceKind,
  layerOfDistanceKind,
  type ParkDistancesRow,
} from '../../analysis/park-distances';
import { type Qualified, qualifiedSum, readQualified } from '../../analysis/qualified';
import type { SiteTarget } from '../../analysis/site-score';
import { PARK_STATUSES } from '../../data/schema';

export const CHART_STATUSES = [...PARK_STATUSES, 'unknown'] as const;
export type ChartStatus = (typeof CHART_STATUSES)[number];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export interface DistrictAreaBar {
  /** District code ('' for parks without one). */
  code: string;
  /** Stated area in ha per status (0 when no park of that status; see unknownArea). */
  ha: Record<ChartStatus, number>;
  /** Parks in the district whose area is unknown (not in `ha`). */
  unknownArea: number;
  /** Ids of those parks, in layer order. */
  unknownAreaIds: string[];
  /** Per status, the qualified sum of the stated areas (qualifiedSum: no park → exact 0; parks but
   *  none with an area → unknown; some without → a lower bound). */
  area: Record<ChartStatus, Qualified>;
}

export interface AreaByDistrict {
  bars: DistrictAreaBar[];
  /** Ids of the parks left out because their area does not count in totals. */
  excluded: string[];
}

/** Park area per district and status, districts by code (a park without a code last, as ''). */
export function areaByDistrictStatus(features: readonly Pick<Feature, 'properties'>[]): AreaByDistrict {
  const bars = new Map<string, DistrictAreaBar>();
  const excluded: string[] = [];
  const parts = new Map<DistrictAreaBar, Record<ChartStatus, Qualified[]>>();
  for (const f of features) {
    const p = f.properties ?? {};
    if (str(p.totals_exclusion_reason)) {
      excluded.push(String(p.id ?? ''));
      continue;
    }
    const code = str(p.district_code);
    let bar = bars.get(code);
    if (!bar) {
      bar = {
        code,
        ha: Object.fromEntries(CHART_STATUSES.map((s) => [s, 0])) as DistrictAreaBar['ha'],
        unknownArea: 0,
        unknownAreaIds: [],
        area: {} as DistrictAreaBar['area'],
      };
      bars.set(code, bar);
      parts.set(bar, Object.fromEntries(CHART_STATUSES.map((s) => [s, []])) as never);
    }
    const status = (PARK_STATUSES as readonly string[]).includes(str(p.status))
      ? (str(p.status) as ChartStatus)
      : 'unknown';
    const area = num(p.area_ha);
    parts.get(bar)![status].push(readQualified(area, p.area_qualifier));
    if (area === null) {
      bar.unknownArea += 1;
      bar.unknownAreaIds.push(String(p.id ?? ''));
    } else bar.ha[status] += area;
  }
  for (const [bar, byStatus] of parts)
    for (const s of CHART_STATUSES) bar.area[s] = qualifiedSum(byStatus[s]);
  const order = (c: string) => (c === '' ? Number.POSITIVE_INFINITY : Number(c) || 0);
  return {
    bars: [...bars.values()].sort((a, b) => order(a.code) - order(b.code) || a.code.localeCompare(b.code)),
    excluded,
  };
}

export interface ParksPerYear {
  /** Every year from the earliest to the latest known, gaps included (count 0). */
  years: { year: number; count: number }[];
  /** Parks whose year of establishment is unknown: shown as their own bar, not left out. */
  unknown: number;
  /** Of `unknown`, the parks whose status is planned (not yet established). */
  plannedUnknown: number;
}

/** Parks established per year, with the unknown year counted. */
export function parksPerYear(features: readonly Pick<Feature, 'properties'>[]): ParksPerYear {
  const counts = new Map<number, number>();
  let unknown = 0;
  let plannedUnknown = 0;
  for (const f of features) {
    const y = num(f.properties?.established_year);
    if (y === null || !Number.isInteger(y)) {
      unknown += 1;
      if (f.properties?.status === 'planned') plannedUnknown += 1;
    } else counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  if (counts.size === 0) return { years: [], unknown, plannedUnknown };
  const min = Math.min(...counts.keys());
  const max = Math.max(...counts.keys());
  const years = [];
  for (let y = min; y <= max; y++) years.push({ year: y, count: counts.get(y) ?? 0 });
  return { years, unknown, plannedUnknown };
}

export interface DistanceProfileItem {
  kind: ExplorerDistanceKind;
  /** Straight-line km; null when unknown. */
  km: number | null;
  target: SiteTarget | null;
  /** Why unknown: the layer is not loaded, or there is no feature of that kind. */
  missing: null | 'layer_unavailable' | 'none';
}

/** A park's straight-line distance to the nearest of each kind, in the explorer's kind order. */
export function distanceProfile(
  row: ParkDistancesRow | null,
  unavailableLayers: ReadonlySet<'corridors' | 'places'>,
): DistanceProfileItem[] {
  return EXPLORER_DISTANCE_KINDS.map((kind) => {
    if (unavailableLayers.has(layerOfDistanceKind(kind)))
      return { kind, km: null, target: null, missing: 'layer_unavailable' };
    const d = row?.distances[kind] ?? null;
    return d
      ? { kind, km: d.km, target: d.target, missing: null }
      : { kind, km: null, target: null, missing: 'none' };
  });
}
