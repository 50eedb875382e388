// One FlatGeobuf feature table to a GeoJSON feature, through the data boundary.
import * as flatbuffers from 'flatbuffers';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
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
  for (const { name } of columns) properties[name] = null;
  let parsed: ReturnType<typeof parseProperties>;
  let geometry: Geometry | null = null;
  try {
    parsed = parseProperties(feature, columns);
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

/** Reports the problems, or turns the first into the adapter's error when nobody listens. */
export function settle(problems: FeatureProblem[], onProblem: ReadOptions['onProblem']): void {
  try {
    settleProblems(problems, onProblem);
  } catch (err) {
    if (err instanceof FeatureProblemError) throw new FlatGeobufError(err.message);
    throw err;
  }
}
