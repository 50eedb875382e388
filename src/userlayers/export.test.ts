// Export round trips: a layer written as a zipped Shapefile (WGS 84 or VN-2000) or KML and read back
// through the import engine gives the same features. The VN-2000 case also compares the written
// eastings/northings with the ones ArcGIS wrote in the original file (read here from the .shp bytes).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync, zipSync } from 'fflate';
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/registry';
import { dbfFieldNames, toKml, toShapefileZip } from './export';

const DIR = join(import.meta.dirname, '../../../shared/data/real-gis/hcmgis-ditich-vn2000-points');
function zipFolder(): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const e of readdirSync(DIR, { withFileTypes: true }))
    if (e.isFile()) entries[e.name] = new Uint8Array(readFileSync(join(DIR, e.name)));
  return zipSync(entries);
}

/** Point records of a .shp (type 1): [x, y] in file order, read from the bytes by the spec. */
function shpPoints(shp: Uint8Array): [number, number][] {
  const v = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const out: [number, number][] = [];
  for (let o = 100; o + 8 <= shp.length; ) {
    const len = v.getInt32(o + 4) * 2;
    if (v.getInt32(o + 8, true) === 1) out.push([v.getFloat64(o + 12, true), v.getFloat64(o + 20, true)]);
    o += 8 + len;
  }
  return out;
}

const SAMPLE: Feature<Geometry, Record<string, unknown>>[] = [
  {
    type: 'Feature',
    properties: { ten: 'Khu công nghiệp Sóng Thần', loai: 'KCN', dien_tich: 180.5 },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [106.7, 10.9],
          [106.75, 10.9],
          [106.75, 10.95],
          [106.7, 10.95],
          [106.7, 10.9],
        ],
        [
          [106.71, 10.91],
          [106.71, 10.92],
          [106.72, 10.92],
          [106.72, 10.91],
          [106.71, 10.91],
        ],
      ],
    },
  },
  {
    type: 'Feature',
    properties: { ten: 'Thủ Dầu Một', loai: 'đô thị', dien_tich: 118.9 },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [106.6, 10.95],
          [106.68, 10.95],
          [106.64, 11.02],
          [106.6, 10.95],
        ],
      ],
    },
  },
];

const positions = (g: Geometry | null): Position[] => {
  if (!g || g.type === 'GeometryCollection') return [];
  return (g.coordinates as unknown[]).flat(3).reduce<Position[]>((acc, _v, i, arr) => {
    if (i % 2 === 0) acc.push([arr[i] as number, arr[i + 1] as number]);
    return acc;
  }, []);
};
const metres = (a: Position, b: Position) =>
  Math.hypot((a[0]! - b[0]!) * 111320 * Math.cos((b[1]! * Math.PI) / 180), (a[1]! - b[1]!) * 110574);

describe('Shapefile export', () => {
  it('WGS 84: re-imported polygons (with a hole) have the same rings within 1e-6°, and Vietnamese text intact', async () => {
    const zip = toShapefileZip(SAMPLE, 'parks', 'wgs84');
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([
      'parks.cpg',
      'parks.dbf',
      'parks.prj',
      'parks.shp',
      'parks.shx',
    ]);
    const r = await importFile({ name: 'parks.zip', bytes: zip });
    expect(r.features).toHaveLength(2);
    expect(r.features.map((f) => f.properties.ten)).toEqual(['Khu công nghiệp Sóng Thần', 'Thủ Dầu Một']);
    expect(r.features[1]!.properties.loai).toBe('đô thị');
    expect(r.features[0]!.properties.dien_tich).toBeCloseTo(180.5, 6);
    for (const [i, f] of r.features.entries()) {
      const got = f.geometry as Geometry;
      expect(got.type === 'Polygon' || got.type === 'MultiPolygon').toBe(true);
      const rings =
        got.type === 'Polygon' ? got.coordinates : got.type === 'MultiPolygon' ? got.coordinates.flat() : [];
      expect(rings).toHaveLength((SAMPLE[i]!.geometry as { coordinates: unknown[] }).coordinates.length);
      const a = positions(got).sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!);
      const b = positions(SAMPLE[i]!.geometry).sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!);
      expect(a).toHaveLength(b.length);
      for (const [j, p] of a.entries()) {
        expect(Math.abs(p[0]! - b[j]![0]!)).toBeLessThan(1e-6);
        expect(Math.abs(p[1]! - b[j]![1]!)).toBeLessThan(1e-6);
      }
    }
  });

  it('VN-2000: the real ArcGIS points come back to their own eastings/northings within 0.01 m, and re-import within 0.01 m', async () => {
    const original = await importFile({ name: 'DiTich.zip', bytes: zipFolder() });
    expect(original.features).toHaveLength(167);
    const zip = toShapefileZip(original.features, 'ditich', 'vn2000-tm3-10545');
    const written = shpPoints(unzipSync(zip)['ditich.shp']!);
    const arcgis = shpPoints(new Uint8Array(readFileSync(join(DIR, 'DiTich.shp'))));
    expect(written).toHaveLength(167);
    for (const [i, p] of written.entries()) {
      expect(Math.hypot(p[0] - arcgis[i]![0], p[1] - arcgis[i]![1])).toBeLessThan(0.01);
    }
    const back = await importFile({ name: 'ditich.zip', bytes: zip });
    expect(back.features).toHaveLength(167);
    for (const [i, f] of back.features.entries()) {
      const a = (f.geometry as { coordinates: Position }).coordinates;
      const b = (original.features[i]!.geometry as { coordinates: Position }).coordinates;
      expect(metres(a, b)).toBeLessThan(0.01);
    }
  });
});

/** Every x/y double of a .shp's records after their shape type (bounding boxes included), by the spec. */
function shpNumbers(shp: Uint8Array): number[] {
  const v = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const out: number[] = [];
  for (let o = 100; o + 8 <= shp.length; ) {
    const len = v.getInt32(o + 4) * 2;
    const type = v.getInt32(o + 8, true);
    if (type === 1) out.push(v.getFloat64(o + 12, true), v.getFloat64(o + 20, true));
    else {
      const parts = v.getInt32(o + 44, true);
      const points = v.getInt32(o + 48, true);
      for (let k = 0; k < 4; k++) out.push(v.getFloat64(o + 12 + 8 * k, true));
      const at = o + 52 + 4 * parts;
      for (let k = 0; k < 2 * points; k++) out.push(v.getFloat64(at + 8 * k, true));
    }
    o += 8 + len;
  }
  return out;
}

describe("Shapefile export: the DBF's 10-byte names and 254-byte cells", () => {
  it('gives columns cut to the same 10 bytes distinct names, cut before a character', () => {
    const keys = [
      'occupancy_pct',
      'occupancy_source',
      'occupancy_note',
      'workers_planned',
      'workers_plan',
      'Tên_khu_công_nghiệp',
    ];
    const names = [...dbfFieldNames(keys).values()];
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(keys.length);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(10); // bytes: a binary string
      const bytes = Uint8Array.from(n, (c) => c.charCodeAt(0));
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBeTruthy();
    }
    expect(names.slice(0, 3)).toEqual(['occupancy_', 'occupanc_2', 'occupanc_3']);
  });

  it('reads back every column under its own name and a long Vietnamese note whole up to a character', async () => {
    const note = 'Khu công nghiệp đang mở rộng giai đoạn hai, đất đã giải phóng mặt bằng; '.repeat(5);
    const f = (i: number) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [106.6 + i * 0.01, 11.1] },
      properties: {
        occupancy_pct: 80 + i,
        occupancy_source: `nguồn ${i}`,
        occupancy_note: note,
        ten: `KCN ${i}`,
      },
    });
    const zip = toShapefileZip([f(1), f(2)], 'parks', 'wgs84');
    const back = await importFile({ name: 'parks.zip', bytes: zip });
    const p = back.features[0]!.properties as Record<string, unknown>;
    expect(Object.keys(p)).toEqual(expect.arrayContaining(['occupancy_', 'occupanc_2', 'occupanc_3', 'ten']));
    expect(p.occupancy_).toBe(81);
    expect(p.occupanc_2).toBe('nguồn 1');
    const cut = String(p.occupanc_3);
    expect(cut).not.toContain('\uFFFD');
    expect(note.startsWith(cut.trimEnd())).toBe(true);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(254);
    expect(new TextEncoder().encode(cut).length).toBeGreaterThan(250);
  });
});

describe('Shapefile export of mixed geometries (KML MultiGeometry)', () => {
  // A KML Placemark with a MultiGeometry of two lines, a polygon and a point, and a MultiPoint.
  const MIXED: Feature<Geometry, Record<string, unknown>>[] = [
    {
      type: 'Feature',
      properties: { ten: 'Ga Dĩ An' },
      geometry: {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'LineString',
            coordinates: [
              [106.76, 10.9],
              [106.77, 10.91],
            ],
          },
          {
            type: 'LineString',
            coordinates: [
              [106.78, 10.92],
              [106.79, 10.93],
              [106.8, 10.93],
            ],
          },
          {
            type: 'Polygon',
            coordinates: [
              [
                [106.7, 10.9],
                [106.71, 10.9],
                [106.71, 10.91],
                [106.7, 10.9],
              ],
            ],
          },
          { type: 'Point', coordinates: [106.765, 10.905] },
        ],
      },
    },
    {
      type: 'Feature',
      properties: { ten: 'Trạm' },
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [106.6, 11],
          [106.61, 11.01],
        ],
      },
    },
  ];
  const inputPositions = [
    [106.76, 10.9],
    [106.77, 10.91],
    [106.78, 10.92],
    [106.79, 10.93],
    [106.8, 10.93],
    [106.7, 10.9],
    [106.71, 10.9],
    [106.71, 10.91],
    [106.765, 10.905],
    [106.6, 11],
    [106.61, 11.01],
  ];

  it('VN-2000: every coordinate written is finite metres, each part projected once; the zip reads back as one layer at the same places', async () => {
    const zip = toShapefileZip(MIXED, 'ga', 'vn2000-tm3-10545');
    const files = unzipSync(zip);
    expect(
      Object.keys(files)
        .filter((n) => n.endsWith('.shp'))
        .sort(),
    ).toEqual(['ga_point.shp', 'ga_polygon.shp', 'ga_polyline.shp']);
    for (const name of ['ga_point.shp', 'ga_polyline.shp', 'ga_polygon.shp']) {
      const numbers = shpNumbers(files[name]!);
      expect(numbers.length).toBeGreaterThan(0);
      // Eastings near 500 km ± 100 km, northings of 10.9–11° N (≈ 1,205 km): metres, not degrees.
      for (const [i, x] of numbers.entries()) {
        expect(Number.isFinite(x)).toBe(true);
        if (i % 2 === 0) expect(Math.abs(x - 500_000)).toBeLessThan(200_000);
        else expect(Math.abs(x - 1_210_000)).toBeLessThan(30_000);
      }
    }
    // One record per family for the collection (the lines as one two-part polyline), one per point.
    const back = await importFile({ name: 'ga.zip', bytes: zip });
    expect(back.features.map((f) => [f.geometry?.type, f.properties.ten])).toEqual([
      ['Point', 'Ga Dĩ An'],
      ['Point', 'Trạm'],
      ['Point', 'Trạm'],
      ['MultiLineString', 'Ga Dĩ An'],
      ['Polygon', 'Ga Dĩ An'],
    ]);
    expect(back.warnings.map((w) => w.key)).toContain('import.warn.shpJoined');
    const got = back.features.flatMap((f) => positions(f.geometry));
    expect(got).toHaveLength(inputPositions.length + 1); // the ring's closing position again
    for (const p of got) {
      const nearest = Math.min(...inputPositions.map((q) => metres(p, q)));
      expect(nearest).toBeLessThan(0.01);
    }
  });
});

describe('KML export', () => {
  it('names each Placemark by the title the viewer shows (a file of its own `name` kept)', () => {
    const relics = [
      {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [106.69, 10.77] },
        properties: { Stt: 1, Ten_DT: 'Đình Phong Phú', Quan: 'Quận 9' },
      },
      {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [106.7, 10.78] },
        properties: { name: 'Own name', Ten_DT: 'Ignored' },
      },
      {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [106.71, 10.79] },
        properties: { Stt: 3 },
      },
    ];
    const nameOf = (p: Record<string, unknown>) => (typeof p.Ten_DT === 'string' ? p.Ten_DT : '');
    const doc = new DOMParser().parseFromString(toKml(relics, nameOf), 'text/xml');
    const placemarks = [...doc.getElementsByTagName('Placemark')];
    expect(placemarks.map((p) => p.getElementsByTagName('name')[0]?.textContent ?? null)).toEqual([
      'Đình Phong Phú',
      'Own name',
      null,
    ]);
    // The column itself is still in ExtendedData.
    const data = placemarks[0]!.getElementsByTagName('Data');
    expect([...data].map((d) => d.getAttribute('name'))).toEqual(['Stt', 'Ten_DT', 'Quan']);
    // A missing value is left out, not written as the text "null".
    const nulls = toKml([{ ...relics[2]!, properties: { Stt: 3, area_ha: null } }]);
    expect(nulls).not.toContain('null');
    expect(nulls).toContain('<Data name="Stt">');
    // Without nameOf (as before): no <name> at all.
    expect(toKml(relics.slice(0, 1))).not.toContain('<name>');
  });

  it('puts the Placemarks in one Folder named after the layer, and re-imports them all', async () => {
    const kml = toKml(SAMPLE, undefined, 'Khu công nghiệp <Bình Dương> & cảng');
    expect(kml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<kml')).toBe(true);
    const doc = new DOMParser().parseFromString(kml, 'text/xml');
    const folders = doc.getElementsByTagName('Folder');
    expect(folders).toHaveLength(1);
    expect(folders[0]!.getElementsByTagName('name')[0]!.textContent).toBe(
      'Khu công nghiệp <Bình Dương> & cảng',
    );
    expect(folders[0]!.getElementsByTagName('Placemark')).toHaveLength(SAMPLE.length);
    const r = await importFile({ name: 'parks.kml', bytes: new TextEncoder().encode(kml) });
    expect(r.features).toHaveLength(SAMPLE.length);
  });

  it('re-imports with the same features and coordinates within 1e-6°', async () => {
    const kml = toKml(SAMPLE);
    const r = await importFile({ name: 'parks.kml', bytes: new TextEncoder().encode(kml) });
    expect(r.features).toHaveLength(2);
    expect(r.features.map((f) => f.properties.ten)).toEqual(['Khu công nghiệp Sóng Thần', 'Thủ Dầu Một']);
    for (const [i, f] of r.features.entries()) {
      const a = positions(f.geometry);
      const b = positions(SAMPLE[i]!.geometry);
      expect(a).toHaveLength(b.length);
      for (const [j, p] of a.entries()) {
        expect(Math.abs(p[0]! - b[j]![0]!)).toBeLessThan(1e-6);
        expect(Math.abs(p[1]! - b[j]![1]!)).toBeLessThan(1e-6);
      }
    }
  });
});
