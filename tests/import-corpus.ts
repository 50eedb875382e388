// Hostile import corpus (issue 10 §3), generated in code: every file a user might drop that is
// empty, truncated, corrupt, misleading or malicious. `src/import/corpus.test.ts` feeds each through
// the registry entry point. Each entry states what must come out: a typed error with its locale
// key, or a result with a warning, a feature problem or a CRS question. Nothing here is read from
// disk, so the corpus runs anywhere.
import { zipSync } from 'fflate';
import type { ProblemKey } from '../src/data/boundary';
import { fgbFile, props } from '../src/data/fgb/test-bytes';
import type { ImportMessageKey } from '../src/i18n/import-messages';
import { IMPORT_SIZE_LIMIT_BYTES } from '../src/import/limits';
import type { ImportResult } from '../src/import/types';

export type Expectation =
  | { error: ImportMessageKey }
  | {
      warning?: ImportMessageKey;
      problem?: ProblemKey;
      crsQuestion?: true;
      /** Further checks of the result; throw (expect) on failure. */
      check?: (r: ImportResult) => void;
    };

export interface CorpusFile {
  name: string;
  bytes: () => Uint8Array;
  expect: Expectation;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => {
  const list = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(list.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of list) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const fc = (features: unknown[]) => utf8(JSON.stringify({ type: 'FeatureCollection', features }));
const pt = (x: number, y: number, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [x, y] },
  properties,
});

/** A point Shapefile's .shp (ESRI Shapefile Technical Description, 1998). */
export function shpPoints(points: [number, number][]): Uint8Array {
  const length = 100 + points.length * 28;
  const v = new DataView(new ArrayBuffer(length));
  v.setInt32(0, 9994);
  v.setInt32(24, length / 2);
  v.setInt32(28, 1000, true);
  v.setInt32(32, 1, true);
  points.forEach(([x, y], i) => {
    const o = 100 + i * 28;
    v.setInt32(o, i + 1);
    v.setInt32(o + 4, 10);
    v.setInt32(o + 8, 1, true);
    v.setFloat64(o + 12, x, true);
    v.setFloat64(o + 20, y, true);
  });
  return new Uint8Array(v.buffer);
}

/** A .dbf with character fields; each value is given as raw bytes (any encoding). */
export function dbf(fields: string[], rows: Uint8Array[][], width = 40): Uint8Array {
  const headerLength = 32 + fields.length * 32 + 1;
  const recordLength = 1 + fields.length * width;
  const out = new Uint8Array(headerLength + rows.length * recordLength + 1).fill(0x20);
  const v = new DataView(out.buffer);
  out.fill(0, 0, headerLength);
  v.setUint8(0, 3);
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerLength, true);
  v.setUint16(10, recordLength, true);
  fields.forEach((f, i) => {
    out.set(utf8(f).subarray(0, 10), 32 + i * 32);
    out[32 + i * 32 + 11] = 0x43; // 'C'
    out[32 + i * 32 + 16] = width;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    row.forEach((value, i) => {
      out.set(value.subarray(0, width), headerLength + r * recordLength + 1 + i * width);
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

const square = [0, 0, 1, 0, 1, 1, 0, 1, 0, 0];
const goodFgb = () =>
  fgbFile(
    'Point',
    [{ name: 'name', type: 'String' }],
    [
      { geometry: { xy: [106.7, 11] }, properties: props([0, 'String', 'A']) },
      { geometry: { xy: [106.8, 11.1] }, properties: props([0, 'String', 'B']) },
    ],
  );

export const CORPUS: CorpusFile[] = [
  { name: 'empty.geojson', bytes: () => new Uint8Array(0), expect: { error: 'import.error.empty' } },
  { name: 'empty.fgb', bytes: () => new Uint8Array(0), expect: { error: 'import.error.empty' } },
  {
    name: 'wrong-magic.fgb',
    bytes: () => concat(utf8('fgz'), goodFgb().subarray(3)),
    expect: { error: 'import.error.fgbDamaged' },
  },
  {
    name: 'truncated.fgb',
    bytes: () => goodFgb().subarray(0, 40),
    expect: { error: 'import.error.fgbDamaged' },
  },
  {
    name: 'header-length-past-end.fgb',
    bytes: () => concat(goodFgb().subarray(0, 8), [0xff, 0xff, 0xff, 0x0f], [1, 2, 3]),
    expect: { error: 'import.error.fgbDamaged' },
  },
  {
    name: 'feature-length-past-end.fgb',
    bytes: () => {
      const f = fgbFile('Point', [], [{ geometry: { xy: [106.7, 11] } }]);
      const headerLength = new DataView(f.buffer).getUint32(8, true);
      const at = 12 + headerLength;
      new DataView(f.buffer).setUint32(at, 1_000_000, true);
      return f;
    },
    expect: { error: 'import.error.fgbDamaged' },
  },
  {
    name: 'ring-end-past-coordinates.fgb',
    bytes: () => fgbFile('Polygon', [], [{ geometry: { xy: square, ends: [10] } }]),
    expect: { error: 'import.error.fgbDamaged' },
  },
  {
    name: 'odd-coordinate-count.fgb',
    bytes: () => fgbFile('LineString', [], [{ geometry: { xy: [0, 0, 1, 1, 2] } }]),
    expect: { error: 'import.error.fgbDamaged' },
  },
  {
    name: 'invalid.json',
    bytes: () => utf8('{"type": "FeatureCollection", "features": ['),
    expect: { error: 'import.error.invalidJson' },
  },
  {
    name: 'not-geojson.json',
    bytes: () => utf8('{"hello": [1, 2]}'),
    expect: { error: 'import.error.notGeoJson' },
  },
  { name: 'no-features.geojson', bytes: () => fc([]), expect: { error: 'import.error.noFeatures' } },
  {
    name: 'mixed-types.geojson',
    bytes: () =>
      fc([
        pt(106.7, 11),
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [106.7, 11],
              [106.8, 11],
            ],
          },
        },
      ]),
    expect: { warning: 'import.warn.mixedTypes' },
  },
  {
    name: 'nan-literal.geojson',
    bytes: () =>
      utf8('{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[NaN,11]}}'),
    expect: { error: 'import.error.invalidJson' },
  },
  {
    name: 'infinity.geojson',
    bytes: () =>
      utf8('{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e999,11]}}'),
    expect: { problem: 'problem.geometry.nonFinite', warning: 'import.warn.nullGeometries' },
  },
  {
    name: 'string-coordinates.geojson',
    bytes: () =>
      fc([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['106.7', 'x'] } }]),
    expect: { problem: 'problem.geometry.nonFinite' },
  },
  {
    name: 'out-of-range.geojson',
    bytes: () => fc([pt(200, 95), pt(106.7, 11)]),
    expect: { problem: 'problem.geometry.invalid', warning: 'import.warn.outOfRange' },
  },
  {
    name: 'projected-no-prj.geojson',
    bytes: () => fc([pt(603269.965, 1192041.07), pt(604106.046, 1193189.26)]),
    expect: { crsQuestion: true },
  },
  {
    name: 'projected-no-prj.zip',
    bytes: () =>
      zipSync({
        'diem.shp': shpPoints([[603269.965, 1192041.07]]),
        'diem.dbf': dbf(['ten'], [[utf8('A')]]),
      }),
    expect: { crsQuestion: true },
  },
  {
    name: 'null-geometries.geojson',
    bytes: () => fc([{ type: 'Feature', properties: { a: 1 }, geometry: null }]),
    expect: { problem: 'problem.geometry.missing', warning: 'import.warn.nullGeometries' },
  },
  {
    name: 'html-and-script.geojson',
    bytes: () =>
      fc([pt(106.7, 11, { name: '<img src=x onerror=alert(1)>', note: '<script>alert(1)</script>' })]),
    expect: {
      check: (r) => {
        if (r.features[0]?.properties.note !== '<script>alert(1)</script>')
          throw new Error('script text altered');
        if (r.features[0]?.properties.name !== '<img src=x onerror=alert(1)>')
          throw new Error('html text altered');
      },
    },
  },
  {
    name: 'proto-property.geojson',
    bytes: () =>
      utf8(
        '{"type":"Feature","properties":{"__proto__":{"polluted":true},"a":1},"geometry":{"type":"Point","coordinates":[106.7,11]}}',
      ),
    expect: {
      check: (r) => {
        const p = r.features[0]?.properties as Record<string, unknown>;
        if (Object.getPrototypeOf(p) !== null) throw new Error('properties have a prototype');
        if (!Object.hasOwn(p, '__proto__')) throw new Error('__proto__ key lost');
        if (({} as Record<string, unknown>).polluted !== undefined)
          throw new Error('Object.prototype polluted');
      },
    },
  },
  {
    name: '10000-columns.csv',
    bytes: () => {
      const cols = Array.from({ length: 9998 }, (_, i) => `c${i}`);
      return utf8(`lat,lon,${cols.join(',')}\n11.0,106.7,${cols.map((_, i) => i).join(',')}\n`);
    },
    expect: {
      check: (r) => {
        if (Object.keys(r.features[0]?.properties ?? {}).length !== 9998) throw new Error('columns lost');
      },
    },
  },
  {
    name: 'long-string.geojson',
    bytes: () => fc([pt(106.7, 11, { text: 'ư'.repeat(2_000_000) })]),
    expect: {
      check: (r) => {
        if (String(r.features[0]?.properties.text).length !== 2_000_000)
          throw new Error('long string altered');
      },
    },
  },
  {
    name: 'invalid-utf8.geojson',
    bytes: () =>
      concat(utf8('{"type":"Feature","properties":{"name":"'), [0xc3, 0x28], utf8('"},"geometry":null}')),
    expect: { error: 'import.error.invalidUtf8' },
  },
  {
    name: 'invalid-utf8.csv',
    bytes: () => concat(utf8('name,lon,lat\n'), [0xff, 0xfe], utf8(',106.7,11\n')),
    expect: { error: 'import.error.invalidUtf8' },
  },
  {
    name: 'invalid-utf8-dbf.zip',
    bytes: () =>
      zipSync({
        'a.shp': shpPoints([[106.7, 11]]),
        'a.dbf': dbf(['ten'], [[Uint8Array.from([0x41, 0xc3, 0x28])]]),
        'a.cpg': utf8('UTF-8'),
      }),
    expect: { warning: 'import.warn.invalidUtf8Values', problem: 'problem.value.text' },
  },
  {
    name: 'cp1258-without-cpg.zip',
    // "Việt" in Windows-1258: V i ê(0xEA) + combining dot below (0xF2) t; not valid UTF-8.
    bytes: () =>
      zipSync({
        'a.shp': shpPoints([[106.7, 11]]),
        'a.dbf': dbf(['ten'], [[Uint8Array.from([0x56, 0x69, 0xea, 0xf2, 0x74])]]),
      }),
    expect: {
      warning: 'import.warn.noCpg',
      check: (r) => {
        if (r.features[0]?.properties.ten !== 'Việt')
          throw new Error(`decoded as ${String(r.features[0]?.properties.ten)}`);
      },
    },
  },
  {
    name: 'no-shp.zip',
    bytes: () => zipSync({ 'readme.txt': utf8('hello'), 'a.dbf': dbf(['ten'], [[utf8('A')]]) }),
    expect: { error: 'import.error.zipNoShp' },
  },
  {
    name: 'corrupt.zip',
    bytes: () => concat([0x50, 0x4b, 0x03, 0x04], utf8('not really a zip at all')),
    expect: { error: 'import.error.zipDamaged' },
  },
  {
    name: 'damaged-shp.zip',
    bytes: () => zipSync({ 'a.shp': concat(shpPoints([[106.7, 11]]).subarray(0, 110)) }),
    expect: { error: 'import.error.shpDamaged' },
  },
  {
    name: 'unreadable-prj.zip',
    bytes: () => zipSync({ 'a.shp': shpPoints([[106.7, 11]]), 'a.prj': utf8('PROJCS["nonsense",FOO[') }),
    expect: { error: 'import.error.prjUnsupported' },
  },
  {
    // Two .shp with different .prj are each reprojected by their own: the unreadable one is named.
    name: 'second-prj-unreadable.zip',
    bytes: () =>
      zipSync({
        'a.shp': shpPoints([[106.7, 11]]),
        'a.prj': utf8(
          'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]',
        ),
        'b.shp': shpPoints([[106.7, 11]]),
        'b.prj': utf8('PROJCS["nonsense",FOO['),
      }),
    expect: { error: 'import.error.prjUnsupported' },
  },
  {
    name: 'no-coordinates.csv',
    bytes: () => utf8('ten,dien_tich\nKCN A,100\nKCN B,200\n'),
    expect: { error: 'import.error.csvNoCoordinates' },
  },
  {
    name: 'tcvn3-text.csv',
    bytes: () => utf8('ten,lon,lat\nThµnh phè Thñ DÇu Mét,106.65,10.98\nPh­êng HiÖp Thµnh,106.66,10.99\n'),
    expect: { warning: 'import.warn.legacyEncoding' },
  },
  {
    name: 'unclosed.kml',
    bytes: () => utf8('<?xml version="1.0"?><kml><Placemark><name>a</name><Point><coordinates>106.7,11'),
    expect: { error: 'import.error.xmlInvalid' },
  },
  {
    name: 'not-xml.gpx',
    bytes: () => utf8('<gpx><trk><<<>>>'),
    expect: { error: 'import.error.xmlInvalid' },
  },
  {
    name: 'no-kml-inside.kmz',
    bytes: () => zipSync({ 'image.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) }),
    expect: { error: 'import.error.kmzNoKml' },
  },
  {
    name: 'bad-lines.geojsonl',
    bytes: () => utf8(`${JSON.stringify(pt(106.7, 11))}\n{not json\n${JSON.stringify(pt(106.8, 11))}\n`),
    expect: {
      warning: 'import.warn.badLines',
      check: (r) => {
        if (r.features.length !== 2) throw new Error('good lines lost');
      },
    },
  },
  {
    name: 'unknown.bin',
    bytes: () => Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe]),
    expect: { error: 'import.error.unknownFormat' },
  },
  {
    name: 'over-the-limit.geojson',
    bytes: () => new Uint8Array(IMPORT_SIZE_LIMIT_BYTES + 1),
    expect: { error: 'import.error.tooLarge' },
  },
];
