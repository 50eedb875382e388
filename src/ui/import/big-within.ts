// "My features within X km of a corridor" for a large imported layer (issue 10 §1–2): the analysis
// worker measures one chunk at a time (userWithinChunk, the exact distance of the small layers'
// question), so the main thread never builds the layer as GeoJSON and a press can be cancelled
// between chunks. Each chunk is copied to the worker (structured clone of ≈ 1 MB), not transferred:
// the map keeps drawing it.
import type { AnalysisClient } from '../../analysis/client';
import type { AnalysisResult } from '../../analysis/result';
import { fail, ok } from '../../analysis/result';
import type { UserWithinReport, UserWithinRow } from '../../analysis/user-within';
import type { BinaryChunk } from '../../data/binary/types';

/** UserWithinReport of a large layer: rows' `index` is the layer-wide feature ordinal. */
export interface BigWithinReport extends Omit<UserWithinReport, 'unusable'> {
  /** How many features have no usable geometry (a large layer does not list them). */
  unusable: number;
}

/**
 * Every feature of `chunks` within `km` of corridor `corridorId` (any corridor when undefined),
 * nearest first (ties by ordinal). `onProgress(done, total)` after each chunk. Errors: those of
 * userWithinChunk, and 'cancelled' when `signal` aborts (checked between chunks).
 */
export async function bigLayerWithin(
  client: Pick<AnalysisClient, 'userWithinChunk'>,
  chunks: readonly BinaryChunk[],
  corridorId: string | undefined,
  km: number,
  work: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<AnalysisResult<BigWithinReport>> {
  const rows: UserWithinRow[] = [];
  let measured = 0;
  let unusable = 0;
  for (const [k, chunk] of chunks.entries()) {
    if (work.signal?.aborted) return fail('cancelled', 'The analysis was cancelled.');
    const r = await client.userWithinChunk(chunk, corridorId, km);
    if (!r.ok) return r;
    for (const row of r.value.rows) rows.push(row);
    measured += r.value.measured;
    unusable += r.value.unusable;
    work.onProgress?.(k + 1, chunks.length);
  }
  rows.sort((a, b) => a.distance_km - b.distance_km || a.index - b.index);
  return ok({ corridor_id: corridorId ?? null, km, rows, measured, unusable });
}
