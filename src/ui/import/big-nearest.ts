// "Nearest corridor of each point" for a large imported point layer: the analysis worker answers
// one chunk at a time (userNearestChunk, the small layers' nearestCorridorOfPoints on the chunk's
// Point features), and the answers are kept as three typed columns by layer ordinal, not as row
// objects: a 1M-point layer gives 16 MB of arrays instead of ~150 MB of objects. Progress and
// Cancel as big-within.ts.
import type { AnalysisClient } from '../../analysis/client';
import type { ChunkNearestReport } from '../../analysis/nearest-corridor';
import type { AnalysisResult } from '../../analysis/result';
import { fail, ok } from '../../analysis/result';
import { geometryAt } from '../../data/binary/feature';
import { locate } from '../../data/binary/rows';
import type { BinaryChunk } from '../../data/binary/types';
import type { Formatters } from '../../i18n';
import type { OverlayConnector } from '../../map/layers/overlay-types';
import { type ExportColumn, toCsv } from '../analysis/export';

/** Every point's nearest corridor, by row; rows in layer order (ascending ordinals). */
export type BigNearestReport = ChunkNearestReport & {
  /** The corridor asked about (undefined: the nearest of all). */
  corridorId: string | undefined;
};

/**
 * The nearest corridor (or the distance to `corridorId`) of every Point feature of `chunks`.
 * `onProgress(done, total)` after each chunk. Errors: those of userNearestChunk
 * (unknown_corridor, not_loaded), and 'cancelled' when `signal` aborts (checked between chunks).
 */
export async function bigLayerNearest(
  client: Pick<AnalysisClient, 'userNearestChunk'>,
  chunks: readonly BinaryChunk[],
  corridorId: string | undefined,
  work: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<AnalysisResult<BigNearestReport>> {
  const parts: ChunkNearestReport[] = [];
  for (const [k, chunk] of chunks.entries()) {
    if (work.signal?.aborted) return fail('cancelled', 'The analysis was cancelled.');
    const r = await client.userNearestChunk(chunk, corridorId);
    if (!r.ok) return r;
    parts.push(r.value);
    work.onProgress?.(k + 1, chunks.length);
  }
  const n = parts.reduce((s, p) => s + p.ordinals.length, 0);
  const out: BigNearestReport = {
    ordinals: new Uint32Array(n),
    corridor: new Int32Array(n),
    distanceKm: new Float64Array(n),
    point: new Float64Array(2 * n),
    corridors: parts[0]?.corridors ?? [],
    corridorId,
  };
  let at = 0;
  for (const p of parts) {
    out.ordinals.set(p.ordinals, at);
    out.corridor.set(p.corridor, at);
    out.distanceKm.set(p.distanceKm, at);
    out.point.set(p.point, 2 * at);
    at += p.ordinals.length;
  }
  return ok(out);
}

/** Row indices of `report` within `maxKm` (all rows with a distance when null), in layer order. */
export function rowsWithin(report: BigNearestReport, maxKm: number | null): Uint32Array {
  const keep: number[] = [];
  for (let k = 0; k < report.ordinals.length; k++) {
    const d = report.distanceKm[k]!;
    if (maxKm === null || (!Number.isNaN(d) && d <= maxKm)) keep.push(k);
  }
  return Uint32Array.from(keep);
}

/**
 * At most this many lines are drawn for a large layer's answer. The analysis overlay draws one
 * object per line (src/map/layers/analysis.ts); 5,000 lines are already a red mat at the zoom
 * where that many points show, and every answer is in the list's CSV.
 */
export const MAX_LINES = 5_000;

/**
 * Lines from points of `rows` (report rows, layer order) to their corridor's nearest point
 * (`report.point`), for the map; the point's position is read from its chunk. At most `limit`:
 * beyond it every `step`-th row (step = ⌈rows / limit⌉), so the lines sample the whole answer —
 * the first rows alone would sit in one corner (a file's order is often its spatial index's,
 * Hilbert order). Rows with no corridor (NaN) or whose point no chunk holds are skipped.
 */
export function nearestConnectors(
  report: BigNearestReport,
  rows: ArrayLike<number>,
  chunks: readonly BinaryChunk[],
  limit = MAX_LINES,
): { connectors: OverlayConnector[]; step: number } {
  const step = Math.max(1, Math.ceil(rows.length / limit));
  const connectors: OverlayConnector[] = [];
  for (let r = 0; r < rows.length; r += step) {
    const k = rows[r]!;
    const to: [number, number] = [report.point[2 * k]!, report.point[2 * k + 1]!];
    if (Number.isNaN(to[0]) || Number.isNaN(to[1])) continue;
    const at = locate(chunks, report.ordinals[k]!);
    const g = at ? geometryAt(at.chunk, at.i) : null;
    if (g?.type !== 'Point') continue;
    connectors.push({ from: [g.coordinates[0]!, g.coordinates[1]!], to, kind: 'corridor' });
  }
  return { connectors, step };
}

/** How many of `rows` have each corridor as the answer: [corridor index, count], most first. */
export function countByCorridor(report: BigNearestReport, rows: ArrayLike<number>): [number, number][] {
  const counts = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    const c = report.corridor[rows[i]!]!;
    if (c >= 0) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/**
 * `rows` of `report` as CSV text (UTF-8 BOM, formula-safe: src/ui/analysis/export.ts): the feature's
 * number (ordinal + 1, as the attribute table names it), the corridor's id and name in the UI's
 * language, km. Built from the typed columns, one line at a time.
 */
export function nearestCsv(report: BigNearestReport, rows: Uint32Array, f: Formatters): string {
  const name = (c: number) => {
    const x = report.corridors[c];
    return x ? (f.lang === 'vi' ? x.name_vi : x.name_en) : null;
  };
  const columns: ExportColumn<number>[] = [
    {
      id: 'feature',
      label: f.t('userAnalysis.big.nearest.csv.feature'),
      value: (k) => report.ordinals[k]! + 1,
    },
    {
      id: 'corridor_id',
      label: f.t('userAnalysis.big.nearest.csv.corridorId'),
      value: (k) => report.corridors[report.corridor[k]!]?.id ?? null,
    },
    {
      id: 'corridor',
      label: f.t('userAnalysis.big.nearest.csv.corridor'),
      value: (k) => name(report.corridor[k]!),
    },
    {
      id: 'km',
      label: f.t('userAnalysis.big.nearest.csv.km'),
      value: (k) => (Number.isNaN(report.distanceKm[k]!) ? null : report.distanceKm[k]!),
    },
  ];
  return toCsv(columns, Array.from(rows));
}
