// "Nearest corridor of each point" for a LARGE point layer (binary chunks), on the REAL corridors
// (data/build): points cut into many small chunks and answered chunk by chunk. Checked against the
// small-layer function on the same points as the chunks hold them (equal), and against
// @turf/point-to-line-distance (geodesic) to every corridor on the original points.
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, Geometry, LineString, MultiLineString, Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnalysisContext, createContext } from '../../src/analysis/context';
import { nearestCorridorOfChunk, nearestCorridorOfPoints } from '../../src/analysis/nearest-corridor';
import { readBuiltLayers } from '../../src/analysis/node-data';
import { packLayers } from '../../src/analysis/pack';
import { seededRandom } from '../../src/analysis/seeded-random';
import { featuresToChunks } from '../../src/data/binary/builder';
import { geometryAt } from '../../src/data/binary/feature';

const feature = (geometry: Geometry | null): Feature<Geometry | null> => ({
  type: 'Feature',
  geometry,
  properties: {},
});

/** Least geodesic km from a point to a corridor, by Turf alone. */
function turfKm(p: number[], c: Feature<LineString | MultiLineString>): number {
  const lines = c.geometry.type === 'LineString' ? [c.geometry.coordinates] : c.geometry.coordinates;
  return Math.min(
    ...lines.map((coordinates) =>
      pointToLineDistance(
        p,
        { type: 'LineString', coordinates },
        { method: 'geodesic', units: 'kilometers' },
      ),
    ),
  );
}

describe('nearestCorridorOfChunk on the real corridors', () => {
  let ctx: AnalysisContext;
  let corridors: Feature<LineString | MultiLineString>[];
  const geometries: (Geometry | null)[] = [];
  /** Layer ordinals of the Point features (the only ones answered, as for a small layer). */
  const pointOrdinals: number[] = [];

  beforeAll(async () => {
    const raw = await readBuiltLayers(undefined, ['districts', 'corridors']);
    ctx = createContext(packLayers(raw));
    corridors = raw.corridors as Feature<LineString | MultiLineString>[];
    const random = seededRandom(13);
    for (let i = 0; i < 160; i++) {
      const p = [106.35 + random() * 0.65, 10.85 + random() * 0.6];
      // Every tenth feature is something else: a MultiPoint, a small polygon or no geometry.
      if (i % 10 === 3) geometries.push({ type: 'MultiPoint', coordinates: [p, [p[0]! + 0.01, p[1]!]] });
      else if (i % 10 === 6)
        geometries.push({
          type: 'Polygon',
          coordinates: [[p, [p[0]! + 0.01, p[1]!], [p[0]!, p[1]! + 0.01], p]],
        });
      else if (i % 10 === 9) geometries.push(null);
      else {
        geometries.push({ type: 'Point', coordinates: p });
        pointOrdinals.push(i);
      }
    }
  });

  const chunksOf = () => featuresToChunks(geometries.map(feature), 0, { chunkFeatures: 13 });

  function answer(corridorId?: string) {
    const chunks = chunksOf();
    const ordinals: number[] = [];
    const corridor: (string | null)[] = [];
    const km: number[] = [];
    for (const chunk of chunks) {
      const r = nearestCorridorOfChunk(ctx, chunk, corridorId);
      if (!r.ok) throw new Error(r.message);
      r.value.ordinals.forEach((o, k) => {
        ordinals.push(o);
        const c = r.value.corridor[k]!;
        corridor.push(c < 0 ? null : r.value.corridors[c]!.id);
        km.push(r.value.distanceKm[k]!);
      });
    }
    return { chunks, ordinals, corridor, km };
  }

  it('answers every Point feature by its layer ordinal, as the small-layer function does for the same points', () => {
    const { chunks, ordinals, corridor, km } = answer();
    expect(chunks.length).toBeGreaterThan(10);
    expect(ordinals).toEqual(pointOrdinals);
    const points = pointOrdinals.map((o) => {
      const chunk = chunks.find((c) => o >= c.first && o < c.first + c.count)!;
      return (geometryAt(chunk, o - chunk.first) as Point).coordinates as [number, number];
    });
    const small = nearestCorridorOfPoints(ctx, points);
    if (!small.ok) throw new Error(small.message);
    expect(corridor).toEqual(small.value.map((r) => r.corridorId));
    expect(km).toEqual(small.value.map((r) => r.distanceKm));
  });

  it('gives the corridor and distance Turf finds nearest on the original points', () => {
    const { ordinals, corridor, km } = answer();
    let checked = 0;
    ordinals.forEach((o, k) => {
      const p = (geometries[o] as Point).coordinates;
      const byTurf = corridors
        .map((c) => ({ id: String(c.properties?.id), d: turfKm(p, c) }))
        .sort((a, b) => a.d - b.d);
      expect(Math.abs(km[k]! - byTurf[0]!.d), `point ${o}`).toBeLessThan(1e-5); // 1 cm
      // Two corridors as near as each other (to 1 m: shared junctions) may be answered either way.
      if (byTurf[1]!.d - byTurf[0]!.d > 1e-3) {
        expect(corridor[k], `point ${o}`).toBe(byTurf[0]!.id);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('gives the distance to one chosen corridor, and names an unknown one', () => {
    const { ordinals, corridor, km } = answer('vd4_bd');
    const vd4 = corridors.find((c) => c.properties?.id === 'vd4_bd')!;
    expect(new Set(corridor)).toEqual(new Set(['vd4_bd']));
    ordinals.forEach((o, k) => {
      expect(Math.abs(km[k]! - turfKm((geometries[o] as Point).coordinates, vd4))).toBeLessThan(1e-5);
    });
    expect(nearestCorridorOfChunk(ctx, chunksOf()[0]!, 'nope')).toMatchObject({
      ok: false,
      error: 'unknown_corridor',
    });
  });
});
