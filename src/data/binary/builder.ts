// The chunk builder's public face: GeoJSON features to chunks (formats the import engine parses as
// GeoJSON: the layer is converted once finish() has checked it), and the transfer list of a chunk.
import type { Feature, Geometry } from 'geojson';
import { type BuilderOptions, ChunkBuilder } from './chunk-builder';
import type { ColumnKind } from './columns';
import { type BinaryChunk, GEOMETRY_CODE } from './types';

export { type BuilderOptions, ChunkBuilder, chunkBuffers } from './chunk-builder';

/**
 * The columns of a layer of GeoJSON features: the union of the property keys in first-seen order;
 * a column whose present values are all numbers is a number column, any other text.
 */
export function layerColumns(features: Iterable<Feature<Geometry | null>>): {
  fields: string[];
  kinds: Record<string, ColumnKind>;
} {
  const numeric = new Map<string, boolean>();
  for (const f of features) {
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      if (v === null || v === undefined) {
        if (!numeric.has(k)) numeric.set(k, true);
      } else numeric.set(k, numeric.get(k) !== false && typeof v === 'number');
    }
  }
  const kinds: Record<string, ColumnKind> = {};
  for (const [k, n] of numeric) kinds[k] = n ? 'number' : 'text';
  return { fields: [...numeric.keys()], kinds };
}

/**
 * Checked GeoJSON features (finite WGS 84 lon/lat, as the import's finish() leaves them) to chunks of
 * at most CHUNK_FEATURES features, one at a time (a caller can send each before the next is built);
 * `first` is the layer ordinal of features[0]. Columns as layerColumns (the same kind in every
 * chunk; booleans and objects as text/JSON). z values are dropped (deck.gl draws 2D here).
 */
export function* chunksOfFeatures(
  features: readonly Feature<Geometry | null>[],
  first = 0,
  options: Pick<BuilderOptions, 'triangulate' | 'chunkPolygonVertices' | 'chunkFeatures'> = {},
): Generator<BinaryChunk> {
  const builder = new ChunkBuilder({ first, ...layerColumns(features), ...options });
  for (const f of features) {
    addGeometry(builder, f.geometry, true);
    for (const [k, v] of Object.entries(f.properties ?? {})) builder.property(k, v);
    const chunk = builder.endFeature();
    if (chunk) yield chunk;
  }
  const rest = builder.flush();
  if (rest) yield rest;
}

/** chunksOfFeatures, all at once. */
export function featuresToChunks(
  features: readonly Feature<Geometry | null>[],
  first = 0,
  options: Pick<BuilderOptions, 'triangulate' | 'chunkPolygonVertices' | 'chunkFeatures'> = {},
): BinaryChunk[] {
  return [...chunksOfFeatures(features, first, options)];
}

/** Feeds one GeoJSON geometry; `top` starts the feature (GeometryCollection members do not). */
export function addGeometry(b: ChunkBuilder, g: Geometry | null, top: boolean): void {
  if (top) b.beginFeature(g ? GEOMETRY_CODE[g.type] : GEOMETRY_CODE.none);
  if (!g) return;
  switch (g.type) {
    case 'Point':
      if (g.coordinates.length >= 2) b.point(g.coordinates[0]!, g.coordinates[1]!);
      return;
    case 'MultiPoint':
      for (const p of g.coordinates) b.point(p[0]!, p[1]!);
      return;
    case 'LineString':
      b.beginLine();
      for (const p of g.coordinates) b.vertex(p[0]!, p[1]!);
      return;
    case 'MultiLineString':
      for (const line of g.coordinates) {
        b.beginLine();
        for (const p of line) b.vertex(p[0]!, p[1]!);
      }
      return;
    case 'Polygon':
    case 'MultiPolygon':
      for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
        b.beginPolygon();
        for (const ring of polygon) {
          b.beginRing();
          for (const p of ring) b.vertex(p[0]!, p[1]!);
        }
      }
      return;
    case 'GeometryCollection':
      for (const member of g.geometries) addGeometry(b, member, false);
      return;
  }
}
