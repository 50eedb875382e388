// "Colour by" in an imported layer's row: a labelled native select of one colour and the layer's
// columns (too-many-values text columns listed disabled, with the reason), the choice drawn into
// the description, the legend listing the categories and the missing values.
import type { Feature, Geometry } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userDescriptionOfKind } from '../../layers/user-description';
import { useBigLayers } from '../../state/big-layers-store';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers-store';
import { Legend } from '../Legend';
import { attr, type El, findAll, findOne, hasClass, render, tag, text } from '../test-markup';
import { ColorBySelect, chooseColorBy } from './ColorBySelect';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const pt = (i: number, loai: string | null): Feature<Geometry> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6 + i * 0.001, 11] },
  properties: { id: `p${i}`, loai, dien_tich: i * 10 },
});

function smallLayer(id: string) {
  const description = userDescriptionOfKind(id, 'kho.geojson', 'point', 0);
  const fields = ['id', 'loai', 'dien_tich'];
  useUserLayers.setState({ layers: { [id]: { id, fileName: 'kho.geojson', description, n: 1, fields } } });
  useLayers.getState().addLayer(id);
  // 12 distinct ids (over the limit of 9), two kinds and a missing one.
  const features = Array.from({ length: 12 }, (_, i) => pt(i, i === 0 ? null : i % 2 ? 'kho' : 'xưởng'));
  useLayers.getState().done(id, features);
}

const options = (select: El) => findAll(select, tag('option'));

beforeEach(() => {
  useLanguage.setState({ lang: 'vi' });
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {} });
  useBigLayers.setState({ layers: {} });
});

describe('ColorBySelect', () => {
  it('is a labelled select of one colour and the columns, a column of too many values disabled', () => {
    smallLayer('user:1');
    const root = render(<ColorBySelect id="user:1" title="Kho bãi" />);
    const select = findOne(root, attr('data-color-by-select', 'user:1'));
    const label = findOne(root, tag('label'));
    expect(label.attrs.for).toBe(select.attrs.id);
    expect(text(label)).toBe('Tô màu theo');
    expect(select.attrs['aria-label']).toBe('Tô màu theo (lớp Kho bãi)');
    expect(options(select).map((o) => [o.attrs.value, text(o), 'disabled' in o.attrs])).toEqual([
      ['', 'Một màu', false],
      ['id', 'id (hơn 9 giá trị)', true],
      ['loai', 'loai (phân loại)', false],
      ['dien_tich', 'dien_tich (số, tối đa 5 lớp)', false],
    ]);
    const note = findOne(root, attr('id', select.attrs['aria-describedby']));
    expect(text(note)).toContain('hơn 9 giá trị khác nhau');
    // What to do instead that the viewer offers: the table's search (the layer's filters take text
    // columns of at most 12 values: "filter by that column" could not be followed).
    expect(text(note)).toContain('ô tìm kiếm của bảng thuộc tính');
    expect(text(note)).not.toContain('lọc lớp theo cột');
    // The reason sits behind a one-line disclosure, closed until asked for.
    const details = findOne(root, tag('details'));
    expect(text(findOne(details, tag('summary')))).toBe('Vì sao có cột không chọn được?');
    expect('open' in details.attrs).toBe(false);
    expect(findOne(details, attr('id', note.attrs.id))).toBe(note);
    expect(findOne(root, attr('data-color-by')).attrs['data-color-by']).toBe('none');
  });

  it("lists a column of lists (GDAL's Binary bytes as [88]) disabled, saying why, beside the too-many one", () => {
    const id = 'user:2';
    const description = userDescriptionOfKind(id, 'alldatatypes.fgb', 'point', 0);
    useUserLayers.setState({
      layers: { [id]: { id, fileName: 'alldatatypes.fgb', description, n: 2, fields: ['id', 'binary'] } },
    });
    useLayers.getState().addLayer(id);
    useLayers.getState().done(
      id,
      Array.from({ length: 12 }, (_, i) => ({
        ...pt(i, null),
        properties: { id: `p${i}`, binary: [88, i] },
      })),
    );
    const root = render(<ColorBySelect id={id} title="alldatatypes.fgb" />);
    const select = findOne(root, attr('data-color-by-select', id));
    expect(options(select).map((o) => [o.attrs.value, text(o), 'disabled' in o.attrs])).toEqual([
      ['', 'Một màu', false],
      ['id', 'id (hơn 9 giá trị)', true],
      ['binary', 'binary (danh sách hoặc đối tượng)', true],
    ]);
    const note = text(findOne(root, attr('id', select.attrs['aria-describedby'])));
    expect(note).toContain('hơn 9 giá trị khác nhau');
    expect(note).toContain('danh sách hoặc đối tượng');
  });

  it('draws the chosen column into the description, the select and the legend', async () => {
    smallLayer('user:1');
    expect(await chooseColorBy('user:1', 'loai')).toBe(true);
    const root = render(<ColorBySelect id="user:1" title="Kho bãi" />);
    expect(findOne(root, attr('data-color-by')).attrs['data-color-by']).toBe('loai');
    const chosen = options(findOne(root, tag('select'))).find((o) => 'selected' in o.attrs);
    expect(chosen?.attrs.value).toBe('loai');

    const features = useLayers.getState().layers['user:1']!.features;
    const legend = render(<Legend layerId="user:1" features={features} />);
    const entries = findAll(legend, (el) => el.tag === 'li');
    const label = (li: El) => text(findOne(li, hasClass('legend-entry-label')));
    const count = (li: El) => text(findOne(li, hasClass('legend-entry-count')));
    expect(entries.map(label)).toEqual(['kho', 'xưởng', 'Không có số liệu']);
    // Each entry counts its features, every feature once.
    const want = ['kho', 'xưởng'].map((v) => features.filter((x) => x.properties?.loai === v).length);
    const missing = features.length - want[0]! - want[1]!;
    expect(entries.map(count)).toEqual([...want, missing].map(String));
    // Swatches in Tol's muted colours, the missing one grey (#bdbdbd).
    const swatches = findAll(legend, (el) => (el.attrs.class ?? '').includes('swatch')).map(
      (s) => s.attrs.style,
    );
    expect(swatches).toEqual([
      'background:#117733',
      'background:#44aa99',
      expect.stringContaining('background:#bdbdbd'),
    ]);
  });

  it('waits for a large layer to finish loading, saying so', () => {
    const description = userDescriptionOfKind('user:2', 'parcels.fgb', 'polygon', 1);
    useBigLayers.setState({
      layers: {
        'user:2': {
          id: 'user:2',
          fileName: 'parcels.fgb',
          description,
          n: 2,
          summary: null,
          chunks: [],
          loaded: 0,
        },
      },
    });
    useLanguage.setState({ lang: 'en' });
    const root = render(<ColorBySelect id="user:2" title="Parcels" />);
    const select = findOne(root, tag('select'));
    expect('disabled' in select.attrs).toBe(true);
    expect(text(findOne(root, attr('id', select.attrs['aria-describedby'])))).toBe(
      'A layer can be coloured by a column once it has finished loading.',
    );
  });
});
