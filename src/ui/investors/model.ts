// What the explorer's cards, its sort and the comparison show, from the parks layer, the worker's
// distances and scores: pure, so the rules (unknown last, best per row) are tested without a DOM.
import type { Feature } from 'geojson';
import {
  EXPLORER_DISTANCE_KINDS,
  type ExplorerDistanceKind,
  type ParkDistancesRow,
} from '../../analysis/park-distances';
import type { SiteScoreRow } from '../../analysis/site-score';
import type { Formatters, MessageKey } from '../../i18n';
import { type SortField, type SortValue, statusOrder } from '../../lib/park-explorer';
import { sourceLabel } from '../source-link';

export interface ParkView {
  id: string;
  p: Record<string, unknown>;
  distances: ParkDistancesRow | null;
  score: SiteScoreRow | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The label key of a distance kind (corridor kinds and logistics kinds have their own). */
export const distanceKindKey = (k: ExplorerDistanceKind): MessageKey =>
  (k === 'port' || k === 'airport' || k === 'icd' ? `analysis.logistics.${k}` : `kind.${k}`) as MessageKey;

/** One view per park feature, in layer order. */
export function parkViews(
  features: readonly Pick<Feature, 'properties'>[],
  distances: ReadonlyMap<string, ParkDistancesRow>,
  scores: readonly SiteScoreRow[] | undefined,
): ParkView[] {
  const byId = new Map((scores ?? []).map((r) => [r.id, r]));
  return features.map((f) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const id = String(p.id ?? '');
    return { id, p, distances: distances.get(id) ?? null, score: byId.get(id) ?? null };
  });
}

/** Ascending order of the coded fields: the surest first. */
const ORDINAL: Record<'quality' | 'confidence', Record<string, number>> = {
  quality: { official: 0, approximate: 1, schematic: 2 },
  confidence: { high: 0, medium: 1, low: 2 },
};

/** The value a card is sorted by for `field`; null when unknown (sorted last). */
export function sortValue(
  v: ParkView,
  field: SortField,
  f: Formatters,
  districtName: (c: string) => string,
): SortValue {
  switch (field) {
    case 'name':
      return f.name(v.p) || v.id;
    case 'district':
      return districtName(str(v.p.district_code)) || null;
    case 'status':
      return statusOrder(v.p.status);
    case 'area':
      return num(v.p.area_ha);
    case 'developer':
      return str(v.p.developer) || null;
    case 'year':
      return num(v.p.established_year);
    case 'quality':
      return ORDINAL.quality[str(v.p.geometry_quality)] ?? null;
    case 'confidence':
      return ORDINAL.confidence[str(v.p.location_confidence)] ?? null;
    case 'occupancy':
      return num(v.p.occupancy_pct);
    case 'score':
      return v.score?.score ?? null;
    default:
      return v.distances?.distances[field]?.km ?? null;
  }
}

/**
 * Which cells of a row hold its best value: the lowest (`min`) or highest (`max`) known value.
 * None is marked when fewer than two values are known or all known values are equal (nothing to
 * choose between); ties at the best are all marked.
 */
export function bestCells(values: readonly (number | null)[], better: 'min' | 'max'): boolean[] {
  const known = values.filter((x): x is number => x !== null);
  if (known.length < 2 || known.every((x) => x === known[0])) return values.map(() => false);
  const best = better === 'min' ? Math.min(...known) : Math.max(...known);
  return values.map((x) => x !== null && x === best);
}

export interface CompareCell {
  text: string;
  best: boolean;
  unknown: boolean;
}

export interface CompareRow {
  key: string;
  label: string;
  cells: CompareCell[];
  /** Sources are links: the raw URL lists per park. */
  sources?: string[];
}

/** Every fact and distance of the compared parks, a row each, with the best value per row marked. */
export function comparisonRows(
  parks: readonly ParkView[],
  f: Formatters,
  districtName: (c: string) => string,
): CompareRow[] {
  const unknown = f.t('info.unknown');
  const textRow = (key: string, label: string, value: (v: ParkView) => string): CompareRow => ({
    key,
    label,
    cells: parks.map((v) => {
      const t = value(v);
      return { text: t || unknown, best: false, unknown: !t };
    }),
  });
  const numRow = (
    key: string,
    label: string,
    value: (v: ParkView) => number | null,
    show: (v: ParkView, n: number) => string,
    better: 'min' | 'max' | null,
  ): CompareRow => {
    const values = parks.map(value);
    const best = better ? bestCells(values, better) : values.map(() => false);
    return {
      key,
      label,
      cells: parks.map((v, i) => {
        const n = values[i]!;
        return n === null
          ? { text: unknown, best: false, unknown: true }
          : { text: show(v, n), best: best[i]!, unknown: false };
      }),
    };
  };
  const rows: CompareRow[] = [
    textRow('name_other', f.t('explorer.field.nameOther'), (v) =>
      str(f.lang === 'vi' ? v.p.name_en : v.p.name_vi),
    ),
    textRow('district', f.t('info.district'), (v) => districtName(str(v.p.district_code))),
    numRow(
      'status',
      f.t('info.status'),
      (v) => {
        const o = statusOrder(v.p.status);
        return o === null ? null : -o;
      },
      (v) => f.t(`status.${str(v.p.status)}` as MessageKey),
      'max',
    ),
    numRow(
      'area',
      f.t('info.area'),
      (v) => num(v.p.area_ha),
      (v, n) => f.qualified(n, v.p.area_qualifier, 'ha'),
      'max',
    ),
    textRow('developer', f.t('info.developer'), (v) => str(v.p.developer)),
    numRow(
      'year',
      f.t('info.established'),
      (v) => num(v.p.established_year),
      (_, n) => String(n),
      null,
    ),
    textRow('quality', f.t('info.quality'), (v) =>
      str(v.p.geometry_quality) ? f.t(`quality.${str(v.p.geometry_quality)}` as MessageKey) : '',
    ),
    textRow('confidence', f.t('info.locationConfidence'), (v) =>
      str(v.p.location_confidence) ? f.t(`confidence.${str(v.p.location_confidence)}` as MessageKey) : '',
    ),
    numRow(
      'occupancy',
      f.t('explorer.field.occupancy'),
      (v) => num(v.p.occupancy_pct),
      (v, n) => occupancyText(v.p, n, f),
      'min',
    ),
    textRow('land_price', f.t('siteScore.landPrice'), () => ''),
    numRow(
      'workers',
      f.t('siteScore.workersPlanned'),
      (v) => num(v.p.workers_planned),
      (v, n) => f.qualified(n, v.p.workers_planned_qualifier, 'people'),
      null,
    ),
    ...EXPLORER_DISTANCE_KINDS.map((k) =>
      numRow(
        `distance_${k}`,
        `${f.t(distanceKindKey(k))} (${f.t('explorer.distances.short')})`,
        (v) => v.distances?.distances[k]?.km ?? null,
        (v, n) => f.t('explorer.distance', { km: f.km(n), name: f.name(v.distances!.distances[k]!.target) }),
        'min',
      ),
    ),
    numRow(
      'score',
      f.t('explorer.field.score'),
      (v) => v.score?.score ?? null,
      (v, n) => scoreText(v, n, f),
      'max',
    ),
  ];
  rows.push({
    key: 'sources',
    label: f.t('info.sources'),
    cells: parks.map((v) => ({
      text: allSources(v.p) || f.t('source.none'),
      best: false,
      unknown: !allSources(v.p),
    })),
    sources: parks.map((v) => allSources(v.p)),
  });
  return rows;
}

/**
 * Every source URL of a park, once each: its sources, then those of its occupancy and workforce
 * figures (space-separated, as the Sources list takes them).
 */
export function allSources(p: Record<string, unknown>): string {
  const urls = [p.sources, p.occupancy_source, p.workers_source].flatMap((v) => str(v).split(/\s+/));
  return [...new Set(urls.filter(Boolean))].join(' ');
}

/** "100 % (2015, source: …)" or "(the source gives no year …)". */
export function occupancyText(p: Record<string, unknown>, pct: number, f: Formatters): string {
  // The source as its short label (host and path); the card and the table list the full links.
  const source = str(p.occupancy_source)
    .split(/\s+/)
    .filter(Boolean)
    .map((u) => sourceLabel(u, 50))
    .join(', ');
  const year = str(p.occupancy_year);
  return year
    ? f.t('siteScore.occupancyValue', { pct: f.num(pct, 1), year, source })
    : f.t('siteScore.occupancyValue.noYear', { pct: f.num(pct, 1), source });
}

/** A score with its coverage: "72,4 (6 of 8 criteria known)". */
export function scoreText(v: ParkView, score: number, f: Formatters): string {
  const s = v.score!;
  return `${f.fixed(score, 1)} (${f.t('siteScore.coverage', { known: s.known_count, total: s.used_count })})`;
}
