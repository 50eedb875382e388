// The attribute table of a large layer: rows straight from the chunks, sorted, filtered by the one
// filter store, exported. Expected rows come from the generated parcels' own properties.
import { createTable, getCoreRowModel, type SortingState } from '@tanstack/react-table';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import { parcels } from '../../data/fgb/test-parcels';
import { formatters } from '../../i18n';
import { userDescriptionOfKind } from '../../layers/user-description';
import { EMPTY_FILTER } from '../../lib/filter';
import { bigCounts, bigFilterCounts } from '../../state/big-filter';
import { useBigLayers } from '../../state/big-layers-store';
import { useFilters } from '../../state/filters';
import { useTable } from '../../state/table';
import { type El, findAll, findOne, render, text } from '../test-markup';
import { BigLayerTable, headerColumns } from './BigTable';
import { bigColumns, bigRowsCsv, bigRowsFeatures, bigRowsGeoJson } from './big-columns';
import { TablePanel } from './TablePanel';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const N = 12_000;
const input = [...parcels(N)];
const chunks = featuresToChunks(input);
const ID = 'user:1';
const FIELDS = ['id', 'use', 'area_m2'];
const props = input.map((f) => f.properties as { id: string; use: string; area_m2: number });

beforeEach(() => {
  useFilters.getState().reset();
  useTable.setState({ layer: null });
  useBigLayers.setState({
    layers: {
      [ID]: {
        id: ID,
        fileName: 'parcels.fgb',
        description: userDescriptionOfKind(ID, 'parcels.fgb', 'polygon', 0),
        n: 1,
        summary: { count: N, bbox: null, fields: FIELDS, geometry: 'polygon' },
        chunks,
        loaded: N,
      },
    },
  });
});

const rowKeys = (root: El) =>
  findAll(root, (el) => el.tag === 'tr' && 'data-row-key' in el.attrs).map((el) => el.attrs['data-row-key']);
const count = (root: El) => text(findOne(root, (el) => el.attrs['data-testid'] === 'table-count'));

describe('BigLayerTable', () => {
  it('opens from the table store and lists the first rows in layer order, named by their id', () => {
    useTable.setState({ layer: ID });
    const root = render(<TablePanel />);
    expect(root.children.length).toBeGreaterThan(0);
    expect(count(root)).toBe('12.000 / 12.000 dòng');
    const keys = rowKeys(root);
    // Virtualised: a sheet's worth of rows, not 12,000.
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.length).toBeLessThan(100);
    expect(keys.slice(0, 3)).toEqual(['0', '1', '2']);
    const names = findAll(root, (el) => el.tag === 'button' && el.attrs.class === 'row-choose');
    expect(names.slice(0, 2).map(text)).toEqual(['parcel_0', 'parcel_1']);
    const headers = findAll(root, (el) => el.tag === 'th' && el.attrs.scope === 'col');
    expect(headers.map((h) => h.attrs['aria-sort'])).toEqual(['none', 'none', 'none']);
  });

  it('sorts by area, largest first, with the header saying so', () => {
    const root = render(<BigLayerTable layer={ID} initialSort={[{ id: 'area_m2', desc: true }]} />);
    const expected = props
      .map((p, i) => [p.area_m2, i] as const)
      .sort(([a, i], [b, j]) => b - a || i - j)
      .slice(0, 5)
      .map(([, i]) => String(i));
    expect(rowKeys(root).slice(0, 5)).toEqual(expected);
    const th = findAll(root, (el) => el.tag === 'th' && el.attrs.scope === 'col');
    expect(th[2]!.attrs['aria-sort']).toBe('descending');
  });

  it('lists only the rows passing the layer filter, and says how many of how many', () => {
    useFilters.getState().setValues(ID, 'use', ['đất công nghiệp']);
    useFilters.getState().setRange(ID, 'area_m2', 2000, null);
    const root = render(<BigLayerTable layer={ID} />);
    const expected = props.flatMap((p, i) => (p.use === 'đất công nghiệp' && p.area_m2 >= 2000 ? [i] : []));
    expect(count(root)).toBe(`${formatters('vi').num(expected.length)} / 12.000 dòng`);
    expect(rowKeys(root).slice(0, 10)).toEqual(expected.slice(0, 10).map(String));
  });
});

describe('sorting by the header buttons', () => {
  it('lets every column sort, ascending on the first click, descending on the second', () => {
    let sorting: SortingState = [];
    const table = createTable<never>({
      data: [],
      columns: headerColumns(bigColumns(chunks, FIELDS, formatters('vi'))),
      state: { sorting, columnPinning: {}, columnVisibility: {}, columnOrder: [] },
      onStateChange: () => {},
      onSortingChange: (u) => {
        sorting = typeof u === 'function' ? u(sorting) : u;
      },
      getCoreRowModel: getCoreRowModel(),
      manualSorting: true,
      enableMultiSort: false,
      renderFallbackValue: null,
    });
    const column = table.getColumn('area_m2')!;
    expect(table.getAllColumns().map((c) => c.getCanSort())).toEqual([true, true, true]);
    column.getToggleSortingHandler()!({});
    expect(sorting).toEqual([{ id: 'area_m2', desc: false }]);
    table.setOptions((o) => ({ ...o, state: { ...o.state, sorting } }));
    column.getToggleSortingHandler()!({});
    expect(sorting).toEqual([{ id: 'area_m2', desc: true }]);
  });
});

describe('large layer filters', () => {
  it('offers a filter popover for the use and the area columns, not for the unique ids', () => {
    const root = render(<BigLayerTable layer={ID} />);
    const buttons = findAll(root, (el) => 'data-column-filter' in el.attrs);
    expect(buttons.map((b) => b.attrs['data-column-filter'])).toEqual(['use', 'area_m2']);
  });

  it('counts each use over every chunk for the value choices', () => {
    const options = bigFilterCounts(useBigLayers.getState().layers[ID]!).options('use');
    const expected = new Map<string, number>();
    for (const p of props) expected.set(p.use, (expected.get(p.use) ?? 0) + 1);
    // In Vietnamese order (ơ after o, before t), not code points.
    const order = ['đất công cộng', 'đất công nghiệp', 'đất nông nghiệp', 'đất ở', 'đất thương mại'];
    expect(options.map((o) => [o.value, o.count])).toEqual(order.map((u) => [u, expected.get(u)]));
  });

  it('counts the shown and drawn features of a filtered layer', () => {
    const layer = useBigLayers.getState().layers[ID]!;
    expect(bigCounts(layer, useFilters.getState().filters[ID] ?? EMPTY_FILTER)).toEqual({
      total: N,
      shown: N,
      drawn: N,
      filtered: false,
    });
    useFilters.getState().setRange(ID, 'area_m2', null, 1500);
    const n = props.filter((p) => p.area_m2 <= 1500).length;
    expect(bigCounts(layer, useFilters.getState().filters[ID]!)).toEqual({
      total: N,
      shown: n,
      drawn: n,
      filtered: true,
    });
  });
});

describe('large layer exports', () => {
  const columns = bigColumns(chunks, FIELDS, formatters('en'));
  const rows = Uint32Array.from([5001, 7, 11_999]);

  it('writes CSV of the raw values in the shown order', () => {
    const lines = bigRowsCsv(columns, rows)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id,use,area_m2');
    expect(lines.slice(1)).toEqual(
      [5001, 7, 11_999].map((i) => `parcel_${i},${props[i]!.use},${props[i]!.area_m2}`),
    );
  });

  it('writes GeoJSON with each row’s polygon within float32 precision', () => {
    const out = JSON.parse(bigRowsGeoJson(chunks, columns, rows));
    expect(out.features).toHaveLength(3);
    out.features.forEach(
      (
        feature: { properties: Record<string, unknown>; geometry: { coordinates: number[][][] } },
        k: number,
      ) => {
        const i = rows[k]!;
        expect(feature.properties).toEqual({
          id: `parcel_${i}`,
          use: props[i]!.use,
          area_m2: props[i]!.area_m2,
        });
        const ring = input[i]!.geometry.coordinates[0]!;
        const got = feature.geometry.coordinates[0]!;
        expect(got).toHaveLength(ring.length);
        got.forEach((p, v) => {
          expect(Math.abs(p[0]! - ring[v]![0]!)).toBeLessThan(1e-6);
          expect(Math.abs(p[1]! - ring[v]![1]!)).toBeLessThan(1e-6);
        });
      },
    );
  });

  it('gives the Shapefile and KML writers the same features, and they write them', async () => {
    const features = bigRowsFeatures(chunks, columns, rows);
    expect(features.map((f) => f.properties?.id)).toEqual(['parcel_5001', 'parcel_7', 'parcel_11999']);
    expect(JSON.parse(bigRowsGeoJson(chunks, columns, rows)).features).toEqual(
      JSON.parse(JSON.stringify(features)),
    );
    const { toKml, toShapefileZip } = await import('../../userlayers/export');
    const kml = toKml(features);
    expect(kml.match(/<Placemark>/g)).toHaveLength(3);
    expect(kml).toContain('parcel_11999');
    const zip = toShapefileZip(features, 'parcels', 'wgs84');
    expect([zip[0], zip[1]]).toEqual([0x50, 0x4b]); // "PK": a zip
  });
});
