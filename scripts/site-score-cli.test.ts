// The site-score report of the command line: arguments, and equality with the worker API the
// viewer calls (same weights → same ranking, scores and contributions), on the real layers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString } from 'geojson';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnalysisApi, createAnalysisApi } from '../src/analysis/api';
import { DEFAULT_BUILD_DIR, readBuiltLayers } from '../src/analysis/node-data';
import { packLayers } from '../src/analysis/pack';
import { SITE_CRITERIA, type SiteWeights } from '../src/analysis/site-weights';
import { main } from './analysis-cli';

const HAVE_DATA = ['parks', 'corridors', 'places'].every((n) =>
  existsSync(join(DEFAULT_BUILD_DIR, `${n}.fgb`)),
);

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('site-score arguments', () => {
  it.each([
    [['site-score', '--weights', 'road=6']],
    [['site-score', '--weights', 'rail=1']],
    [['site-score', '--weights', 'road:1']],
    [['site-score', '--weights', 'road=1.5']],
    [['site-score', '--park-status', 'existing']],
    [['within', '--kind', 'ring_road', '--km', '5', '--weights', 'road=1']],
    [['park-proximity', '--full-coverage']],
  ])('exit 2 with a message for %j', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^analysis: .+\nRun with --help/);
  });
});

describe.skipIf(!HAVE_DATA)('site-score on the real layers', () => {
  let api: AnalysisApi;
  let raw: Awaited<ReturnType<typeof readBuiltLayers>>;
  beforeAll(async () => {
    raw = await readBuiltLayers();
    api = createAnalysisApi();
    api.load(packLayers(raw));
  });

  it('all weights 0: says so, exit 2, nothing on stdout', async () => {
    const zero = SITE_CRITERIA.map((c) => `${c}=0`).join(',');
    const r = await run(['site-score', '--weights', zero]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/every weight is 0/);
  });

  for (const given of ['', 'expressway=5,occupancy=0', 'area=5,status=0,seaport=1']) {
    it(`equals the worker API's ranking and contributions (weights "${given || 'defaults'}")`, async () => {
      const r = await run(given ? ['site-score', '--weights', given] : ['site-score']);
      expect(r.code).toBe(0);
      const rows = parse(r.stdout);
      expect(r.stdout.startsWith('\uFEFFpark_id,rank,score,')).toBe(true);
      const weights = {
        expressway: 3,
        road: 2,
        seaport: 3,
        airport: 2,
        icd_rail: 2,
        area: 2,
        status: 3,
        occupancy: 1,
      };
      for (const item of given.split(',').filter(Boolean)) {
        const [k, v] = item.split('=');
        weights[k as keyof typeof weights] = Number(v);
      }
      const ui = api.siteScore(weights as SiteWeights);
      expect(ui.ok).toBe(true);
      if (!ui.ok) return;
      expect(rows.map((row) => row.park_id)).toEqual(ui.value.rows.map((x) => x.id));
      expect(rows.length).toBe(36);
      ui.value.rows.forEach((x, i) => {
        const row = rows[i]!;
        expect(row.score).toBe(x.score === null ? '' : x.score.toFixed(2));
        expect(row.rank).toBe(String(x.rank ?? ''));
        expect(row.criteria_known).toBe(String(x.known_count));
        for (const c of SITE_CRITERIA) {
          const pts = x.criteria[c].contribution;
          expect(row[`${c}_pts`]).toBe(pts === null ? '' : pts.toFixed(2));
        }
      });
      const scores = rows.map((row) => Number(row.score));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  }

  it('distances equal a naive Turf scan (straight line to the nearest expressway)', async () => {
    const r = await run(['site-score']);
    const corridors = (raw.corridors as Feature<LineString>[]).filter(
      (c) => c.properties!.kind === 'expressway',
    );
    // The park points as the analysis takes them (a footprint's centre; see analysis-real-data).
    const packed = packLayers(raw).parks!;
    const rows = parse(r.stdout);
    expect(rows.length).toBe(packed.attrs.length);
    for (const row of rows) {
      const i = packed.attrs.findIndex((a) => a.id === row.park_id);
      const pt = [packed.coords[2 * i]!, packed.coords[2 * i + 1]!];
      const best = Math.min(
        ...corridors.map((c) =>
          pointToLineDistance(pt, c.geometry, { method: 'geodesic', units: 'kilometers' }),
        ),
      );
      expect(Math.abs(Number(row.expressway_km) - best)).toBeLessThan(0.002);
    }
  });

  it('recomputing the README rules from the printed raw values gives the printed scores', async () => {
    const rows = parse((await run(['site-score'])).stdout);
    const W = {
      expressway: 3,
      road: 2,
      seaport: 3,
      airport: 2,
      icd_rail: 2,
      area: 2,
      status: 3,
      occupancy: 1,
    };
    const STATUS: Record<string, number> = {
      existing: 100,
      expanding: 200 / 3,
      under_construction: 100 / 3,
      planned: 0,
    };
    const col = {
      expressway: 'expressway_km',
      road: 'road_km',
      seaport: 'seaport_km',
      airport: 'airport_km',
      icd_rail: 'icd_rail_km',
      area: 'area_ha',
    } as const;
    const known = (v: string | undefined) => v !== undefined && v !== '';
    const span = (c: keyof typeof col) => {
      const vs = rows
        .filter((r) => known(r[col[c]]))
        .map((r) => Math.min(Number(r[col[c]]), c === 'area' ? Infinity : 50));
      return [Math.min(...vs), Math.max(...vs)] as const;
    };
    for (const row of rows) {
      let sum = 0;
      let weights = 0;
      for (const c of Object.keys(W) as (keyof typeof W)[]) {
        let v: number | null = null;
        if (c === 'status') v = known(row.status) ? STATUS[row.status!]! : null;
        else if (c === 'occupancy') v = known(row.occupancy_pct) ? 100 - Number(row.occupancy_pct) : null;
        else if (known(row[col[c]])) {
          const [lo, hi] = span(c);
          const x = Math.min(Number(row[col[c]]), c === 'area' ? Infinity : 50);
          v = hi === lo ? 100 : c === 'area' ? (100 * (x - lo)) / (hi - lo) : (100 * (hi - x)) / (hi - lo);
        }
        if (v === null) continue;
        sum += W[c] * v;
        weights += W[c];
      }
      expect(Math.abs(sum / weights - Number(row.score)), row.park_id).toBeLessThan(0.05);
    }
  });

  it('carries the sourced occupancy and limits to full coverage on request', async () => {
    const all = parse((await run(['site-score'])).stdout);
    const occ = all.filter((row) => row.occupancy_pct !== '').map((row) => row.park_id);
    expect(occ.sort()).toEqual(['nam_tan_uyen_mr', 'song_than_2', 'tan_dong_hiep_b', 'vsip_1']);
    const full = await run(['site-score', '--full-coverage']);
    const rows = parse(full.stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.criteria_known === row.criteria_used)).toBe(true);
    expect(full.stderr).toMatch(/have every weighted criterion known/);
  });

  it('GeoJSON: one point per park with the same properties', async () => {
    const r = await run(['site-score', '--format', 'geojson']);
    expect(r.code).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.report).toBe('site-score');
    expect(fc.features.length).toBe(36);
    expect(fc.features[0].geometry.type).toBe('Point');
    expect(fc.features[0].properties.rank).toBe(1);
  });
});
