// The investor view in the link: `weights=expressway:5,occupancy:0` (the site-score weights; keys
// left out keep their defaults, so only changed ones are written) and `parks=vsip_1,song_than_2`
// (the parks compared side by side, 2 to 4 ids). Table entries for URL_KEYS in url.ts (register
// them there with these fields in UrlState); hash-reader.ts does the reading.
import {
  DEFAULT_SITE_WEIGHTS,
  formatSiteWeights,
  parseSiteWeights,
  type SiteWeights,
  validSiteWeights,
} from '../analysis/site-weights';
import type { HashKey } from './hash-reader';

export interface InvestorUrlState {
  /** Site-score weights; absent = the defaults. */
  weights?: SiteWeights;
  /** Parks compared side by side, in the order chosen (2 to MAX_COMPARED_PARKS ids). */
  compareParks?: string[];
  /**
   * Ids a link asked to compare beyond the fourth: refused, for the notice (read only, never
   * written). Absent when none.
   */
  compareRefused?: string[];
}

export const MIN_COMPARED_PARKS = 2;
export const MAX_COMPARED_PARKS = 4;

/** A park id as the layers write them; anything else in a link is refused. */
const PARK_ID = /^[A-Za-z0-9_.-]{1,100}$/;

/** `weights=`: refused as a whole (the defaults apply, the notice names the key) when any item is bad. */
export const WEIGHTS_HASH_KEY: HashKey<InvestorUrlState> = {
  key: 'weights',
  read: (state, value) => {
    const r = parseSiteWeights(value, ':');
    if (r.error) return false;
    state.weights = r.weights;
    return true;
  },
  write: (state) => {
    const w = state.weights;
    if (!w || !validSiteWeights(w)) return [];
    const text = formatSiteWeights(w, ':');
    return text === '' ? [] : [['weights', text]];
  },
};

/**
 * The ids of a `parks=` value: trimmed, empty items and repeats dropped, order kept; null when an id
 * is malformed or fewer than two remain. Ids beyond the fourth are returned as `refused`.
 */
export function parseComparedParks(value: string): { parks: string[]; refused: string[] } | null {
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.some((id) => !PARK_ID.test(id)) || ids.length < MIN_COMPARED_PARKS) return null;
  return { parks: ids.slice(0, MAX_COMPARED_PARKS), refused: ids.slice(MAX_COMPARED_PARKS) };
}

/** `parks=`: the first four are kept and the rest refused (compareRefused, for the message). */
export const PARKS_HASH_KEY: HashKey<InvestorUrlState> = {
  key: 'parks',
  read: (state, value) => {
    const r = parseComparedParks(value);
    if (!r) return false;
    state.compareParks = r.parks;
    if (r.refused.length > 0) state.compareRefused = r.refused;
    else delete state.compareRefused;
    return true;
  },
  write: (state) => {
    const ids = state.compareParks ?? [];
    return ids.length >= MIN_COMPARED_PARKS ? [['parks', ids.slice(0, MAX_COMPARED_PARKS).join(',')]] : [];
  },
};

export const INVESTOR_HASH_KEYS: readonly HashKey<InvestorUrlState>[] = [WEIGHTS_HASH_KEY, PARKS_HASH_KEY];

/**
 * Adds a park to a comparison (what the UI calls on "compare"): refused, with the reason for the
 * message, when it is already there or the comparison already has four parks.
 */
export function addComparedPark(
  list: readonly string[],
  id: string,
): { list: string[]; refused: null | 'already_compared' | 'comparison_full' } {
  if (list.includes(id)) return { list: [...list], refused: 'already_compared' };
  if (list.length >= MAX_COMPARED_PARKS) return { list: [...list], refused: 'comparison_full' };
  return { list: [...list, id], refused: null };
}

/** The weights a state stands for (the defaults when it has none). */
export const weightsOf = (state: InvestorUrlState): SiteWeights =>
  state.weights ?? { ...DEFAULT_SITE_WEIGHTS };
