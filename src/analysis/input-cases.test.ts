// The input-robustness case files of ../shared/cases/input-robustness, used in place of the layer
// they are named after, through the path the app takes: the FlatGeobuf adapter, packLayers (as the
// runner does on the main thread) and the analysis API (what the worker exposes). The CLI path is in
// scripts/analysis-cli.test.ts. The files are read from ../shared, never copied.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Geometry, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFeatureCollection } from '../data/fgb';
import { createAnalysisApi } from './api';
import { DEFAULT_BUILD_DIR, readBuiltLayers } from './node-data';
import { type LayerCollections, packLayers } from './pack';

const CASES = join(DEFAULT_BUILD_DIR, '..', '..', '..', 'shared', 'cases', 'input-robustness');
const HAVE = existsSync(join(CASES, 'README.md')) && existsSync(join(DEFAULT_BUILD_DIR, 'parks.fgb'));

// As the app's loader reads: features the data boundary finds a problem with are kept (a NaN
// location becomes a null geometry) and reported, here collected and ignored.
async function readCase(name: string): Promise<Feature<Geometry | null>[]> {
  const bytes = new Uint8Array(readFileSync(join(CASES, name)));
  const problems: unknown[] = [];
  const { collection } = await readFeatureCollection(bytes, { onProblem: (p) => problems.push(p) });
  return collection.features;
}

/** The built layers with some replaced by case files, loaded into a fresh API. */
async function apiWith(replace: Partial<Record<keyof LayerCollections, string>>) {
  const layers = (await readBuiltLayers()) as LayerCollections;
  for (const [layer, file] of Object.entries(replace)) {
    layers[layer as keyof LayerCollections] = await readCase(file);
  }
  const api = createAnalysisApi();
  api.load(packLayers(layers));
  return api;
}

describe.skipIf(!HAVE)('input-robustness cases through the worker API', () => {
  describe('02-overlap: a district of two overlapping parts', () => {
    let api: ReturnType<typeof createAnalysisApi>;
    beforeAll(async () => {
      api = await apiWith({ districts: '02-overlap/districts.fgb', parks: '02-overlap/parks.fgb' });
    });

    it('"where am I" names the district for the point in the overlap and on an inner edge', () => {
      for (const p of [
        [106.75, 11.15],
        [106.7, 11.15],
        [106.65, 11.05],
      ] as [number, number][]) {
        const r = api.whereAmI(p);
        expect(r.ok && r.value.district?.id, `${p}`).toBe('d_overlap');
        expect(r.ok && r.value.districts.map((d) => d.id)).toEqual(['d_overlap']);
      }
    });

    it('district-areas counts 160 ha and 3 parks in the district', () => {
      const r = api.districtAreas();
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const d = r.value.districts.find((x) => x.id === 'd_overlap')!;
      expect(d.total.area_ha).toBe(160);
      expect(d.total.count).toBe(3);
      expect(r.value.unassigned_park_ids).toEqual([]);
      expect(r.value.left_out).toEqual([]);
    });
  });

  describe('06-parks-nan-point: a park at (NaN, NaN)', () => {
    let api: ReturnType<typeof createAnalysisApi>;
    beforeAll(async () => {
      api = await apiWith({ parks: '06-parks-nan-point.fgb' });
    });

    it('is listed as "no location" and left out of distances; no NaN anywhere', async () => {
      const r = await api.parkProximity();
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.rows.map((x) => x.park.id)).toEqual(['good']);
      expect(r.value.left_out).toMatchObject([{ layer: 'parks', id: 'nan_point', reason: 'no_location' }]);
      expect(r.value.left_out[0]!.message).toContain('nan_point');
      for (const row of r.value.rows) {
        for (const hit of Object.values(row.corridors)) {
          if (hit) expect(Number.isFinite(hit.distance_km)).toBe(true);
        }
      }
    });

    it('every other report carries the same entry', () => {
      const areas = api.districtAreas();
      expect(areas.ok && areas.value.left_out.map((e) => e.id)).toEqual(['nan_point']);
      expect(areas.ok && areas.value.province.total.count).toBe(1);
      const within = api.within({ target: { type: 'kind', kind: 'national_road' }, km: 50, zone: false });
      expect(within.ok && within.value.parks.map((p) => p.park.id)).toEqual(['good']);
      expect(within.ok && within.value.left_out.map((e) => e.reason)).toEqual(['no_location']);
      const where = api.whereAmI([106.62, 11.12]);
      expect(where.ok && where.value.nearest_park?.id).toBe('good');
      expect(where.ok && where.value.left_out.map((e) => e.id)).toEqual(['nan_point']);
    });
  });

  describe('15-parks-status-omitted: a park with no status', () => {
    let api: ReturnType<typeof createAnalysisApi>;
    beforeAll(async () => {
      api = await apiWith({ parks: '15-parks-status-omitted.fgb' });
    });

    it('Areas counts it under "status unknown" and says so', () => {
      const r = api.districtAreas();
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const d = r.value.districts.find((x) => x.code === '721')!;
      expect(d.by_status.unknown).toEqual({ count: 1, area_ha: 50, unknown_area_count: 0 });
      expect(d.by_status.existing.area_ha).toBe(100);
      expect(d.total.area_ha).toBe(150);
      expect(r.value.unknown_status_park_ids).toEqual(['f2_no_status']);
    });

    it('Nearest keeps it, with status unknown; a status filter without "unknown" says it left it out', async () => {
      const all = await api.parkProximity();
      expect(all.ok && all.value.rows.map((x) => [x.park.id, x.park.status])).toEqual([
        ['f1_all', 'existing'],
        ['f2_no_status', 'unknown'],
      ]);
      expect(all.ok && all.value.unknown_status_park_ids).toEqual(['f2_no_status']);
      const existing = await api.parkProximity({ parkStatuses: ['existing'] });
      expect(existing.ok && existing.value.rows.map((x) => x.park.id)).toEqual(['f1_all']);
      expect(existing.ok && existing.value.filtered_unknown_status_park_ids).toEqual(['f2_no_status']);
      const unknown = await api.parkProximity({ parkStatuses: ['unknown'] });
      expect(unknown.ok && unknown.value.rows.map((x) => x.park.id)).toEqual(['f2_no_status']);
    });
  });

  describe('12-measure-polygons', () => {
    let features: Feature<Polygon>[];
    beforeAll(() => {
      features = JSON.parse(readFileSync(join(CASES, '12-measure-polygons.geojson'), 'utf8')).features;
    });

    it('(a) a closing click on the first vertex and (b) a double click measure 48.5421 km²', () => {
      const api = createAnalysisApi();
      for (const f of features.slice(0, 2)) {
        const r = api.measure(f);
        expect(r.ok, String(f.properties?.case)).toBe(true);
        expect(r.ok && Number(r.value.area_km2!.toFixed(4))).toBe(48.5421);
      }
    });

    it('a hole touching the outer ring at one point is measured as outer minus hole', () => {
      const r = createAnalysisApi().measure(features[2]!);
      expect(r.ok).toBe(true);
      // 0.04° × 0.04° square minus the triangle (0.02 × 0.02 / 2), in degrees² at 11° N; Turf's
      // area of the outer square and of the hole on their own give the exact figures.
      const outer = createAnalysisApi().measure({
        type: 'Polygon',
        coordinates: [features[2]!.geometry.coordinates[0]!],
      });
      const hole = createAnalysisApi().measure({
        type: 'Polygon',
        coordinates: [features[2]!.geometry.coordinates[1]!],
      });
      expect(outer.ok && hole.ok).toBe(true);
      if (!r.ok || !outer.ok || !hole.ok) return;
      expect(r.value.area_km2!).toBeCloseTo(outer.value.area_km2! - hole.value.area_km2!, 9);
      expect(hole.value.area_km2!).toBeGreaterThan(1);
    });
  });
});
