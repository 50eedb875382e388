// "Area of my polygons per district" (issue 10 §1): each imported polygon intersected with each
// district boundary (@turf/intersect, i.e. polyclip-ts), the parts measured with @turf/area (the
// geodesic area every other figure of the viewer uses), in hectares. Polygons that overlap each
// other count each time (the layer's own area is the sum of its features' areas, as a parcel
// register adds them up); what lies outside every district is its own row.
import turfArea from '@turf/area';
import turfIntersect from '@turf/intersect';
import Flatbush from 'flatbush';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { AnalysisContext } from './context';
import { polygonGeometry } from './pack';
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

interface DistrictShape {
  feature: Feature<MultiPolygon>;
  bbox: [number, number, number, number];
}

interface DistrictShapes {
  shapes: DistrictShape[];
  /** Every boundary segment of every district (boxes), to find the polygons no boundary comes near. */
  edges: Flatbush | null;
}

const districtCache = new WeakMap<AnalysisContext, DistrictShapes>();

function districtShapes(ctx: AnalysisContext): DistrictShapes {
  const hit = districtCache.get(ctx);
  if (hit) return hit;
  const packed = ctx.layers.districts!;
  const shapes = packed.attrs.map((_, d) => {
    const geometry = polygonGeometry(packed, d);
    const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of geometry.coordinates)
      for (const [x, y] of poly[0]!) {
        bbox[0] = Math.min(bbox[0], x!);
        bbox[1] = Math.min(bbox[1], y!);
        bbox[2] = Math.max(bbox[2], x!);
        bbox[3] = Math.max(bbox[3], y!);
      }
    return { feature: { type: 'Feature', geometry, properties: {} } as Feature<MultiPolygon>, bbox };
  });
  const { coords, ringStarts } = packed;
  let n = 0;
  for (let r = 0; r + 1 < ringStarts.length; r++) n += Math.max(0, ringStarts[r + 1]! - ringStarts[r]! - 1);
  let edges: Flatbush | null = null;
  if (n > 0) {
    edges = new Flatbush(n);
    for (let r = 0; r + 1 < ringStarts.length; r++) {
      for (let v = ringStarts[r]!; v + 1 < ringStarts[r + 1]!; v++) {
        const [ax, ay, bx, by] = [coords[2 * v]!, coords[2 * v + 1]!, coords[2 * v + 2]!, coords[2 * v + 3]!];
        edges.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
      }
    }
    edges.finish();
  }
  const out = { shapes, edges };
  districtCache.set(ctx, out);
  return out;
}

const overlaps = (a: readonly number[], b: readonly number[]) =>
  a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

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
    const { shapes, edges } = districtShapes(ctx);
    const area = new Float64Array(shapes.length);
    const count = new Uint32Array(shapes.length);
    let outsideHa = 0;
    let outsideCount = 0;
    let totalHa = 0;
    let polygonFeatures = 0;
    let notPolygons = 0;
    const unusable: number[] = [];
    for (const [i, g] of geometries.entries()) {
      const shape = userShape(g);
      if (!shape) {
        unusable.push(i);
        continue;
      }
      const geometry = polygonsOf(shape);
      if (!geometry) {
        notPolygons++;
        continue;
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
          unusable.push(i);
          continue;
        }
      }
      polygonFeatures++;
      totalHa += ownHa;
      let inside = 0;
      for (const [k, ha] of parts) {
        area[k] = area[k]! + ha;
        count[k] = count[k]! + 1;
        inside += ha;
      }
      const rest = ownHa - inside;
      if (rest > ownHa * AREA_RELATIVE_TOLERANCE) {
        outsideHa += rest;
        outsideCount++;
      }
    }
    const share = (ha: number) => (totalHa > 0 ? ha / totalHa : 0);
    return ok({
      districts: packed.attrs.map((a, k) => ({
        id: a.id,
        code: a.code,
        name_vi: a.name_vi,
        name_en: a.name_en,
        area_ha: area[k]!,
        share: share(area[k]!),
        polygons: count[k]!,
      })),
      outside: { area_ha: outsideHa, share: share(outsideHa), polygons: outsideCount },
      total_ha: totalHa,
      polygon_features: polygonFeatures,
      not_polygons: notPolygons,
      unusable,
      method:
        '@turf/intersect (polyclip-ts) of each polygon with each district boundary, areas with @turf/area (geodesic), ha',
    });
  });
}
