// Coordinate system definitions as proj4 strings, without proj4 itself: what the import panel
// (main chunk) lists, and what crs.ts and the exporters hand to proj4 once loaded.

/** EPSG:6960, position-vector convention (PROJ `towgs84`). */
export const VN2000_TOWGS84 =
  '-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278';

/** proj4 definition of VN-2000 / TM-3 with the given central meridian (degrees), k 0.9999. */
export function vn2000Tm3(centralMeridian: number): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;
}

/** The coordinate systems offered when a projected file has no .prj (most likely first, for Bình Dương). */
export const CRS_CHOICES = {
  'vn2000-tm3-10545': { label: 'VN-2000 / TM-3 105°45′', proj: vn2000Tm3(105.75) },
  'vn2000-utm48': {
    label: 'VN-2000 / UTM 48N',
    proj: `+proj=utm +zone=48 +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`,
  },
  'wgs84-utm48': { label: 'WGS 84 / UTM 48N', proj: '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs' },
} as const;
export type CrsChoiceId = keyof typeof CRS_CHOICES;
