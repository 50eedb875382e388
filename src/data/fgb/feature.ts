// One FlatGeobuf feature table to a GeoJSON feature.
import * as flatbuffers from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import type { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { toGeometry } from './geometry';
import { parseProperties } from './properties';
import { FlatGeobufError, type MaybeGeometryFeature } from './types';

/** One size-prefixed feature (its own aligned buffer) to GeoJSON. */
export function toGeoJson(
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

export function fromFgbFeature(
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
