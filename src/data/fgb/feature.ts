// One FlatGeobuf feature table to a GeoJSON feature, through the data boundary.
import * as flatbuffers from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import type { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import type { Geometry } from 'geojson';
import {
  checkFeature,
  describeFeature,
  type FeatureProblem,
  FeatureProblemError,
  featureIdentity,
  safeProperties,
  settleProblems,
} from '../boundary';
import { toGeometry } from './geometry';
import { parseProperties } from './properties';
import { FlatGeobufError, type MaybeGeometryFeature, type ReadOptions } from './types';

export interface Decoded {
  feature: MaybeGeometryFeature;
  problems: FeatureProblem[];
}

/** One size-prefixed feature (its own aligned buffer) to GeoJSON; `ordinal` is 1-based. */
export function toGeoJson(
  bytes: Uint8Array,
  headerType: GeometryType,
  columns: ColumnMeta[],
  ordinal: number,
  nullGeometry: ReadOptions['nullGeometry'],
): Decoded {
  let feature: FgbFeature;
  try {
    feature = FgbFeature.getSizePrefixedRootAsFeature(new flatbuffers.ByteBuffer(bytes));
  } catch (err) {
    throw damaged(ordinal, err);
  }
  return fromFgbFeature(feature, headerType, columns, ordinal, nullGeometry);
}

function damaged(ordinal: number, err: unknown): FlatGeobufError {
  return new FlatGeobufError(
    `Damaged FlatGeobuf file: feature ${ordinal} cannot be decoded (${(err as Error)?.message ?? String(err)}).`,
  );
}

/**
 * Decodes a feature table: damage to its structure throws a FlatGeobufError naming the feature
 * ("Feature 3 (id vsip_1, "VSIP I"): ..."); what the boundary finds comes back in `problems`.
 * Every column of the header is a key (null where the feature has no value).
 */
export function fromFgbFeature(
  feature: FgbFeature,
  headerType: GeometryType,
  columns: ColumnMeta[],
  ordinal: number,
  nullGeometry: ReadOptions['nullGeometry'],
): Decoded {
  const properties: Record<string, unknown> = Object.create(null);
  let parsed: ReturnType<typeof parseProperties>;
  let geometry: Geometry | null = null;
  try {
    // The format lets a feature carry its own columns when the header has none.
    const own = columns.length === 0 ? featureColumns(feature) : columns;
    for (const { name } of own) properties[name] = null;
    parsed = parseProperties(feature, own);
  } catch (err) {
    if (err instanceof FlatGeobufError) throw new FlatGeobufError(`Feature ${ordinal}: ${err.message}`);
    throw damaged(ordinal, err);
  }
  Object.assign(properties, parsed.values);
  try {
    const g = feature.geometry();
    geometry = g ? toGeometry(g, headerType) : null;
  } catch (err) {
    const who = describeFeature(featureIdentity(ordinal, safeProperties(properties)));
    if (err instanceof FlatGeobufError) throw new FlatGeobufError(`${who}: ${err.message}`);
    throw damaged(ordinal, err);
  }
  const problems: FeatureProblem[] = [];
  const checked = checkFeature({ type: 'Feature', geometry, properties }, ordinal, problems, {
    nullGeometry: nullGeometry === 'keep' ? 'keep' : 'report',
    valueProblems: parsed.problems,
  });
  return { feature: checked, problems };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A feature's own column schema (name and type are all the property decoder needs). */
export function featureColumns(feature: FgbFeature): ColumnMeta[] {
  const out: ColumnMeta[] = [];
  const names = new Set<string>();
  for (let i = 0; i < feature.columnsLength(); i++) {
    const c = feature.columns(i);
    const raw = c?.name(flatbuffers.Encoding.UTF8_BYTES);
    if (raw instanceof Uint8Array && !isUtf8(raw)) {
      throw new FlatGeobufError(`the name of its column ${i + 1} is not valid UTF-8 text.`);
    }
    const name = c?.name();
    if (!c || name === null || name === undefined)
      throw new FlatGeobufError(`its column ${i + 1} has no name.`);
    if (names.has(name)) throw new FlatGeobufError(`its column "${name}" appears twice.`);
    if (ColumnType[c.type()] === undefined)
      throw new FlatGeobufError(`its column "${name}" has an unknown type ${c.type()}.`);
    names.add(name);
    out.push({ name, type: c.type() } as ColumnMeta);
  }
  return out;
}

/** Reports the problems, or turns the first into the adapter's error when nobody listens. */
export function settle(problems: FeatureProblem[], onProblem: ReadOptions['onProblem']): void {
  try {
    settleProblems(problems, onProblem);
  } catch (err) {
    if (err instanceof FeatureProblemError) throw new FlatGeobufError(err.message);
    throw err;
  }
}
