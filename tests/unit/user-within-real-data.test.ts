// "My features within X km of a corridor" for imported lines and polygons, on the REAL corridors and
// districts (data/build), against a brute force built only from Turf: 0 when @turf/boolean-intersects
// says they meet, else the least @turf/point-to-line-distance (geodesic) from each vertex of one to
// the other's lines, both ways.
import booleanIntersects from '@turf/boolean-intersects';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import turfBuffer from '@turf/buffer';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnalysisContext, createContext } from '../../src/analysis/context';
import { readBuiltLayers } from '../../src/analysis/node-data';
import { packLayers } from '../../src/analysis/pack';
import { seededRandom } from '../../src/analysis/seeded-random';
import { userChunkWithin, userFeaturesWithin, userWithinZone } from '../../src/analysis/user-within';
import { featuresToChunks } from '../../src/data/binary/builder';

/** The lines of a geometry (line parts and polygon rings), for the brute force. */
function linesOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
      return g.coordinates;
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    default:
      throw new Error(`unexpected ${g.type}`);
  }
}

function turfKm(g: Geometry, corridor: Feature<LineString>): number {
  const feature: Feature = { type: 'Feature', geometry: g, properties: {} };
  if (booleanIntersects(feature, corridor)) return 0;
  let best = Number.POSITIVE_INFINITY;
  const km = (p: Position, line: Position[]) =>
    pointToLineDistance(
      p,
      { type: 'LineString', coordinates: line },
      { method: 'geodesic', units: 'kilometers' },
    );
  for (const line of linesOf(g))
    for (const p of line) best = Math.min(best, km(p, corridor.geometry.coordinates));
  for (const u of corridor.geometry.coordinates)
    for (const line of linesOf(g)) best = Math.min(best, km(u, line));
  return best;
}

const square = (lon: number, lat: number, half: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - half, lat - half],
      [lon + half, lat - half],
      [lon + half, lat + half],
      [lon - half, lat + half],
      [lon - half, lat - half],
    ],
  ],
});

describe('userFeaturesWithin on the real corridors', () => {
  let ctx: AnalysisContext;
  let corridors: Feature<LineString>[];
  const features: Geometry[] = [];
  const names: string[] = [];

  beforeAll(async () => {
    const raw = await readBuiltLayers();
    ctx = createContext(packLayers(raw));
    corridors = raw.corridors as Feature<LineString>[];
    // Real lines: every corridor, as if a user had imported the corridors file.
    for (const c of corridors) {
      features.push(c.geometry);
      names.push(`corridor ${c.properties?.id}`);
    }
    // Real polygons: every district (MultiPolygon), and its outer rings as lines.
    for (const d of raw.districts as Feature<MultiPolygon>[]) {
      features.push(d.geometry);
      names.push(`district ${d.properties?.code}`);
      features.push({ type: 'MultiLineString', coordinates: d.geometry.coordinates.map((p) => p[0]!) });
      names.push(`district ${d.properties?.code} outline`);
    }
    // Hand-made cases around Ring Road 4: a square holding the whole road (it runs inside: 0), the
    // same square with a hole holding the road (the distance is the hole's), small parcels beside it.
    const vd4 = corridors.find((c) => c.properties?.id === 'vd4_bd')!.geometry.coordinates;
    const xs = vd4.map((p) => p[0]!);
    const ys = vd4.map((p) => p[1]!);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    const ring = (x0: number, y0: number, x1: number, y1: number) => [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ];
    features.push({
      type: 'Polygon',
      coordinates: [ring(box[0]! - 0.05, box[1]! - 0.05, box[2]! + 0.05, box[3]! + 0.05)],
    });
    names.push('square around Ring Road 4');
    features.push({
      type: 'Polygon',
      coordinates: [
        ring(box[0]! - 0.1, box[1]! - 0.1, box[2]! + 0.1, box[3]! + 0.1),
        ring(box[0]! - 0.02, box[1]! - 0.02, box[2]! + 0.02, box[3]! + 0.02),
      ],
    });
    names.push('frame with Ring Road 4 in its hole');
    // Seeded parcels and short lines over the province, many close to a corridor.
    const random = seededRandom(10);
    for (let i = 0; i < 300; i++) {
      const c = corridors[Math.floor(random() * corridors.length)]!.geometry.coordinates;
      const v = Math.floor(random() * (c.length - 1));
      const t = random();
      const lon = c[v]![0]! + t * (c[v + 1]![0]! - c[v]![0]!) + (random() - 0.5) * 0.08;
      const lat = c[v]![1]! + t * (c[v + 1]![1]! - c[v]![1]!) + (random() - 0.5) * 0.08;
      const half = 0.001 + random() * 0.01;
      if (i % 2 === 0) {
        features.push(square(lon, lat, half));
        names.push(`parcel ${i}`);
      } else {
        features.push({
          type: 'LineString',
          coordinates: [
            [lon, lat],
            [lon + (random() - 0.5) * 0.05, lat + (random() - 0.5) * 0.05],
            [lon + (random() - 0.5) * 0.05, lat + (random() - 0.5) * 0.05],
          ],
        });
        names.push(`line ${i}`);
      }
    }
  });

  for (const [corridorId, km] of [
    ['vd4_bd', 2],
    ['vd4_bd', 10],
    ['ql13', 1],
    [undefined, 0.5],
  ] as const) {
    it(`finds exactly the features Turf puts within ${km} km of ${corridorId ?? 'any corridor'}, at Turf's distance`, () => {
      const targets =
        corridorId === undefined ? corridors : corridors.filter((c) => c.properties?.id === corridorId);
      const ref = features.map((g) => Math.min(...targets.map((c) => turfKm(g, c))));
      const r = userFeaturesWithin(ctx, features, corridorId, km);
      if (!r.ok) throw new Error(r.message);
      const got = new Map(r.value.rows.map((row) => [row.index, row.distance_km]));
      let maxErr = 0;
      let zeros = 0;
      ref.forEach((d, i) => {
        if (Math.abs(d - km) < 1e-6) return; // on the threshold either answer is right
        expect(got.has(i), `${names[i]}: Turf ${d} km`).toBe(d <= km);
        if (d <= km) {
          maxErr = Math.max(maxErr, Math.abs(got.get(i)! - d));
          if (d === 0) {
            zeros++;
            expect(got.get(i), `${names[i]} meets the corridor`).toBe(0);
          }
        }
      });
      // Turf's geodesic distance and ours are the same quantity (great-circle arcs): agree to 1 mm.
      expect(maxErr).toBeLessThan(1e-6);
      // Each row names the corridor it is measured to: the one asked about, or one at that least
      // distance by Turf.
      for (const row of r.value.rows) {
        if (corridorId !== undefined) expect(row.corridor_id).toBe(corridorId);
        const named = corridors.find((c) => c.properties?.id === row.corridor_id)!;
        expect(
          Math.abs(turfKm(features[row.index]!, named) - row.distance_km),
          names[row.index],
        ).toBeLessThan(1e-6);
      }
      if (corridorId === undefined)
        expect(new Set(r.value.rows.map((x) => x.corridor_id)).size).toBeGreaterThan(3);
      expect(r.value.rows.length).toBeGreaterThan(zeros); // some features near, not only crossing
      expect(zeros).toBeGreaterThan(0);
      expect(r.value.unusable).toEqual([]);
    });
  }

  it('gives a large layer (binary chunks, float32 offsets) the features and distances Turf gives, chunk by chunk', () => {
    // The same features as a large layer, cut small (200 polygon vertices a chunk) so that the
    // districts, the parcels and the lines spread over many chunks.
    const chunks = featuresToChunks(
      features.map((geometry) => ({ type: 'Feature', geometry, properties: {} })),
      0,
      { chunkPolygonVertices: 200 },
    );
    expect(chunks.length).toBeGreaterThan(5);
    const targets = corridors.filter((c) => c.properties?.id === 'vd4_bd');
    const ref = features.map((g) => Math.min(...targets.map((c) => turfKm(g, c))));
    const got = new Map<number, number>();
    let measured = 0;
    for (const chunk of chunks) {
      const r = userChunkWithin(ctx, chunk, 'vd4_bd', 5);
      if (!r.ok) throw new Error(r.message);
      for (const row of r.value.rows) got.set(row.index, row.distance_km);
      measured += r.value.measured;
      expect(r.value.unusable).toBe(0);
    }
    expect(measured).toBe(features.length);
    let maxErr = 0;
    ref.forEach((d, i) => {
      // Positions are float32 offsets from the chunk's origin (≤ 3e-8° for a district-wide chunk).
      if (Math.abs(d - 5) < 1e-5) return;
      expect(got.has(i), `${names[i]}: Turf ${d} km`).toBe(d <= 5);
      if (d <= 5) maxErr = Math.max(maxErr, Math.abs(got.get(i)! - d));
    });
    expect(got.size).toBeGreaterThan(20);
    expect(maxErr).toBeLessThan(1e-5); // 1 cm
    expect(userChunkWithin(ctx, chunks[0]!, 'nope', 1)).toMatchObject({
      ok: false,
      error: 'unknown_corridor',
    });
  });

  it('counts a corridor inside a polygon as 0, and one inside a hole by the hole', () => {
    const r = userFeaturesWithin(ctx, features, 'vd4_bd', 200);
    if (!r.ok) throw new Error(r.message);
    const row = (name: string) => r.value.rows.find((x) => names[x.index] === name);
    expect(row('square around Ring Road 4')?.distance_km).toBe(0);
    const hole = row('frame with Ring Road 4 in its hole')!.distance_km;
    expect(hole).toBeGreaterThan(1);
    expect(hole).toBeLessThan(3);
  });

  it('names what it cannot measure and refuses an unknown corridor or distance', () => {
    const r = userFeaturesWithin(
      ctx,
      [null, { type: 'Point', coordinates: [Number.NaN, 11] }, square(106.6, 11, 0.01)],
      'vd4_bd',
      200,
    );
    expect(r.ok && r.value.unusable).toEqual([0, 1]);
    expect(userFeaturesWithin(ctx, [], 'nope', 1)).toMatchObject({ ok: false, error: 'unknown_corridor' });
    expect(userFeaturesWithin(ctx, [], 'vd4_bd', 0)).toMatchObject({
      ok: false,
      error: 'distance_out_of_range',
    });
  });
  it('draws the zone of an answer: the corridor buffered by the km (Turf), or every corridor merged', () => {
    const vd4 = corridors.find((c) => c.properties?.id === 'vd4_bd')!;
    const one = userWithinZone(ctx, 'vd4_bd', 2);
    if (!one.ok) throw new Error(one.message);
    const ref = turfBuffer(vd4, 2, { units: 'kilometers', steps: 16 })!;
    expect(one.value?.geometry).toEqual(ref.geometry);
    // Every corridor, 0.5 km: each corridor's ends lie in the merged zone.
    const all = userWithinZone(ctx, undefined, 0.5);
    if (!all.ok) throw new Error(all.message);
    const zone = all.value!;
    for (const c of corridors) {
      for (const p of [c.geometry.coordinates[0]!, c.geometry.coordinates.at(-1)!]) {
        expect(booleanPointInPolygon(p, zone), `${c.properties?.id} ${p}`).toBe(true);
      }
    }
    // A grid over the province: points more than 0.6 km from every corridor (Turf) lie outside the
    // zone, those under 0.4 km inside (the buffer's arcs are chords: not judged within 0.1 km).
    let outside = 0;
    let inside = 0;
    for (let lon = 106.3; lon < 107; lon += 0.02) {
      for (let lat = 10.85; lat < 11.5; lat += 0.02) {
        const d = Math.min(
          ...corridors.map((c) =>
            pointToLineDistance([lon, lat], c, { method: 'geodesic', units: 'kilometers' }),
          ),
        );
        if (d > 0.6) {
          outside++;
          expect(booleanPointInPolygon([lon, lat], zone), `${lon},${lat} at ${d} km`).toBe(false);
        } else if (d < 0.4) {
          inside++;
          expect(booleanPointInPolygon([lon, lat], zone), `${lon},${lat} at ${d} km`).toBe(true);
        }
      }
    }
    expect(outside).toBeGreaterThan(100);
    expect(inside).toBeGreaterThan(3);
    expect(userWithinZone(ctx, 'nope', 1)).toMatchObject({ ok: false, error: 'unknown_corridor' });
    expect(userWithinZone(ctx, 'vd4_bd', 0)).toMatchObject({ ok: false });
  });
});
