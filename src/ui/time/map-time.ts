// What the time slider changes on the map (issue 8 §3): the parks layer's features at a stop, each
// marked with whether it is placed in time, and the style override that draws the year-unknown
// parks apart. Plain data for the map input (MapView's mapInput); no map code here.
import type { Feature, Geometry } from 'geojson';
import type { LayerStyle, MissingStyle } from '../../layers/style';
import { parkTime, shownAt, type YearStop, yearUnknown } from '../../lib/park-time';

/**
 * The property the map input adds to each park drawn while the slider is on: 'established' (year
 * known, ≤ the stop) or 'planned' (the last stop's planned parks); absent on a year-unknown park.
 * A derived field rather than `established_year` itself, because a planned park has no year either
 * and must keep its own look, not the year-unknown one.
 */
export const TIME_PLACED_FIELD = 'time_placed';

/** The year-unknown look: a neutral grey with a dashed outline (colour-blind safe: grey + dash). */
export const YEAR_UNKNOWN_STYLE: MissingStyle = { field: TIME_PLACED_FIELD, color: '#8c8c8c', dash: [2, 2] };

/**
 * The parks layer's style while the slider is on: `base` (the parks description's style, once the
 * layer descriptions exist) with the year-unknown parks drawn apart.
 */
export function withYearUnknown(base: LayerStyle = {}): LayerStyle {
  return { ...base, missing: YEAR_UNKNOWN_STYLE };
}

const cache = new WeakMap<readonly Feature[], Map<YearStop, Feature[]>>();

/**
 * The park features drawn at `stop`: established (or, at 'planned', planned) ones marked with
 * TIME_PLACED_FIELD, and the year-unknown ones unmarked. Copies (the loaded features are not
 * changed); the same array and stop give the same array back, so the map input stays equal.
 */
export function parksAtStop(features: readonly Feature<Geometry>[], stop: YearStop): Feature[] {
  let byStop = cache.get(features);
  if (!byStop) {
    byStop = new Map();
    cache.set(features, byStop);
  }
  const hit = byStop.get(stop);
  if (hit) return hit;
  const out: Feature[] = [];
  for (const f of features) {
    const park = parkTime(f);
    if (!park) continue;
    if (shownAt(park, stop)) {
      const placed = park.planned ? 'planned' : 'established';
      out.push({ ...f, properties: { ...f.properties, [TIME_PLACED_FIELD]: placed } });
    } else if (yearUnknown(park)) out.push(f);
  }
  byStop.set(stop, out);
  return out;
}

/** The ids of the parks drawn, split as the legend counts them (for `data-*` attributes, tests). */
export function drawnParkIds(features: readonly Feature[]): { placed: string[]; yearUnknown: string[] } {
  const placed: string[] = [];
  const unknown: string[] = [];
  for (const f of features) {
    const id = String(f.properties?.id ?? f.id ?? '');
    if (f.properties?.[TIME_PLACED_FIELD]) placed.push(id);
    else unknown.push(id);
  }
  return { placed, yearUnknown: unknown };
}
