// The file's framing up to the first feature: magic bytes, size-prefixed header, index size.
import * as flatbuffers from 'flatbuffers';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { fromByteBuffer, type HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { calcTreeSize } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { nfc } from '../boundary';
import { FlatGeobufError, type LayerHeader } from './types';

export const HEADER_MAX_BYTES = 10 * 1024 * 1024; // the package's own limit for a header
const MAX_GEOMETRY_TYPE = GeometryType.Triangle;

export function describeHeader(meta: HeaderMeta): LayerHeader {
  const env = meta.envelope;
  const crs = meta.crs;
  return {
    geometryType: GeometryType[meta.geometryType] ?? String(meta.geometryType),
    // 0 means "unknown" in the format (a streaming writer does not know the count up front).
    featureCount: meta.featuresCount > 0 ? meta.featuresCount : null,
    columns: (meta.columns ?? []).map((c) => ({
      name: nfc(c.name),
      type: ColumnType[c.type] ?? String(c.type),
    })),
    envelope: env && env.length >= 4 ? [env[0]!, env[1]!, env[2]!, env[3]!] : null,
    hasIndex: meta.indexNodeSize > 0 && meta.featuresCount > 0,
    crs: !crs
      ? null
      : crs.code > 0
        ? `${crs.org ?? 'EPSG'}:${crs.code}`
        : (crs.code_string ?? crs.name ?? (crs.wkt ? 'WKT' : null)),
    title: meta.title === null ? null : nfc(meta.title),
    description: meta.description === null ? null : nfc(meta.description),
    metadata: meta.metadata,
  };
}

/** Names what a non-FlatGeobuf payload looks like, for the error message (a 404 page, JSON...). */
export function describeNonFgb(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'The file is empty (0 bytes).';
  const text = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  const looksLike = text.startsWith('<')
    ? ' It looks like an HTML/XML page (a "not found" page served in place of the file?).'
    : text.startsWith('{') || text.startsWith('[')
      ? ' It looks like JSON (GeoJSON?), not FlatGeobuf.'
      : '';
  return `Not a FlatGeobuf file (the first bytes are not "fgb").${looksLike}`;
}

export function checkMagic(bytes: Uint8Array): void {
  // The first 3 bytes are "fgb", the 4th the major version; the rest of the magic is reserved.
  if (bytes.length < 4 || bytes[0] !== 0x66 || bytes[1] !== 0x67 || bytes[2] !== 0x62) {
    throw new FlatGeobufError(describeNonFgb(bytes));
  }
  // Version 2 files (GDAL before 3.1, e.g. topp_states.fgb) share the layout this reader relies on.
  if (bytes[3] !== 2 && bytes[3] !== 3) {
    throw new FlatGeobufError(`FlatGeobuf version ${bytes[3]} is not supported (only versions 2 and 3).`);
  }
}

export function checkHeaderLength(length: number, available: number | null): void {
  if (length < 4 || length > HEADER_MAX_BYTES) {
    throw new FlatGeobufError(`Damaged FlatGeobuf file: the header claims ${length} bytes.`);
  }
  if (available !== null && length > available) {
    throw new FlatGeobufError(
      `Damaged or truncated FlatGeobuf file: the header claims ${length} bytes but only ${available} follow.`,
    );
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * FlatBuffers decodes names leniently (bad bytes become U+FFFD); a column name that is not valid
 * UTF-8 would then be silently another name, so it fails the read instead.
 */
function checkColumnNames(header: Header): void {
  for (let i = 0; i < header.columnsLength(); i++) {
    const raw = header.columns(i)?.name(flatbuffers.Encoding.UTF8_BYTES);
    if (!(raw instanceof Uint8Array)) continue;
    try {
      strictUtf8.decode(raw);
    } catch {
      throw new FlatGeobufError(
        `Column ${i + 1} of the header has a name that is not valid UTF-8 text ("${new TextDecoder().decode(raw)}").`,
      );
    }
  }
}

/** Parses and validates the header; `sizePrefixed` holds the 4-byte length and the header. */
export function parseHeader(sizePrefixed: Uint8Array): HeaderMeta {
  let meta: HeaderMeta;
  try {
    const bytes = aligned(sizePrefixed);
    meta = fromByteBuffer(new flatbuffers.ByteBuffer(bytes));
    // A fresh ByteBuffer: reading a size-prefixed root moves the buffer's position.
    checkColumnNames(Header.getSizePrefixedRootAsHeader(new flatbuffers.ByteBuffer(bytes)));
  } catch (err) {
    if (err instanceof FlatGeobufError) throw err;
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
  const names = new Set<string>();
  for (const c of meta.columns ?? []) {
    // A second column of the same name would overwrite the first one's values in every feature.
    if (names.has(c.name)) throw new FlatGeobufError(`Column "${c.name}" appears twice in the header.`);
    names.add(c.name);
    if (ColumnType[c.type] === undefined) {
      throw new FlatGeobufError(`Column "${c.name}" has an unknown type ${c.type}.`);
    }
  }
  return meta;
}

/** Bytes of the spatial index after the header. An index needs a known feature count. */
export function indexBytes(meta: HeaderMeta): number {
  // calcTreeSize(0, n) never returns: only ask for a count the index can exist for.
  return meta.indexNodeSize > 0 && meta.featuresCount > 0
    ? calcTreeSize(meta.featuresCount, meta.indexNodeSize)
    : 0;
}

/** A copy starting at offset 0 of a fresh buffer (FlatBuffers' Float64Array views need alignment). */
export function aligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
}
