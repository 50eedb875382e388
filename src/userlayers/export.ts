// Export of any layer's rows (curated or imported, the rows the filters and search leave) as a
// zipped Shapefile (WGS 84, or VN-2000 / TM-3 105°45′ as planning offices work in) and as KML
// (issue 10 §1). Writers: @mapbox/shp-write's low-level `write` (the .shp/.shx/.dbf bytes),
// @placemarkio/tokml, proj4 with the same VN-2000 datum shift as the import, fflate for the zip.
//
// Trade-offs, each stated in the README:
// - shp-write's DBF writer stores each UTF-16 code unit as one byte, which mangles Vietnamese; we hand
//   it text already encoded as UTF-8 (one char per byte) and add a `.cpg` saying UTF-8, which ArcGIS,
//   QGIS and our import read. Field names are cut to the DBF's 10 bytes by the writer.
// - A Shapefile holds one geometry family: polygons, lines and points go to one .shp each (named by
//   the layer), features without a location are left out (the KML keeps them).
// - Polygons are rewound to the Shapefile's order (outer rings clockwise, holes counter-clockwise).
import shpwrite from '@mapbox/shp-write';
import { foldersToKML, toKML } from '@placemarkio/tokml';
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { vn2000Tm3 } from '../import/crs';

export type ShapefileCrs = 'wgs84' | 'vn2000-tm3-10545';

const PRJ: Record<ShapefileCrs, string> = {
  wgs84:
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  // As ArcGIS writes VN-2000 TM-3 105°45′ (no TOWGS84; readers add the EPSG:6960 shift for the datum).
  'vn2000-tm3-10545':
    'PROJCS["VN_2000_TM_3_105_45",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.75],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
};

type Feat = Feature<Geometry | null, Record<string, unknown> | null>;

/**
 * KML text of `features` (every feature; one without a location is a Placemark without geometry).
 * `nameOf` gives each Placemark's `<name>` (what Google Earth lists it by: without one every
 * placemark is untitled) when its properties have no `name` of their own: the title the viewer
 * shows (`Ten_DT` of HCMGIS's relics, a park's `name_vi`); '' for none. The properties stay in
 * ExtendedData as they are. With a `title` (the layer's, as the layer panel names it), the
 * Placemarks are in one Folder of that name: Google Earth's Places list showed the file as an
 * unnamed document.
 */
export function toKml(
  features: readonly Feat[],
  nameOf?: (properties: Record<string, unknown>) => string,
  title?: string,
): string {
  const placemarks = features.map((f) => {
    const out = plain(f);
    // A missing value is left out of ExtendedData: tokml wrote it as the text "null".
    const props = Object.fromEntries(Object.entries(out.properties!).filter(([, v]) => v !== null));
    out.properties = props;
    if (nameOf && (props.name === undefined || props.name === null || props.name === '')) {
      const name = nameOf(f.properties ?? {});
      if (name) out.properties = { name, ...props };
    }
    return out;
  });
  const kml = title
    ? foldersToKML({
        type: 'root',
        children: [{ type: 'folder', meta: { name: title }, children: placemarks as never[] }],
      })
    : toKML({ type: 'FeatureCollection', features: placemarks } as FeatureCollection<Geometry | null>);
  // tokml writes no XML declaration; the file says it is UTF-8 (Vietnamese names), as KML's own
  // examples and Google Earth's exports do.
  return kml.startsWith('<?xml') ? kml : `<?xml version="1.0" encoding="UTF-8"?>\n${kml}`;
}

/** Properties as plain values (objects as JSON text), with a prototype so writers can iterate them. */
function plain(f: Feat): Feature<Geometry | null> {
  const properties: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(f.properties ?? {})) {
    properties[k] =
      v === null || v === undefined
        ? null
        : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? v
          : JSON.stringify(v);
  }
  return { type: 'Feature', geometry: f.geometry, properties };
}

/**
 * Text as a "binary string" of its UTF-8 bytes (what the DBF writer stores byte for byte), at most
 * `max` bytes, cut before a character rather than inside one (the writer cut a 300-byte note at
 * byte 254, in the middle of "đ": an invalid cell for every reader).
 */
const utf8Bytes = (s: string, max = Number.POSITIVE_INFINITY): string => {
  const bytes = new TextEncoder().encode(s);
  let end = Math.min(bytes.length, max);
  // A UTF-8 continuation byte (10xxxxxx) at the cut: step back to its character's first byte.
  if (end < bytes.length) while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  let out = '';
  for (let i = 0; i < end; i++) out += String.fromCharCode(bytes[i]!);
  return out;
};

/** The DBF's text cell and field-name sizes, in bytes. */
const DBF_TEXT_BYTES = 254;
const DBF_NAME_BYTES = 10;

/**
 * The DBF field name of each property name: its UTF-8 bytes cut to 10 (the format's limit) before
 * a character, made unique with a `_2`, `_3`… ending when two cut the same ("occupancy_pct",
 * "occupancy_source" and "occupancy_note" were three `occupancy_` columns, two of them unreadable
 * by name). Binary strings, as the writer stores them byte for byte.
 */
export function dbfFieldNames(keys: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of keys) {
    if (out.has(key)) continue;
    let name = utf8Bytes(key, DBF_NAME_BYTES);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      name = `${utf8Bytes(key, DBF_NAME_BYTES - String(n).length - 1)}_${n}`;
    }
    taken.add(name.toLowerCase());
    out.set(key, name);
  }
  return out;
}

/** Twice the signed area of a ring (positive: counter-clockwise in x/y). */
function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return -a;
}
const wound = (ring: Position[], clockwise: boolean) =>
  signedArea(ring) > 0 === clockwise ? [...ring].reverse() : ring;

function transform(g: Geometry, fn: (p: Position) => Position): Geometry {
  const map1 = (ps: Position[]) => ps.map(fn);
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: fn(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: map1(g.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: map1(g.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(map1) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(map1) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(map1)) };
    default:
      return { ...g, geometries: g.geometries.map((x) => transform(x, fn)) };
  }
}

interface Group {
  type: 'POINT' | 'POLYLINE' | 'POLYGON';
  rows: Record<string, unknown>[];
  geometries: object[];
}

/**
 * Splits features into the Shapefile's families, in the writer's coordinate shapes, each position
 * projected once. A feature's lines are one multi-part POLYLINE record and its polygons one
 * POLYGON record (a KML MultiGeometry, a GeometryCollection here, of lines and a polygon gives one
 * record in each of those files, with the feature's attributes); its points are one POINT record
 * each (the writer has no multipoint).
 */
function groups(features: readonly Feat[], project: (p: Position) => Position): Group[] {
  const by: Record<Group['type'], Group> = {
    POINT: { type: 'POINT', rows: [], geometries: [] },
    POLYLINE: { type: 'POLYLINE', rows: [], geometries: [] },
    POLYGON: { type: 'POLYGON', rows: [], geometries: [] },
  };
  // The columns once each (a flat list of every feature's keys was 3M strings for 1M parcels).
  const keys = new Set<string>();
  for (const f of features) if (f.geometry) for (const k in f.properties ?? {}) keys.add(k);
  const names = dbfFieldNames(keys);
  for (const f of features) {
    if (!f.geometry) continue;
    const row: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(plain(f).properties ?? {}))
      row[names.get(k)!] = typeof v === 'string' ? utf8Bytes(v, DBF_TEXT_BYTES) : v;
    const points: Position[] = [];
    const lines: Position[][] = [];
    const rings: Position[][] = [];
    const collect = (t: Geometry) => {
      if (t.type === 'Point') points.push(t.coordinates);
      else if (t.type === 'MultiPoint') points.push(...t.coordinates);
      else if (t.type === 'LineString') lines.push(t.coordinates);
      else if (t.type === 'MultiLineString') lines.push(...t.coordinates);
      else if (t.type === 'Polygon' || t.type === 'MultiPolygon') {
        const polys = t.type === 'Polygon' ? [t.coordinates] : t.coordinates;
        for (const poly of polys) for (const [i, r] of poly.entries()) rings.push(wound(r, i === 0));
      } else for (const x of t.geometries) collect(x);
    };
    collect(transform(f.geometry, project));
    for (const p of points) {
      by.POINT.geometries.push(p);
      by.POINT.rows.push(row);
    }
    if (lines.length > 0) {
      by.POLYLINE.geometries.push(lines);
      by.POLYLINE.rows.push(row);
    }
    if (rings.length > 0) {
      by.POLYGON.geometries.push(rings);
      by.POLYGON.rows.push(row);
    }
  }
  return Object.values(by).filter((g) => g.geometries.length > 0);
}

/**
 * A zip of one Shapefile per geometry family (`<name>.shp/.shx/.dbf/.prj/.cpg`; `<name>_point`,
 * `_polyline` and `_polygon` when there are several, which the import reads back as one layer), coordinates in WGS 84 degrees or VN-2000 / TM-3 105°45′ metres
 * (EPSG:6960 datum shift, as the import uses). Features without a location are left out.
 */
export function toShapefileZip(features: readonly Feat[], name: string, crs: ShapefileCrs): Uint8Array {
  const toVn = proj4('WGS84', vn2000Tm3(105.75));
  const project = crs === 'wgs84' ? (p: Position) => p : (p: Position) => toVn.forward([p[0]!, p[1]!]);
  const files: Record<string, Uint8Array> = {};
  const all = groups(features, project);
  const bytes = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength).slice();
  for (const g of all) {
    const base = all.length === 1 ? name : `${name}_${g.type.toLowerCase()}`;
    shpwrite.write(g.rows, g.type, g.geometries, (_err, out) => {
      files[`${base}.shp`] = bytes(out.shp);
      files[`${base}.shx`] = bytes(out.shx);
      files[`${base}.dbf`] = bytes(out.dbf);
    });
    files[`${base}.prj`] = new TextEncoder().encode(PRJ[crs]);
    files[`${base}.cpg`] = new TextEncoder().encode('UTF-8');
  }
  return zipSync(files);
}
