// The nearest corridor of arbitrary points (an imported layer's), against Turf's point-to-line
// distance over every corridor (the reference, computed here independently of the index).

import turfDistance from '@turf/distance';
import { point } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createAnalysisApi } from './api';
import { packLayers } from './pack';
import { syntheticLayers } from './test-fixtures';

describe('nearestCorridors', () => {
  it('names the nearest corridor of each point with Turf’s distance, in input order', () => {
    const layers = syntheticLayers();
    const api = createAnalysisApi();
    expect(api.nearestCorridors([[106.6, 11]])).toMatchObject({ ok: false, error: 'not_loaded' });
    api.load(packLayers(layers));
    const points: [number, number][] = [
      [106.55, 11.08],
      [106.61, 11.01],
      [106.69, 11.09],
      [106.4, 10.9],
    ];
    const r = api.nearestCorridors(points);
    if (!r.ok) throw new Error(r.message);
    const corridors = layers.corridors as Feature<LineString, { id: string }>[];
    for (const [i, p] of points.entries()) {
      const ref = corridors
        .map((c) => ({ id: c.properties.id, km: pointToLineDistance(point(p), c, { units: 'kilometers' }) }))
        .sort((a, b) => a.km - b.km)[0]!;
      expect(r.value[i]!.index).toBe(i);
      expect(r.value[i]!.corridorId).toBe(ref.id);
      expect(Math.abs(r.value[i]!.distanceKm! - ref.km)).toBeLessThan(0.01);
      // The connector's end: a point of that corridor, at the row's distance from the point.
      const end = r.value[i]!.point!;
      const line = corridors.find((c) => c.properties.id === ref.id)!;
      expect(pointToLineDistance(end, line, { units: 'kilometers' })).toBeLessThan(1e-4); // 10 cm
      expect(Math.abs(turfDistance(p, end, { units: 'kilometers' }) - r.value[i]!.distanceKm!)).toBeLessThan(
        0.01,
      );
    }
  });

  it('gives no corridor for a point without finite coordinates', () => {
    const api = createAnalysisApi();
    api.load(packLayers(syntheticLayers()));
    const r = api.nearestCorridors([[Number.NaN, 11]]);
    expect(r.ok && r.value[0]).toMatchObject({ corridorId: null, distanceKm: null, point: null });
  });
});

describe('nearestCorridors to one corridor', () => {
  it('measures to the corridor asked for (a "within X km" filter of the rows), and refuses an unknown id', () => {
    const layers = syntheticLayers();
    const api = createAnalysisApi();
    api.load(packLayers(layers));
    const points: [number, number][] = [
      [106.55, 11.08],
      [106.61, 11.01],
    ];
    const r = api.nearestCorridors(points, 'r1');
    if (!r.ok) throw new Error(r.message);
    const r1 = (layers.corridors as Feature<LineString, { id: string }>[]).find(
      (c) => c.properties.id === 'r1',
    )!;
    for (const [i, p] of points.entries()) {
      expect(r.value[i]!.corridorId).toBe('r1');
      const km = pointToLineDistance(point(p), r1, { units: 'kilometers' });
      expect(Math.abs(r.value[i]!.distanceKm! - km)).toBeLessThan(0.01);
    }
    expect(api.nearestCorridors(points, 'nope')).toMatchObject({ ok: false, error: 'unknown_corridor' });
  });
});
