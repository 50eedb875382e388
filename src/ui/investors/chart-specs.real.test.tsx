// The investors' three chart specs built from the real built parks layer, against figures this
// test derives on its own: sums and counts read from data/curated/parks.csv with papaparse (the
// curated rows the layer is built from), distances by a naive Turf scan of the built corridors and
// places. The wrapper's table alternative is checked for the unknown cells.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import turfDistance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import Papa from 'papaparse';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../analysis/context';
import { DEFAULT_BUILD_DIR, readBuiltLayers } from '../../analysis/node-data';
import { packLayers } from '../../analysis/pack';
import { parkDistances } from '../../analysis/park-distances';
import { formatters } from '../../i18n';
import { useLanguage } from '../../state/language';
import { Chart } from '../charts/Chart';
import { findAll, findOne, render, tag, text } from '../test-markup';
import { areaByDistrictStatus, distanceProfile, parksPerYear } from './chart-data';
import { areaChartSpec, profileChartSpec, yearsChartSpec } from './chart-specs';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const CSV = resolve(__dirname, '../../../data/curated/parks.csv');
type Row = Record<string, string>;

const en = formatters('en');
const STATUS_LABELS = {
  existing: 'Existing',
  expanding: 'Expanding',
  under_construction: 'Under construction',
  planned: 'Planned',
};

let rows: Row[];
let raw: Awaited<ReturnType<typeof readBuiltLayers>>;
let parks: Feature[];

beforeAll(async () => {
  rows = Papa.parse<Row>(readFileSync(CSV, 'utf8'), { header: true, skipEmptyLines: true }).data.filter(
    (r) => r.include === 'true',
  );
  // The built layers (npm test builds them first): a missing one fails the read, not a skip.
  raw = await readBuiltLayers(DEFAULT_BUILD_DIR);
  parks = raw.parks as Feature[];
  if (!parks || !raw.corridors || !raw.places) throw new Error('run `npm run data` first');
});
beforeEach(() => useLanguage.getState().setLanguage('en'));

describe('investors’ charts on the real parks', () => {
  it('the layer is the curated rows marked include', () => {
    expect(parks.map((p) => p.properties?.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('area by district and status: per-status sums of stated areas; unknown areas apart, never 0', () => {
    const counted = rows.filter((r) => (r.totals_exclusion_reason ?? '').trim() === '');
    const codes = [...new Set(counted.map((r) => r.district_code))].sort();
    const spec = areaChartSpec(areaByDistrictStatus(parks), en, (c) => c);
    expect(spec.kind).toBe('stacked-bar');
    expect(spec.labels).toEqual(codes);
    // Every park in the layer has a known status, so no "status unknown" series.
    expect(spec.series.map((s) => s.label)).toEqual(Object.values(STATUS_LABELS));
    for (const [status, label] of Object.entries(STATUS_LABELS)) {
      const series = spec.series.find((s) => s.label === label)!;
      codes.forEach((code, i) => {
        const cell = counted.filter((r) => r.district_code === code && r.status === status);
        const known = cell.filter((r) => r.area_ha !== '');
        const expected =
          cell.length === 0
            ? 0
            : known.length === 0
              ? null
              : known.reduce((t, r) => t + Number(r.area_ha), 0);
        if (expected === null) expect(series.values[i], `${code} ${status}`).toBeNull();
        else expect(series.values[i], `${code} ${status}`).toBeCloseTo(expected, 6);
        // A cell with a park of unknown area is a lower bound ("> …"), unless a part is approximate.
        const q = series.qualifiers![i];
        if (
          known.length > 0 &&
          known.length < cell.length &&
          known.every((r) => r.area_qualifier === 'exact')
        )
          expect(q, `${code} ${status}`).toBe('at_least');
      });
    }
    // The parks of unknown area are counted apart, per district.
    const data = areaByDistrictStatus(parks);
    expect(data.bars.flatMap((b) => b.unknownAreaIds).sort()).toEqual(
      counted
        .filter((r) => r.area_ha === '')
        .map((r) => r.id)
        .sort(),
    );
    expect(data.excluded).toEqual(
      rows.filter((r) => (r.totals_exclusion_reason ?? '').trim() !== '').map((r) => r.id),
    );
  });

  it('parks per year: every year from the first to the last, then planned and unknown year bars', () => {
    const years = rows.filter((r) => r.established_year !== '').map((r) => Number(r.established_year));
    const noYear = rows.filter((r) => r.established_year === '');
    const spec = yearsChartSpec(parksPerYear(parks), en);
    const first = Math.min(...years);
    const last = Math.max(...years);
    const labels = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
    expect(spec.labels).toEqual([...labels, 'Planned', 'Year unknown']);
    const planned = noYear.filter((r) => r.status === 'planned').length;
    expect(spec.series[0]!.values).toEqual([
      ...labels.map((y) => years.filter((x) => String(x) === y).length),
      planned,
      noYear.length - planned,
    ]);
    // No park is left out: the bars add up to every park.
    expect(spec.series[0]!.values.reduce((t, v) => t! + v!, 0)).toBe(rows.length);
  });

  it('distance profile: straight-line km equal a naive Turf scan; a missing layer reads Unknown', () => {
    const park = parks.find((p) => p.properties?.id === 'vsip_1')!;
    const pt =
      (park.geometry as Point).type === 'Point' ? (park.geometry as Point).coordinates : centre(park);
    const r = parkDistances(createContext(packLayers(raw)));
    if (!r.ok) throw new Error(r.message);
    const row = r.value.rows.find((x) => x.id === 'vsip_1')!;
    const spec = profileChartSpec('VSIP I', distanceProfile(row, new Set()), en);
    expect(spec.title).toContain('Straight-line');
    expect(spec.labels).toEqual([
      'Expressway',
      'National road',
      'Ring road',
      'Railway',
      'Seaport',
      'Airport',
      'ICD',
    ]);
    const lines = (kind: string) =>
      (raw.corridors as Feature<LineString | MultiLineString>[])
        .filter((c) => c.properties?.kind === kind)
        .flatMap((l) =>
          l.geometry.type === 'LineString' ? [l.geometry.coordinates] : l.geometry.coordinates,
        )
        .map((c) => pointToLineDistance(pt, { type: 'LineString', coordinates: c }, { units: 'kilometers' }));
    const ports = (raw.places as Feature<Point>[]).filter((p) =>
      ['cat_lai', 'cai_mep_thi_vai'].includes(p.properties?.id),
    );
    const values = spec.series[0]!.values;
    expect(values[0]).toBeCloseTo(Math.min(...lines('expressway')), 2);
    expect(values[3]).toBeCloseTo(Math.min(...lines('railway')), 2);
    expect(values[4]).toBeCloseTo(Math.min(...ports.map((p) => turfDistance(pt, p.geometry.coordinates))), 2);

    // Without the places layer: seaport, airport and ICD are unknown, in the chart and its table.
    const { places: _, ...rest } = raw;
    const r2 = parkDistances(createContext(packLayers(rest)));
    if (!r2.ok) throw new Error(r2.message);
    const items = distanceProfile(
      r2.value.rows.find((x) => x.id === 'vsip_1')!,
      new Set(r2.value.unavailable.map((u) => u.layer)),
    );
    const spec2 = profileChartSpec('VSIP I', items, en);
    expect(spec2.series[0]!.values.slice(4)).toEqual([null, null, null]);
    const table = findAll(findOne(render(<Chart spec={spec2} />), tag('tbody')), tag('tr')).map((tr) =>
      findAll(tr, (e) => e.tag === 'td' || e.tag === 'th').map(text),
    );
    expect(table.slice(4)).toEqual([
      ['Seaport', 'Unknown'],
      ['Airport', 'Unknown'],
      ['ICD', 'Unknown'],
    ]);
    expect(table[0]![1]).toBe(`${en.num(values[0]!, 1)} km`);
  });
});

/** The centre of a park's circular footprint: the mean of its ring's vertices. */
function centre(park: Feature): number[] {
  const ring = (park.geometry as { coordinates: number[][][] }).coordinates[0]!.slice(0, -1);
  return [0, 1].map((k) => ring.reduce((s, c) => s + c[k]!, 0) / ring.length);
}
