// The growth of industrial land over time (issue 8 §3, time slider): which parks a year shows, the
// cumulative park area by year for the chart, and the parks the slider cannot place. Pure: plain
// features in, plain data out (no stores, no map).
//
// Rules, chosen and stated here:
// - A park is shown at year Y when its `established_year` ≤ Y. A park of status `planned` is shown
//   only at the slider's last stop, 'planned' (with or without a year: it is not established yet).
// - A park with no year that is not planned is "year unknown": it cannot be placed in time, so it is
//   never counted in the cumulative area; the map draws it apart at every year.
// - A park's area is the one the info panel shows: the stated `area_ha` with its qualifier; without
//   one, the Turf area of a polygon footprint (approximate); a park drawn as a point with no stated
//   area has no known area and is counted apart (`unknownArea`), never as 0.
// - A park with a `totals_exclusion_reason` (it may describe the same land as another park) is shown
//   but its area is left out of every sum, as in the analysis' totals.
import turfArea from '@turf/area';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { type Qualified, qualifiedSum, readQualified, UNKNOWN } from '../analysis/qualified';

import { type ParkTime, parkTime, shownAt, type YearStop, yearUnknown } from './park-time';

export { shownAt, type YearStop, yearUnknown };

/** The earliest stop when no park is older (the "1990s"). */
export const FIRST_STOP_YEAR = 1990;

/** The facts of one park the time slider needs. */
export interface GrowthPark extends ParkTime {
  /** Area in hectares with its qualifier; UNKNOWN when no area is known. */
  area: Qualified;
  /** False when the park's area is left out of totals (may double-count another park's land). */
  inTotals: boolean;
}

/** A group of parks and their land: the known areas summed, the parks of unknown area counted apart. */
export interface ParkGroup {
  ids: string[];
  count: number;
  /** Sum of the known areas (ha) with the qualifier of the sum; exact 0 for an empty group. */
  area: Qualified;
  /** Parks of the group whose area is unknown (not in `area`). */
  unknownAreaIds: string[];
  /** Parks of the group whose area is known but left out of totals (not in `area`). */
  notInTotalsIds: string[];
}

/** One point of the cumulative chart: the parks shown at `stop` and their land. */
export interface GrowthPoint extends ParkGroup {
  stop: YearStop;
}

const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Hectares of a polygon footprint by Turf (m² / 10 000); null for any other geometry. */
function footprintHa(geometry: Geometry | null): number | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  const m2 = turfArea(geometry as Polygon | MultiPolygon);
  return Number.isFinite(m2) && m2 > 0 ? m2 / 10_000 : null;
}

/** The area (ha) the info panel shows for a park: stated with its qualifier, else its footprint's. */
export function parkAreaHa(feature: Feature<Geometry | null>): Qualified {
  const p = feature.properties ?? {};
  const stated = readQualified(p.area_ha, p.area_qualifier);
  if (stated.value !== null) return stated;
  const ha = footprintHa(feature.geometry);
  return ha === null ? UNKNOWN : { value: ha, qualifier: 'approximate' };
}

/** The time facts and area of every park feature (features without a string id are skipped). */
export function growthParks(features: readonly Feature<Geometry | null>[]): GrowthPark[] {
  const out: GrowthPark[] = [];
  for (const f of features) {
    const time = parkTime(f);
    if (!time) continue;
    const reason = f.properties?.totals_exclusion_reason;
    out.push({
      ...time,
      area: parkAreaHa(f),
      inTotals: typeof reason !== 'string' || reason.trim() === '',
    });
  }
  return out;
}

/** Sums a group's land: known areas of parks in totals; unknown areas and exclusions listed apart. */
export function parkGroup(parks: readonly GrowthPark[]): ParkGroup {
  const summed = parks.filter((p) => p.inTotals && p.area.value !== null);
  return {
    ids: parks.map((p) => p.id),
    count: parks.length,
    area: qualifiedSum(summed.map((p) => p.area)),
    unknownAreaIds: parks.filter((p) => p.area.value === null).map((p) => p.id),
    notInTotalsIds: parks.filter((p) => !p.inTotals && p.area.value !== null).map((p) => p.id),
  };
}

/**
 * The slider's stops: every year from min(FIRST_STOP_YEAR, earliest known year) to `currentYear`
 * (or the latest known year, if later), then 'planned'.
 */
export function yearStops(parks: readonly GrowthPark[], currentYear: number): YearStop[] {
  const years = parks.map((p) => p.year).filter(isYear);
  const first = Math.min(FIRST_STOP_YEAR, ...years);
  const last = Math.max(currentYear, first, ...years);
  const stops: YearStop[] = [];
  for (let y = first; y <= last; y++) stops.push(y);
  stops.push('planned');
  return stops;
}

/** The cumulative land at each stop (the chart's series), in the order of `stops`. */
export function growthSeries(parks: readonly GrowthPark[], stops: readonly YearStop[]): GrowthPoint[] {
  return stops.map((stop) => ({ stop, ...parkGroup(parks.filter((p) => shownAt(p, stop))) }));
}

/** What the time slider says about its data: known years, year unknown, planned. */
export interface GrowthSummary {
  /** Parks with a known year (planned or not). */
  knownYear: ParkGroup;
  /** Parks with no year and not planned: drawn apart, never placed in time. */
  yearUnknown: ParkGroup;
  /** Planned parks (shown at the last stop only). */
  planned: ParkGroup;
  /** Every park with no year (year unknown plus planned without a year). */
  noYear: ParkGroup;
}

export function growthSummary(parks: readonly GrowthPark[]): GrowthSummary {
  return {
    knownYear: parkGroup(parks.filter((p) => p.year !== null)),
    yearUnknown: parkGroup(parks.filter(yearUnknown)),
    planned: parkGroup(parks.filter((p) => p.planned)),
    noYear: parkGroup(parks.filter((p) => p.year === null)),
  };
}

/** The ids the map draws at `stop`: established (or planned at the last stop) and year unknown. */
export function parksAt(
  parks: readonly GrowthPark[],
  stop: YearStop,
): { shown: string[]; yearUnknown: string[] } {
  return {
    shown: parks.filter((p) => shownAt(p, stop)).map((p) => p.id),
    yearUnknown: parks.filter(yearUnknown).map((p) => p.id),
  };
}

/**
 * The park features the map draws at `stop` (null: slider off, all of them): the established (or, at
 * the last stop, planned) ones and the year-unknown ones, which the style draws apart. For any
 * consumer that shows what a map side shows (the map, shown-features, counts).
 */
export function featuresAtStop<F extends Feature<Geometry | null>>(
  features: readonly F[],
  stop: YearStop | null,
): F[] {
  if (stop === null) return features.slice();
  return features.filter((f) => {
    const [park] = growthParks([f]);
    return park !== undefined && (shownAt(park, stop) || yearUnknown(park));
  });
}
