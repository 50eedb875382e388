// The explorer's distances on the real layers: each park's nearest expressway and railway equal a
// naive Turf scan, ports/airports/ICDs the nearest place of that kind by @turf/distance, and a
// missing corridors layer makes only the corridor kinds unknown.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import turfDistance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from './context';
import { DEFAULT_BUILD_DIR, readBuiltLayers } from './node-data';
import { packLayers } from './pack';
import { EXPLORER_DISTANCE_KINDS, parkDistances } from './park-distances';

const HAVE_DATA = ['parks', 'corridors', 'places'].every((n) =>
  existsSync(join(DEFAULT_BUILD_DIR, `${n}.fgb`)),
);

/**
 * A park's location: its point, or the mean of its footprint's ring vertices (the footprints are
 * circles of evenly spaced vertices, whose mean is the centre, within metres of the app's centroid).
 */
function locationOf(park: Feature): number[] {
  const g = park.geometry;
  if (g.type === 'Point') return g.coordinates;
  if (g.type !== 'Polygon') throw new Error(`park ${park.properties?.id}: ${g.type}`);
  const ring = g.coordinates[0]!.slice(0, -1);
  return [0, 1].map((k) => ring.reduce((s, c) => s + c[k]!, 0) / ring.length);
}

describe.skipIf(!HAVE_DATA)('parkDistances on the real layers', () => {
  let raw: Awaited<ReturnType<typeof readBuiltLayers>>;
  beforeAll(async () => {
    raw = await readBuiltLayers();
  });

  it('matches a naive Turf scan for expressway and railway, and @turf/distance for places', () => {
    const r = parkDistances(createContext(packLayers(raw)));
    if (!r.ok) throw new Error(r.message);
    const parks = raw.parks as Feature[];
    expect(r.value.rows.length).toBe(parks.length);
    expect(r.value.unavailable).toEqual([]);
    const lines = (kind: string) =>
      (raw.corridors as Feature[]).filter((c) => c.properties?.kind === kind) as Feature<
        LineString | MultiLineString
      >[];
    const places = (ids: string[]) => (raw.places as Feature[]).filter((p) => ids.includes(p.properties?.id));
    for (const row of r.value.rows) {
      const park = parks.find((p) => p.properties?.id === row.id)!;
      const pt = locationOf(park);
      for (const kind of ['expressway', 'railway']) {
        const naive = Math.min(
          ...lines(kind).flatMap((l) =>
            (l.geometry.type === 'LineString' ? [l.geometry.coordinates] : l.geometry.coordinates).map((c) =>
              pointToLineDistance(pt, { type: 'LineString', coordinates: c }, { units: 'kilometers' }),
            ),
          ),
        );
        expect(row.distances[kind as 'expressway']!.km).toBeCloseTo(naive, 2);
      }
      const ports = places(['cat_lai', 'cai_mep_thi_vai']) as Feature<Point>[];
      const naivePort = Math.min(...ports.map((p) => turfDistance(pt, p.geometry.coordinates)));
      expect(row.distances.port!.km).toBeCloseTo(naivePort, 2);
    }
  });

  it('without corridors: the four corridor kinds are unavailable for every park, places still measured', () => {
    const { corridors: _, ...rest } = raw;
    const r = parkDistances(createContext(packLayers(rest)));
    if (!r.ok) throw new Error(r.message);
    expect(r.value.unavailable.map((u) => `${u.kind}:${u.layer}`)).toEqual([
      'expressway:corridors',
      'national_road:corridors',
      'ring_road:corridors',
      'railway:corridors',
    ]);
    for (const row of r.value.rows) {
      expect(row.distances.expressway).toBeNull();
      expect(row.distances.airport?.km).toBeGreaterThan(0);
    }
    expect(EXPLORER_DISTANCE_KINDS.length).toBe(7);
  });
});
