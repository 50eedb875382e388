// When a park is on the map (issue 8 §3, time slider): its year and whether it is planned, and the
// rules of which stop shows it. Apart from park-growth.ts (areas, sums, the chart) so the map and the
// legend, which every page runs, do not carry Turf's area code. The rules are stated in park-growth.ts.
import type { Feature, Geometry } from 'geojson';

/** A slider stop: a calendar year, or the last stop that adds the planned parks. */
export type YearStop = number | 'planned';

/** What the slider needs to place a park in time. */
export interface ParkTime {
  id: string;
  /** Year established; null when unknown. */
  year: number | null;
  planned: boolean;
}

const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** A park feature's time facts; null for a feature without a string id (it is skipped). */
export function parkTime(f: Feature<Geometry | null>): ParkTime | null {
  const p = f.properties ?? {};
  const id = typeof p.id === 'string' ? p.id : typeof f.id === 'string' ? f.id : null;
  if (id === null) return null;
  return {
    id,
    year: isYear(p.established_year) ? p.established_year : null,
    planned: p.status === 'planned',
  };
}

/** Whether the slider at `stop` shows the park as established (year-unknown parks: never). */
export function shownAt(park: Pick<ParkTime, 'year' | 'planned'>, stop: YearStop): boolean {
  if (stop === 'planned') return park.planned || park.year !== null;
  return !park.planned && park.year !== null && park.year <= stop;
}

/** Whether the park is drawn apart as "year unknown" (no year and not planned). */
export const yearUnknown = (park: Pick<ParkTime, 'year' | 'planned'>): boolean =>
  park.year === null && !park.planned;
