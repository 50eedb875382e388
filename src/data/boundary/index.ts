// The one boundary every reader passes its features through (FlatGeobuf today; GeoJSON, CSV,
// Shapefile, KML and GPX readers later): validate once, where data enters, so nothing downstream
// meets NaN coordinates, open rings, decomposed text or a property that reaches a prototype.
//
// Policy: a feature whose geometry is missing, empty or unusable is KEPT with `geometry: null` and
// a FeatureProblem (it is never dropped silently; the UI lists it as "no valid location"). Damage
// to the file's own structure (lengths that do not match) is the reader's business: it fails the
// read, since nothing after it can be trusted.
import type { Feature, Geometry } from 'geojson';
import { geometryFault } from './geometry';
import { type FeatureProblem, FeatureProblemError, featureIdentity, type ProblemKey } from './problem';
import { safeProperties } from './properties';

export { type GeometryFault, geometryFault } from './geometry';
export {
  describeFeature,
  type FeatureProblem,
  FeatureProblemError,
  featureIdentity,
  isLocationProblem,
  PROBLEM_KEYS,
  type ProblemKey,
} from './problem';
export { nfc, safeProperties, safeValue } from './properties';

/** A feature as it leaves the boundary: null geometry when it has no usable location. */
export type CheckedFeature = Feature<Geometry | null, Record<string, unknown>>;

export interface CheckOptions {
  /**
   * 'keep': a feature with no geometry at all is expected (an attribute-only file) and is not a
   * problem. Default 'report': it is one. Unusable geometries are problems either way.
   */
  nullGeometry?: 'report' | 'keep';
  /** Problems the reader found while decoding this feature's attributes (kept values). */
  valueProblems?: readonly { message: string; messageKey: ProblemKey; column?: string }[];
}

/**
 * `g` without its GeoJSON `bbox` member (nor its collection members'): a box a file or a reader
 * wrote (shpjs gives every record one) is not checked, goes stale when the coordinates are
 * reprojected (a District 1 file kept boxes in metres beside degrees) and would be exported as it
 * was; the app computes the boxes it needs. The same object when there is none.
 */
function withoutBbox(g: Geometry | null): Geometry | null {
  if (g === null || typeof g !== 'object') return g;
  const collection = g.type === 'GeometryCollection' && Array.isArray(g.geometries);
  if (!('bbox' in g) && !(collection && g.geometries.some((m) => m && typeof m === 'object' && 'bbox' in m)))
    return g;
  const { bbox: _box, ...rest } = g;
  return (
    collection
      ? { ...rest, geometries: (rest as { geometries: Geometry[] }).geometries.map(withoutBbox) }
      : rest
  ) as Geometry;
}

/**
 * Checks one feature as it enters the app and returns the feature to keep: properties
 * null-prototyped with NFC keys and strings, geometry as given or null when unusable (see
 * `geometryFault`). Every problem is appended to `problems` naming the feature (`ordinal` is
 * 1-based). Never throws for bad content.
 */
export function checkFeature(
  feature: Feature<Geometry | null> | { geometry?: unknown; properties?: unknown; id?: unknown },
  ordinal: number,
  problems: FeatureProblem[],
  options: CheckOptions = {},
): CheckedFeature {
  const raw = feature.properties;
  const properties =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? safeProperties(raw as Record<string, unknown>)
      : (Object.create(null) as Record<string, unknown>);
  const featureId = typeof feature.id === 'string' || typeof feature.id === 'number' ? feature.id : undefined;
  const who = featureIdentity(ordinal, properties, featureId);
  for (const p of options.valueProblems ?? []) problems.push({ ...who, ...p });
  let geometry = withoutBbox((feature.geometry ?? null) as Geometry | null);
  if (geometry !== null || options.nullGeometry !== 'keep') {
    const fault = geometryFault(geometry);
    if (fault) {
      problems.push({ ...who, ...fault });
      geometry = null;
    }
  }
  const out: CheckedFeature = { type: 'Feature', geometry, properties };
  if (featureId !== undefined) out.id = featureId;
  return out;
}

/**
 * Hands each problem to `onProblem`, or, when the caller gave none, throws the first as a
 * FeatureProblemError: a problem is reported or fatal, never silent.
 */
export function settleProblems(
  problems: readonly FeatureProblem[],
  onProblem: ((p: FeatureProblem) => void) | undefined,
): void {
  if (problems.length === 0) return;
  if (!onProblem) throw new FeatureProblemError(problems[0]!);
  for (const p of problems) onProblem(p);
}
