// The one module that talks to the flatgeobuf package. Everything else reads and writes GeoJSON
// features through these functions, so a change of library version touches one file.
//
// Writing: flatgeobuf's own `geojson.serialize` infers the column list and types from the FIRST
// feature only, types a null as String and silently drops keys the first feature lacks. Curated
// layers have unknown values (an unknown area is null, not 0), so we build the header ourselves from
// every feature, with real nullable columns, using the package's lower-level header and feature
// builders. The TS writer writes no spatial index; our layers are small enough to stream whole.
//
// Reading: whole files are read as a stream (fetch body) or bytes; `deserialize(url)` without a
// rect throws. Spatial filtering with a rect works only against a URL served with HTTP Range and a
// file that has an index (files written by GDAL and others; not ours).

import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildFeature, type IProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Rect } from 'flatgeobuf/lib/mjs/packedrtree.js';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type { HeaderMeta, Rect };

/** Thrown for any file this module cannot read; `message` is fit to show a user. */
export class FlatGeobufError extends Error {
  override name = 'FlatGeobufError';
}

export interface LayerHeader {
  geometryType: string;
  featureCount: number | null;
  columns: { name: string; type: string }[];
  envelope: [number, number, number, number] | null;
  hasIndex: boolean;
  crs: string | null;
  title: string | null;
  description: string | null;
  metadata: string | null;
}

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

function describeHeader(meta: HeaderMeta): LayerHeader {
  const env = meta.envelope;
  return {
    geometryType: GeometryType[meta.geometryType] ?? String(meta.geometryType),
    featureCount: meta.featuresCount > 0 ? meta.featuresCount : null,
    columns: (meta.columns ?? []).map((c) => ({ name: c.name, type: ColumnType[c.type] ?? String(c.type) })),
    envelope: env && env.length >= 4 ? [env[0]!, env[1]!, env[2]!, env[3]!] : null,
    hasIndex: meta.indexNodeSize > 0,
    crs: meta.crs ? `${meta.crs.org ?? 'EPSG'}:${meta.crs.code}` : null,
    title: meta.title,
    description: meta.description,
    metadata: meta.metadata,
  };
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called once, before the first feature, with the file's header. */
  onHeader?: (header: LayerHeader) => void;
}

/**
 * Streams the features of a whole FlatGeobuf file. Columns a feature has no value for come back as
 * null, so every feature of a layer has the same keys. Throws FlatGeobufError for a file that is
 * not FlatGeobuf or is damaged, and the signal's reason when aborted.
 */
export async function* readFeatures(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: ReadOptions = {},
): AsyncGenerator<Feature> {
  const { signal, onHeader } = options;
  signal?.throwIfAborted();
  let columns: string[] = [];
  const headerMetaFn = (meta: HeaderMeta) => {
    columns = (meta.columns ?? []).map((c) => c.name);
    onHeader?.(describeHeader(meta));
  };
  if (input instanceof Uint8Array) checkMagic(input);
  try {
    for await (const feature of deserialize(input as Uint8Array | ReadableStream, { headerMetaFn })) {
      signal?.throwIfAborted();
      const properties: Record<string, unknown> = {};
      for (const name of columns) properties[name] = null;
      Object.assign(properties, feature.properties ?? {});
      yield { type: 'Feature', geometry: feature.geometry as Geometry, properties };
    }
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof FlatGeobufError) throw err;
    throw new FlatGeobufError(`Not a readable FlatGeobuf file: ${(err as Error)?.message ?? String(err)}`);
  }
}

function checkMagic(bytes: Uint8Array): void {
  // The first 3 bytes are "fgb", the 4th the major version; the rest of the magic is reserved.
  if (bytes.length < 8 || bytes[0] !== 0x66 || bytes[1] !== 0x67 || bytes[2] !== 0x62) {
    throw new FlatGeobufError('Not a FlatGeobuf file (the first bytes are not "fgb").');
  }
}

/** Reads a whole file into a FeatureCollection (small layers, tests, the pipeline). */
export async function readFeatureCollection(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: ReadOptions = {},
): Promise<{ header: LayerHeader | null; collection: FeatureCollection }> {
  let header: LayerHeader | null = null;
  const features: Feature[] = [];
  for await (const f of readFeatures(input, {
    ...options,
    onHeader: (h) => {
      header = h;
      options.onHeader?.(h);
    },
  })) {
    features.push(f);
  }
  return { header, collection: { type: 'FeatureCollection', features } };
}

/**
 * Streams the features of a remote file whose bounding boxes intersect `rect`, reading only the
 * index and the matching features through HTTP Range requests. The file must have a spatial index.
 */
export async function* readFeaturesInRect(
  url: string,
  rect: Rect,
  options: ReadOptions = {},
): AsyncGenerator<Feature> {
  const { signal, onHeader } = options;
  signal?.throwIfAborted();
  const headerMetaFn = (meta: HeaderMeta) => {
    if (meta.indexNodeSize === 0)
      throw new FlatGeobufError(`${url} has no spatial index; read it whole instead.`);
    onHeader?.(describeHeader(meta));
  };
  try {
    for await (const feature of deserialize(url, { rect, headerMetaFn })) {
      signal?.throwIfAborted();
      yield { type: 'Feature', geometry: feature.geometry as Geometry, properties: feature.properties ?? {} };
    }
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof FlatGeobufError) throw err;
    throw new FlatGeobufError(`Could not read ${url} by range: ${(err as Error)?.message ?? String(err)}`);
  }
}
