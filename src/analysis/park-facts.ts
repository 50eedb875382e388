// The inputs of the site score for every park, from the loaded layers: the straight-line distance
// to the nearest expressway, national or ring road, seaport, airport and ICD or railway (the same
// indexed nearest functions as the Nearest tab), the stated area, the status and the sourced
// occupancy. A missing corridors or places layer makes its distances unknown for every park, says
// which, and loses nothing else.
import type { CorridorKind, CorridorStatus } from '../data/schema';
import {
  type AnalysisContext,
  corridorStatusSet,
  DISTANCE_NOTE,
  leftOutOf,
  PARK_POINT_NOTE,
  requireLayers,
} from './context';
import type { LeftOutFeature } from './intake';
import type { LogisticsKind } from './logistics';
import { type AnalysisResult, fail, guard, ok } from './result';
import {
  DISTANCE_CAP_KM,
  type ParkSiteFacts,
  type SiteScores,
  type SiteTarget,
  siteScores,
} from './site-score';
import {
  MAX_SITE_WEIGHT,
  SITE_CRITERIA,
  type SiteCriterion,
  type SiteWeights,
  validSiteWeights,
} from './site-weights';

/** Where each distance criterion measures to: corridor kinds and logistics place kinds. */
export const DISTANCE_TARGETS: Readonly<
  Record<
    'expressway' | 'road' | 'seaport' | 'airport' | 'icd_rail',
    { corridors: CorridorKind[]; places: LogisticsKind[] }
  >
> = {
  expressway: { corridors: ['expressway'], places: [] },
  road: { corridors: ['national_road', 'ring_road'], places: [] },
  seaport: { corridors: [], places: ['port'] },
  airport: { corridors: [], places: ['airport'] },
  icd_rail: { corridors: ['railway'], places: ['icd'] },
};

export interface SiteFactsOptions {
  /** Corridor statuses that count (default all: a planned expressway is part of a site's outlook). */
  corridorStatuses?: CorridorStatus[];
}

/** A distance criterion (part) with no data: its layer is missing. */
export interface UnavailableDistance {
  criterion: SiteCriterion;
  layer: 'corridors' | 'places';
}

export interface SiteFactsReport {
  facts: ParkSiteFacts[];
  corridor_statuses: CorridorStatus[];
  /** Criteria (or the part of icd_rail) that no park has because a layer is not loaded. */
  unavailable: UnavailableDistance[];
  left_out: LeftOutFeature[];
  notes: string[];
}

export const SITE_SCORE_NOTES = [
  PARK_POINT_NOTE,
  DISTANCE_NOTE,
  `Distances are straight lines, not road or rail routes, from schematic park locations; beyond ${DISTANCE_CAP_KM} km they count as ${DISTANCE_CAP_KM} km.`,
  'An unknown criterion (no area, no status, no sourced occupancy, no layer) is left out of that park’s score and the weights are re-normalised over its known criteria; it never counts as 0.',
];

/** The site-score inputs of every park; error when the parks layer is missing. */
export function parkSiteFacts(
  ctx: AnalysisContext,
  options: SiteFactsOptions = {},
): AnalysisResult<SiteFactsReport> {
  return guard(() => {
    const missing = requireLayers(ctx, 'parks');
    if (missing) return missing;
    const cs = corridorStatusSet(options.corridorStatuses);
    if (cs.error) return cs.error;
    const haveCorridors = !!ctx.corridors && (ctx.layers.corridors?.attrs.length ?? 0) > 0;
    const havePlaces = !!ctx.places && (ctx.layers.places?.attrs.length ?? 0) > 0;
    const unavailable: UnavailableDistance[] = [];
    const cattrs = ctx.layers.corridors?.attrs ?? [];
    const targets = Object.entries(DISTANCE_TARGETS).map(([criterion, t]) => {
      const c = criterion as SiteCriterion;
      if (t.corridors.length > 0 && !haveCorridors) unavailable.push({ criterion: c, layer: 'corridors' });
      if (t.places.length > 0 && !havePlaces) unavailable.push({ criterion: c, layer: 'places' });
      const lineMask =
        haveCorridors && t.corridors.length > 0
          ? ctx.corridors!.mask((f) => t.corridors.includes(cattrs[f]!.kind) && cs.set.has(cattrs[f]!.status))
          : null;
      const placeMask =
        havePlaces && t.places.length > 0
          ? Uint8Array.from(ctx.placeLogistics, (l) => (l !== null && t.places.includes(l) ? 1 : 0))
          : null;
      return { criterion: c, lineMask, placeMask };
    });
    const parks = ctx.layers.parks!;
    const facts = parks.attrs.map((a, i): ParkSiteFacts => {
      const lon = parks.coords[2 * i]!;
      const lat = parks.coords[2 * i + 1]!;
      const raw: ParkSiteFacts['raw'] = {
        expressway: null,
        road: null,
        seaport: null,
        airport: null,
        icd_rail: null,
        area: a.area_ha,
        status: a.status === 'unknown' ? null : a.status,
        occupancy: a.occupancy_pct,
      };
      const found: Partial<Record<SiteCriterion, SiteTarget>> = {};
      for (const t of targets) {
        let best: { km: number; target: SiteTarget } | null = null;
        if (t.lineMask?.includes(1)) {
          const hit = ctx.corridors!.nearest(lon, lat, t.lineMask);
          const c = hit ? cattrs[hit.feature]! : null;
          if (hit && c)
            best = { km: hit.distanceKm, target: { id: c.id, name_vi: c.name_vi, name_en: c.name_en } };
        }
        if (t.placeMask?.includes(1)) {
          const hit = ctx.places!.nearest(lon, lat, t.placeMask);
          const p = hit ? ctx.layers.places!.attrs[hit.item]! : null;
          if (hit && p && (!best || hit.distanceKm < best.km))
            best = { km: hit.distanceKm, target: { id: p.id, name_vi: p.name_vi, name_en: p.name_en } };
        }
        if (best) {
          raw[t.criterion as 'expressway'] = best.km;
          found[t.criterion] = best.target;
        }
      }
      return { id: a.id, name_vi: a.name_vi, name_en: a.name_en, raw, targets: found };
    });
    return ok({
      facts,
      corridor_statuses: [...cs.set],
      unavailable,
      left_out: leftOutOf(ctx, 'parks', 'corridors', 'places'),
      notes: [...SITE_SCORE_NOTES, `Corridors counted: status ${[...cs.set].join(', ')}.`],
    });
  });
}

export interface SiteScoreReport extends SiteScores, Omit<SiteFactsReport, 'facts'> {}

/** parkSiteFacts then siteScores: what the worker and the command line both return. */
export function siteScoreReport(
  ctx: AnalysisContext,
  weights: SiteWeights,
  options: SiteFactsOptions = {},
): AnalysisResult<SiteScoreReport> {
  if (!validSiteWeights(weights as Partial<Record<string, unknown>>))
    return fail(
      'invalid_weights',
      `Every weight must be a whole number from 0 to ${MAX_SITE_WEIGHT} (${SITE_CRITERIA.join(', ')}).`,
      { weights },
    );
  const f = parkSiteFacts(ctx, options);
  if (!f.ok) return f;
  const { facts, ...rest } = f.value;
  return ok({ ...rest, ...siteScores(facts, weights) });
}
