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

/**
 * Decimals of a printed VN-2000 coordinate, in metres: centimetres, as planning documents print
 * them (the WGS 84 → VN-2000 shift itself is good to about a metre; the figure is for reading and
 * pasting, not a survey).
 */
export const METRE_DECIMALS = 2;

/**
 * "X = 1192041,07 m · Y = 603269,97 m" (vi; "." in en): VN-2000 plane coordinates as Vietnamese
 * offices write them, X the northing and Y the easting (a Shapefile stores the easting first, so
 * the order is the reverse of the file's). No digit grouping, so the figures paste as numbers.
 * Throws RangeError for a non-finite value.
 */
export function formatVn2000(north: number, east: number, lang: Language, digits = METRE_DECIMALS): string {
  if (!Number.isFinite(north) || !Number.isFinite(east))
    throw new RangeError(`not a plane coordinate: ${north}, ${east}`);
  const f = fmt(lang, digits);
  return translate(lang, 'coord.vn2000.pair', { x: f.format(north), y: f.format(east) });
}
