// "Area of my polygons per district" for a large imported layer (binary chunks): one chunk per
// call. Each feature's geometry is rebuilt from the chunk's arrays (geometryAt: origin + float32
// offset) and added to the running sums exactly as a small layer's features are (addFeatureAreas),
// so the layer's table is the one userDistrictAreas gives for the same (rebuilt) geometries.
//
// Trade-off: the caller hands the previous chunk's sums back with the next chunk rather than adding
// per-chunk partial sums itself. That costs a copy of ~2 × districts numbers each way, and in return
// every addition happens in the small layer's order, so the figures are equal to the last bit, not
// merely within rounding.
import { geometryAt } from '../data/binary/feature';
import type { BinaryChunk } from '../data/binary/types';
import type { AnalysisContext } from './context';
import { type AnalysisResult, fail, guard, ok } from './result';
import {
  type AreaSums,
  addFeatureAreas,
  areaReportOf,
  emptyAreaSums,
  type UserDistrictAreaReport,
} from './user-district-areas';

/** UserDistrictAreaReport of a large layer: it counts its left-out features instead of listing them. */
export interface BigDistrictAreaReport extends Omit<UserDistrictAreaReport, 'unusable'> {
  unusable: number;
}

/** The layer so far: the sums to hand back with the next chunk, and their report. */
export interface ChunkAreaReport {
  sums: AreaSums;
  report: BigDistrictAreaReport;
}

/**
 * Adds the features of `chunk` to `carry` (the previous call's sums; null for the first chunk) and
 * reports the layer so far. Errors: missing_layer (no districts), not_loaded (the districts loaded
 * are not the ones `carry` was summed over).
 */
export function userChunkDistrictAreas(
  ctx: AnalysisContext,
  chunk: BinaryChunk,
  carry: AreaSums | null,
): AnalysisResult<ChunkAreaReport> {
  return guard(() => {
    const packed = ctx.layers.districts;
    if (!packed || packed.attrs.length === 0)
      return fail('missing_layer', 'The districts layer is not loaded.', { layer: 'districts' });
    if (carry && carry.area_ha.length !== packed.attrs.length)
      return fail('not_loaded', 'The districts changed while the layer was being measured.');
    // A copy: called directly (tests, Node) the caller's sums stay as they were.
    const sums = carry
      ? { ...carry, area_ha: [...carry.area_ha], polygons: [...carry.polygons] }
      : emptyAreaSums(packed.attrs.length);
    for (let i = 0; i < chunk.count; i++) addFeatureAreas(ctx, sums, geometryAt(chunk, i));
    return ok({ sums, report: { ...areaReportOf(ctx, sums), unusable: sums.unusable } });
  });
}
