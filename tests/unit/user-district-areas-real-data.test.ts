// "Area of my polygons per district" on the REAL district boundaries (data/build), with hand-made
// polygons whose per-district areas are computed here independently: each district ring clipped to
// the (convex) square by Sutherland–Hodgman, measured with @turf/area. Nothing of polyclip-ts.
import turfArea from '@turf/area';
import booleanIntersects from '@turf/boolean-intersects';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnalysisContext, createContext } from '../../src/analysis/context';
import { readBuiltLayers } from '../../src/analysis/node-data';
import { packLayers } from '../../src/analysis/pack';
import { seededRandom } from '../../src/analysis/seeded-random';
import { userDistrictAreas } from '../../src/analysis/user-district-areas';

const squareRing = (lon: number, lat: number, half: number): Position[] => [
  [lon - half, lat - half],
  [lon + half, lat - half],
  [lon + half, lat + half],
  [lon - half, lat + half],
  [lon - half, lat - half],
];
const square = (lon: number, lat: number, half: number): Polygon => ({
  type: 'Polygon',
  coordinates: [squareRing(lon, lat, half)],
});
const ha = (g: Polygon | MultiPolygon) => turfArea({ type: 'Feature', geometry: g, properties: {} }) / 1e4;

/** A ring clipped to an axis-aligned box (Sutherland–Hodgman; the box is convex, so this is exact). */
function clipRing(ring: Position[], [x0, y0, x1, y1]: number[]): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= x0!, (a, b) => [x0!, a[1]! + ((b[1]! - a[1]!) * (x0! - a[0]!)) / (b[0]! - a[0]!)]],
    [(p) => p[0]! <= x1!, (a, b) => [x1!, a[1]! + ((b[1]! - a[1]!) * (x1! - a[0]!)) / (b[0]! - a[0]!)]],
    [(p) => p[1]! >= y0!, (a, b) => [a[0]! + ((b[0]! - a[0]!) * (y0! - a[1]!)) / (b[1]! - a[1]!), y0!]],
    [(p) => p[1]! <= y1!, (a, b) => [a[0]! + ((b[0]! - a[0]!) * (y1! - a[1]!)) / (b[1]! - a[1]!), y1!]],
  ];
  let out = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const a = input[(i + input.length - 1) % input.length]!;
      const b = input[i]!;
      if (inside(b)) {
        if (!inside(a)) out.push(cut(a, b));
        out.push(b);
      } else if (inside(a)) out.push(cut(a, b));
    }
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

/** Area (ha) of a district inside an axis-aligned square: outer rings minus holes, each clipped. */
function clippedHa(d: MultiPolygon, box: number[]): number {
  let total = 0;
  for (const poly of d.coordinates) {
    poly.forEach((ring, r) => {
      const c = clipRing(ring, box);
      if (c.length === 0) return;
      const a = ha({ type: 'Polygon', coordinates: [c] });
      total += r === 0 ? a : -a;
    });
  }
  return total;
}

describe('userDistrictAreas on the real district boundaries', () => {
  let ctx: AnalysisContext;
  let districts: Feature<MultiPolygon>[];

  beforeAll(async () => {
    const raw = await readBuiltLayers(undefined, ['districts']);
    ctx = createContext(packLayers(raw));
    districts = raw.districts as Feature<MultiPolygon>[];
  });

  it('a polygon wholly inside one district: its own area there, 0 elsewhere and outside', () => {
    const d = districts.find((x) => x.properties?.code === '718')!; // Thủ Dầu Một
    const [lon, lat] = pointOnFeature(d).geometry.coordinates as [number, number];
    const poly = square(lon, lat, 0.002);
    // Checked independently: every corner inside, the outline meets no district boundary.
    for (const p of poly.coordinates[0]!) expect(booleanPointInPolygon(p, d)).toBe(true);
    const outline = { type: 'LineString' as const, coordinates: poly.coordinates[0]! };
    for (const other of districts)
      expect(
        booleanIntersects(outline, {
          type: 'MultiLineString',
          coordinates: other.geometry.coordinates.flat(),
        }),
      ).toBe(false);
    const r = userDistrictAreas(ctx, [poly]);
    if (!r.ok) throw new Error(r.message);
    const own = ha(poly);
    for (const row of r.value.districts) {
      if (row.code === '718') {
        expect(row.area_ha).toBe(own);
        expect(row.share).toBeCloseTo(1, 9);
        expect(row.polygons).toBe(1);
      } else {
        expect(row.area_ha).toBe(0);
        expect(row.polygons).toBe(0);
      }
    }
    expect(r.value.outside).toEqual({ area_ha: 0, share: 0, polygons: 0 });
    expect(r.value.total_ha).toBe(own);
  });

  it('squares over district borders and the province edge: each district equals the independent clip, parts sum to the whole', () => {
    const random = seededRandom(718);
    const squares: { box: number[]; poly: Polygon }[] = [];
    // Around vertices of the boundaries (so every square straddles a border), 0.5–4 km across.
    for (let i = 0; i < 24; i++) {
      const d = districts[Math.floor(random() * districts.length)]!;
      const ring = d.geometry.coordinates[0]![0]!;
      const [lon, lat] = ring[Math.floor(random() * (ring.length - 1))]! as [number, number];
      const half = 0.0025 + random() * 0.017;
      squares.push({ box: [lon - half, lat - half, lon + half, lat + half], poly: square(lon, lat, half) });
    }
    const r = userDistrictAreas(
      ctx,
      squares.map((s) => s.poly),
    );
    if (!r.ok) throw new Error(r.message);
    const total = squares.reduce((s, q) => s + ha(q.poly), 0);
    expect(Math.abs(r.value.total_ha - total) / total).toBeLessThan(1e-12);
    let straddling = 0;
    for (const row of r.value.districts) {
      const d = districts.find((x) => x.properties?.code === row.code)!;
      const parts = squares.map((s) => clippedHa(d.geometry, s.box));
      const expected = parts.reduce((s, a) => s + a, 0);
      expect(Math.abs(row.area_ha - expected), `district ${row.code}`).toBeLessThan(1e-6 * total);
      expect(row.polygons, `district ${row.code}`).toBe(
        parts.filter((a, i) => a > 1e-6 * ha(squares[i]!.poly)).length,
      );
      expect(row.share).toBeCloseTo(row.area_ha / total, 12);
      straddling += row.polygons;
    }
    expect(straddling).toBeGreaterThan(squares.length); // most squares lie in two districts or more
    // Districts + outside = the whole, within 1e-6 relative.
    const sum = r.value.districts.reduce((s, row) => s + row.area_ha, 0) + r.value.outside.area_ha;
    expect(Math.abs(sum - total) / total).toBeLessThan(1e-6);
  });

  it('many small parcels anywhere in the province (most away from any border): each district equals the independent clip', () => {
    const random = seededRandom(2020);
    const squares: { box: number[]; poly: Polygon }[] = [];
    for (let i = 0; i < 300; i++) {
      const lon = 106.35 + random() * 0.65;
      const lat = 10.85 + random() * 0.6;
      const half = 0.0003 + random() * 0.003;
      squares.push({ box: [lon - half, lat - half, lon + half, lat + half], poly: square(lon, lat, half) });
    }
    const r = userDistrictAreas(
      ctx,
      squares.map((s) => s.poly),
    );
    if (!r.ok) throw new Error(r.message);
    const total = r.value.total_ha;
    let counted = 0;
    for (const row of r.value.districts) {
      const d = districts.find((x) => x.properties?.code === row.code)!;
      const parts = squares.map((s) => clippedHa(d.geometry, s.box));
      const expected = parts.reduce((s, a) => s + a, 0);
      expect(Math.abs(row.area_ha - expected), `district ${row.code}`).toBeLessThan(1e-6 * total);
      expect(row.polygons, `district ${row.code}`).toBe(
        parts.filter((a, i) => a > 1e-6 * ha(squares[i]!.poly)).length,
      );
      counted += row.polygons;
    }
    expect(counted).toBeGreaterThan(100);
    expect(r.value.outside.polygons).toBeGreaterThan(10); // the box reaches past the province
  });

  it('a square straddling the province edge puts the rest outside every district', () => {
    // Far west of Dầu Tiếng's westmost vertex: the square reaches across the province edge.
    const d = districts.find((x) => x.properties?.code === '720')!;
    const ring = d.geometry.coordinates[0]![0]!;
    const west = ring.reduce((a, b) => (b[0]! < a[0]! ? b : a));
    const poly = square(west[0]!, west[1]!, 0.01);
    const r = userDistrictAreas(ctx, [poly]);
    if (!r.ok) throw new Error(r.message);
    const own = ha(poly);
    const inside = r.value.districts.reduce((s, row) => s + row.area_ha, 0);
    expect(r.value.outside.polygons).toBe(1);
    expect(r.value.outside.area_ha).toBeGreaterThan(own * 0.2);
    expect(Math.abs(inside + r.value.outside.area_ha - own) / own).toBeLessThan(1e-6);
    const expected = districts.reduce(
      (s, x) =>
        s + clippedHa(x.geometry, [west[0]! - 0.01, west[1]! - 0.01, west[0]! + 0.01, west[1]! + 0.01]),
      0,
    );
    expect(Math.abs(inside - expected) / own).toBeLessThan(1e-6);
  });

  it('counts points and lines apart and names unusable features', () => {
    const r = userDistrictAreas(ctx, [
      { type: 'Point', coordinates: [106.65, 11] },
      null,
      {
        type: 'Polygon',
        coordinates: [
          [
            [106.6, 11],
            [Number.NaN, 11],
            [106.6, 11.01],
            [106.6, 11],
          ],
        ],
      },
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.not_polygons).toBe(1);
    expect(r.value.unusable).toEqual([1, 2]);
    expect(r.value.total_ha).toBe(0);
  });
});
