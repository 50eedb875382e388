import type { Feature, Geometry, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parcels } from '../fgb/test-parcels';
import { chunkBuffers, featuresToChunks } from './builder';
import { featureAt, featuresOfChunks } from './feature';
import { withFeatureIds } from './feature-ids';
import { dictionarySize, textAt } from './text-dictionary';
import { triangulatePolygons } from './triangulate';
import type { BinaryChunk } from './types';

// Float32 keeps 24 significant bits: an offset d is stored within |d| × 2⁻²⁴ (round to nearest).
const F32 = 2 ** -24;

function maxOffset(c: BinaryChunk): number {
  let m = 0;
  for (const part of [c.points, c.lines, c.polygons]) {
    for (const v of part.positions.value) m = Math.max(m, Math.abs(v));
  }
  return m;
}

/**
 * Shoelace area of a ring of float32 offsets between vertices from..to−1, taken about the ring's
 * first vertex: float32 differences are exact in float64, so no cancellation of large products.
 */
function ringArea(xy: Float32Array, from: number, to: number): number {
  const x0 = xy[2 * from]!;
  const y0 = xy[2 * from + 1]!;
  let s = 0;
  for (let i = from; i < to; i++) {
    const j = i + 1 < to ? i + 1 : from;
    s += (xy[2 * i]! - x0) * (xy[2 * j + 1]! - y0) - (xy[2 * j]! - x0) * (xy[2 * i + 1]! - y0);
  }
  return Math.abs(s) / 2;
}

/** Per polygon: its area (outer − holes) and the area of its earcut triangles, on the chunk's positions. */
function areas(c: BinaryChunk): { polygons: number[]; triangles: number[] } {
  const xy = c.polygons.positions.value;
  const polys = c.polygons.polygonIndices.value;
  const rings = c.polygons.primitivePolygonIndices.value;
  const polygons = new Array<number>(polys.length - 1).fill(0);
  const triangles = new Array<number>(polys.length - 1).fill(0);
  let p = 0;
  for (let r = 0; r + 1 < rings.length; r++) {
    while (polys[p + 1]! <= rings[r]!) p++;
    const a = ringArea(xy, rings[r]!, rings[r + 1]!);
    polygons[p]! += rings[r] === polys[p] ? a : -a;
  }
  const t = triangulatePolygons(c.polygons);
  p = 0;
  for (let k = 0; k < t.length; k += 3) {
    const [a, b, d] = [t[k]!, t[k + 1]!, t[k + 2]!];
    while (polys[p + 1]! <= a) p++;
    triangles[p]! +=
      Math.abs(
        (xy[2 * b]! - xy[2 * a]!) * (xy[2 * d + 1]! - xy[2 * a + 1]!) -
          (xy[2 * d]! - xy[2 * a]!) * (xy[2 * b + 1]! - xy[2 * a + 1]!),
      ) / 2;
  }
  return { polygons, triangles };
}

function expectClose(actual: Position[], expected: Position[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((p, k) => {
    expect(Math.abs(p[0]! - expected[k]![0]!)).toBeLessThanOrEqual(tol);
    expect(Math.abs(p[1]! - expected[k]![1]!)).toBeLessThanOrEqual(tol);
  });
}

describe('featuresToChunks', () => {
  const input = [...parcels(12_000)];
  const chunks = featuresToChunks(input);

  it('cuts 12,000 parcels into chunks that end at 65,000 polygon vertices (3,612 parcels of 18 positions), with chunk-local ids', () => {
    // 18 positions a parcel: a chunk ends at the first parcel that brings it to ≥ 65,000 vertices,
    // ceil(65000 / 18) = 3,612 parcels (65,016 vertices, under Uint16's 65,536).
    expect(chunks.map((c) => [c.first, c.count])).toEqual([
      [0, 3612],
      [3612, 3612],
      [7224, 3612],
      [10836, 1164],
    ]);
    const c = chunks[1]!;
    // Each parcel's start vertex plus the end; no per-vertex ids until drawn as shapes.
    const starts = c.polygons.featureStarts.value;
    expect(starts.length).toBe(3613);
    expect([starts[0], starts[1], starts[3611], starts[3612]]).toEqual([0, 18, 3611 * 18, 3612 * 18]);
    expect(c.polygons.featureIds.value.length).toBe(0);
    expect(c.points.featureStarts.value.length + c.lines.featureStarts.value.length).toBe(0);
    withFeatureIds(c);
    expect(c.polygons.featureIds.value).toBeInstanceOf(Uint16Array);
    // The picking ids are the chunk-local ids themselves (no second per-vertex array).
    expect(c.polygons.globalFeatureIds.value).toBe(c.polygons.featureIds.value);
    expect(c.polygons.featureIds.value.length).toBe(3612 * 18);
    expect(c.polygons.featureIds.value[17]).toBe(0);
    expect(c.polygons.featureIds.value[18]).toBe(1);
    expect(c.polygons.featureIds.value.at(-1)).toBe(3611);
    // One polygon of one 18-position ring per parcel.
    expect(c.polygons.polygonIndices.value.length).toBe(3613);
    expect(c.polygons.primitivePolygonIndices.value.length).toBe(3613);
    expect(c.polygons.positions.value.length).toBe(3612 * 18 * 2);
    expect(c.points.positions.value.length + c.lines.positions.value.length).toBe(0);
    // Triangles fit Uint16, and every index points at one of the chunk's 65,016 vertices.
    expect(c.polygons.triangles.value.length).toBe(0); // made when first drawn (triangulate.ts)
    const t = triangulatePolygons(c.polygons);
    expect(t).toBeInstanceOf(Uint16Array);
    expect(Array.from(t).reduce((a, b) => Math.max(a, b), 0)).toBe(3612 * 18 - 2); // earcut skips each ring's closing position
    // The 'use' column has 5 values: one byte a code.
    const use = c.columns.use!;
    expect(use.kind === 'text' && use.codes).toBeInstanceOf(Uint8Array);
    // The 'id' column, one value a parcel (parcel_3612 … parcel_7223), is held as UTF-8 bytes and
    // offsets: 11 bytes of text and a 4-byte offset a parcel, codes 1 … 3612 in feature order.
    const id = c.columns.id!;
    if (id.kind !== 'text') throw new Error('id is not a text column');
    expect(id.codes).toBeInstanceOf(Uint16Array);
    expect(dictionarySize(id.dictionary)).toBe(3612);
    expect(id.dictionary.bytes.length).toBe(3612 * 'parcel_3612'.length);
    expect(id.dictionary.offsets.length).toBe(3613);
    expect([id.codes[0], id.codes[3611]]).toEqual([1, 3612]);
    expect([textAt(id.dictionary, 0), textAt(id.dictionary, 3611)]).toEqual(['parcel_3612', 'parcel_7223']);
  });

  it('keeps Uint32 triangles for a chunk whose polygons pass 65,536 vertices', () => {
    const [big] = featuresToChunks([...parcels(4000)], 0, { chunkPolygonVertices: 1e9 });
    expect(big!.count).toBe(4000);
    const t = triangulatePolygons(big!.polygons);
    expect(t).toBeInstanceOf(Uint32Array);
    expect(Array.from(t).reduce((a, b) => Math.max(a, b), 0)).toBeGreaterThan(65_535);
  });

  it('gives back every parcel within the float32 bound of its chunk (≤ 2e-8° over the 0.65° box)', () => {
    for (const c of chunks) {
      const tol = maxOffset(c) * F32;
      expect(tol).toBeLessThan(2e-8);
      for (let i = 0; i < c.count; i += 7) {
        const f = featureAt(c, i);
        const want = input[c.first + i]!;
        expect(f.geometry?.type).toBe('Polygon');
        const rings = (f.geometry as Polygon).coordinates;
        expect(rings.length).toBe(1);
        expectClose(rings[0]!, want.geometry.coordinates[0]!, tol);
        expect(f.properties).toEqual(want.properties);
      }
    }
  });

  it('earcut triangles cover each parcel: their areas sum to its area (planar, 1e-9 relative)', () => {
    for (const c of chunks) {
      const { polygons, triangles } = areas(c);
      polygons.forEach((area, p) => {
        expect(area).toBeGreaterThan(0);
        expect(Math.abs(triangles[p]! - area) / area).toBeLessThan(1e-9);
      });
      expect(triangulatePolygons(c.polygons).length).toBe(c.count * 15 * 3); // 17 corners: 15 triangles
    }
  });

  it('triangulates a polygon with a hole: the triangles cover 1 − 0.25 square degrees', () => {
    const square = (x0: number, y0: number, s: number): Position[] => [
      [x0, y0],
      [x0 + s, y0],
      [x0 + s, y0 + s],
      [x0, y0 + s],
      [x0, y0],
    ];
    const holed: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [square(106, 11, 1), square(106.25, 11.25, 0.5).reverse()] },
    };
    const [c] = featuresToChunks([holed]);
    expect(c!.polygons.primitivePolygonIndices.value).toEqual(Uint32Array.from([0, 5, 10]));
    const { polygons, triangles } = areas(c!);
    expect(polygons).toEqual([0.75]);
    expect(Math.abs(triangles[0]! - 0.75) / 0.75).toBeLessThan(1e-9);
    const back = featureAt(c!, 0).geometry as Polygon;
    expect(back.coordinates).toEqual(holed.geometry.coordinates); // exact: quarters are float32-exact
  });
});

describe('featureAt', () => {
  const features: Feature<Geometry | null>[] = [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.5, 11] },
      properties: { n: 1, s: 'a', mixed: 5, flag: true, obj: { k: [1, 2] } },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [106.25, 11.25],
          [106.5, 11.5],
        ],
      },
      properties: { n: null, s: 'a', mixed: 'five' },
    },
    { type: 'Feature', geometry: null, properties: { n: 2.5, s: null } },
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [106, 11],
          [106.5, 11.5],
        ],
      },
      properties: { s: 'Thủ Dầu Một' },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [106, 11],
            [106.5, 11],
          ],
          [
            [106, 11.5],
            [106.25, 11.5],
            [106.5, 11.75],
          ],
        ],
      },
      properties: {},
    },
    {
      type: 'Feature',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [106, 11],
              [106.5, 11],
              [106.5, 11.5],
              [106, 11],
            ],
          ],
          [
            [
              [107, 11],
              [107.5, 11],
              [107.5, 11.5],
              [107, 11],
            ],
          ],
        ],
      },
      properties: { n: -3 },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'LineString',
            coordinates: [
              [106, 11],
              [106.25, 11.25],
            ],
          },
          { type: 'Point', coordinates: [106.75, 11.75] },
        ],
      },
      properties: {},
    },
  ];
  const [chunk] = featuresToChunks(features);

  it('rebuilds each geometry type with its coordinates (quarter degrees are float32-exact)', () => {
    expect(chunk!.count).toBe(7);
    for (let i = 0; i < 6; i++) expect(featureAt(chunk!, i).geometry).toEqual(features[i]!.geometry);
    expect(featureAt(chunk!, 6).geometry).toEqual({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [106.75, 11.75] },
        {
          type: 'LineString',
          coordinates: [
            [106, 11],
            [106.25, 11.25],
          ],
        },
      ],
    });
  });

  it('round-trips properties: numbers, text, nulls, missing keys; booleans and objects as text', () => {
    expect(chunk!.columns.n!.kind).toBe('number');
    expect(chunk!.columns.mixed!.kind).toBe('text');
    expect(featureAt(chunk!, 0).properties).toEqual({
      n: 1,
      s: 'a',
      mixed: '5',
      flag: 'true',
      obj: '{"k":[1,2]}',
    });
    expect(featureAt(chunk!, 1).properties).toEqual({
      n: null,
      s: 'a',
      mixed: 'five',
      flag: null,
      obj: null,
    });
    expect(featureAt(chunk!, 3).properties!.s).toBe('Thủ Dầu Một');
    expect(featureAt(chunk!, 5).properties!.n).toBe(-3);
    expect(() => featureAt(chunk!, 7)).toThrow(RangeError);
  });

  it('featuresOfChunks yields the kept ordinals in order', () => {
    const chunks = featuresToChunks([...parcels(11_000)], 100);
    const kept = [...featuresOfChunks(chunks, (o) => o % 5000 === 0)];
    expect(kept.map((f) => f.properties!.id)).toEqual(['parcel_4900', 'parcel_9900']);
  });
});

describe('chunkBuffers', () => {
  it('lists every buffer once, and transferring them moves the chunk without a copy', () => {
    const [chunk] = featuresToChunks([...parcels(10)], 0, { triangulate: true });
    const buffers = chunkBuffers(chunk!);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers).toContain(chunk!.polygons.positions.value.buffer);
    expect(buffers).toContain(chunk!.polygons.triangles.value.buffer);
    const id = chunk!.columns.id!;
    if (id.kind !== 'text') throw new Error('id is not a text column');
    // A text column: its codes and its dictionary's bytes and offsets.
    for (const a of [id.codes, id.dictionary.bytes, id.dictionary.offsets])
      expect(buffers).toContain(a.buffer);
    const before = Array.from(chunk!.polygons.positions.value);
    const moved = structuredClone(chunk!, { transfer: buffers });
    expect(chunk!.polygons.positions.value.byteLength).toBe(0); // detached: moved, not copied
    expect(id.dictionary.bytes.byteLength).toBe(0);
    expect(Array.from(moved.polygons.positions.value)).toEqual(before);
    expect(featureAt(moved, 9).properties!.id).toBe('parcel_9');
  });
});
