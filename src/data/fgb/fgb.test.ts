// The FlatGeobuf adapter against real files written by other tools (the upstream flatgeobuf test
// data, ../shared/data/flatgeobuf-testdata, see its PROVENANCE.md), plus round trips of our writer.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureProblem } from '../boundary';
import {
  FlatGeobufError,
  type LayerHeader,
  readFeatureCollection,
  readFeatures,
  readFeaturesInRect,
  writeFeatures,
} from './index';

const TESTDATA = new URL('../../../../shared/data/flatgeobuf-testdata/', import.meta.url);
const CLUSTERFUZZ = 'clusterfuzz-testcase-minimized-fgb_fuzzer-4642513358553088';

function bytesOf(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(name, TESTDATA)));
}

function jsonOf<T = FeatureCollection>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, TESTDATA), 'utf8')) as T;
}

/** A stream that delivers `bytes` in chunks of `size` bytes (a slow network). */
function chunkedStream(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

/** Rejects when `promise` has not settled after `ms`: a hang becomes a test failure, not a stall. */
function within<T>(promise: Promise<T>, ms = 2000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function readError(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: Parameters<typeof readFeatureCollection>[1] = {},
): Promise<unknown> {
  try {
    await within(readFeatureCollection(input, options));
  } catch (err) {
    return err;
  }
  throw new Error('expected the read to fail');
}

async function read(input: Uint8Array | ReadableStream<Uint8Array>) {
  return within(readFeatureCollection(input));
}

/** A read that collects the problems of the features it keeps instead of failing on the first. */
async function readReporting(input: Uint8Array | ReadableStream<Uint8Array>) {
  const problems: FeatureProblem[] = [];
  const read = await within(readFeatureCollection(input, { onProblem: (p) => problems.push(p) }));
  return { ...read, problems };
}

/** Every position of a (Multi)Polygon, so a Polygon and a one-part MultiPolygon compare equal. */
function flatPositions(g: Geometry | null): Position[] {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  throw new Error(`unexpected ${g.type}`);
}

function sortedPositions(g: Geometry | null): string[] {
  return flatPositions(g)
    .map((p) => p.join(','))
    .sort();
}

describe('readFeatures on damaged and foreign input', () => {
  it('rejects the 57-byte clusterfuzz file quickly instead of hanging (bytes and stream)', async () => {
    const bytes = bytesOf(CLUSTERFUZZ);
    expect(bytes.length).toBe(57);
    for (const input of [bytes, new Blob([bytes]).stream(), chunkedStream(bytes, 3)]) {
      const err = await readError(input);
      expect(err).toBeInstanceOf(FlatGeobufError);
      expect((err as Error).message).toMatch(/geometry type 32/);
    }
  });

  it('reads the clusterfuzz header patched to a valid geometry type (an index without a feature count) as empty', async () => {
    // The header declares a spatial index (node size 16) and 0 features: the package computes the
    // index size with calcTreeSize(0, 16), a synchronous endless loop. Byte 24 is the geometry type.
    const bytes = bytesOf(CLUSTERFUZZ);
    bytes[24] = 1;
    let header: LayerHeader | null = null;
    const { collection } = await within(readFeatureCollection(bytes, { onHeader: (h) => (header = h) }));
    expect(collection.features).toEqual([]);
    expect(header).toMatchObject({ geometryType: 'Point', featureCount: null, hasIndex: false });
  });

  it('reports a truncated file (inside the header, inside a feature, missing features) from bytes and streams', async () => {
    const bytes = bytesOf('countries.fgb');
    const cases: [Uint8Array, RegExp][] = [
      [bytes.slice(0, 100), /header claims 604 bytes but only 88 follow/],
      [bytes.slice(0, 20_000), /Truncated|claims \d+ bytes but only \d+ follow/],
      [bytes.slice(0, 10), /Truncated/],
    ];
    for (const [cut, message] of cases) {
      const fromBytes = await readError(cut);
      expect(fromBytes).toBeInstanceOf(FlatGeobufError);
      expect((fromBytes as Error).message).toMatch(message);
      const fromStream = await readError(chunkedStream(cut, 1000));
      expect(fromStream).toBeInstanceOf(FlatGeobufError);
      expect((fromStream as Error).message).toMatch(/Truncated/);
    }
    // Cut exactly between two features: the header's count says features are missing.
    const { collection } = await read(bytes);
    expect(collection.features).toHaveLength(179);
    const err = await readError(chunkedStream(bytes.slice(0, findFeatureBoundary(bytes, 100)), 4096));
    expect((err as Error).message).toMatch(/ends after 100 of 179 features/);
  });

  it('names what a non-FlatGeobuf payload looks like', async () => {
    const cases: [Uint8Array<ArrayBuffer>, RegExp][] = [
      [bytesOf('countries.geojson'), /Not a FlatGeobuf file.*JSON/],
      [
        new TextEncoder().encode('<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>'),
        /Not a FlatGeobuf file.*HTML/,
      ],
      [new Uint8Array(0), /empty/],
      [new Uint8Array([0x66, 0x67, 0x62, 0x09, 0, 0, 0, 0, 8, 0, 0, 0]), /version 9 is not supported/],
      [
        new Uint8Array([0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0, 0xff, 0xff, 0xff, 0x7f]),
        /header claims 2147483647 bytes/,
      ],
    ];
    for (const [bytes, message] of cases) {
      for (const input of [bytes, new Blob([bytes]).stream()]) {
        const err = await readError(input);
        expect(err).toBeInstanceOf(FlatGeobufError);
        expect((err as Error).message).toMatch(message);
      }
    }
  });
});

/** Byte offset just after feature `n` of a file (reads the size prefixes after header and index). */
function findFeatureBoundary(bytes: Uint8Array, n: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const headerLength = view.getUint32(8, true);
  // countries.fgb: 179 features, node size 16 → 179 + 12 + 1 nodes of 40 bytes.
  let offset = 12 + headerLength + (179 + 12 + 1) * 40;
  for (let i = 0; i < n; i++) offset += 4 + view.getUint32(offset, true);
  return offset;
}

describe('readFeatures on the upstream test files', () => {
  it('countries.fgb: 179 features with the names, ids and shapes of countries.geojson', async () => {
    let header: LayerHeader | null = null;
    const { collection } = await within(
      readFeatureCollection(bytesOf('countries.fgb'), { onHeader: (h) => (header = h) }),
    );
    const geojson = jsonOf('countries.geojson');
    expect(header).toMatchObject({
      geometryType: 'MultiPolygon',
      featureCount: 179,
      hasIndex: true,
      crs: 'EPSG:4326',
      columns: [
        { name: 'id', type: 'String' },
        { name: 'name', type: 'String' },
      ],
    });
    expect(header!.envelope).toEqual([-180, -85.609038, 180, 83.64513]);
    expect(collection.features).toHaveLength(179);
    const byId = new Map(collection.features.map((f) => [f.properties?.id, f]));
    expect(byId.size).toBe(179);
    for (const expected of geojson.features) {
      const actual = byId.get(expected.id);
      expect(actual?.properties?.name, String(expected.id)).toBe(expected.properties?.name);
      // GDAL rewrote some rings with the other winding order: compare the vertices, not their order.
      expect(sortedPositions(actual?.geometry ?? null), String(expected.id)).toEqual(
        sortedPositions(expected.geometry),
      );
    }
    const vietnam = byId.get('VNM')!;
    expect(vietnam.properties).toEqual({ id: 'VNM', name: 'Vietnam' });
    expect(vietnam.geometry.type).toBe('MultiPolygon');
  });

  it('countries_nocrs.fgb: no CRS, the same 179 features', async () => {
    let header: LayerHeader | null = null;
    const { collection } = await within(
      readFeatureCollection(bytesOf('countries_nocrs.fgb'), { onHeader: (h) => (header = h) }),
    );
    expect(header).toMatchObject({ crs: null, geometryType: 'Unknown', featureCount: 179, hasIndex: true });
    expect(collection.features).toHaveLength(179);
    expect(collection.features.map((f) => f.properties?.name)).toContain('Vietnam');
    expect(new Set(collection.features.map((f) => f.geometry.type))).toEqual(new Set(['MultiPolygon']));
  });

  it('countries_nogeo.fgb: no geometry column is an error by default and null geometries on request', async () => {
    const err = await readError(bytesOf('countries_nogeo.fgb'));
    expect(err).toBeInstanceOf(FlatGeobufError);
    expect((err as Error).message).toMatch(/^Feature 1 \(id ATA, "Antarctica"\): it has no geometry/);
    const { header, collection } = await within(
      readFeatureCollection(bytesOf('countries_nogeo.fgb'), { nullGeometry: 'keep' }),
    );
    expect(header).toMatchObject({ geometryType: 'Unknown', featureCount: null, hasIndex: false });
    expect(collection.features).toHaveLength(179);
    expect(collection.features.every((f) => f.geometry === null)).toBe(true);
    const names = jsonOf('countries.geojson').features.map((f) => f.properties?.name);
    expect(collection.features.map((f) => f.properties?.name).sort()).toEqual(names.sort());
  });

  it('topp_states.fgb (a version 2 file) has the states of states.geojson', async () => {
    const bytes = bytesOf('topp_states.fgb');
    expect(bytes[3]).toBe(2);
    let header: LayerHeader | null = null;
    const { collection } = await within(readFeatureCollection(bytes, { onHeader: (h) => (header = h) }));
    expect(header!.columns).toHaveLength(22);
    expect(header!.columns[0]).toEqual({ name: 'STATE_NAME', type: 'String' });
    expect(header!.columns[4]).toEqual({ name: 'LAND_KM', type: 'Double' });
    const geojson = jsonOf('states.geojson');
    expect(collection.features).toHaveLength(geojson.features.length);
    expect(collection.features).toHaveLength(49);
    const byName = new Map(collection.features.map((f) => [f.properties?.STATE_NAME, f]));
    for (const expected of geojson.features) {
      const actual = byName.get(expected.properties?.STATE_NAME);
      expect(actual, expected.properties?.STATE_NAME).toBeDefined();
      expect(actual!.properties).toEqual(expected.properties);
      expect(flatPositions(actual!.geometry)).toHaveLength(flatPositions(expected.geometry).length);
    }
    expect(byName.get('Illinois')!.properties).toMatchObject({ STATE_ABBR: 'IL', LAND_KM: 143986.61 });
  });

  it('heterogeneous.fgb: mixed geometry types in one layer', async () => {
    const { header, collection } = await read(bytesOf('heterogeneous.fgb'));
    expect(header?.geometryType).toBe('Unknown');
    expect(collection.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'MultiPolygon']);
    expect(collection.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [1.2, -2.1] });
  });

  it('alldatatypes.fgb: every column type comes back as GDAL reads it, or is reported', async () => {
    await expect(read(bytesOf('alldatatypes.fgb'))).rejects.toThrow(
      /^Feature 1: column "ulong" holds the integer 18446744073709551615/,
    );
    const { header, collection, problems } = await readReporting(bytesOf('alldatatypes.fgb'));
    expect(header!.columns.map((c) => c.type)).toEqual([
      'Byte',
      'UByte',
      'Bool',
      'Short',
      'UShort',
      'Int',
      'UInt',
      'Long',
      'ULong',
      'Float',
      'Double',
      'String',
      'Json',
      'DateTime',
      'Binary',
    ]);
    expect(collection.features).toHaveLength(1);
    const { properties, geometry } = collection.features[0]!;
    // Values read from a hex dump of the feature's property buffer. GDAL's autotest gives ULong as a
    // double (18446744073709551616, not the file's value): we keep the exact decimal as text and
    // report it; the Json column's invalid text "X" is kept as a string, as GDAL does, and reported.
    expect(properties).toEqual({
      byte: -1,
      ubyte: 255,
      bool: true,
      short: -1,
      ushort: 65535,
      int: -1,
      uint: 4294967295,
      long: -1,
      ulong: '18446744073709551615', // 2^64 − 1
      float: 0,
      double: 0,
      string: 'X',
      json: 'X',
      datetime: '2020-02-29T12:34:56Z',
      // Bytes leave the reader's boundary as an array of numbers (safeValue: JSON and MapLibre's
      // worker messages keep it).
      binary: [0x58],
    });
    expect(geometry).toEqual({ type: 'Point', coordinates: [0, 0] });
    expect(problems.map((p) => [p.ordinal, p.messageKey])).toEqual([
      [1, 'problem.value.integer'],
      [1, 'problem.value.json'],
    ]);
  });

  it('binary_wkb.fgb: a feature with a null geometry is reported, or kept with geometry null', async () => {
    const err = await readError(bytesOf('binary_wkb.fgb'));
    expect(err).toBeInstanceOf(FlatGeobufError);
    expect((err as Error).message).toMatch(/no geometry/);
    const { header, collection } = await within(
      readFeatureCollection(bytesOf('binary_wkb.fgb'), { nullGeometry: 'keep' }),
    );
    expect(header).toMatchObject({ crs: 'EPSG:4326', featureCount: null });
    expect(collection.features).toHaveLength(1);
    const [feature] = collection.features;
    expect(feature!.geometry).toBeNull();
    expect(feature!.properties?.id).toBe('08b2681a1482afff056faced1a3aae40');
    // The binary column holds a big-endian WKB point (its bytes as an array of numbers).
    const bytes = feature!.properties?.wkb as number[];
    expect(Array.isArray(bytes)).toBe(true);
    expect(bytes).toHaveLength(21);
    const view = new DataView(Uint8Array.from(bytes).buffer);
    expect(view.getUint8(0)).toBe(0);
    expect(view.getUint32(1, false)).toBe(1);
    expect(view.getFloat64(5, false)).toBeCloseTo(-105.295, 2);
    expect(view.getFloat64(13, false)).toBeCloseTo(40.006, 2);
  });

  it('triangle.fgb: a Triangle becomes a Polygon, the header still names the type', async () => {
    const { header, collection } = await read(bytesOf('triangle.fgb'));
    expect(header?.geometryType).toBe('Triangle');
    expect(collection.features.map((f) => f.geometry)).toEqual([
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 9],
            [9, 0],
            [0, 0],
          ],
        ],
      },
    ]);
  });

  it('empty.fgb: zero features and no error', async () => {
    const { header, collection } = await read(bytesOf('empty.fgb'));
    expect(collection.features).toEqual([]);
    expect(header).toMatchObject({ geometryType: 'Polygon', featureCount: null, crs: 'EPSG:4326' });
    expect(header!.columns.map((c) => c.name)).toEqual([
      'quadkey',
      'avg_d_kbps',
      'avg_u_kbps',
      'avg_lat_ms',
      'tests',
      'devices',
    ]);
  });

  it('unknown_feature_count.fgb: no count in the header, the feature is still read', async () => {
    const { header, collection } = await read(bytesOf('unknown_feature_count.fgb'));
    expect(header?.featureCount).toBeNull();
    expect(collection.features).toHaveLength(1);
    expect(collection.features[0]!.properties).toEqual({
      quadkey: '0322113021201023',
      avg_d_kbps: 16109,
      avg_u_kbps: 11204,
      avg_lat_ms: 36,
      tests: 98,
      devices: 49,
    });
    expect(collection.features[0]!.geometry.type).toBe('Polygon');
  });

  it('no_properties.fgb: a point without properties', async () => {
    const { collection } = await read(bytesOf('no_properties.fgb'));
    expect(collection.features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [-123.1874, 48.7902] }, properties: {} },
    ]);
  });

  it('mp_overlapping.fgb: two multipolygons with overlapping parts', async () => {
    const { header, collection } = await read(bytesOf('mp_overlapping.fgb'));
    expect(header).toMatchObject({ geometryType: 'MultiPolygon', featureCount: 2, hasIndex: true });
    expect(collection.features).toHaveLength(2);
    for (const f of collection.features) {
      expect(f.geometry.type).toBe('MultiPolygon');
      if (f.geometry.type !== 'MultiPolygon') continue;
      expect(f.geometry.coordinates.length).toBeGreaterThan(0);
      for (const ring of f.geometry.coordinates.flat()) expect(ring[0]).toEqual(ring.at(-1));
    }
  });

  it('poly00.fgb: ten polygons in British National Grid', async () => {
    const { header, collection } = await read(bytesOf('poly00.fgb'));
    expect(header).toMatchObject({ geometryType: 'Polygon', featureCount: 10, crs: 'EPSG:27700' });
    expect(collection.features).toHaveLength(10);
    expect(collection.features[0]!.properties).toEqual({
      AREA: 1634833.375,
      EAS_ID: 158,
      PRFEDEA: '35043369',
    });
  });
});

describe('readFeatures from streams', () => {
  for (const name of ['countries.fgb', 'alldatatypes.fgb', 'topp_states.fgb', 'heterogeneous.fgb']) {
    it(`${name}: a Blob stream and a stream of 7-byte chunks give the same features as bytes`, async () => {
      const bytes = bytesOf(name);
      const expected = await readReporting(bytes);
      expect(expected.collection.features.length).toBeGreaterThan(0);
      expect(await readReporting(new Blob([bytes]).stream())).toEqual(expected);
      expect(await readReporting(chunkedStream(bytes, 7))).toEqual(expected);
    });
  }

  it('stops when the signal aborts, with the signal reason, and cancels the stream', async () => {
    const bytes = bytesOf('countries.fgb');
    const controller = new AbortController();
    let cancelled = false;
    const inner = chunkedStream(bytes, 512).getReader();
    const stream = new ReadableStream<Uint8Array>({
      async pull(c) {
        const { done, value } = await inner.read();
        if (done) c.close();
        else c.enqueue(value);
      },
      cancel() {
        cancelled = true;
      },
    });
    const seen: Feature[] = [];
    const reason = new Error('user left the page');
    const run = (async () => {
      for await (const f of readFeatures(stream, { signal: controller.signal })) {
        seen.push(f);
        if (seen.length === 3) controller.abort(reason);
      }
    })();
    await expect(within(run)).rejects.toBe(reason);
    expect(seen).toHaveLength(3);
    expect(cancelled).toBe(true);
  });

  it('aborting a stalled download rejects promptly', async () => {
    // Header and index take 8,296 bytes: 20,000 bytes hold the first features.
    const head = bytesOf('countries.fgb').slice(0, 20_000);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(head); // then nothing more, ever
      },
    });
    const controller = new AbortController();
    let seen = 0;
    const run = (async () => {
      for await (const _ of readFeatures(stream, { signal: controller.signal })) seen++;
    })();
    setTimeout(() => controller.abort(new Error('timeout')), 200);
    await expect(within(run)).rejects.toThrow('timeout');
    // It had read what arrived, then waited for more bytes until the abort.
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(179);
  });

  it('an already aborted signal rejects before reading', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(
      within(readFeatureCollection(bytesOf('countries.fgb'), { signal: controller.signal })),
    ).rejects.toThrow('gone');
  });

  it('leaving the loop early cancels the stream', async () => {
    let cancelled = false;
    const bytes = bytesOf('countries.fgb');
    const inner = chunkedStream(bytes, 4096).getReader();
    const stream = new ReadableStream<Uint8Array>({
      async pull(c) {
        const { done, value } = await inner.read();
        if (done) c.close();
        else c.enqueue(value);
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const f of readFeatures(stream)) {
      expect(f.properties?.name).toBe('Antarctica');
      break;
    }
    expect(cancelled).toBe(true);
  });
});

describe('writeFeatures round trip', () => {
  const square = (x: number, y: number, size: number): Position[] => [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];

  it('keeps nulls in the first feature, missing keys, diacritics and mixed geometry types', async () => {
    const features: Feature[] = [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [106.65, 11.05] },
        properties: { id: 'p1', name: 'Thủ Dầu Một', area_km2: null, official: null },
      },
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [square(106.4, 11.3, 0.1)] },
        properties: { id: 'd1', name: 'Huyện Dầu Tiếng', area_km2: 719.7, official: true, note: 'Bàu Bàng' },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [106.7, 11.1] },
        properties: { id: 'p2' },
      },
    ];
    const bytes = writeFeatures(features);
    let header: LayerHeader | null = null;
    const { collection } = await within(readFeatureCollection(bytes, { onHeader: (h) => (header = h) }));
    expect(header).toMatchObject({ geometryType: 'Unknown', featureCount: 3, crs: 'EPSG:4326' });
    expect(header!.columns).toEqual([
      { name: 'id', type: 'String' },
      { name: 'name', type: 'String' },
      { name: 'area_km2', type: 'Double' },
      { name: 'official', type: 'Bool' },
      { name: 'note', type: 'String' },
    ]);
    // The file is indexed, so its features are in Hilbert order of their box centres (see
    // packed-rtree.test.ts); compare them in input order.
    const byId = (id: string) => collection.features.find((f) => f.properties?.id === id)!;
    const inOrder = ['p1', 'd1', 'p2'].map(byId);
    expect(inOrder.map((f) => f.properties)).toEqual([
      { id: 'p1', name: 'Thủ Dầu Một', area_km2: null, official: null, note: null },
      { id: 'd1', name: 'Huyện Dầu Tiếng', area_km2: 719.7, official: true, note: 'Bàu Bàng' },
      { id: 'p2', name: null, area_km2: null, official: null, note: null },
    ]);
    expect(inOrder.map((f) => f.geometry)).toEqual(features.map((f) => f.geometry));
    // NFC strings survive byte for byte.
    expect(inOrder[1]!.properties?.name).toBe('Huyện Dầu Tiếng'.normalize('NFC'));
    // And the same through a chunked stream.
    expect(await read(chunkedStream(bytes, 5))).toEqual({ header, collection });
  });

  it('keeps a MultiPolygon with holes', async () => {
    const geometry: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [square(0, 0, 10), square(2, 2, 2).reverse(), square(6, 6, 2).reverse()],
        [square(20, 20, 5)],
        [square(30, 0, 4), square(31, 1, 1).reverse()],
      ],
    };
    const bytes = writeFeatures([{ type: 'Feature', geometry, properties: { name: 'khu công nghiệp' } }]);
    const { header, collection } = await read(bytes);
    expect(header?.geometryType).toBe('MultiPolygon');
    expect(collection.features[0]!.geometry).toEqual(geometry);
  });

  it('throws on conflicting property types, unsupported values and missing geometry', () => {
    const point: Geometry = { type: 'Point', coordinates: [0, 0] };
    expect(() =>
      writeFeatures([
        { type: 'Feature', geometry: point, properties: { area: 1 } },
        { type: 'Feature', geometry: point, properties: { area: '1 km²' } },
      ]),
    ).toThrow(/Property "area" mixes Double and String/);
    expect(() =>
      writeFeatures([{ type: 'Feature', geometry: point, properties: { sources: ['a', 'b'] } }]),
    ).toThrow(FlatGeobufError);
    expect(() =>
      writeFeatures([{ type: 'Feature', geometry: null as unknown as Geometry, properties: { id: 'x' } }]),
    ).toThrow(/no writable geometry/);
    expect(() => writeFeatures([])).toThrow(/no features/);
    expect(() =>
      writeFeatures([
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [Number.NaN, 1] },
          properties: { id: 'n' },
        },
      ]),
    ).toThrow(/^Feature n: the position of the Point is \[NaN, 1\]/);
    expect(() =>
      writeFeatures([
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 1],
              ],
            ],
          },
          properties: { id: 'r' },
        },
      ]),
    ).toThrow(/^Feature r: ring 1 of the Polygon has 2 positions/);
  });
});

describe('readFeaturesInRect over HTTP Range', () => {
  let server: Server;
  let base = '';
  const requests: { path: string; range: string | undefined }[] = [];

  beforeAll(async () => {
    const files: Record<string, Uint8Array> = {
      '/countries.fgb': bytesOf('countries.fgb'),
      '/topp_states.fgb': bytesOf('topp_states.fgb'),
      '/no-range/countries.fgb': bytesOf('countries.fgb'),
    };
    server = createServer((req, res) => {
      const path = req.url ?? '';
      requests.push({ path, range: req.headers.range });
      const body = files[path];
      if (!body) {
        res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>');
        return;
      }
      const match = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
      if (!match || path.startsWith('/no-range/')) {
        res.writeHead(200, { 'Content-Length': body.length }).end(body);
        return;
      }
      const start = Number(match[1]);
      const end = Math.min(Number(match[2]), body.length - 1);
      res
        .writeHead(206, {
          'Content-Range': `bytes ${start}-${end}/${body.length}`,
          'Content-Length': end - start + 1,
        })
        .end(body.subarray(start, end + 1));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const vietnam = { minX: 104, minY: 10, maxX: 108, maxY: 20 };

  async function collect(url: string, options: Parameters<typeof readFeaturesInRect>[2] = {}) {
    const features: Feature[] = [];
    for await (const f of readFeaturesInRect(url, vietnam, options)) features.push(f);
    return features;
  }

  it('returns a small subset around Vietnam, read by ranges', async () => {
    requests.length = 0;
    let header: LayerHeader | null = null;
    const features = await within(
      collect(`${base}/countries.fgb`, { onHeader: (h) => (header = h) }),
      10_000,
    );
    const ids = features.map((f) => f.properties?.id);
    expect(ids).toContain('VNM');
    expect(ids).toEqual(expect.arrayContaining(['LAO', 'KHM', 'THA', 'CHN']));
    expect(features.length).toBeLessThan(15);
    expect(header).toMatchObject({ featureCount: 179, hasIndex: true });
    const vnm = features.find((f) => f.properties?.id === 'VNM')!;
    expect(vnm.properties).toEqual({ id: 'VNM', name: 'Vietnam' });
    expect(vnm.geometry.type).toBe('MultiPolygon');
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.every((r) => r.range?.startsWith('bytes='))).toBe(true);
  });

  it('works against a server that ignores Range (200 with the whole file)', async () => {
    const ids = (await within(collect(`${base}/no-range/countries.fgb`), 10_000)).map(
      (f) => f.properties?.id,
    );
    expect(ids).toContain('VNM');
    expect(ids.length).toBeLessThan(15);
  });

  it('a file without an index, a 404 and an aborted read give clear errors', async () => {
    await expect(within(collect(`${base}/topp_states.fgb`))).rejects.toThrow(
      /topp_states\.fgb has no spatial index; read it whole instead/,
    );
    await expect(within(collect(`${base}/missing.fgb`))).rejects.toThrow(/HTTP 404/);
    await expect(within(collect(`${base}/missing.fgb`))).rejects.toBeInstanceOf(FlatGeobufError);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(within(collect(`${base}/countries.fgb`, { signal: controller.signal }))).rejects.toThrow(
      'stop',
    );
  });
});
