// The analysis core against a naive Turf scan on the REAL built layers (data/build, `npm run data`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import turfArea from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import turfDistance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiPolygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { districtAreas } from '../../src/analysis/areas';
import { type AnalysisContext, createContext } from '../../src/analysis/context';
import { LOGISTICS_KIND_BY_ID, LOGISTICS_KINDS } from '../../src/analysis/logistics';
import { measureGeometry } from '../../src/analysis/measure';
import { DEFAULT_BUILD_DIR, readBuiltLayers } from '../../src/analysis/node-data';
import { packLayers } from '../../src/analysis/pack';
import { parkProximity } from '../../src/analysis/proximity';
import { whereAmI } from '../../src/analysis/where';
import { withinDistance } from '../../src/analysis/within';
import { CORRIDOR_KINDS, type CorridorStatus } from '../../src/data/schema';

const HAVE_DATA = ['districts', 'parks', 'corridors', 'places'].every((n) =>
  existsSync(join(DEFAULT_BUILD_DIR, `${n}.fgb`)),
);

describe.skipIf(!HAVE_DATA)('analysis on the real layers equals a naive Turf scan', () => {
  let raw: Awaited<ReturnType<typeof readBuiltLayers>>;
  let ctx: AnalysisContext;
  let corridors: Feature<LineString>[];
  let districts: Feature<MultiPolygon>[];
  const maxRelErr = { corridor: 0, place: 0 };

  beforeAll(async () => {
    raw = await readBuiltLayers();
    ctx = createContext(packLayers(raw));
    corridors = raw.corridors as Feature<LineString>[];
    districts = raw.districts as Feature<MultiPolygon>[];
  });

  const turfKm = (p: number[], c: Feature<LineString>) =>
    pointToLineDistance(p, c.geometry, { method: 'geodesic', units: 'kilometers' });

  it('the layers have the expected sizes', () => {
    expect(ctx.layers.parks!.attrs.length).toBe(36);
    expect(ctx.layers.corridors!.attrs.length).toBe(20);
    expect(ctx.layers.places!.attrs.length).toBe(18);
    expect(ctx.layers.districts!.attrs.length).toBe(9);
  });

  for (const statuses of [undefined, ['existing'], ['existing', 'under_construction']] as (
    | CorridorStatus[]
    | undefined
  )[]) {
    it(`nearest corridor per kind, statuses ${statuses?.join('+') ?? 'all'}: same id, distance within 0.5 %`, () => {
      const r = parkProximity(ctx, { corridorStatuses: statuses });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.rows.length).toBe(36);
      let compared = 0;
      for (const row of r.value.rows) {
        for (const kind of CORRIDOR_KINDS) {
          let best = Number.POSITIVE_INFINITY;
          let bestId: string | null = null;
          for (const c of corridors) {
            if (c.properties!.kind !== kind || (statuses && !statuses.includes(c.properties!.status)))
              continue;
            const d = turfKm(row.park.point, c);
            if (d < best) {
              best = d;
              bestId = c.properties!.id;
            }
          }
          const hit = row.corridors[kind];
          expect(hit?.id ?? null, `${row.park.id} ${kind}`).toBe(bestId);
          if (!hit) continue;
          compared++;
          const rel = Math.abs(hit.distance_km - best) / Math.max(best, 1e-9);
          maxRelErr.corridor = Math.max(maxRelErr.corridor, best < 1e-9 ? hit.distance_km : rel);
          expect(rel, `${row.park.id} ${kind}: ${hit.distance_km} vs ${best}`).toBeLessThan(0.005);
          // The connector end point lies on the corridor, at the reported distance.
          expect(turfDistance(row.park.point, hit.point)).toBeCloseTo(hit.distance_km, 6);
        }
      }
      expect(compared).toBeGreaterThan(100);
    });
  }

  it('nearest logistics place per sub-kind equals a Turf distance scan', () => {
    const r = parkProximity(ctx);
    if (!r.ok) throw new Error(r.message);
    const places = raw.places!;
    for (const row of r.value.rows) {
      for (const kind of LOGISTICS_KINDS) {
        let best = Number.POSITIVE_INFINITY;
        let bestId = '';
        for (const p of places) {
          if (LOGISTICS_KIND_BY_ID[p.properties!.id] !== kind) continue;
          const d = turfDistance(row.park.point, (p.geometry as { coordinates: number[] }).coordinates);
          if (d < best) {
            best = d;
            bestId = p.properties!.id;
          }
        }
        expect(row.logistics[kind]?.id).toBe(bestId);
        const rel = Math.abs(row.logistics[kind]!.distance_km - best) / best;
        maxRelErr.place = Math.max(maxRelErr.place, rel);
        expect(rel).toBeLessThan(1e-9);
      }
    }
  });

  it('every logistics place gets its sub-kind from the explicit table', () => {
    const logistics = ctx.layers.places!.attrs.filter((p) => p.kind === 'logistics');
    expect(logistics.map((p) => p.id).sort()).toEqual(Object.keys(LOGISTICS_KIND_BY_ID).sort());
    expect(ctx.placeLogisticsByName).toEqual([]);
  });

  it('within X km equals the naive Turf answer for several X and targets', () => {
    const parks = ctx.layers.parks!;
    const cases: { target: Parameters<typeof withinDistance>[1]['target']; ids: string[] }[] = [
      ...CORRIDOR_KINDS.map((kind) => ({
        target: { type: 'kind' as const, kind },
        ids: corridors.filter((c) => c.properties!.kind === kind).map((c) => c.properties!.id as string),
      })),
      { target: { type: 'corridor', id: 'vd4_bd' }, ids: ['vd4_bd'] },
      { target: { type: 'corridor', id: 'ct_hcm_tdm_ct' }, ids: ['ct_hcm_tdm_ct'] },
    ];
    let checked = 0;
    for (const km of [0.5, 2, 5, 10, 25]) {
      for (const { target, ids } of cases) {
        const r = withinDistance(ctx, { target, km, zone: false });
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        const expected = parks.attrs
          .filter((_, i) => {
            const p = [parks.coords[2 * i]!, parks.coords[2 * i + 1]!];
            return corridors.some((c) => ids.includes(c.properties!.id) && turfKm(p, c) <= km);
          })
          .map((a) => a.id)
          .sort();
        expect(r.value.parks.map((p) => p.park.id).sort(), `${JSON.stringify(target)} ${km}`).toEqual(
          expected,
        );
        checked++;
      }
      for (const id of ['cat_lai', 'tan_son_nhat', 'icd_song_than']) {
        const place = raw.places!.find((p) => p.properties!.id === id)!;
        const r = withinDistance(ctx, { target: { type: 'place', id }, km: km * 2, zone: false });
        if (!r.ok) throw new Error(r.message);
        const expected = parks.attrs
          .filter(
            (_, i) =>
              turfDistance(
                [parks.coords[2 * i]!, parks.coords[2 * i + 1]!],
                (place.geometry as { coordinates: number[] }).coordinates,
              ) <=
              km * 2,
          )
          .map((a) => a.id)
          .sort();
        expect(r.value.parks.map((p) => p.park.id).sort()).toEqual(expected);
      }
    }
    expect(checked).toBe(45);
  });

  it('the Ring Road 4 zone (@turf/buffer) contains the parks found within 5 km', () => {
    const r = withinDistance(ctx, { target: { type: 'corridor', id: 'vd4_bd' }, km: 5 });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.parks.length).toBeGreaterThan(0);
    for (const p of r.value.parks) {
      if (p.distance_km < 4.9) expect(booleanPointInPolygon(p.park.point, r.value.zone!)).toBe(true);
    }
  });

  it('district × park point-in-polygon equals Turf booleanPointInPolygon (parks and a grid)', () => {
    const points: number[][] = [];
    const parks = ctx.layers.parks!;
    for (let i = 0; i < parks.attrs.length; i++)
      points.push([parks.coords[2 * i]!, parks.coords[2 * i + 1]!]);
    for (let x = 106.3; x <= 107.0; x += 0.01) for (let y = 10.85; y <= 11.52; y += 0.01) points.push([x, y]);
    for (const p of points) {
      const expected = districts.findIndex((d) => booleanPointInPolygon(p, d));
      const ours = ctx.districts!.locate(p[0]!, p[1]!);
      expect(ours, `${p}`).toBe(expected);
    }
    // Parks lie in the district their district_code names.
    const a = districtAreas(ctx);
    expect(a.ok && a.value.district_code_mismatch_ids).toEqual([]);
    expect(a.ok && a.value.unassigned_park_ids).toEqual([]);
  });

  it('where am I: district by point-in-polygon, nearest park and corridor by full scans', () => {
    for (const p of [
      [106.65, 11.0],
      [106.75, 10.93],
      [106.45, 11.3],
      [106.9, 11.2],
      [106.2, 10.7],
    ] as [number, number][]) {
      const r = whereAmI(ctx, p);
      if (!r.ok) throw new Error(r.message);
      const d = districts.find((f) => booleanPointInPolygon(p, f));
      expect(r.value.district?.code ?? null).toBe(d?.properties?.code ?? null);
      const parks = ctx.layers.parks!;
      let bp = '';
      let bd = Number.POSITIVE_INFINITY;
      parks.attrs.forEach((a, i) => {
        const dd = turfDistance(p, [parks.coords[2 * i]!, parks.coords[2 * i + 1]!]);
        if (dd < bd) {
          bd = dd;
          bp = a.id;
        }
      });
      expect(r.value.nearest_park?.id).toBe(bp);
      let bc = '';
      let bcd = Number.POSITIVE_INFINITY;
      for (const c of corridors) {
        const dd = turfKm(p, c);
        if (dd < bcd) {
          bcd = dd;
          bc = c.properties!.id;
        }
      }
      expect(r.value.nearest_corridor?.id).toBe(bc);
      expect(Math.abs(r.value.nearest_corridor!.distance_km - bcd) / bcd).toBeLessThan(0.005);
    }
  });

  it('areas equal Turf: district areas and measuring the raw features', () => {
    const r = districtAreas(ctx);
    if (!r.ok) throw new Error(r.message);
    districts.forEach((d, i) => {
      const km2 = turfArea(d) / 1e6;
      expect(r.value.districts[i]!.area_km2).toBeCloseTo(km2, 9);
      const m = measureGeometry(d);
      expect(m.ok && m.value.area_km2).toBeCloseTo(km2, 9);
      // Within 2 % of the official figure (boundary data vs. statistics).
      expect(Math.abs(km2 - r.value.districts[i]!.area_km2_official!) / km2).toBeLessThan(0.02);
    });
    // Parks the curated data marks as possibly the same land as another are left out of the sums.
    const counted = (raw.parks ?? []).filter((p) => !p.properties!.totals_exclusion_reason);
    const excluded = (raw.parks ?? []).filter((p) => p.properties!.totals_exclusion_reason);
    expect(excluded.map((p) => p.properties!.id)).toEqual(['bau_bang_stip']);
    expect(r.value.province.excluded_park_ids).toEqual(['bau_bang_stip']);
    const stated = counted.reduce((s, p) => s + ((p.properties!.area_ha as number | null) ?? 0), 0);
    expect(r.value.province.total.area_ha).toBeCloseTo(stated, 6);
    expect(r.value.province.total.unknown_area_count).toBe(
      counted.filter((p) => p.properties!.area_ha === null).length,
    );
    // A schematic footprint measures (about) its stated area.
    for (const p of raw.parks ?? []) {
      if (p.geometry?.type !== 'Polygon') continue;
      const ha = turfArea(p) / 1e4;
      expect(Math.abs(ha - (p.properties!.area_ha as number)) / ha).toBeLessThan(0.01);
    }
  });

  it('reports the accuracy measured', () => {
    // Printed for the record; the assertions above hold each value under 0.5 %.
    console.info(
      `max relative error vs Turf: corridors ${maxRelErr.corridor.toExponential(2)}, places ${maxRelErr.place.toExponential(2)}`,
    );
    expect(maxRelErr.corridor).toBeLessThan(0.005);
  });
});
