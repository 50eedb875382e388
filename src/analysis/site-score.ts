// The site score: a pure function of the parks' facts and the weights, called by the worker (for
// the viewer) and by the command line alike, so both show the same numbers by construction.
//
// Normalisation (each criterion to 0–100, over ALL parks given, so a filter never changes a score):
// - distances (expressway, road, seaport, airport, icd_rail): capped at DISTANCE_CAP_KM, then
//   min–max inverted over the parks where it is known: the nearest park 100, the farthest 0;
// - area: min–max over the parks of known area: the largest 100, the smallest 0;
// - status: a fixed ordinal scale, existing 100 > expanding 66.7 > under construction 33.3 > planned 0;
// - occupancy: the share still to lease, 100 − occupancy % (a full park 0): an absolute scale, since
//   the percentage is one already and only a few parks have a sourced figure.
// When every known value of a min–max criterion is equal, each of them is 100 (nothing tells the
// parks apart, and none is worst). An unknown criterion is left out of that park's score and the
// weights are re-normalised over its known criteria: it never counts as 0 or as the worst value.
import type { AnalysisParkStatus } from './pack';
import { SITE_CRITERIA, type SiteCriterion, type SiteWeights } from './site-weights';

/** Straight-line distances beyond this count as this far (km). */
export const DISTANCE_CAP_KM = 50;

export const DISTANCE_CRITERIA = ['expressway', 'road', 'seaport', 'airport', 'icd_rail'] as const;

export const STATUS_SCALE: Readonly<Record<Exclude<AnalysisParkStatus, 'unknown'>, number>> = {
  existing: 100,
  expanding: 200 / 3,
  under_construction: 100 / 3,
  planned: 0,
};

/** The feature a distance was measured to (for the explanation). */
export interface SiteTarget {
  id: string;
  name_vi: string;
  name_en: string;
}

/**
 * One park's inputs: `raw` per criterion, null = unknown. Distances in km (straight line), area in
 * ha, status as the layer's, occupancy in % (sourced only).
 */
export interface ParkSiteFacts {
  id: string;
  name_vi: string;
  name_en: string;
  raw: {
    expressway: number | null;
    road: number | null;
    seaport: number | null;
    airport: number | null;
    icd_rail: number | null;
    area: number | null;
    status: AnalysisParkStatus | null;
    occupancy: number | null;
  };
  /** What each distance was measured to. */
  targets: Partial<Record<SiteCriterion, SiteTarget>>;
}

export interface CriterionScore {
  known: boolean;
  weight: number;
  /** 0–100; null when unknown. */
  normalised: number | null;
  /** Points of the score (weight × normalised / sum of the weights of the known criteria); null when unknown. */
  contribution: number | null;
}

export interface SiteScoreRow {
  id: string;
  name_vi: string;
  name_en: string;
  /** 1-based; parks with no score (null) come last, unranked. */
  rank: number | null;
  /** 0–100; null when no criterion with a weight above 0 is known (or all weights are 0). */
  score: number | null;
  /** Criteria known for this park, among those with a weight above 0. */
  known_count: number;
  /** Criteria with a weight above 0 (the "of N" of the coverage). */
  used_count: number;
  full_coverage: boolean;
  criteria: Record<SiteCriterion, CriterionScore>;
  raw: ParkSiteFacts['raw'];
  targets: ParkSiteFacts['targets'];
}

export interface CriterionRange {
  /** Extremes of the known (capped) raw values the min–max used; null for fixed scales or no data. */
  min: number | null;
  max: number | null;
  known_parks: number;
}

export interface SiteScores {
  weights: SiteWeights;
  /** True when every weight is 0: no park has a score (nothing is divided by zero). */
  all_weights_zero: boolean;
  /** Ranked best first; ties by coverage, then id. */
  rows: SiteScoreRow[];
  ranges: Record<SiteCriterion, CriterionRange>;
}

const isDistance = (c: SiteCriterion): boolean => (DISTANCE_CRITERIA as readonly string[]).includes(c);

function numericValue(f: ParkSiteFacts, c: SiteCriterion): number | null {
  const v = f.raw[c];
  if (c === 'status')
    return v === null || v === 'unknown' ? null : STATUS_SCALE[v as keyof typeof STATUS_SCALE];
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  if (isDistance(c)) return v < 0 ? null : Math.min(v, DISTANCE_CAP_KM);
  if (c === 'occupancy') return v >= 0 && v <= 100 ? v : null;
  return c === 'area' && v <= 0 ? null : v;
}

function rangeOf(values: (number | null)[]): CriterionRange {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return { min: null, max: null, known_parks: 0 };
  return { min: Math.min(...known), max: Math.max(...known), known_parks: known.length };
}

function normalise(c: SiteCriterion, v: number, r: CriterionRange): number {
  if (c === 'status') return v;
  if (c === 'occupancy') return 100 - v;
  const span = r.max! - r.min!;
  if (span === 0) return 100;
  return isDistance(c) ? (100 * (r.max! - v)) / span : (100 * (v - r.min!)) / span;
}

/**
 * Scores and ranks every park of `facts` with `weights` (whole numbers 0–5 per criterion). Pure:
 * the same input gives the same rows. Shapes: see SiteScores; scores and contributions 0–100.
 */
export function siteScores(facts: readonly ParkSiteFacts[], weights: SiteWeights): SiteScores {
  const values = Object.fromEntries(
    SITE_CRITERIA.map((c) => [c, facts.map((f) => numericValue(f, c))]),
  ) as Record<SiteCriterion, (number | null)[]>;
  const ranges = Object.fromEntries(
    SITE_CRITERIA.map((c) => {
      const r = rangeOf(values[c]);
      return [c, c === 'status' || c === 'occupancy' ? { ...r, min: null, max: null } : r];
    }),
  ) as Record<SiteCriterion, CriterionRange>;
  const used = SITE_CRITERIA.filter((c) => weights[c] > 0);
  const rows = facts.map((f, i): SiteScoreRow => {
    const knownUsed = used.filter((c) => values[c][i] !== null);
    const total = knownUsed.reduce((s, c) => s + weights[c], 0);
    const criteria = {} as Record<SiteCriterion, CriterionScore>;
    let score: number | null = total > 0 ? 0 : null;
    for (const c of SITE_CRITERIA) {
      const v = values[c][i]!;
      const known = values[c][i] !== null;
      const normalised = known ? normalise(c, v, ranges[c]) : null;
      const contribution = normalised !== null && total > 0 ? (weights[c] * normalised) / total : null;
      if (contribution !== null && score !== null) score += contribution;
      criteria[c] = { known, weight: weights[c], normalised, contribution };
    }
    return {
      id: f.id,
      name_vi: f.name_vi,
      name_en: f.name_en,
      rank: null,
      score,
      known_count: knownUsed.length,
      used_count: used.length,
      full_coverage: used.length > 0 && knownUsed.length === used.length,
      criteria,
      raw: f.raw,
      targets: f.targets,
    };
  });
  rows.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      b.known_count - a.known_count ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  rows.forEach((r, k) => {
    r.rank = r.score === null ? null : k + 1;
  });
  return { weights: { ...weights }, all_weights_zero: used.length === 0, rows, ranges };
}

/**
 * Why `a` scores above (or below) `b`: each criterion's contribution to a minus its contribution
 * to b, in points, largest difference first. An unknown contribution counts as no points on that
 * side (it is not in that park's score), and the row says which side did not know it.
 */
export function scoreDifference(
  a: SiteScoreRow,
  b: SiteScoreRow,
): { criterion: SiteCriterion; delta: number; unknown_in: ('a' | 'b')[] }[] {
  return SITE_CRITERIA.map((c) => {
    const ca = a.criteria[c].contribution;
    const cb = b.criteria[c].contribution;
    const unknown_in = [
      ...(a.criteria[c].known ? [] : ['a' as const]),
      ...(b.criteria[c].known ? [] : ['b' as const]),
    ];
    return { criterion: c, delta: (ca ?? 0) - (cb ?? 0), unknown_in };
  }).sort(
    (x, y) =>
      Math.abs(y.delta) - Math.abs(x.delta) ||
      SITE_CRITERIA.indexOf(x.criterion) - SITE_CRITERIA.indexOf(y.criterion),
  );
}
