// The info panel of an imported layer's feature shows the file's own properties, numbers with every
// decimal they have (newcomer finding: a small layer's point showed none of them, a large layer's
// 169.49 showed as "169").
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatters } from '../i18n';
import { userDescriptionOfKind } from '../layers/user-description';
import { useFilters } from '../state/filters';
import { useLanguage } from '../state/language';
import { useLayers } from '../state/layers';
import { useSelection } from '../state/selection';
import { useUserLayers } from '../state/user-layers-store';
import { InfoPanel } from './InfoPanel';
import { propertyRows } from './info-rows';
import { findAll, render, tag, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const ID = 'user:1';
const point = {
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [106.7, 11.1] },
  properties: { id: '2', ma: '007', dien_tich: 169.49, loai: 'Ao', trong: null },
};

beforeEach(() => {
  useLanguage.setState({ lang: 'vi' });
  useLayers.getState().reset();
  const description = userDescriptionOfKind(ID, 'diem.csv', 'point', 0);
  useUserLayers.setState({
    layers: { [ID]: { id: ID, fileName: 'diem.csv', description, n: 1, fields: ['ma'] } },
  });
  useLayers.getState().addLayer(ID);
  useLayers.getState().done(ID, [point]);
});

describe('InfoPanel of an imported feature', () => {
  it('lists the file’s properties, not the curated layers’ sources and quality', () => {
    useSelection.setState({ selected: { layerId: ID, featureId: '2' } });
    const root = render(<InfoPanel />);
    const rows = findAll(root, (el) => el.attrs.class === 'info-row').map((row) => [
      text(findAll(row, tag('dt'))[0]!),
      text(findAll(row, tag('dd'))[0]!),
    ]);
    expect(rows).toEqual([
      ['id', '2'],
      ['ma', '007'],
      ['dien_tich', '169,49'],
      ['loai', 'Ao'],
    ]);
  });

  it("says so when the layer's filter hides the feature from the map, and not otherwise", () => {
    useSelection.setState({ selected: { layerId: ID, featureId: '2' } });
    const note = () =>
      findAll(render(<InfoPanel />), (el) => el.attrs['data-testid'] === 'info-hidden').map((el) => text(el));
    useFilters.getState().replaceAll({});
    expect(note()).toEqual([]);
    useFilters
      .getState()
      .replaceAll({ [ID]: { fields: { loai: { kind: 'values', values: ['Ao'] } }, query: '' } });
    expect(note()).toEqual([]);
    useFilters
      .getState()
      .replaceAll({ [ID]: { fields: { loai: { kind: 'values', values: ['Hồ'] } }, query: '' } });
    expect(note()).toEqual(['Bộ lọc của lớp đang ẩn đối tượng này khỏi bản đồ.']);
    useFilters.getState().replaceAll({});
  });

  it('writes numbers with every decimal they have, in the page’s language', () => {
    const f = { ...point, properties: { a: 169.49, b: 0.125, c: 1250 } };
    expect(propertyRows(f, formatters('vi'))).toEqual([
      ['a', '169,49'],
      ['b', '0,125'],
      ['c', '1.250'],
    ]);
    expect(propertyRows(f, formatters('en'))[0]).toEqual(['a', '169.49']);
  });

  it('writes bytes and lists as the table and the exports do (JSON), not joined by commas', () => {
    // GDAL's Binary column reaches the stores as an array of numbers (data/boundary safeValue).
    const f = { ...point, properties: { binary: [88], pair: [1, 2], ok: true } };
    expect(propertyRows(f, formatters('vi'))).toEqual([
      ['binary', '[88]'],
      ['pair', '[1,2]'],
      ['ok', 'true'],
    ]);
  });

  it('leaves out the id the viewer gave the features', () => {
    useUserLayers.setState((s) => ({ layers: { [ID]: { ...s.layers[ID]!, idsMade: true } } }));
    useSelection.setState({ selected: { layerId: ID, featureId: '2' } });
    const root = render(<InfoPanel />);
    expect(findAll(root, tag('dt')).map(text)).toEqual(['ma', 'dien_tich', 'loai']);
    // Named by its number in the file instead of a bare "2".
    expect(text(findAll(root, tag('h2'))[0]!)).toBe('Đối tượng số 2');
  });
});
