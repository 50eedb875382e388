// The criteria of the site score and their weights: one table shared by the scoring core, the
// command line (`--weights key=value,…`) and the link (`weights=key:value,…`), so the three agree.

export const SITE_CRITERIA = [
  'expressway',
  'road',
  'seaport',
  'airport',
  'icd_rail',
  'area',
  'status',
  'occupancy',
] as const;
export type SiteCriterion = (typeof SITE_CRITERIA)[number];

/** Whole-number weight of each criterion, 0–5. */
export type SiteWeights = Record<SiteCriterion, number>;

export const MAX_SITE_WEIGHT = 5;

/** The defaults of issue 9; a key left out of a weights list keeps its default. */
export const DEFAULT_SITE_WEIGHTS: Readonly<SiteWeights> = Object.freeze({
  expressway: 3,
  road: 2,
  seaport: 3,
  airport: 2,
  icd_rail: 2,
  area: 2,
  status: 3,
  occupancy: 1,
});

export const isSiteCriterion = (k: string): k is SiteCriterion =>
  (SITE_CRITERIA as readonly string[]).includes(k);

/** Why a weights list was refused: the item, and an English message (the UI has its own keys). */
export interface WeightsError {
  reason: 'unknown_criterion' | 'bad_weight' | 'malformed';
  item: string;
  message: string;
}

/**
 * Reads `expressway:3,road:0` (separator ':' in links, '=' on the command line) into full weights:
 * keys left out keep their defaults; a repeated key takes its last value. Refuses (returns the error)
 * an unknown criterion, a weight that is not a whole number 0–5 written as digits (`2.5`, `-1`,
 * `6`, `1e0`), or an item without the separator. An empty list is the defaults.
 */
export function parseSiteWeights(
  text: string,
  separator: ':' | '=' = ':',
): { weights: SiteWeights; error: null } | { weights: null; error: WeightsError } {
  const weights: SiteWeights = { ...DEFAULT_SITE_WEIGHTS };
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    const at = item.indexOf(separator);
    if (at <= 0) {
      return fail('malformed', item, `"${item}" is not criterion${separator}weight.`);
    }
    const key = item.slice(0, at).trim();
    const value = item.slice(at + 1).trim();
    if (!isSiteCriterion(key)) {
      return fail(
        'unknown_criterion',
        item,
        `Unknown criterion "${key}" (expected ${SITE_CRITERIA.join(', ')}).`,
      );
    }
    if (!/^\d{1,2}$/.test(value) || Number(value) > MAX_SITE_WEIGHT) {
      return fail(
        'bad_weight',
        item,
        `The weight of ${key} must be a whole number from 0 to ${MAX_SITE_WEIGHT} (got "${value}").`,
      );
    }
    weights[key] = Number(value);
  }
  return { weights, error: null };
}

function fail(reason: WeightsError['reason'], item: string, message: string) {
  return { weights: null, error: { reason, item, message } } as const;
}

/**
 * `key:value,…` of the weights that differ from the defaults, in criterion order ('' when all are
 * the defaults), so a link stays short and reads back to the same weights.
 */
export function formatSiteWeights(weights: SiteWeights, separator: ':' | '=' = ':'): string {
  return SITE_CRITERIA.filter((k) => weights[k] !== DEFAULT_SITE_WEIGHTS[k])
    .map((k) => `${k}${separator}${weights[k]}`)
    .join(',');
}

/** True when every weight is a whole number 0–5 (a state from elsewhere than the parser). */
export function validSiteWeights(weights: Partial<Record<string, unknown>>): weights is SiteWeights {
  return SITE_CRITERIA.every((k) => {
    const w = weights[k];
    return typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= MAX_SITE_WEIGHT;
  });
}
