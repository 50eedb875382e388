// Writing: flatgeobuf's own `geojson.serialize` infers the column list and types from the FIRST
// feature only, types a null as String and silently drops keys the first feature lacks. Curated
// layers have unknown values (an unknown area is null, not 0), so we build the header ourselves from
// every feature, with real nullable columns, using the package's lower-level feature builder. The
// package's writer makes no spatial index: ours does (index-writer.ts, proved byte for byte
// against GDAL's in packed-rtree.test.ts), so any layer can be read by bounding box over HTTP Range.
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildFeature, type IProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Feature, Geometry } from 'geojson';
import { geometryFault } from '../boundary';
import { fileBytes } from './indexed-file';
import { DEFAULT_NODE_SIZE } from './packed-rtree';
import { FlatGeobufError } from './types';

type SimpleGeometry = Exclude<Geometry, { type: 'GeometryCollection' }>;

const WRITABLE_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

function columnTypeOf(name: string, value: unknown): ColumnType {
  if (typeof value === 'boolean') return ColumnType.Bool;
  if (typeof value === 'number') return ColumnType.Double;
  if (typeof value === 'string') return ColumnType.String;
  throw new FlatGeobufError(
    `Property "${name}" has a value of type ${typeof value}; only strings, numbers and booleans are written.`,
  );
}

/** Columns from every feature: the union of keys, each typed by its non-null values. */
export function inferColumns(features: Feature[]): ColumnMeta[] {
  const types = new Map<string, ColumnType | null>();
  for (const f of features) {
    for (const [name, value] of Object.entries(f.properties ?? {})) {
      const seen = types.get(name);
      if (value === null || value === undefined) {
        if (!types.has(name)) types.set(name, null);
        continue;
      }
      const type = columnTypeOf(name, value);
      if (seen !== undefined && seen !== null && seen !== type) {
        throw new FlatGeobufError(
          `Property "${name}" mixes ${ColumnType[seen]} and ${ColumnType[type]} values.`,
        );
      }
      types.set(name, type);
    }
  }
  return [...types].map(([name, type]) => ({
    name,
    // A column that is null everywhere is still a column: keep it as a nullable string.
    type: type ?? ColumnType.String,
    title: null,
    description: null,
    width: -1,
    precision: -1,
    scale: -1,
    nullable: true,
    unique: false,
    primary_key: false,
  }));
}

export interface WriteOptions {
  /**
   * Node size of the packed Hilbert R-tree (2..65535), or 0 to write no index and keep the
   * features in their given order. Default 16, the format's and GDAL's default. With an index the
   * features are written in Hilbert order of their box centres (see index-writer.ts), not in the
   * given order.
   */
  indexNodeSize?: number;
  /** The layer name stored in the header. Default "layer". */
  name?: string;
}

/**
 * Serializes GeoJSON features to a FlatGeobuf file (EPSG:4326) with a spatial index and the
 * envelope of all features in the header (unless `indexNodeSize: 0`). Throws FlatGeobufError for
 * no features, a feature without a writable geometry, or property values of mixed types.
 */
export function writeFeatures(features: Feature[], options: WriteOptions = {}): Uint8Array {
  const { indexNodeSize = DEFAULT_NODE_SIZE, name = 'layer' } = options;
  if (features.length === 0) throw new FlatGeobufError('Refusing to write a layer with no features.');
  const types = new Set<string>();
  for (const f of features) {
    if (!f.geometry || !WRITABLE_TYPES.includes(f.geometry.type)) {
      throw new FlatGeobufError(`Feature ${String(f.id ?? f.properties?.id)} has no writable geometry.`);
    }
    // What the reader would refuse or report is not written in the first place.
    const fault = geometryFault(f.geometry);
    if (fault) throw new FlatGeobufError(`Feature ${String(f.id ?? f.properties?.id)}: ${fault.message}`);
    types.add(f.geometry.type);
  }
  const only = types.size === 1 ? [...types][0]! : null;
  const meta: HeaderMeta = {
    geometryType: only ? GeometryType[only as keyof typeof GeometryType] : GeometryType.Unknown,
    columns: inferColumns(features),
    envelope: null,
    featuresCount: features.length,
    indexNodeSize,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  };
  const featureBytes = features.map((f) =>
    buildFeature(
      parseGeometry(f.geometry as SimpleGeometry),
      everyColumn(meta.columns!, f.properties ?? {}),
      meta,
    ),
  );
  const boxes = new Float64Array(features.length * 4);
  features.forEach((f, i) => {
    boxes.set(boxOf(f.geometry as SimpleGeometry), i * 4);
  });
  return fileBytes(
    { geometryType: meta.geometryType, columns: meta.columns!, indexNodeSize, epsg: 4326, name },
    { count: features.length, boxes, bytesOf: (i) => featureBytes[i]! },
  );
}

/** [minX, minY, maxX, maxY] of every position of a geometry (what GDAL indexes a feature by). */
export function boxOf(geometry: SimpleGeometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      if (x! < box[0]) box[0] = x!;
      if (y! < box[1]) box[1] = y!;
      if (x! > box[2]) box[2] = x!;
      if (y! > box[3]) box[3] = y!;
    } else for (const part of c as unknown[]) visit(part);
  };
  visit(geometry.coordinates);
  return box;
}

// buildFeature skips a null value but encodes a missing key as if it were 0/false/"": give every
// column an explicit value, null where the feature has none.
function everyColumn(columns: ColumnMeta[], properties: Record<string, unknown>): IProperties {
  const out: IProperties = {};
  for (const { name } of columns) {
    const v = properties[name];
    out[name] = v === undefined ? null : (v as string | number | boolean | null);
  }
  return out;
}
