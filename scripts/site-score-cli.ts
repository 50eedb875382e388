// The command line's `site-score` report: the rows of the same siteScoreReport the viewer's worker
// returns (src/analysis/park-facts.ts), written as CSV or GeoJSON, best first. Numbers are rounded
// only here, for output: 2 decimals for scores and points, 3 for km.
import type { Feature } from 'geojson';
import type { AnalysisContext } from '../src/analysis/context';
import type { LeftOutFeature } from '../src/analysis/intake';
import { type SiteScoreReport, siteScoreReport } from '../src/analysis/park-facts';
import type { AnalysisError } from '../src/analysis/result';
import type { SiteScoreRow } from '../src/analysis/site-score';
import {
  DEFAULT_SITE_WEIGHTS,
  formatSiteWeights,
  SITE_CRITERIA,
  type SiteWeights,
} from '../src/analysis/site-weights';
import type { CorridorStatus } from '../src/data/schema';
import { type CsvValue, fixed, toCsvText } from '../src/lib/csv';

export interface SiteScoreCliOptions {
  weights?: SiteWeights;
  corridorStatuses?: CorridorStatus[];
  fullCoverage?: boolean;
  format: 'csv' | 'geojson';
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The CSV columns: the park id first, then rank, score, coverage, each criterion's points and raw value. */
export const SITE_SCORE_FIELDS = [
  'park_id',
  'rank',
  'score',
  'criteria_known',
  'criteria_used',
  'name_en',
  'name_vi',
  ...SITE_CRITERIA.map((c) => `${c}_pts`),
  'expressway_km',
  'road_km',
  'seaport_km',
  'airport_km',
  'icd_rail_km',
  'area_ha',
  'status',
  'occupancy_pct',
];

/** One output row of the report (the values the viewer shows, rounded for output). */
export function siteScoreCells(row: SiteScoreRow): CsvValue[] {
  const r = row.raw;
  return [
    row.id,
    row.rank ?? '',
    fixed(row.score, 2),
    row.known_count,
    row.used_count,
    row.name_en,
    row.name_vi,
    ...SITE_CRITERIA.map((c) => fixed(row.criteria[c].contribution, 2)),
    fixed(r.expressway, 3),
    fixed(r.road, 3),
    fixed(r.seaport, 3),
    fixed(r.airport, 3),
    fixed(r.icd_rail, 3),
    fixed(r.area, 2),
    r.status ?? '',
    fixed(r.occupancy, 1),
  ];
}

const plain = (v: CsvValue): string | number | boolean =>
  v === null || v === undefined ? '' : typeof v === 'object' ? v.value.toFixed(v.decimals) : v;

function tell(io: Io, v: SiteScoreReport, weights: SiteWeights): void {
  const changed = formatSiteWeights(weights, '=');
  io.stderr(
    `Weights: ${SITE_CRITERIA.map((c) => `${c}=${weights[c]}`).join(',')}${changed ? ` (changed: ${changed})` : ' (defaults)'}.\n`,
  );
  io.stderr(`${v.notes.join('\n')}\n`);
  for (const u of v.unavailable)
    io.stderr(`Distances unavailable for ${u.criterion}: the ${u.layer} layer is not loaded.\n`);
  const unscored = v.rows.filter((r) => r.score === null).map((r) => r.id);
  if (unscored.length > 0) io.stderr(`No weighted criterion known (no score): ${unscored.join(', ')}.\n`);
}

/**
 * Runs the report; returns the exit code (0 ok, 2 bad input such as all weights 0, else what
 * `failed` says for an analysis error).
 */
export function siteScoreCommand(
  ctx: AnalysisContext,
  options: SiteScoreCliOptions,
  io: Io,
  failed: (e: AnalysisError) => number,
  tellLeftOut: (io: Io, leftOut: LeftOutFeature[]) => void,
): number {
  const weights = options.weights ?? { ...DEFAULT_SITE_WEIGHTS };
  const r = siteScoreReport(ctx, weights, { corridorStatuses: options.corridorStatuses });
  if (!r.ok) return failed(r);
  const v = r.value;
  if (v.all_weights_zero) {
    io.stderr('analysis: every weight is 0, so no park can be scored; give at least one weight above 0.\n');
    return 2;
  }
  tell(io, v, weights);
  tellLeftOut(io, v.left_out);
  const rows = options.fullCoverage ? v.rows.filter((row) => row.full_coverage) : v.rows;
  if (options.fullCoverage)
    io.stderr(`${rows.length} of ${v.rows.length} park(s) have every weighted criterion known.\n`);
  const cells = rows.map(siteScoreCells);
  if (options.format === 'csv') {
    io.stdout(toCsvText(SITE_SCORE_FIELDS, cells));
    return 0;
  }
  const parks = ctx.layers.parks!;
  const index = new Map(parks.attrs.map((a, i) => [a.id, i]));
  const features: Feature[] = cells.map((row, k) => {
    const i = index.get(rows[k]!.id)!;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [parks.coords[2 * i]!, parks.coords[2 * i + 1]!] },
      properties: Object.fromEntries(SITE_SCORE_FIELDS.map((f, j) => [f, plain(row[j])])),
    };
  });
  const fc = {
    type: 'FeatureCollection',
    report: 'site-score',
    weights,
    ranges: v.ranges,
    corridor_statuses: v.corridor_statuses,
    unavailable: v.unavailable,
    notes: v.notes,
    left_out: v.left_out,
    features,
  };
  io.stdout(`${JSON.stringify(fc)}\n`);
  return 0;
}
