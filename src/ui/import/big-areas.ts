// "Area of my polygons per district" for a large imported layer: the analysis worker measures one
// chunk at a time (userDistrictAreasChunk), each call continuing the sums the previous one returned,
// so the main thread never builds the layer as GeoJSON, the table equals the small layers' (see
// user-district-areas-chunk.ts) and a press can be cancelled between chunks. Chunks are copied to
// the worker, not transferred: the map keeps drawing them.
import type { AnalysisClient } from '../../analysis/client';
import type { AnalysisResult } from '../../analysis/result';
import { fail, ok } from '../../analysis/result';
import type { AreaSums } from '../../analysis/user-district-areas';
import type { BigDistrictAreaReport } from '../../analysis/user-district-areas-chunk';
import type { BinaryChunk } from '../../data/binary/types';

/**
 * The area per district of the polygons of every chunk (in layer order). `onProgress(done, total)`
 * after each chunk. Errors: those of userDistrictAreasChunk (missing_layer without districts), and
 * 'cancelled' when `signal` aborts (checked between chunks), 'not_loaded' for no chunks.
 */
export async function bigLayerDistrictAreas(
  client: Pick<AnalysisClient, 'userDistrictAreasChunk'>,
  chunks: readonly BinaryChunk[],
  work: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<AnalysisResult<BigDistrictAreaReport>> {
  let carry: AreaSums | null = null;
  let report: BigDistrictAreaReport | null = null;
  for (const [k, chunk] of chunks.entries()) {
    if (work.signal?.aborted) return fail('cancelled', 'The analysis was cancelled.');
    const r = await client.userDistrictAreasChunk(chunk, carry);
    if (!r.ok) return r;
    carry = r.value.sums;
    report = r.value.report;
    work.onProgress?.(k + 1, chunks.length);
  }
  // No chunk yet (the layer is still arriving): nothing to sum, and no district list to show.
  return report ? ok(report) : fail('not_loaded', 'The layer has no features loaded yet.');
}
