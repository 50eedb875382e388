// Coordinates for people: fixed decimals (5, about 1 m), each labelled with its hemisphere, and the
// two joined by " · ", because Vietnamese writes the decimal with a comma and "10,97, 106,65" would
// make one comma do two jobs.

import type { Language } from '../state/language';
import { translate } from './index';

/** Decimals of a printed coordinate: 5 decimals of a degree ≈ 1.1 m, finer than any data here. */
export const COORD_DECIMALS = 5;

const fmt = (lang: Language, digits: number) =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });

/**
 * "10,97000° B · 106,65000° Đ" (vi), "10.97000° N · 106.65000° E" (en): WGS84 degrees, absolute
 * values with hemisphere letters. Throws RangeError for a non-finite or out-of-range coordinate.
 */
export function formatLatLon(lat: number, lon: number, lang: Language, digits = COORD_DECIMALS): string {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    throw new RangeError(`not a coordinate: ${lat}, ${lon}`);
  const f = fmt(lang, digits);
  const latText = translate(lang, lat < 0 ? 'coord.lat.south' : 'coord.lat.north', {
    value: f.format(Math.abs(lat)),
  });
  const lonText = translate(lang, lon < 0 ? 'coord.lon.west' : 'coord.lon.east', {
    value: f.format(Math.abs(lon)),
  });
  return translate(lang, 'coord.pair', { lat: latText, lon: lonText });
}
