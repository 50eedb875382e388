// What a reader reports about one feature it kept but could not take in faithfully.

/**
 * Locale keys of the problems (src/i18n): `problem.geometry.*` leave the feature without a location
 * (`geometry: null`), `problem.value.*` keep an attribute value that is not exactly what the file
 * holds (the message says what was kept).
 */
export const PROBLEM_KEYS = [
  'problem.geometry.missing',
  'problem.geometry.empty',
  'problem.geometry.nonFinite',
  'problem.geometry.degenerate',
  'problem.geometry.invalid',
  'problem.value.text',
  'problem.value.integer',
  'problem.value.json',
] as const;
export type ProblemKey = (typeof PROBLEM_KEYS)[number];

/**
 * One problem of one feature. `ordinal` is the feature's 1-based position in the file; `id` and
 * `name` are its `id` property (or GeoJSON id) and first name property when it has them, so a
 * message can name the feature the way its author knows it. `message` is English detail.
 */
export interface FeatureProblem {
  ordinal: number;
  id?: string | number;
  name?: string;
  message: string;
  messageKey?: ProblemKey;
  /** For a value kept in another form: its column. */
  column?: string;
}

/** True when the problem left the feature without a location (`geometry: null`). */
export function isLocationProblem(p: FeatureProblem): boolean {
  return p.messageKey?.startsWith('problem.geometry.') ?? false;
}

const NAME_KEYS = ['name', 'name_vi', 'name_en', 'NAME', 'Name', 'title'];

/** Who a feature is: its ordinal, id and name, read from its (already checked) properties. */
export function featureIdentity(
  ordinal: number,
  properties: Record<string, unknown> | null,
  featureId?: string | number,
): Pick<FeatureProblem, 'ordinal' | 'id' | 'name'> {
  const out: Pick<FeatureProblem, 'ordinal' | 'id' | 'name'> = { ordinal };
  const id = properties?.id ?? featureId;
  if ((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))) out.id = id;
  for (const key of NAME_KEYS) {
    const name = properties?.[key];
    if (typeof name === 'string' && name.trim() !== '') {
      out.name = name;
      break;
    }
  }
  return out;
}

/** "Feature 3 (id vsip_1, "VSIP I")": how messages name a feature. */
export function describeFeature(p: Pick<FeatureProblem, 'ordinal' | 'id' | 'name'>): string {
  const parts: string[] = [];
  if (p.id !== undefined) parts.push(`id ${p.id}`);
  if (p.name !== undefined && p.name !== p.id) parts.push(JSON.stringify(p.name));
  return `Feature ${p.ordinal}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** A reader's problem, thrown when the caller gave no `onProblem`: nothing is altered silently. */
export class FeatureProblemError extends Error {
  override name = 'FeatureProblemError';
  constructor(readonly problem: FeatureProblem) {
    super(`${describeFeature(problem)}: ${problem.message}`);
  }
}
