// Loaded with import() only when someone chooses VN-2000: it brings proj4 (through crs.ts), which
// the main chunk and the embed do without.
import { formatVn2000 } from '../../i18n/coords';
import { toVn2000Tm3 } from '../../import/crs';
import type { Language } from '../../state/language';

/**
 * A WGS 84 point (degrees) as VN-2000 / TM-3 105°45′ text, "X = … m · Y = … m" with X the northing
 * (EPSG:9210 with the EPSG:6960 datum shift; see crs.ts). Throws RangeError for a non-finite point.
 */
export function formatVn2000Point(lon: number, lat: number, lang: Language): string {
  const { x: east, y: north } = toVn2000Tm3(lon, lat);
  return formatVn2000(north, east, lang);
}
