// Writing: flatgeobuf's own `geojson.serialize` infers the column list and types from the FIRST
// feature only, types a null as String and silently drops keys the first feature lacks. Curated
// layers have unknown values (an unknown area is null, not 0), so we build the header ourselves from
// every feature, with real nullable columns, using the package's lower-level header and feature
// builders. The TS writer writes no spatial index; our layers are small enough to stream whole.
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildFeature, type IProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Feature, Geometry } from 'geojson';
import { geometryFault } from '../boundary';
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

/**
 * Serializes GeoJSON features to a FlatGeobuf file (EPSG:4326). The package's header builder writes
 * no spatial index, envelope, title or metadata; the catalog carries the bbox and titles instead.
 */
export function writeFeatures(features: Feature[]): Uint8Array {
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
  const header: HeaderMeta = {
    geometryType: only ? GeometryType[only as keyof typeof GeometryType] : GeometryType.Unknown,
    columns: inferColumns(features),
    envelope: null,
    featuresCount: features.length,
    indexNodeSize: 0,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  };
  const headerBytes = buildHeader(header, 4326);
  const featureBytes = features.map((f) =>
    buildFeature(
      parseGeometry(f.geometry as SimpleGeometry),
      everyColumn(header.columns!, f.properties ?? {}),
      header,
    ),
  );
  const total = magicbytes.length + headerBytes.length + featureBytes.reduce((sum, b) => sum + b.length, 0);
  const out = new Uint8Array(total);
  out.set(magicbytes, 0);
  out.set(headerBytes, magicbytes.length);
  let offset = magicbytes.length + headerBytes.length;
  for (const bytes of featureBytes) {
    out.set(bytes, offset);
    offset += bytes.length;
  }
  return out;
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
