// "Area of my polygons per district" (issue 10 §1): each imported polygon intersected with each
// district boundary (@turf/intersect, i.e. polyclip-ts), the parts measured with @turf/area (the
// geodesic area every other figure of the viewer uses), in hectares. Polygons that overlap each
// other count each time (the layer's own area is the sum of its features' areas, as a parcel
// register adds them up); what lies outside every district is its own row.
//
// The figures are running sums (AreaSums) fed one feature at a time (addFeatureAreas): a small
// layer feeds all its features in one call, a large layer one chunk per call
// (user-district-areas-chunk.ts), carrying the sums from call to call so that the additions happen
// in the same order and the two give the same table to the last bit.
import turfArea from '@turf/area';
import turfIntersect from '@turf/intersect';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { AnalysisContext } from './context';
import { districtShapes, overlaps } from './district-shapes';
import { type AnalysisResult, fail, guard, ok } from './result';
import { polygonsOf, userShape } from './user-shape';

/** A part smaller than this share of its polygon is rounding, not land (1e-6 = 1 m² in 100 ha). */
export const AREA_RELATIVE_TOLERANCE = 1e-6;

export interface UserAreaCell {
  /** Area of the layer's polygons in it, ha. */
  area_ha: number;
  /** area_ha / the layer's polygon area (0–1; 0 when the layer has no polygon area). */
  share: number;
  /** Features whose polygons have area in it. */
  polygons: number;
}

export interface UserDistrictAreaRow extends UserAreaCell {
  id: string;
  code: string;
  name_vi: string;
  name_en: string;
}

export interface UserDistrictAreaReport {
  /** Every district, in the layer's order (the UI sorts). */
  districts: UserDistrictAreaRow[];
  /** The parts outside every district. */
  outside: UserAreaCell;
  /** Sum of the features' polygon areas (@turf/area), ha. */
  total_ha: number;
  /** Features with polygons. */
  polygon_features: number;
  /** Features with a usable geometry but no polygon (points, lines): not in any figure. */
  not_polygons: number;
  /** Indices of features without a usable geometry, or whose polygons could not be intersected. */
  unusable: number[];
  method: string;
}

/** The running sums behind a report (plain numbers and arrays: they cross to the worker and back). */
export interface AreaSums {
  /** Per district (the layer's order): ha, and features with area there. */
  area_ha: number[];
  polygons: number[];
  outside_ha: number;
  outside_polygons: number;
  total_ha: number;
  polygon_features: number;
  not_polygons: number;
  /** Features left out (no usable geometry, or polygons polyclip-ts refused). */
  unusable: number;
}

/** Sums of nothing, for `districts` districts. */
export function emptyAreaSums(districts: number): AreaSums {
  return {
    area_ha: new Array(districts).fill(0),
    polygons: new Array(districts).fill(0),
    outside_ha: 0,
    outside_polygons: 0,
    total_ha: 0,
    polygon_features: 0,
    not_polygons: 0,
    unusable: 0,
  };
}

/**
 * Adds one feature's geometry (WGS 84 degrees) to `sums` (mutated). Returns false, and counts it
 * as unusable, when it has no usable geometry or its polygons cannot be intersected. The context
 * must hold the districts (callers check).
 */
export function addFeatureAreas(ctx: AnalysisContext, sums: AreaSums, g: Geometry | null): boolean {
  const { shapes, edges } = districtShapes(ctx);
  const shape = userShape(g);
  if (!shape) {
    sums.unusable++;
    return false;
  }
  const geometry = polygonsOf(shape);
  if (!geometry) {
    sums.not_polygons++;
    return true;
  }
  const own: Feature<Polygon | MultiPolygon> = { type: 'Feature', geometry, properties: {} };
  const ownHa = turfArea(own) / 1e4;
  const parts: [number, number][] = [];
  // Fast and exact: when no district boundary comes into the polygon's box, the polygon lies
  // wholly in one district (or none), which one of its vertices tells; only polygons a boundary
  // comes near are cut (polyclip-ts is exact but slow: ~10 ms against a district outline).
  const [minX, minY, maxX, maxY] = shape.bbox;
  if (!edges || edges.search(minX, minY, maxX, maxY).length === 0) {
    const [x, y] = shape.polygons[0]![0]![0]!;
    for (const k of ctx.districts!.containing(x!, y!)) parts.push([k, ownHa]);
  } else {
    try {
      shapes.forEach((d, k) => {
        if (!overlaps(shape.bbox, d.bbox)) return;
        const part = turfIntersect({ type: 'FeatureCollection', features: [own, d.feature] });
        const ha = part ? turfArea(part) / 1e4 : 0;
        if (ha > ownHa * AREA_RELATIVE_TOLERANCE) parts.push([k, ha]);
      });
    } catch {
      // polyclip-ts refuses some invalid rings; the feature is named as left out, not guessed at.
      sums.unusable++;
      return false;
    }
  }
  sums.polygon_features++;
  sums.total_ha += ownHa;
  let inside = 0;
  for (const [k, ha] of parts) {
    sums.area_ha[k] = sums.area_ha[k]! + ha;
    sums.polygons[k] = sums.polygons[k]! + 1;
    inside += ha;
  }
  const rest = ownHa - inside;
  if (rest > ownHa * AREA_RELATIVE_TOLERANCE) {
    sums.outside_ha += rest;
    sums.outside_polygons++;
  }
  return true;
}

/** The report of `sums` (without the unusable list, which only a small layer keeps). */
export function areaReportOf(ctx: AnalysisContext, sums: AreaSums): Omit<UserDistrictAreaReport, 'unusable'> {
  const share = (ha: number) => (sums.total_ha > 0 ? ha / sums.total_ha : 0);
  return {
    districts: ctx.layers.districts!.attrs.map((a, k) => ({
      id: a.id,
      code: a.code,
      name_vi: a.name_vi,
      name_en: a.name_en,
      area_ha: sums.area_ha[k]!,
      share: share(sums.area_ha[k]!),
      polygons: sums.polygons[k]!,
    })),
    outside: { area_ha: sums.outside_ha, share: share(sums.outside_ha), polygons: sums.outside_polygons },
    total_ha: sums.total_ha,
    polygon_features: sums.polygon_features,
    not_polygons: sums.not_polygons,
    method:
      '@turf/intersect (polyclip-ts) of each polygon with each district boundary, areas with @turf/area (geodesic), ha',
  };
}

/**
 * Per district, the area (ha) of the polygons of `geometries` (WGS 84 degrees; features without
 * polygons are counted apart), their share of the layer's polygon area and how many features have
 * area there. Errors: not_loaded, missing_layer (no districts).
 */
export function userDistrictAreas(
  ctx: AnalysisContext,
  geometries: readonly (Geometry | null)[],
): AnalysisResult<UserDistrictAreaReport> {
  return guard(() => {
    const packed = ctx.layers.districts;
    if (!packed || packed.attrs.length === 0)
      return fail('missing_layer', 'The districts layer is not loaded.', { layer: 'districts' });
    const sums = emptyAreaSums(packed.attrs.length);
    const unusable: number[] = [];
    for (const [i, g] of geometries.entries()) if (!addFeatureAreas(ctx, sums, g)) unusable.push(i);
    return ok({ ...areaReportOf(ctx, sums), unusable });
  });
}
