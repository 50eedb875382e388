// The one module that talks to the flatgeobuf package. Everything else reads and writes GeoJSON
// features through these functions, so a change of library version touches one file.
//
// Writing: flatgeobuf's own `geojson.serialize` infers the column list and types from the FIRST
// feature only, types a null as String and silently drops keys the first feature lacks. Curated
// layers have unknown values (an unknown area is null, not 0), so we build the header ourselves from
// every feature, with real nullable columns, using the package's lower-level header and feature
// builders. The TS writer writes no spatial index; our layers are small enough to stream whole.
//
// Reading: whole files are read as a stream (fetch body) or bytes, with our own framing and property
// parsing on top of the package's generated FlatBuffers tables (see "Reading" below for why).
// Spatial filtering with a rect works only against a URL served with HTTP Range and a file that has
// an index (files written by GDAL and others; not ours); it uses the package's HttpReader.
// `flatbuffers` is the package's own dependency (same version), imported for its ByteBuffer.

import * as flatbuffers from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { magicbytes, SIZE_PREFIX_LEN } from 'flatgeobuf/lib/mjs/constants.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import type { Geometry as FgbGeometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildFeature, type IProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import { fromByteBuffer, type HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { type HttpRangeClient, HttpReader } from 'flatgeobuf/lib/mjs/http-reader.js';
import { calcTreeSize, type Rect } from 'flatgeobuf/lib/mjs/packedrtree.js';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

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

// ---------------------------------------------------------------------------------------------
// Reading
//
// We do not use the package's `deserialize` for whole files. Probing it against real files (the
// upstream test data in ../shared/data/flatgeobuf-testdata) showed:
// - a header that declares a spatial index but no feature count sends `calcTreeSize(0, n)` into a
//   synchronous endless loop (the 57-byte clusterfuzz file): the tab freezes, no timeout can help;
// - a truncated stream is not detected (slice-source returns short reads silently);
// - a Json column that is not valid JSON throws (`JSON.parse`), failing the whole layer;
// - a feature without geometry crashes (`Cannot read properties of null`);
// - Triangle / TIN / PolyhedralSurface come back as `{ type: 'Triangle', coordinates: undefined }`.
// So the framing (magic, size-prefixed header, index, size-prefixed features) is read here, with
// every length checked against the bytes that exist, and only the generated FlatBuffers tables
// (`Header`, `Feature`) and `fromByteBuffer` come from the package. Costs: one copy per feature
// (FlatBuffers' typed-array views need 8-byte alignment, which a file offset does not guarantee),
// and this file must follow format changes the package would otherwise absorb (v3 since 2019).

const HEADER_MAX_BYTES = 10 * 1024 * 1024; // the package's own limit for a header
const FEATURE_MAX_BYTES = 1024 * 1024 * 1024;
const MAX_GEOMETRY_TYPE = GeometryType.Triangle;

function describeHeader(meta: HeaderMeta): LayerHeader {
  const env = meta.envelope;
  const crs = meta.crs;
  return {
    geometryType: GeometryType[meta.geometryType] ?? String(meta.geometryType),
    // 0 means "unknown" in the format (a streaming writer does not know the count up front).
    featureCount: meta.featuresCount > 0 ? meta.featuresCount : null,
    columns: (meta.columns ?? []).map((c) => ({ name: c.name, type: ColumnType[c.type] ?? String(c.type) })),
    envelope: env && env.length >= 4 ? [env[0]!, env[1]!, env[2]!, env[3]!] : null,
    hasIndex: meta.indexNodeSize > 0 && meta.featuresCount > 0,
    crs: !crs
      ? null
      : crs.code > 0
        ? `${crs.org ?? 'EPSG'}:${crs.code}`
        : (crs.code_string ?? crs.name ?? (crs.wkt ? 'WKT' : null)),
    title: meta.title,
    description: meta.description,
    metadata: meta.metadata,
  };
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called once, before the first feature, with the file's header. */
  onHeader?: (header: LayerHeader) => void;
  /**
   * A feature without geometry (an attribute-only file, a null geometry): 'error' (the default)
   * stops with a FlatGeobufError saying so, since the viewer draws every feature; 'keep' returns it
   * with `geometry: null` (the return type then says so).
   */
  nullGeometry?: 'error' | 'keep';
}

/** A feature as read with `nullGeometry: 'keep'`. */
export type MaybeGeometryFeature = Feature<Geometry | null>;
type KeepNull = ReadOptions & { nullGeometry: 'keep' };

/** Names what a non-FlatGeobuf payload looks like, for the error message (a 404 page, JSON...). */
function describeNonFgb(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'The file is empty (0 bytes).';
  const text = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  const looksLike = text.startsWith('<')
    ? ' It looks like an HTML/XML page (a "not found" page served in place of the file?).'
    : text.startsWith('{') || text.startsWith('[')
      ? ' It looks like JSON (GeoJSON?), not FlatGeobuf.'
      : '';
  return `Not a FlatGeobuf file (the first bytes are not "fgb").${looksLike}`;
}

function checkMagic(bytes: Uint8Array): void {
  // The first 3 bytes are "fgb", the 4th the major version; the rest of the magic is reserved.
  if (bytes.length < 4 || bytes[0] !== 0x66 || bytes[1] !== 0x67 || bytes[2] !== 0x62) {
    throw new FlatGeobufError(describeNonFgb(bytes));
  }
  // Version 2 files (GDAL before 3.1, e.g. topp_states.fgb) share the layout this reader relies on.
  if (bytes[3] !== 2 && bytes[3] !== 3) {
    throw new FlatGeobufError(`FlatGeobuf version ${bytes[3]} is not supported (only versions 2 and 3).`);
  }
}

function checkHeaderLength(length: number, available: number | null): void {
  if (length < 4 || length > HEADER_MAX_BYTES) {
    throw new FlatGeobufError(`Damaged FlatGeobuf file: the header claims ${length} bytes.`);
  }
  if (available !== null && length > available) {
    throw new FlatGeobufError(
      `Damaged or truncated FlatGeobuf file: the header claims ${length} bytes but only ${available} follow.`,
    );
  }
}

/** Parses and validates the header; `sizePrefixed` holds the 4-byte length and the header. */
function parseHeader(sizePrefixed: Uint8Array): HeaderMeta {
  let meta: HeaderMeta;
  try {
    meta = fromByteBuffer(new flatbuffers.ByteBuffer(aligned(sizePrefixed)));
  } catch (err) {
    throw new FlatGeobufError(`Damaged FlatGeobuf header: ${(err as Error)?.message ?? String(err)}`);
  }
  if (
    !Number.isInteger(meta.geometryType) ||
    meta.geometryType < 0 ||
    meta.geometryType > MAX_GEOMETRY_TYPE
  ) {
    throw new FlatGeobufError(`Damaged FlatGeobuf header: unknown geometry type ${meta.geometryType}.`);
  }
  if (!Number.isSafeInteger(meta.featuresCount) || meta.featuresCount < 0) {
    throw new FlatGeobufError(`Damaged FlatGeobuf header: feature count ${meta.featuresCount}.`);
  }
  for (const c of meta.columns ?? []) {
    if (ColumnType[c.type] === undefined) {
      throw new FlatGeobufError(`Column "${c.name}" has an unknown type ${c.type}.`);
    }
  }
  return meta;
}

/** Bytes of the spatial index after the header. An index needs a known feature count. */
function indexBytes(meta: HeaderMeta): number {
  // calcTreeSize(0, n) never returns: only ask for a count the index can exist for.
  return meta.indexNodeSize > 0 && meta.featuresCount > 0
    ? calcTreeSize(meta.featuresCount, meta.indexNodeSize)
    : 0;
}

/** A copy starting at offset 0 of a fresh buffer (FlatBuffers' Float64Array views need alignment). */
function aligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
}

/**
 * Sequential reads from bytes or a stream, each of an exact size. A stream that ends early is a
 * truncated file (an error); the end is only acceptable between features. Aborting cancels the
 * stream, so a stalled download stops too.
 */
class ByteReader {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private ended = false;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | null;
  /** Bytes not yet read, when known (bytes input); null for streams. */
  remaining: number | null;

  constructor(
    input: Uint8Array | ReadableStream<Uint8Array>,
    private readonly signal: AbortSignal | undefined,
  ) {
    if (input instanceof Uint8Array) {
      this.reader = null;
      this.chunks = input.length > 0 ? [input] : [];
      this.buffered = input.length;
      this.ended = true;
      this.remaining = input.length;
    } else {
      this.reader = input.getReader();
      this.remaining = null;
    }
  }

  private async pull(): Promise<void> {
    if (!this.reader) {
      this.ended = true;
      return;
    }
    const { signal } = this;
    signal?.throwIfAborted();
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const { done, value } = await Promise.race([this.reader.read(), aborted]);
      if (done) this.ended = true;
      else if (value && value.length > 0) {
        if (!(value instanceof Uint8Array)) throw new FlatGeobufError('The stream did not deliver bytes.');
        this.chunks.push(value);
        this.buffered += value.length;
      }
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Up to `n` bytes: fewer only when the input ends. */
  async read(n: number): Promise<Uint8Array> {
    while (this.buffered < n && !this.ended) await this.pull();
    const take = Math.min(n, this.buffered);
    let out: Uint8Array;
    const first = this.chunks[0];
    if (first && first.length >= take) {
      out = first.subarray(0, take);
      if (first.length === take) this.chunks.shift();
      else this.chunks[0] = first.subarray(take);
    } else {
      out = new Uint8Array(take);
      let filled = 0;
      while (filled < take) {
        const chunk = this.chunks[0]!;
        const part = Math.min(chunk.length, take - filled);
        out.set(chunk.subarray(0, part), filled);
        filled += part;
        if (part === chunk.length) this.chunks.shift();
        else this.chunks[0] = chunk.subarray(part);
      }
    }
    this.buffered -= take;
    if (this.remaining !== null) this.remaining -= take;
    return out;
  }

  /** Exactly `n` bytes, or a FlatGeobufError naming what was cut off. */
  async readExactly(n: number, what: string): Promise<Uint8Array> {
    const bytes = await this.read(n);
    if (bytes.length < n) {
      throw new FlatGeobufError(
        `Truncated FlatGeobuf file: it ends inside ${what} (${bytes.length} of ${n} bytes).`,
      );
    }
    return bytes;
  }

  /** Skips `n` bytes without keeping them (the spatial index of a whole-file read). */
  async skip(n: number, what: string): Promise<void> {
    let left = n;
    while (left > 0) {
      const part = await this.read(Math.min(left, 1 << 20));
      if (part.length === 0) {
        throw new FlatGeobufError(`Truncated FlatGeobuf file: it ends inside ${what}.`);
      }
      left -= part.length;
    }
  }

  /** Stops the stream (early exit, abort or error): lets the browser drop the download. */
  close(): void {
    if (!this.reader) return;
    this.reader.cancel().catch(() => {});
    this.reader.releaseLock();
  }
}

/**
 * Streams the features of a whole FlatGeobuf file. Columns a feature has no value for come back as
 * null, so every feature of a layer has the same keys. A feature without geometry is an error, or
 * comes back with `geometry: null` with `nullGeometry: 'keep'`. Throws FlatGeobufError for a file
 * that is not FlatGeobuf or is damaged or truncated, and the signal's reason when aborted.
 */
export function readFeatures(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: KeepNull,
): AsyncGenerator<MaybeGeometryFeature>;
export function readFeatures(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options?: ReadOptions,
): AsyncGenerator<Feature>;
export async function* readFeatures(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: ReadOptions = {},
): AsyncGenerator<MaybeGeometryFeature> {
  const { signal, onHeader, nullGeometry = 'error' } = options;
  signal?.throwIfAborted();
  const source = new ByteReader(input, signal);
  try {
    const magic = await source.read(magicbytes.length);
    checkMagic(magic);
    if (magic.length < magicbytes.length) throw new FlatGeobufError('Truncated FlatGeobuf file (no header).');
    const lengthBytes = await source.readExactly(SIZE_PREFIX_LEN, 'the header length');
    const headerLength = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0, true);
    checkHeaderLength(headerLength, source.remaining);
    const headerBytes = await source.readExactly(headerLength, 'the header');
    const sizePrefixed = new Uint8Array(SIZE_PREFIX_LEN + headerLength);
    sizePrefixed.set(lengthBytes, 0);
    sizePrefixed.set(headerBytes, SIZE_PREFIX_LEN);
    const meta = parseHeader(sizePrefixed);
    onHeader?.(describeHeader(meta));
    const columns = meta.columns ?? [];
    await source.skip(indexBytes(meta), 'the spatial index');

    for (let n = 0; ; n++) {
      signal?.throwIfAborted();
      const prefix = await source.read(SIZE_PREFIX_LEN);
      if (prefix.length === 0) {
        if (meta.featuresCount > 0 && n < meta.featuresCount) {
          throw new FlatGeobufError(
            `Truncated FlatGeobuf file: it ends after ${n} of ${meta.featuresCount} features.`,
          );
        }
        return;
      }
      if (prefix.length < SIZE_PREFIX_LEN) {
        throw new FlatGeobufError(`Truncated FlatGeobuf file: it ends inside feature ${n + 1}.`);
      }
      const length = new DataView(prefix.buffer, prefix.byteOffset, 4).getUint32(0, true);
      if (length === 0 || length > FEATURE_MAX_BYTES) {
        throw new FlatGeobufError(`Damaged FlatGeobuf file: feature ${n + 1} claims ${length} bytes.`);
      }
      if (source.remaining !== null && length > source.remaining) {
        throw new FlatGeobufError(
          `Damaged or truncated FlatGeobuf file: feature ${n + 1} claims ${length} bytes but only ${source.remaining} follow.`,
        );
      }
      const body = await source.readExactly(length, `feature ${n + 1}`);
      const bytes = new Uint8Array(SIZE_PREFIX_LEN + length);
      bytes.set(prefix, 0);
      bytes.set(body, SIZE_PREFIX_LEN);
      yield toGeoJson(bytes, meta, columns, n, nullGeometry);
    }
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof FlatGeobufError) throw err;
    throw new FlatGeobufError(`Not a readable FlatGeobuf file: ${(err as Error)?.message ?? String(err)}`);
  } finally {
    source.close();
  }
}

/** One size-prefixed feature (its own aligned buffer) to GeoJSON. */
function toGeoJson(
  bytes: Uint8Array,
  meta: HeaderMeta,
  columns: ColumnMeta[],
  n: number,
  nullGeometry: 'error' | 'keep',
): MaybeGeometryFeature {
  try {
    const feature = FgbFeature.getSizePrefixedRootAsFeature(new flatbuffers.ByteBuffer(bytes));
    return fromFgbFeature(feature, meta.geometryType, columns, nullGeometry);
  } catch (err) {
    if (err instanceof FlatGeobufError) throw new FlatGeobufError(`Feature ${n + 1}: ${err.message}`);
    throw new FlatGeobufError(
      `Damaged FlatGeobuf file: feature ${n + 1} cannot be decoded (${(err as Error)?.message ?? String(err)}).`,
    );
  }
}

function fromFgbFeature(
  feature: FgbFeature,
  headerType: GeometryType,
  columns: ColumnMeta[],
  nullGeometry: 'error' | 'keep',
): MaybeGeometryFeature {
  const properties: Record<string, unknown> = {};
  for (const { name } of columns) properties[name] = null;
  Object.assign(properties, parseProperties(feature, columns));
  const g = feature.geometry();
  const geometry = g ? toGeometry(g, headerType) : null;
  if (!geometry && nullGeometry !== 'keep') {
    throw new FlatGeobufError(
      'it has no geometry (an attribute-only file, or a null or empty geometry); the viewer cannot draw it.',
    );
  }
  return { type: 'Feature', geometry, properties };
}

const textDecoder = new TextDecoder();

/**
 * The package's `parseProperties`, with two differences: a Json value that does not parse is kept
 * as its raw string (GDAL never parses Json columns: it returns the string), and every offset is
 * checked against the property buffer. Long/ULong become numbers (exact up to 2^53, like the package;
 * GDAL gives ULong as a double too). DateTime stays an ISO 8601 string; Binary a Uint8Array copy.
 */
function parseProperties(feature: FgbFeature, columns: ColumnMeta[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const array = feature.propertiesArray();
  if (!array || array.length === 0) return out;
  const view = new DataView(array.buffer, array.byteOffset, array.byteLength);
  const need = (offset: number, size: number) => {
    if (offset + size > array.length) throw new FlatGeobufError('a property value runs past its feature.');
  };
  let offset = 0;
  // `+ 1`: like GDAL, tolerate one trailing padding byte (alldatatypes.fgb, written by GDAL, has one).
  while (offset + 1 < array.length) {
    const i = view.getUint16(offset, true);
    offset += 2;
    const column = columns[i];
    if (!column) throw new FlatGeobufError(`a property refers to column ${i}, which the header lacks.`);
    const { name, type } = column;
    const sizes: Partial<Record<ColumnType, number>> = {
      [ColumnType.Byte]: 1,
      [ColumnType.UByte]: 1,
      [ColumnType.Bool]: 1,
      [ColumnType.Short]: 2,
      [ColumnType.UShort]: 2,
      [ColumnType.Int]: 4,
      [ColumnType.UInt]: 4,
      [ColumnType.Long]: 8,
      [ColumnType.ULong]: 8,
      [ColumnType.Float]: 4,
      [ColumnType.Double]: 8,
    };
    const fixed = sizes[type];
    if (fixed !== undefined) need(offset, fixed);
    switch (type) {
      case ColumnType.Byte:
        out[name] = view.getInt8(offset);
        break;
      case ColumnType.UByte:
        out[name] = view.getUint8(offset);
        break;
      case ColumnType.Bool:
        out[name] = view.getUint8(offset) !== 0;
        break;
      case ColumnType.Short:
        out[name] = view.getInt16(offset, true);
        break;
      case ColumnType.UShort:
        out[name] = view.getUint16(offset, true);
        break;
      case ColumnType.Int:
        out[name] = view.getInt32(offset, true);
        break;
      case ColumnType.UInt:
        out[name] = view.getUint32(offset, true);
        break;
      case ColumnType.Long:
        out[name] = Number(view.getBigInt64(offset, true));
        break;
      case ColumnType.ULong:
        out[name] = Number(view.getBigUint64(offset, true));
        break;
      case ColumnType.Float:
        out[name] = view.getFloat32(offset, true);
        break;
      case ColumnType.Double:
        out[name] = view.getFloat64(offset, true);
        break;
      case ColumnType.String:
      case ColumnType.DateTime:
      case ColumnType.Json:
      case ColumnType.Binary: {
        need(offset, 4);
        const length = view.getUint32(offset, true);
        offset += 4;
        need(offset, length);
        const raw = array.subarray(offset, offset + length);
        offset += length;
        if (type === ColumnType.Binary) out[name] = raw.slice();
        else if (type === ColumnType.Json) out[name] = parseJsonOrRaw(textDecoder.decode(raw));
        else out[name] = textDecoder.decode(raw);
        continue;
      }
      default:
        throw new FlatGeobufError(`column "${name}" has an unknown type ${type}.`);
    }
    offset += fixed ?? 0;
  }
  return out;
}

function parseJsonOrRaw(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Pairs of x, y (and z when present) from a geometry's flat arrays, between two vertex indices. */
function positions(g: FgbGeometry, from = 0, to?: number): Position[] {
  const xy = g.xyArray();
  if (!xy) return [];
  const z = g.zArray();
  const end = Math.min(to ?? xy.length / 2, xy.length / 2);
  const out: Position[] = [];
  for (let i = from; i < end; i++) {
    const p: Position = [xy[2 * i]!, xy[2 * i + 1]!];
    if (z && z.length > i) p.push(z[i]!);
    out.push(p);
  }
  return out;
}

function rings(g: FgbGeometry): Position[][] {
  const ends = g.endsArray();
  if (!ends || ends.length === 0) return [positions(g)];
  const out: Position[][] = [];
  let start = 0;
  for (const end of ends) {
    out.push(positions(g, start, end));
    start = end;
  }
  return out;
}

function polygonsOf(g: FgbGeometry): Position[][][] {
  const out: Position[][][] = [];
  for (let i = 0; i < g.partsLength(); i++) {
    const part = g.parts(i);
    if (part && part.xyLength() > 0) out.push(rings(part));
  }
  return out;
}

/**
 * An FGB geometry to GeoJSON; null when it is empty. Triangle becomes a Polygon and TIN /
 * PolyhedralSurface a MultiPolygon (what GDAL's GeoJSON writer does: the shapes are exact, only the
 * "these faces form a surface" meaning is lost). Curves have no GeoJSON form: they are refused with
 * their type name rather than approximated.
 */
function toGeometry(g: FgbGeometry, headerType: GeometryType): Geometry | null {
  const type = headerType === GeometryType.Unknown ? g.type() : headerType;
  switch (type) {
    case GeometryType.Point: {
      const [p] = positions(g, 0, 1);
      return p ? { type: 'Point', coordinates: p } : null;
    }
    case GeometryType.MultiPoint:
      return g.xyLength() > 0 ? { type: 'MultiPoint', coordinates: positions(g) } : null;
    case GeometryType.LineString:
      return g.xyLength() > 0 ? { type: 'LineString', coordinates: positions(g) } : null;
    case GeometryType.MultiLineString:
      return g.xyLength() > 0 ? { type: 'MultiLineString', coordinates: rings(g) } : null;
    case GeometryType.Polygon:
    case GeometryType.Triangle:
      return g.xyLength() > 0 ? { type: 'Polygon', coordinates: rings(g) } : null;
    case GeometryType.MultiPolygon:
    case GeometryType.TIN:
    case GeometryType.PolyhedralSurface: {
      const polygons = polygonsOf(g);
      return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
    }
    case GeometryType.GeometryCollection: {
      const geometries: Geometry[] = [];
      for (let i = 0; i < g.partsLength(); i++) {
        const part = g.parts(i);
        const geometry = part ? toGeometry(part, GeometryType.Unknown) : null;
        if (geometry) geometries.push(geometry);
      }
      return { type: 'GeometryCollection', geometries };
    }
    default:
      throw new FlatGeobufError(
        `geometry type ${GeometryType[type] ?? type} (a curve or an unknown type) cannot be shown by this 2D viewer.`,
      );
  }
}

/** Reads a whole file into a FeatureCollection (small layers, tests, the pipeline). */
export function readFeatureCollection(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: KeepNull,
): Promise<{ header: LayerHeader | null; collection: FeatureCollection<Geometry | null> }>;
export function readFeatureCollection(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options?: ReadOptions,
): Promise<{ header: LayerHeader | null; collection: FeatureCollection }>;
export async function readFeatureCollection(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: ReadOptions = {},
): Promise<{ header: LayerHeader | null; collection: FeatureCollection<Geometry | null> }> {
  let header: LayerHeader | null = null;
  const features: MaybeGeometryFeature[] = [];
  for await (const f of readFeatures(input, {
    ...options,
    nullGeometry: options.nullGeometry ?? 'error',
    onHeader: (h) => {
      header = h;
      options.onHeader?.(h);
    },
  })) {
    features.push(f);
  }
  return { header, collection: { type: 'FeatureCollection', features } };
}

/** The package's HttpReader asks this for byte ranges; ours passes the abort signal to fetch. */
class RangeClient {
  constructor(
    private readonly url: string,
    private readonly signal: AbortSignal | undefined,
  ) {}

  async getRange(begin: number, length: number): Promise<ArrayBuffer> {
    const response = await fetch(this.url, {
      headers: { Range: `bytes=${begin}-${begin + length - 1}` },
      signal: this.signal,
    });
    if (!response.ok)
      throw new FlatGeobufError(`${this.url}: HTTP ${response.status} ${response.statusText}`);
    const body = await response.arrayBuffer();
    // A server that ignores Range answers 200 with the whole file: cut out what was asked for.
    return response.status === 206 ? body : body.slice(begin, begin + length);
  }
}

/**
 * Streams the features of a remote file whose bounding boxes intersect `rect`, reading only the
 * index and the matching features through HTTP Range requests. The file must have a spatial index.
 * The header is fetched and checked here first (one small extra request), because the package's
 * HttpReader would loop forever on a header with an index but no feature count.
 */
export function readFeaturesInRect(
  url: string,
  rect: Rect,
  options: KeepNull,
): AsyncGenerator<MaybeGeometryFeature>;
export function readFeaturesInRect(url: string, rect: Rect, options?: ReadOptions): AsyncGenerator<Feature>;
export async function* readFeaturesInRect(
  url: string,
  rect: Rect,
  options: ReadOptions = {},
): AsyncGenerator<MaybeGeometryFeature> {
  const { signal, onHeader, nullGeometry = 'error' } = options;
  signal?.throwIfAborted();
  try {
    const client = new RangeClient(url, signal);
    const start = new Uint8Array(await client.getRange(0, magicbytes.length + SIZE_PREFIX_LEN));
    checkMagic(start);
    if (start.length < magicbytes.length + SIZE_PREFIX_LEN)
      throw new FlatGeobufError('Truncated FlatGeobuf file.');
    const headerLength = new DataView(start.buffer).getUint32(magicbytes.length, true);
    checkHeaderLength(headerLength, null);
    const sizePrefixed = new Uint8Array(
      await client.getRange(magicbytes.length, SIZE_PREFIX_LEN + headerLength),
    );
    if (sizePrefixed.length < SIZE_PREFIX_LEN + headerLength) {
      throw new FlatGeobufError('Truncated FlatGeobuf file: it ends inside the header.');
    }
    const meta = parseHeader(sizePrefixed);
    if (indexBytes(meta) === 0) {
      throw new FlatGeobufError(`${url} has no spatial index; read it whole instead.`);
    }
    const reader = await HttpReader.openSource(client as unknown as HttpRangeClient);
    onHeader?.(describeHeader(meta));
    const columns = meta.columns ?? [];
    for await (const { id, feature } of reader.selectBbox(rect)) {
      signal?.throwIfAborted();
      try {
        yield fromFgbFeature(feature, meta.geometryType, columns, nullGeometry);
      } catch (err) {
        if (err instanceof FlatGeobufError) throw new FlatGeobufError(`Feature ${id + 1}: ${err.message}`);
        throw err;
      }
    }
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof FlatGeobufError) throw err;
    throw new FlatGeobufError(`Could not read ${url} by range: ${(err as Error)?.message ?? String(err)}`);
  }
}
