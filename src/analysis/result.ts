// Typed results for every analysis entry point. The UI never sees a throw: bad input comes back as
// `{ ok: false, error }` where `error` is a stable message key (for i18n) and `message` an English
// fallback (CLI, logs).

export const ANALYSIS_ERRORS = [
  'empty_selection',
  'distance_out_of_range',
  'missing_layer',
  'self_intersection',
  'invalid_geometry',
  'invalid_point',
  'unknown_corridor',
  'unknown_place',
  'unknown_kind',
  'unknown_status',
  'invalid_weights',
  'not_loaded',
  'cancelled',
  'internal',
] as const;
export type AnalysisErrorKey = (typeof ANALYSIS_ERRORS)[number];

export interface AnalysisError {
  ok: false;
  error: AnalysisErrorKey;
  /** i18n key for the UI, `analysis.error.<error>`. */
  messageKey: `analysis.error.${AnalysisErrorKey}`;
  message: string;
  details?: Record<string, unknown>;
}

export type AnalysisResult<T> = { ok: true; value: T } | AnalysisError;

export function ok<T>(value: T): AnalysisResult<T> {
  return { ok: true, value };
}

export function fail(
  error: AnalysisErrorKey,
  message: string,
  details?: Record<string, unknown>,
): AnalysisError {
  return details === undefined
    ? { ok: false, error, messageKey: `analysis.error.${error}`, message }
    : { ok: false, error, messageKey: `analysis.error.${error}`, message, details };
}

/** Thrown only inside this module and turned into a result by `guard`. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** Runs `fn`, turning any throw into an `internal` (or `cancelled`) error result. */
export function guard<T>(fn: () => AnalysisResult<T>): AnalysisResult<T> {
  try {
    return fn();
  } catch (err) {
    return toFailure(err);
  }
}

export async function guardAsync<T>(fn: () => Promise<AnalysisResult<T>>): Promise<AnalysisResult<T>> {
  try {
    return await fn();
  } catch (err) {
    return toFailure(err);
  }
}

function toFailure(err: unknown): AnalysisError {
  if (err instanceof CancelledError) return fail('cancelled', 'The analysis was cancelled.');
  return fail('internal', `Analysis failed: ${(err as Error)?.message ?? String(err)}`);
}

/** Maximum search distance a user can ask for (km). */
export const MAX_DISTANCE_KM = 200;

export function checkDistanceKm(km: unknown): AnalysisError | null {
  if (typeof km !== 'number' || !Number.isFinite(km) || km <= 0 || km > MAX_DISTANCE_KM) {
    return fail(
      'distance_out_of_range',
      `The distance must be a number greater than 0 and at most ${MAX_DISTANCE_KM} km (got ${String(km)}).`,
      { km, max: MAX_DISTANCE_KM },
    );
  }
  return null;
}

export function checkPoint(p: unknown): AnalysisError | null {
  if (
    !Array.isArray(p) ||
    p.length < 2 ||
    typeof p[0] !== 'number' ||
    typeof p[1] !== 'number' ||
    !Number.isFinite(p[0]) ||
    !Number.isFinite(p[1]) ||
    p[0] < -180 ||
    p[0] > 180 ||
    p[1] < -90 ||
    p[1] > 90
  ) {
    return fail('invalid_point', 'The point must be [longitude, latitude] in degrees.', { point: p });
  }
  return null;
}
