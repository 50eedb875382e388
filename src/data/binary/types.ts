// Large layers as typed arrays (issue 10 §2). A layer over BIG_LAYER_FEATURES features is never held
// as GeoJSON objects: the import worker decodes it into chunks of typed arrays, transfers each chunk's
// buffers to the main thread (no structured-clone copy), and deck.gl draws them as binary data. GeoJSON
// is built only for the feature a user selects or the rows a user exports (featureAt, in ./feature.ts).
//
// Positions are float32 offsets from the chunk's `origin` (deck.gl's LNGLAT_OFFSETS coordinate
// system): half the memory of float64, and within a chunk a few degrees wide the offset keeps a
// precision of millimetres (float32 has 24 bits: 0.35° × 2⁻²⁴ ≈ 2e-8° ≈ 2 mm), which the analysis
// and exports state. Chunks hold at most CHUNK_FEATURES features and are drawn as they arrive, so the
// first features show before the file is fully read and no chunk's upload is a long task.

import type { TextDictionary } from './text-dictionary';

/** Layers with at least this many features are held and drawn as binary chunks. */
export const BIG_LAYER_FEATURES = 20_000;
/** Features per chunk (upper bound). */
export const CHUNK_FEATURES = 5_000;
/**
 * A chunk ends once its polygons reach this many vertices, so that its triangle indices fit Uint16
 * (a feature that crosses 65,536 makes that chunk's triangles Uint32): 17-corner parcels give
 * chunks of about 3,600 features.
 */
export const CHUNK_POLYGON_VERTICES = 65_000;

type Indices = Uint16Array | Uint32Array;

/** deck.gl's binary attribute wrapper (loaders.gl's BinaryAttribute). */
export interface BinaryAttribute<T extends ArrayLike<number> = ArrayLike<number>> {
  value: T;
  size: number;
}

/** The parts every geometry family shares (loaders.gl BinaryGeometry, what GeoJsonLayer reads). */
interface BinaryPart {
  /** Float32 [lon − origin[0], lat − origin[1]] pairs. */
  positions: BinaryAttribute<Float32Array>;
  /**
   * Start vertex of each chunk-local feature in this family, plus the end (length count + 1);
   * empty when the family has no vertices. 4 bytes a feature, what the chunk keeps.
   */
  featureStarts: BinaryAttribute<Uint32Array>;
  /**
   * Per vertex: the chunk-local feature index (0 … count−1), what deck.gl's binary layers read.
   * Made on demand from `featureStarts` (feature-ids.ts `withFeatureIds`) when the chunk is first
   * drawn as shapes: empty until then (36 of a 17-corner parcel's bytes as Uint16).
   */
  featureIds: BinaryAttribute<Indices>;
  /**
   * deck.gl's picking id per vertex. The same array as `featureIds` (chunk-local: a pick reports the
   * local index and MapDeck adds `chunk.first`), so a chunk does not hold a second id per vertex
   * (a Uint32 copy was 72 bytes of a 490-byte parcel).
   */
  globalFeatureIds: BinaryAttribute<Indices>;
  /** deck.gl reads per-vertex numeric properties from here; kept empty (styles read `columns`). */
  numericProps: Record<string, BinaryAttribute>;
  /** deck.gl's per-feature properties; kept empty objects' array of length 0 (see `columns`). */
  properties: object[];
  fields?: object[];
}

export interface BinaryPoints extends BinaryPart {
  type: 'Point';
}
export interface BinaryLines extends BinaryPart {
  type: 'LineString';
  /** Start vertex of each line part, plus the end (length parts + 1). */
  pathIndices: BinaryAttribute<Uint32Array>;
}
export interface BinaryPolygons extends BinaryPart {
  type: 'Polygon';
  /** Start vertex of each polygon (a MultiPolygon gives several), plus the end. */
  polygonIndices: BinaryAttribute<Uint32Array>;
  /** Start vertex of each ring (outer and holes), plus the end. */
  primitivePolygonIndices: BinaryAttribute<Uint32Array>;
  /**
   * earcut triangles made in the worker: vertex indices into this part's positions. Uint16 when the
   * part has at most 65,536 vertices (the builder ends a chunk near that many polygon vertices so
   * most do): half the memory; deck.gl widens them to Uint32 only while uploading.
   */
  triangles: BinaryAttribute<Indices>;
}

/** One property column of a chunk, one entry per feature. */
export type Column =
  /** Numbers; NaN where the feature has null or no value. */
  | { kind: 'number'; values: Float64Array }
  /**
   * Text (also booleans and JSON, written as text): dictionary codes, 0 = null, else value
   * code − 1 of the dictionary (`textAt(dictionary, code − 1)`); codes in the narrowest array the
   * dictionary fits (Uint8 up to 255 values). The dictionary is the distinct texts as UTF-8 bytes
   * plus offsets (text-dictionary.ts), not `string[]`: a parcel's own id costs its characters and
   * a 4-byte offset instead of about 40 bytes of V8 string and array slot. Chunks stored by
   * earlier versions held `string[]`; persist.ts converts them on load.
   */
  | { kind: 'text'; codes: Uint8Array | Uint16Array | Uint32Array; dictionary: TextDictionary };

/**
 * Per feature: the GeoJSON geometry type it came from (featureAt rebuilds it), in WKB's numbering.
 * A GeometryCollection's members are drawn by family; featureAt gives them back one geometry per
 * point, line and polygon (the members' order across families is not kept).
 */
export const GEOMETRY_CODE = {
  none: 0,
  Point: 1,
  LineString: 2,
  Polygon: 3,
  MultiPoint: 4,
  MultiLineString: 5,
  MultiPolygon: 6,
  GeometryCollection: 7,
} as const;
export type GeometryCode = (typeof GEOMETRY_CODE)[keyof typeof GEOMETRY_CODE];

/** One chunk of a large layer: what the worker transfers and the map draws as one deck.gl layer. */
export interface BinaryChunk {
  /** Layer-wide ordinal (0-based) of the chunk's first feature. */
  first: number;
  /** Features in the chunk, null geometries included (they draw nothing). */
  count: number;
  /** [lon, lat] subtracted from every position. */
  origin: [number, number];
  /** [minLon, minLat, maxLon, maxLat] of the chunk's located features; null when none is located. */
  bbox: [number, number, number, number] | null;
  points: BinaryPoints;
  lines: BinaryLines;
  polygons: BinaryPolygons;
  /** Property columns by name (every column of the layer, in the layer's field order). */
  columns: Record<string, Column>;
  /** Per feature: its GEOMETRY_CODE (0 for a feature without geometry). */
  geometryTypes: Uint8Array;
}

/** What the import of a large layer reports besides its chunks. */
export interface BinaryLayerSummary {
  /** Features in the whole layer. */
  count: number;
  bbox: [number, number, number, number] | null;
  /** Property names, in file order. */
  fields: string[];
  /** Geometry family of every located feature ('mixed' when several). */
  geometry: 'polygon' | 'line' | 'point' | 'mixed';
}
