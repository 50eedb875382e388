// Point-in-polygon on the REAL districts (data/build/districts.fgb, built from ../shared), where it
// is hardest: on every vertex and every edge midpoint of every ring. The index must name exactly the
// districts Turf's booleanPointInPolygon puts the point in (a point on a shared border is in both),
// and "where am I" must name them all.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import turfBbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnalysisContext, createContext } from '../../src/analysis/context';
import { DEFAULT_BUILD_DIR, readBuiltLayers } from '../../src/analysis/node-data';
import { packLayers } from '../../src/analysis/pack';
import { whereAmI } from '../../src/analysis/where';

const HAVE_DATA = ['districts', 'parks', 'corridors'].every((n) =>
  existsSync(join(DEFAULT_BUILD_DIR, `${n}.fgb`)),
);

describe.skipIf(!HAVE_DATA)('district index on every real edge midpoint and vertex equals Turf', () => {
  let ctx: AnalysisContext;
  let districts: Feature<Polygon | MultiPolygon>[];
  const points: Position[] = [];
  let onBorder = 0;

  beforeAll(async () => {
    const raw = await readBuiltLayers();
    ctx = createContext(packLayers(raw));
    // Turf's own bbox short-cut keeps the naive scan fast; the answer is Turf's either way.
    districts = (raw.districts as Feature<Polygon | MultiPolygon>[]).map((d) => ({
      ...d,
      bbox: turfBbox(d),
    }));
    for (const d of districts) {
      const polys = d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates;
      for (const rings of polys)
        for (const ring of rings)
          for (let i = 0; i + 1 < ring.length; i++) {
            const a = ring[i]!;
            const b = ring[i + 1]!;
            points.push(a, [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2]);
          }
    }
  });

  it('the same set of districts for each point', () => {
    expect(points.length).toBeGreaterThan(1000);
    const ids = ctx.layers.districts!.attrs.map((a) => a.id);
    let mismatches = 0;
    const first: string[] = [];
    for (const p of points) {
      const expected = districts
        .filter((d) => booleanPointInPolygon(p, d))
        .map((d) => String(d.properties!.id))
        .sort();
      const ours = ctx
        .districts!.containing(p[0]!, p[1]!)
        .map((i) => ids[i]!)
        .sort();
      if (expected.length > 1) onBorder++;
      if (ours.join() !== expected.join()) {
        mismatches++;
        if (first.length < 5) first.push(`${p}: ours ${ours} Turf ${expected}`);
      }
    }
    expect(first).toEqual([]);
    expect(mismatches).toBe(0);
    // The real districts share borders: many of these points are in two districts at once.
    expect(onBorder).toBeGreaterThan(100);
  });

  it('"where am I" names every district Turf puts a border point in, ordered by code', () => {
    let checked = 0;
    for (const p of points) {
      const expected = districts.filter((d) => booleanPointInPolygon(p, d));
      if (expected.length < 2) continue;
      const r = whereAmI(ctx, [p[0]!, p[1]!]);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const codes = r.value.districts.map((d) => d.code);
      expect(codes).toEqual(
        expected.map((d) => String(d.properties!.code)).sort((a, b) => Number(a) - Number(b)),
      );
      expect(r.value.district?.code).toBe(codes[0]);
      if (++checked >= 300) break;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
