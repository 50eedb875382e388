// Coordinate systems of imported files: detect projected input, read ESRI WKT (.prj) into a proj4
// definition with the VN-2000 datum shift, and reproject to WGS 84 lon/lat.
//
// Why our own .prj reading: ArcGIS writes VN-2000 as `GCS_VN_2000` / `D_Vietnam_2000` on the WGS 84
// ellipsoid with no TOWGS84, so proj4's WKT parser treats it as WGS 84 and every point lands about
// 225 m north-west of where it belongs. We take the projection parameters from the WKT and add the
// EPSG:6960 Helmert shift ("VN-2000 to WGS 84 (2)", the one PROJ picks by default) ourselves.
import proj4 from 'proj4';

// The definitions without proj4 live in crs-defs.ts, so the main chunk (the import panel's list of
// choices) does not carry proj4; re-exported here for the worker's modules.
import { CRS_CHOICES, type CrsChoiceId, VN2000_TOWGS84, vn2000Tm3 } from './crs-defs';

export { CRS_CHOICES, type CrsChoiceId, VN2000_TOWGS84, vn2000Tm3 };

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

/** How the file's coordinates were interpreted. `proj` is the proj4 definition used, if any. */
export interface CrsInfo {
  source: 'wgs84' | 'prj' | 'chosen' | 'unknown';
  label: string;
  proj?: string;
}

/** Asked when coordinates are projected and the file says nothing about them. */
export interface CrsQuestion {
  choices: CrsChoiceId[];
  /** Native extent [minX, minY, maxX, maxY] for the UI to show. */
  extent: [number, number, number, number];
}

/** Thrown for a .prj we cannot turn into a projection. */
export class PrjError extends Error {
  override name = 'PrjError';
}

function param(wkt: string, name: string): number | undefined {
  const m = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : undefined;
}

/**
 * Turns a .prj (ESRI or OGC WKT 1) into a proj4 definition. Transverse Mercator (TM-3, UTM) on
 * VN-2000 or WGS 84 and geographic WGS 84 / VN-2000 are read here; anything else is handed to
 * proj4's own WKT parser. Returns null for geographic WGS 84 (nothing to do). Throws PrjError.
 */
export function prjToProj4(prj: string): { proj: string | null; label: string } {
  const text = prj.trim();
  const name = /^(?:PROJCS|GEOGCS)\[\s*"([^"]*)"/i.exec(text)?.[1] ?? 'unnamed';
  const datum = (/DATUM\[\s*"([^"]*)"/i.exec(text)?.[1] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const vn2000 = datum.includes('vietnam2000') || datum.includes('vn2000');
  const wgs84 = datum.includes('wgs1984') || datum.includes('wgs84');
  const datumPart = vn2000 ? `+ellps=WGS84 +towgs84=${VN2000_TOWGS84}` : wgs84 ? '+datum=WGS84' : null;
  const unitOk = !/UNIT\[\s*"(?:foot|feet|US survey foot)/i.test(text);
  if (/^GEOGCS/i.test(text)) {
    if (wgs84) return { proj: null, label: name };
    if (vn2000) return { proj: `+proj=longlat ${datumPart} +no_defs`, label: name };
  }
  const projection = (/PROJECTION\[\s*"([^"]*)"/i.exec(text)?.[1] ?? '').toLowerCase();
  if (datumPart && unitOk && projection.replace(/[^a-z]/g, '') === 'transversemercator') {
    const lon0 = param(text, 'Central_Meridian');
    const k = param(text, 'Scale_Factor') ?? 1;
    const lat0 = param(text, 'Latitude_Of_Origin') ?? 0;
    const x0 = param(text, 'False_Easting') ?? 0;
    const y0 = param(text, 'False_Northing') ?? 0;
    if (lon0 === undefined || ![k, lat0, x0, y0].every(Number.isFinite)) {
      throw new PrjError(`The .prj "${name}" has no usable Transverse Mercator parameters.`);
    }
    return {
      proj: `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=${k} +x_0=${x0} +y_0=${y0} ${datumPart} +units=m +no_defs`,
      label: name,
    };
  }
  try {
    proj4(text, WGS84); // validates; proj4 keeps the WKT as the definition
    return { proj: text, label: name };
  } catch (e) {
    throw new PrjError(`The .prj "${name}" is not a coordinate system proj4 can read: ${String(e)}`);
  }
}

/** Degrees as the planning offices write a central meridian: 105.75 → "105°45′", 107 → "107°". */
function meridian(deg: number): string {
  const whole = Math.floor(deg);
  const minutes = Math.round((deg - whole) * 60);
  return minutes === 0 ? `${whole}°` : `${whole}°${String(minutes).padStart(2, '0')}′`;
}

/**
 * The usual name of a proj4 definition that prjToProj4 gives (null: WGS 84), when it is one of the
 * systems Vietnamese files use: "VN-2000 / TM-3 105°45′", "VN-2000 / UTM 48N", "WGS 84 / UTM 48N",
 * "VN-2000"; undefined otherwise. A .prj's own name is the author's ("VN_2000_105do45",
 * "VN2000_HCM"), which a planner may not recognise.
 */
export function standardCrsName(proj: string | null): string | undefined {
  if (proj === null) return 'WGS 84';
  const p = new Map(
    proj
      .split(/\s+/)
      .filter((t) => t.startsWith('+'))
      .map((t) => {
        const [k, v = ''] = t.slice(1).split('=');
        return [k!, v] as const;
      }),
  );
  const datum =
    p.get('towgs84') === VN2000_TOWGS84 ? 'VN-2000' : p.get('datum') === 'WGS84' ? 'WGS 84' : null;
  if (!datum) return undefined;
  if (p.get('proj') === 'longlat') return datum;
  const num = (k: string, d: number) => (p.has(k) ? Number(p.get(k)) : d);
  if (p.get('proj') === 'utm' && p.has('zone') && !p.has('south')) return `${datum} / UTM ${p.get('zone')}N`;
  if (p.get('proj') !== 'tmerc' || num('lat_0', 0) !== 0 || num('x_0', 0) !== 500000 || num('y_0', 0) !== 0)
    return undefined;
  const lon0 = num('lon_0', Number.NaN);
  const k = num('k', 1);
  if (k === 0.9999 && datum === 'VN-2000' && Number.isFinite(lon0)) return `VN-2000 / TM-3 ${meridian(lon0)}`;
  const zone = (lon0 + 183) / 6;
  if (k === 0.9996 && Number.isInteger(zone)) return `${datum} / UTM ${zone}N`;
  return undefined;
}

const VN2000_UTM = (zone: number) =>
  `+proj=utm +zone=${zone} +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;

/** EPSG codes of this region that a file may name (FlatGeobuf header, GeoJSON 2008 `crs`). */
const EPSG: Record<number, { proj: string | null; label: string }> = {
  4326: { proj: null, label: 'WGS 84' },
  4756: { proj: `+proj=longlat +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +no_defs`, label: 'VN-2000' },
  9210: { proj: vn2000Tm3(105.75), label: 'VN-2000 / TM-3 105-45' },
  3405: { proj: VN2000_UTM(48), label: 'VN-2000 / UTM zone 48N' },
  3406: { proj: VN2000_UTM(49), label: 'VN-2000 / UTM zone 49N' },
  32648: { proj: '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs', label: 'WGS 84 / UTM zone 48N' },
  32649: { proj: '+proj=utm +zone=49 +datum=WGS84 +units=m +no_defs', label: 'WGS 84 / UTM zone 49N' },
};

/**
 * The projection a CRS name denotes ("EPSG:9210", "urn:ogc:def:crs:EPSG::3405", OGC CRS84), or
 * undefined when it is not one of the region's codes above (the user is then asked if needed).
 */
export function crsFromName(name: string): { proj: string | null; label: string } | undefined {
  if (/CRS:?84$/i.test(name)) return EPSG[4326];
  const code = /EPSG:+(?:[\d.]*:)?(\d+)$/i.exec(name.trim())?.[1];
  return code === undefined ? undefined : EPSG[Number(code)];
}

/** [minX, minY, maxX, maxY] of every position in the geometries (null when there is none). */
export function extentOf(geometries: Iterable<unknown>): [number, number, number, number] | null {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (Number.isFinite(x) && Number.isFinite(y)) {
        box[0] = Math.min(box[0], x as number);
        box[1] = Math.min(box[1], y as number);
        box[2] = Math.max(box[2], x as number);
        box[3] = Math.max(box[3], y as number);
      }
      return;
    }
    for (const child of c) visit(child);
  };
  const visitGeometry = (g: unknown): void => {
    if (g === null || typeof g !== 'object') return;
    const o = g as { coordinates?: unknown; geometries?: unknown };
    if (Array.isArray(o.geometries)) for (const child of o.geometries) visitGeometry(child);
    else visit(o.coordinates);
  };
  for (const g of geometries) visitGeometry(g);
  return box[0] <= box[2] ? box : null;
}

/**
 * True when the extent cannot be degrees: beyond ±180 / ±90 by more than a rounding slip. Planar
 * metres in this region are 10⁵–10⁶, so the test is not close to the boundary.
 */
export function looksProjected(extent: readonly number[]): boolean {
  const [minX, minY, maxX, maxY] = extent as [number, number, number, number];
  return Math.max(Math.abs(minX), Math.abs(maxX)) > 360 || Math.max(Math.abs(minY), Math.abs(maxY)) > 360;
}

function mapCoords(c: unknown, f: (p: number[]) => number[]): unknown {
  if (!Array.isArray(c)) return c;
  if (typeof c[0] === 'number') return f(c as number[]);
  return c.map((child) => mapCoords(child, f));
}

/** Reprojects one GeoJSON geometry (any type, nested collections) from `proj` to WGS 84. */
// One converter per definition: building it parses the definition, too slow to repeat per feature.
const converters = new Map<string, proj4.Converter>();

export function reprojectGeometry<G>(geometry: G, proj: string): G {
  let converter = converters.get(proj);
  if (!converter) {
    converter = proj4(proj, WGS84);
    converters.set(proj, converter);
  }
  const f = (p: number[]): number[] => {
    const [x, y] = converter.forward([p[0] as number, p[1] as number]);
    return p.length > 2 ? [x as number, y as number, ...p.slice(2)] : [x as number, y as number];
  };
  const go = (g: unknown): unknown => {
    if (g === null || typeof g !== 'object') return g;
    // A `bbox` member (shpjs writes one per record) is in the old coordinates: left behind.
    const { bbox: _old, ...o } = g as {
      type?: unknown;
      coordinates?: unknown;
      geometries?: unknown;
      bbox?: unknown;
    };
    if (Array.isArray(o.geometries)) return { ...o, geometries: o.geometries.map(go) };
    return { ...o, coordinates: mapCoords(o.coordinates, f) };
  };
  return go(geometry) as G;
}

const TM3_10545 = proj4(WGS84, vn2000Tm3(105.75));

/**
 * WGS 84 lon/lat (degrees) → VN-2000 / TM-3 105°45′ (EPSG:9210 with the EPSG:6960 shift), in
 * metres: x = easting, y = northing — what planning offices in Bình Dương read and type.
 */
export function toVn2000Tm3(lon: number, lat: number): { x: number; y: number } {
  const [x, y] = TM3_10545.forward([lon, lat]);
  return { x: x as number, y: y as number };
}
