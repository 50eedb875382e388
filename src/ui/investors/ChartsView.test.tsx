// The explorer's Charts view (server-rendered) on the real parks layer: three charts on the wrapper,
// the notes naming what the bars leave out (read here from data/curated/parks.csv), the charts
// following the parks layer's filter, and the distance profile of the park picked or selected on the
// map, with the nearest of each kind named or said unavailable (corridors layer failed).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature } from 'geojson';
import Papa from 'papaparse';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../analysis/context';
import { readBuiltLayers } from '../../analysis/node-data';
import { packLayers } from '../../analysis/pack';
import { type ParkDistancesReport, parkDistances } from '../../analysis/park-distances';
import { useExplorer } from '../../state/explorer';
import { useFilters } from '../../state/filters';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { useSelection } from '../../state/selection';
import { attr, findAll, findOne, render, tag, text } from '../test-markup';
import { ChartsView } from './ChartsView';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

type Row = Record<string, string>;
let rows: Row[];
let parks: Feature[];
let noCorridors: ParkDistancesReport;

beforeAll(async () => {
  const csv = readFileSync(resolve(__dirname, '../../../data/curated/parks.csv'), 'utf8');
  rows = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data.filter(
    (r) => r.include === 'true',
  );
  const { corridors: _, ...raw } = await readBuiltLayers();
  parks = raw.parks as Feature[];
  const r = parkDistances(createContext(packLayers(raw)));
  if (!r.ok) throw new Error(r.message);
  noCorridors = r.value;
});

beforeEach(() => {
  useLanguage.getState().setLanguage('en');
  useExplorer.getState().reset();
  useFilters.getState().reset();
  useSelection.getState().select(null);
  useLayers.getState().reset();
  useLayers.getState().done('parks', parks as never);
  useLayers.getState().fail('corridors', 'HTTP 404');
  useExplorer.getState().setDistances(noCorridors);
});

const caption = (root: ReturnType<typeof render>, chart: string) =>
  text(findOne(findOne(root, attr('data-chart', chart)), tag('caption')));

describe('ChartsView', () => {
  it('draws three charts and names the parks the bars leave out', () => {
    const root = render(<ChartsView />);
    expect(findAll(root, attr('data-chart-kind')).map((e) => e.attrs['data-chart-kind'])).toEqual([
      'stacked-bar',
      'bar',
      'bar',
    ]);
    expect(text(findOne(root, attr('data-testid', 'charts-scope')))).toBe(
      `Area and year charts: ${rows.length} of ${rows.length} parks passing the explorer’s filters.`,
    );
    const unknownArea = rows.filter((r) => r.area_ha === '' && !r.totals_exclusion_reason);
    const note = text(findOne(root, attr('data-testid', 'chart-area-unknown')));
    expect(note).toContain(`Area unknown: ${unknownArea.length} parks`);
    for (const r of unknownArea) expect(note).toContain(r.name_en);
    const noYear = rows.filter((r) => r.established_year === '');
    const planned = noYear.filter((r) => r.status === 'planned').length;
    expect(text(findOne(root, attr('data-testid', 'chart-years-unknown')))).toBe(
      `${noYear.length} parks have no year of establishment in the sources: ${planned} planned (not yet established) and ${noYear.length - planned} of unknown year, each group a bar of its own.`,
    );
  });

  it('the area and year charts follow the parks layer’s filter', () => {
    useFilters.getState().setValues('parks', 'status', ['planned']);
    const root = render(<ChartsView />);
    const planned = rows.filter((r) => r.status === 'planned');
    expect(text(findOne(root, attr('data-testid', 'charts-scope')))).toContain(
      `${planned.length} of ${rows.length} parks`,
    );
    // Only planned parks: the years chart's last two bars hold them all.
    const yearRows = findAll(findOne(findOne(root, attr('data-chart', 'years')), tag('tbody')), tag('tr'));
    const counts = yearRows.map((tr) => Number(text(findAll(tr, tag('td'))[0]!)));
    expect(counts.reduce((t, n) => t + n, 0)).toBe(planned.length);
  });

  it('profiles the picked park, or the one selected on the map; failed corridors are named', () => {
    useExplorer.getState().pick('vsip_1');
    let root = render(<ChartsView />);
    const vsip = rows.find((r) => r.id === 'vsip_1')!;
    expect(caption(root, 'profile')).toBe(
      `Straight-line distance from ${vsip.name_en} to the nearest of each kind`,
    );
    const nearest = findOne(root, attr('data-testid', 'chart-profile-nearest'));
    const dd = (kind: string) => text(findOne(findOne(nearest, attr('data-kind', kind)), tag('dd')));
    expect(dd('expressway')).toBe('unavailable (layer not loaded)');
    // The nearest seaport by its English name (what the worker's report says for this park).
    const port = noCorridors.rows.find((r) => r.id === 'vsip_1')!.distances.port!.target;
    expect(dd('port')).toBe(port.name_en);
    expect(port.name_en).toMatch(/port/i);

    useSelection.getState().select({ layerId: 'parks', featureId: 'song_than_2' });
    root = render(<ChartsView />);
    const st2 = rows.find((r) => r.id === 'song_than_2')!;
    expect(caption(root, 'profile')).toContain(st2.name_en);
  });
});
