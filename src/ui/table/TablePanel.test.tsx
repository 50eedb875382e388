import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayerFeature } from '../../data/load-layer';
import { formatters } from '../../i18n';
import { userDescriptionOfKind } from '../../layers/user-description';
import { useFilters } from '../../state/filters';
import { useLanguage } from '../../state/language';
import { type LayerEntry, useLayers } from '../../state/layers';
import { useSelection } from '../../state/selection';
import { useTable } from '../../state/table';
import { useUserLayers } from '../../state/user-layers-store';
import {
  attr,
  controls,
  type El,
  findAll,
  findOne,
  nameContainsText,
  render,
  tag,
  text,
} from '../test-markup';
import { TABLE_SEARCH_FIELDS, tableColumns, tableSearchFields } from './columns';
import { matchingRows, rowsCsv, rowsGeoJson, tableIndex } from './rows';
import { LayerTable, TablePanel } from './TablePanel';
import { nameColumn, userColumns } from './user-columns';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const park = (id: string, name_vi: string, area_ha: number | null, status = 'existing'): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.7, 10.9] },
  properties: {
    id,
    name_vi,
    name_en: '',
    status,
    district_code: '724',
    area_ha,
    area_qualifier: 'exact',
    established_year: null,
  },
});

// Names as in data/curated/parks.csv (precomposed), plus one that looks like a formula.
const PARKS: LayerFeature[] = [
  park('song_than_1', 'KCN Sóng Thần 1', null),
  park('song_than_2', 'KCN Sóng Thần 2', 279.27),
  park('vsip_1', 'KCN VSIP', 500, 'planned'),
  park('song_than_3', 'KCN Sóng Thần 3', 533.8),
  park('dong_an_1', 'KCN Đồng An', null),
  park('dong_an_2', 'KCN Đồng An 2', 158),
  park('evil', '=HYPERLINK("http://x")', 10),
];

const initialLayers = useLayers.getState();
const initialLanguage = useLanguage.getState();
const initialSelection = useSelection.getState();
const initialTable = useTable.getState();

function setParks(patch: Partial<LayerEntry>) {
  useLayers.setState((s) => ({ layers: { ...s.layers, parks: { ...s.layers.parks, ...patch } } }));
}

beforeEach(() => {
  useLayers.setState(initialLayers, true);
  useLanguage.setState(initialLanguage, true);
  useSelection.setState(initialSelection, true);
  useTable.setState(initialTable, true);
  setParks({ status: 'ready', features: PARKS, count: PARKS.length });
});

const rowKeys = (root: El) =>
  findAll(root, (el) => el.tag === 'tr' && 'data-row-key' in el.attrs).map((el) => el.attrs['data-row-key']);
const ids = (rows: LayerFeature[]) => rows.map((r) => r.properties?.id);

describe('table search', () => {
  const index = tableIndex(PARKS);
  it('"song than" finds exactly the Sóng Thần parks', () => {
    expect(ids(matchingRows(index, 'song than'))).toEqual(['song_than_1', 'song_than_2', 'song_than_3']);
    expect(ids(matchingRows(index, 'SÓNG THẦN 2'))).toEqual(['song_than_2']);
  });
  it('"dong an" finds Đồng An (đ/Đ folded to d)', () => {
    const found = ids(matchingRows(index, 'dong an'));
    expect(found).toContain('dong_an_1');
    expect(found).toContain('dong_an_2');
    expect(found).not.toContain('vsip_1');
  });
  it('an empty query keeps every row', () => {
    expect(matchingRows(index, '  ')).toHaveLength(PARKS.length);
  });
});

describe('table search of an imported layer', () => {
  it("looks in the file's own columns: 'viet' finds Vietnam in a `name` no curated layer has", () => {
    const country = (id: number, name: string, iso: string): LayerFeature => ({
      type: 'Feature',
      geometry: null,
      properties: { id, name, iso_a3: iso },
    });
    const rows = [country(1, 'Vietnam', 'VNM'), country(2, 'Thailand', 'THA'), country(3, 'Lao PDR', 'LAO')];
    useUserLayers.setState({
      layers: {
        'user:1': {
          id: 'user:1',
          fileName: 'countries.fgb',
          description: userDescriptionOfKind('user:1', 'countries.fgb', 'polygon', 3),
          n: 1,
          fields: ['id', 'name', 'iso_a3'],
        },
      },
    });
    try {
      const index = tableIndex(rows, tableSearchFields('user:1'));
      expect(ids(matchingRows(index, 'viet'))).toEqual([1]);
      expect(ids(matchingRows(index, 'THAILAND'))).toEqual([2]);
      expect(ids(matchingRows(index, 'lao'))).toEqual([3]);
      // The curated fields alone (what the table searched before) miss every name.
      expect(ids(matchingRows(tableIndex(rows), 'viet'))).toEqual([]);
      expect(tableSearchFields('parks')).toEqual(TABLE_SEARCH_FIELDS);
    } finally {
      useUserLayers.setState({ layers: {} });
    }
  });
});

describe('TablePanel', () => {
  it('renders nothing while no table is open', () => {
    expect(render(<TablePanel />).children).toEqual([]);
  });

  it('shows the open layer with a labelled search box and sort buttons', () => {
    useTable.setState({ layer: 'parks' });
    const root = render(<TablePanel />);
    const search = findOne(root, attr('type', 'search'));
    const label = findOne(root, (el) => el.tag === 'label' && el.attrs.for === search.attrs.id);
    expect(text(label)).toBe('Tìm trong bảng');
    const headers = findAll(root, (el) => el.tag === 'th' && el.attrs.scope === 'col');
    expect(headers.length).toBeGreaterThan(3);
    for (const th of headers) expect(th.attrs['aria-sort']).toBe('none');
    expect(rowKeys(root)).toHaveLength(PARKS.length);
    for (const c of controls(root)) if (c.tag === 'button') expect(nameContainsText(c)).toBe(true);
  });

  it('sorts by a column, unknown values last in both directions', () => {
    const desc = render(<LayerTable layer="parks" initialSort={[{ id: 'area_ha', desc: true }]} />);
    expect(rowKeys(desc)).toEqual([
      'song_than_3',
      'vsip_1',
      'song_than_2',
      'dong_an_2',
      'evil',
      'song_than_1',
      'dong_an_1',
    ]);
    const th = findOne(
      desc,
      (el) => el.tag === 'th' && findAll(el, attr('data-column', 'area_ha')).length > 0,
    );
    expect(th.attrs['aria-sort']).toBe('descending');
    const asc = render(<LayerTable layer="parks" initialSort={[{ id: 'area_ha', desc: false }]} />);
    expect(rowKeys(asc)).toEqual([
      'evil',
      'dong_an_2',
      'song_than_2',
      'vsip_1',
      'song_than_3',
      'song_than_1',
      'dong_an_1',
    ]);
  });

  it('lists only the rows passing the layer filter (the map’s), with a filter popover per filterable column', () => {
    useFilters.getState().setValues('parks', 'status', ['planned']);
    const root = render(<LayerTable layer="parks" />);
    expect(rowKeys(root)).toEqual(['vsip_1']);
    const buttons = findAll(root, attr('data-column-filter'));
    expect(buttons.map((b) => b.attrs['data-column-filter'])).toEqual([
      'status',
      'district',
      'area_ha',
      'established_year',
    ]);
    const status = findOne(root, attr('data-column-filter', 'status'));
    expect(status.attrs['aria-label']).toBe('Lọc cột Trạng thái (đang lọc)');
    expect(status.attrs['aria-expanded']).toBe('false');
    expect(findOne(root, attr('data-column-filter', 'area_ha')).attrs['aria-label']).toBe(
      'Lọc cột Diện tích',
    );
    expect(text(findOne(root, attr('data-testid', 'table-count')))).toBe('1 / 7 dòng');
    useFilters.getState().reset();
  });

  it('names its downloads once as a table (“Tải “Bảng thuộc tính: …” dạng CSV”, not “bảng … bảng”)', () => {
    const root = render(<LayerTable layer="parks" />);
    const labels = findAll(root, attr('data-export')).map((b) => b.attrs['aria-label'] ?? '');
    expect(labels.length).toBeGreaterThanOrEqual(2);
    for (const label of labels) {
      expect(label).toMatch(/^Tải “Bảng thuộc tính: .+” dạng /);
      expect(label.match(/bảng/gi), label).toHaveLength(1);
    }
  });

  it('a numeric range filter leaves the rows within it; a search narrows the filtered rows further', () => {
    useFilters.getState().setRange('parks', 'area_ha', 150, 600);
    expect(rowKeys(render(<LayerTable layer="parks" />)).sort()).toEqual(
      ['dong_an_2', 'song_than_2', 'song_than_3', 'vsip_1'].sort(),
    );
    useFilters.getState().reset();
  });

  it('shows areas with unit and qualifier as the info panel does', () => {
    const root = render(<LayerTable layer="parks" />);
    const row = findOne(root, attr('data-row-key', 'song_than_3'));
    expect(findAll(row, tag('td')).map(text)).toContain('534 ha');
  });

  it('highlights the selected feature’s row', () => {
    useSelection.setState({ selected: { layerId: 'parks', featureId: 'vsip_1' } });
    const root = render(<LayerTable layer="parks" />);
    expect(findOne(root, attr('data-row-key', 'vsip_1')).attrs.class).toBe('chosen');
    expect(findOne(root, attr('data-row-key', 'song_than_1')).attrs.class).toBeUndefined();
  });
});

describe('nameColumn (the column a table names its rows by)', () => {
  it('a name column, then one named like a name, then id, then the first field', () => {
    // HCMGIS's relics (DiTich.dbf's columns in order) and bridges.
    expect(nameColumn(['Stt', 'Ten_DT', 'So_Nha', 'Ten_Duong', 'Phuong', 'Quan'])).toBe('Ten_DT');
    expect(nameColumn(['MaDuong', 'TenDuong', 'TinhTrang'])).toBe('TenDuong');
    expect(nameColumn(['id', 'iso_a3', 'name'])).toBe('name');
    expect(nameColumn(['ma_hc', 'ten', 'doi_tuong'])).toBe('ten');
    expect(nameColumn(['id', 'use', 'area_m2'])).toBe('id');
    expect(nameColumn(['LOAI', 'SOTANG', 'Tenant'])).toBe('LOAI');
    expect(nameColumn([])).toBeUndefined();
  });
});

describe("an imported layer's rows without a name of their own", () => {
  const place = (id: string, ten: string): LayerFeature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [106.6, 10.7] },
    // `id` as the import sets it (the viewer's numbering when `idsMade`).
    properties: { id, ten, doi_tuong: 'Miếu' },
  });
  const show = (idsMade: boolean) => {
    useUserLayers.setState({
      layers: {
        'user:1': {
          id: 'user:1',
          fileName: 'Tongiao.zip',
          description: userDescriptionOfKind('user:1', 'Tongiao.zip', 'point', 1),
          n: 1,
          fields: ['ten', 'doi_tuong'],
          ...(idsMade ? { idsMade: true } : {}),
        },
      },
    });
    useLayers.setState((s) => ({
      layers: {
        ...s.layers,
        'user:1': {
          ...s.layers.parks!,
          id: 'user:1',
          status: 'ready',
          features: [place('1', 'Miếu Ngũ Hành'), place('2', ''), place('3', '')],
          count: 3,
        },
      },
    }));
    const root = render(<LayerTable layer="user:1" />);
    return (key: string) => findOne(findOne(root, attr('data-row-key', key)), tag('button'));
  };

  it('are named "Đối tượng số N" (not a bare number in the name column) when the viewer made the ids, set apart', () => {
    try {
      const button = show(true);
      expect(text(button('1'))).toBe('Miếu Ngũ Hành');
      expect(button('1').attrs.class).toBe('row-choose');
      expect(text(button('2'))).toBe('Đối tượng số 2');
      expect(button('2').attrs.class).toBe('row-choose unnamed');
      expect(button('3').attrs['aria-label']).toContain('Đối tượng số 3');
    } finally {
      useUserLayers.setState({ layers: {} });
    }
  });

  it('a file without a name column: rows titled "Đối tượng số N" in a column of their own, every field kept, the title not exported', () => {
    // District 1's buildings: LOAI (a code, 503 for most), SOTANG; no name, no id of their own.
    const building = (id: string, loai: number, tang: number): LayerFeature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.7, 10.78] },
      properties: { id, LOAI: loai, SOTANG: tang },
    });
    try {
      useUserLayers.setState({
        layers: {
          'user:1': {
            id: 'user:1',
            fileName: 'Nha_Quan1.zip',
            description: userDescriptionOfKind('user:1', 'Nha_Quan1.zip', 'polygon', 1),
            n: 1,
            fields: ['LOAI', 'SOTANG'],
            idsMade: true,
          },
        },
      });
      useLayers.setState((st) => ({
        layers: {
          ...st.layers,
          'user:1': {
            ...st.layers.parks!,
            id: 'user:1',
            status: 'ready',
            features: [building('1', 503, 5), building('2', 503, 3)],
            count: 2,
          },
        },
      }));
      const root = render(<LayerTable layer="user:1" />);
      const headers = findAll(findOne(root, tag('thead')), tag('th')).map(text);
      expect(headers[0]).toContain('Tên');
      expect(headers.join(' ')).toContain('LOAI');
      expect(headers.join(' ')).toContain('SOTANG');
      const row = findOne(root, attr('data-row-key', '2'));
      expect(text(findOne(row, tag('button')))).toBe('Đối tượng số 2');
      expect(findAll(row, tag('td')).map(text)).toEqual(['503', '3']);
      const columns = userColumns(['LOAI', 'SOTANG'], formatters('vi'));
      const csv = rowsCsv(columns, [building('1', 503, 5)]);
      expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('LOAI,SOTANG,lon,lat');
      expect(JSON.parse(rowsGeoJson(columns, [building('1', 503, 5)])).features[0].properties).toEqual({
        LOAI: 503,
        SOTANG: 5,
      });
    } finally {
      useUserLayers.setState({ layers: {} });
    }
  });

  it("keep the file's own id as it is", () => {
    try {
      expect(text(show(false)('2'))).toBe('2');
    } finally {
      useUserLayers.setState({ layers: {} });
    }
  });
});

describe('table cells', () => {
  it('say "unknown" for a figure no source gives, never a blank', () => {
    const vi = tableColumns('parks', formatters('vi'));
    const area = vi.find((c) => c.id === 'area_ha')!;
    const year = vi.find((c) => c.id === 'established_year')!;
    expect(area.display(PARKS[0]!)).toBe('Chưa rõ');
    expect(year.display(PARKS[0]!)).toBe('Chưa rõ');
    expect(area.value(PARKS[0]!)).toBeNull();
    const en = tableColumns('parks', formatters('en'));
    expect(en.find((c) => c.id === 'area_ha')!.display(PARKS[0]!)).toBe('Unknown');
  });
});

describe('table export', () => {
  const columns = tableColumns('parks', formatters('vi'));
  it('writes CSV with a BOM, raw numbers and formula-safe text', () => {
    const csv = rowsCsv(columns, [PARKS[1]!, PARKS[6]!]);
    expect(csv.startsWith('\uFEFFTên,')).toBe(true);
    const lines = csv.split('\r\n');
    // Points: their lon/lat last, so the file goes back on a map.
    expect(lines[0]!.endsWith(',lon,lat')).toBe(true);
    expect(lines[1]).toBe('KCN Sóng Thần 2,song_than_2,existing,724,279.27,,106.7,10.9');
    expect(lines[2]!.startsWith(`"'=HYPERLINK(""http://x"")"`)).toBe(true);
  });
  it('leaves lon/lat out for lines and polygons, and for a layer with columns so named', () => {
    const line: LayerFeature = {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [106.7, 10.9],
          [106.8, 11],
        ],
      },
      properties: { id: 'x' },
    };
    expect(rowsCsv(columns, [PARKS[1]!, line]).split('\r\n')[0]).not.toContain('lon');
    const own = userColumns(['ten', 'lat'], formatters('vi'));
    expect(
      rowsCsv(own, [PARKS[1]!])
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0],
    ).toBe('ten,lat');
  });
  it('writes GeoJSON with the geometry and the values by column id', () => {
    const fc = JSON.parse(rowsGeoJson(columns, [PARKS[3]!]));
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [106.7, 10.9] });
    expect(fc.features[0].properties).toMatchObject({
      id: 'song_than_3',
      area_ha: 533.8,
      status: 'existing',
    });
  });
});
