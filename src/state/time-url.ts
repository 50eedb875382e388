// The time slider's link values (issue 8 §7): `year=2005`, `year=planned`; `year.left` and
// `year.right` override it per side of a comparison.
import type { YearStop } from '../lib/park-growth';

/** Years a link may name: anything a park of the region could have been established in. */
export const MIN_LINK_YEAR = 1900;
export const MAX_LINK_YEAR = 2100;

/**
 * A stop from a link value: four plain digits within MIN_LINK_YEAR–MAX_LINK_YEAR, or `planned`
 * (any case); undefined for anything else (`2005.5`, `+2005`, `1e3`, `soon`), which the link
 * notice then names.
 */
export function parseYearStop(raw: string): YearStop | undefined {
  const s = raw.trim();
  if (s.toLowerCase() === 'planned') return 'planned';
  if (!/^\d{4}$/.test(s)) return undefined;
  const y = Number(s);
  return y >= MIN_LINK_YEAR && y <= MAX_LINK_YEAR ? y : undefined;
}

export const formatYearStop = (stop: YearStop): string => String(stop);
