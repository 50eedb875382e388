import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUILD_DIR } from '../src/analysis/node-data';
import { main, parseArgs } from './analysis-cli';

const HAVE_DATA = existsSync(join(DEFAULT_BUILD_DIR, 'parks.fgb'));
// Parks named like spreadsheet formulas, read from the shared case file (never copied).
const FORMULA_PARKS = join(
  import.meta.dirname,
  '../../shared/cases/input-robustness/03-parks-formula-names.fgb',
);

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('analysis CLI arguments', () => {
  it.each([
    [[]],
    [['nonsense']],
    [['within', '--kind', 'ring_road']],
    [['within', '--km', '5']],
    [['within', '--km', '0', '--kind', 'ring_road']],
    [['within', '--km', '201', '--kind', 'ring_road']],
    [['within', '--km', 'abc', '--kind', 'ring_road']],
    [['within', '--km', '0x10', '--kind', 'ring_road']],
    [['within', '--km', '1e1', '--kind', 'ring_road']],
    [['within', '--km', '5', '--kind', 'teleport']],
    [['within', '--km', '5', '--kind', 'ring_road', '--corridor', 'vd4_bd']],
    [['park-proximity', '--status', 'existing,bogus']],
    [['park-proximity', '--format', 'xml']],
    [['park-proximity', '--km', '5']],
    [['district-areas', '--wat']],
  ])('exit 2 with a message for %j', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^analysis: .+\nRun with --help/);
  });

  it('names a decimal comma and shows the number with a dot', async () => {
    const r = await run(['within', '--km', '2,5', '--kind', 'ring_road']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--km must be a plain decimal number (got "2,5"). Use a dot for decimals: 2.5.',
    );
  });

  it('--help goes to stderr and mentions npm -s', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('npm run -s analysis');
  });

  it('parses options', () => {
    expect(
      parseArgs(['within', '--km=5', '--kind', 'ring_road', '--status', 'existing,planned']),
    ).toMatchObject({
      report: 'within',
      km: 5,
      kind: 'ring_road',
      status: ['existing', 'planned'],
      format: 'csv',
    });
  });
});

describe.skipIf(!HAVE_DATA)('analysis CLI reports on the real layers', () => {
  it('district-areas: CSV with a header, 9 districts + province, fixed decimals', async () => {
    const r = await run(['district-areas']);
    expect(r.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(10);
    expect(rows.at(-1)!.district_id).toBe('province');
    for (const row of rows) {
      expect(row.area_km2).toMatch(/^\d+\.\d{2}$/);
      expect(row.industrial_share_pct).toMatch(/^\d+\.\d{2}$/);
    }
    expect(r.stderr).toMatch(/schematic circles/);
    // Official areas keep their qualifier (districts.csv: Dầu Tiếng "≈ 720", Thủ Dầu Một exact);
    // the province row gives no official figure (the sum of the districts' is no source's number).
    const byCode = (code: string) => rows.find((row) => row.code === code)!;
    expect([byCode('720').area_km2_official, byCode('720').area_official_qualifier]).toEqual([
      '720.00',
      'approximate',
    ]);
    expect(byCode('718').area_official_qualifier).toBe('exact');
    expect([rows.at(-1)!.area_km2_official, rows.at(-1)!.area_official_qualifier]).toEqual(['', '']);
  });

  it('park-proximity: one row per park, km with 3 decimals, status filter', async () => {
    const r = await run(['park-proximity', '--status', 'existing']);
    expect(r.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(36);
    for (const row of rows) {
      expect(row.national_road_km).toMatch(/^\d+\.\d{3}$/);
      // Ring roads are all under construction: none counts with --status existing.
      expect(row.ring_road_id).toBe('');
    }
  });

  it('within: CSV and GeoJSON (with the zone)', async () => {
    const csv = await run(['within', '--corridor', 'vd4_bd', '--km', '5']);
    expect(csv.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(csv.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => Number(row.distance_km) <= 5)).toBe(true);
    const gj = await run(['within', '--kind', 'ring_road', '--km', '5', '--format', 'geojson']);
    const fc = JSON.parse(gj.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.at(-1).properties.role).toBe('zone');
    const place = await run(['within', '--place', 'cat_lai', '--km', '30']);
    expect(place.code).toBe(0);
    const unknown = await run(['within', '--corridor', 'nope', '--km', '5']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown_corridor/);
  });

  it('a missing layer is a clear error (exit 1)', async () => {
    const r = await run(['district-areas', '--data-dir', mkdtempSync(join(tmpdir(), 'analysis-'))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing_layer/);
  });

  it('runs as a child process: output on stdout only, exit codes', () => {
    const script = join(import.meta.dirname, 'analysis-cli.ts');
    const ok = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, 'within', '--kind', 'expressway', '--km', '3'],
      {
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(0);
    // The same CSV as the viewer's export: a BOM, then CRLF lines.
    expect(ok.stdout.split('\r\n')[0]).toBe(
      '\uFEFFpark_id,name_en,status,district_code,distance_km,nearest_target_id,lon,lat',
    );
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, 'within', '--kind', 'expressway', '--km', '-1'],
      {
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--km/);
  });
});

describe.skipIf(!HAVE_DATA || !existsSync(FORMULA_PARKS))(
  'analysis CLI CSV with formula-like park names',
  () => {
    it('writes the names as text a spreadsheet cannot run, distances and coordinates as numbers', async () => {
      // A data directory of the built layers with the case file in place of parks.fgb.
      const dir = mkdtempSync(join(tmpdir(), 'analysis-formula-'));
      for (const layer of ['districts', 'corridors', 'places']) {
        symlinkSync(join(DEFAULT_BUILD_DIR, `${layer}.fgb`), join(dir, `${layer}.fgb`));
      }
      symlinkSync(FORMULA_PARKS, join(dir, 'parks.fgb'));
      const r = await run(['park-proximity', '--data-dir', dir]);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('\uFEFF')).toBe(true);
      const rows = Papa.parse<Record<string, string>>(r.stdout, { header: true, skipEmptyLines: true }).data;
      expect(rows.map((row) => row.name_en)).toEqual([
        "'=1+1",
        "'@SUM(1)",
        "'+84 000 000 000",
        "'-2+3",
        "'\t=1+1",
        "'\r=1+1",
      ]);
      for (const row of rows) {
        expect(row.lon).toMatch(/^\d+\.\d{6}$/);
        expect(row.national_road_km).toMatch(/^\d+\.\d{3}$/);
      }
      // No cell of the raw text starts with a formula character outside quotes.
      expect(r.stdout).not.toMatch(/(^|,|\n)[=+@\t-]/);
    });
  },
);

// The input-robustness case files (read from ../shared, never copied) in place of the built layers.
const CASES = join(DEFAULT_BUILD_DIR, '..', '..', '..', 'shared', 'cases', 'input-robustness');
const HAVE_CASES = HAVE_DATA && existsSync(join(CASES, 'README.md'));
const csvRows = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

describe.skipIf(!HAVE_CASES)('analysis CLI on the input-robustness cases', () => {
  it('02-overlap: the park in the overlap counts, 160 ha / 3 parks', async () => {
    const r = await run([
      'district-areas',
      '--districts',
      join(CASES, '02-overlap', 'districts.fgb'),
      '--parks',
      join(CASES, '02-overlap', 'parks.fgb'),
    ]);
    expect(r.code).toBe(0);
    const row = csvRows(r.stdout).find((x) => x.district_id === 'd_overlap')!;
    expect(row.park_total_ha).toBe('160.00');
    expect(row.park_count).toBe('3');
    expect(r.stderr).not.toMatch(/left out:/);
  });

  it('06-parks-nan-point: the park is named on stderr as no location and has no row', async () => {
    const r = await run(['park-proximity', '--parks', join(CASES, '06-parks-nan-point.fgb')]);
    expect(r.code).toBe(0);
    const rows = csvRows(r.stdout);
    expect(rows.map((x) => x.park_id)).toEqual(['good']);
    expect(r.stdout).not.toMatch(/NaN/);
    expect(r.stderr).toMatch(/1 feature\(s\) left out:\n {2}parks feature "nan_point".*\(no_location\)/);
    const areas = await run(['district-areas', '--parks', join(CASES, '06-parks-nan-point.fgb')]);
    expect(areas.code).toBe(0);
    expect(areas.stderr).toMatch(/"nan_point".*no_location/);
  });

  it('15-parks-status-omitted: Areas has a status-unknown column; Nearest keeps the park', async () => {
    const file = join(CASES, '15-parks-status-omitted.fgb');
    const areas = await run(['district-areas', '--parks', file]);
    expect(areas.code).toBe(0);
    const row = csvRows(areas.stdout).find((x) => x.code === '721')!;
    expect(row.unknown_ha).toBe('50.00');
    expect(row.unknown_count).toBe('1');
    expect(row.park_total_ha).toBe('150.00');
    expect(areas.stderr).toMatch(/'unknown'.*f2_no_status/);
    const near = await run(['park-proximity', '--parks', file]);
    expect(csvRows(near.stdout).map((x) => [x.park_id, x.status])).toEqual([
      ['f1_all', 'existing'],
      ['f2_no_status', 'unknown'],
    ]);
    const filtered = await run(['park-proximity', '--parks', file, '--park-status', 'existing']);
    expect(csvRows(filtered.stdout).map((x) => x.park_id)).toEqual(['f1_all']);
    expect(filtered.stderr).toMatch(/not included by --park-status.*f2_no_status/);
  });

  it('a layer file that cannot be read is a clear error (exit 1)', async () => {
    const r = await run(['district-areas', '--parks', join(CASES, 'README.md')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^analysis: cannot read the layers: /);
  });
});
