import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog, CatalogLayer, CuratedLayerId as LayerId } from '../data/schema';
import { translate } from '../i18n';
import { useCatalog } from '../state/catalog';
import { type Language, useLanguage } from '../state/language';
import { type LayerEntry, useLayers } from '../state/layers';
import { LayerPanel, useLayerTitle } from './LayerPanel';
import { attr, controls, type El, findAll, findOne, hasClass, LANGS, render, tag, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
const initialLayers = useLayers.getState();
const initialCatalog = useCatalog.getState();

beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useLayers.setState(initialLayers, true);
  useCatalog.setState(initialCatalog, true);
});

const setLang = (lang: Language) => useLanguage.setState({ lang });

function setLayer(id: LayerId, patch: Partial<LayerEntry>) {
  useLayers.setState((s) => ({ layers: { ...s.layers, [id]: { ...s.layers[id], ...patch } } }));
}

const point = (id: string): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6, 11] },
  properties: { id },
});

function catalogLayer(id: LayerId, title: { vi: string; en: string }): CatalogLayer {
  return {
    id,
    title,
    geometry_type: 'MultiPolygon',
    file: `${id}.fgb`,
    feature_count: 1,
    bbox: [106.3, 10.8, 106.9, 11.5],
    attribution: 'test',
    licence: 'CC-BY-4.0',
    built_at: '2025-01-01T00:00:00Z',
  };
}

function setCatalog(layers: CatalogLayer[]) {
  const catalog: Catalog = {
    version: 1,
    built_at: '2025-01-01T00:00:00Z',
    input_hash: 'abc',
    province_bbox: [106.3, 10.8, 106.9, 11.5],
    layers,
  };
  useCatalog.setState({ catalog, error: null });
}

const Title = ({ id }: { id: LayerId }) => <span>{useLayerTitle(id)}</span>;

const rows = (root: El) => findAll(root, attr('data-testid', 'layer-row'));
const row = (root: El, id: LayerId) =>
  findOne(root, (el) => el.attrs['data-testid'] === 'layer-row' && el.attrs['data-layer-id'] === id);
const countText = (r: El) => text(findOne(r, hasClass('layer-count')));
const titleText = (r: El) => text(findOne(r, hasClass('layer-title')));

describe('LayerPanel rows', () => {
  it('renders one row per layer, in display order, with the data attributes the browser tests read', () => {
    const root = render(<LayerPanel />);
    const all = rows(root);
    expect(all.map((r) => r.tag)).toEqual(['li', 'li', 'li', 'li', 'li']);
    expect(all.map((r) => r.attrs['data-layer-id'])).toEqual([
      'parks',
      'corridors',
      'places',
      'districts',
      'context',
    ]);
    // Idle (not started yet) is shown as loading.
    for (const r of all) {
      expect(r.attrs['data-status']).toBe('loading');
      expect(r.attrs['data-feature-count']).toBe('0');
    }
  });

  it('maps each store status to data-status and shows the count', () => {
    setLayer('parks', { status: 'ready', count: 1234, features: [] });
    setLayer('corridors', { status: 'loading', count: 57 });
    setLayer('places', { status: 'error', error: 'boom' });
    const root = render(<LayerPanel />);
    expect(row(root, 'parks').attrs).toMatchObject({ 'data-status': 'ready', 'data-feature-count': '1234' });
    expect(row(root, 'corridors').attrs).toMatchObject({
      'data-status': 'loading',
      'data-feature-count': '57',
    });
    expect(row(root, 'places').attrs['data-status']).toBe('error');
    expect(row(root, 'districts').attrs['data-status']).toBe('loading');
  });

  it('formats counts per language', () => {
    setLayer('parks', { status: 'ready', count: 1234 });
    setLayer('corridors', { status: 'loading', count: 5678 });
    let root = render(<LayerPanel />);
    expect(countText(row(root, 'parks'))).toBe('1.234 đối tượng');
    expect(countText(row(root, 'corridors'))).toBe('Đang tải… 5.678 đối tượng');
    expect(countText(row(root, 'places'))).toBe('Đang tải…');

    setLang('en');
    root = render(<LayerPanel />);
    expect(countText(row(root, 'parks'))).toBe('1,234 features');
    expect(countText(row(root, 'corridors'))).toBe('Loading… 5,678 features');
    expect(countText(row(root, 'places'))).toBe('Loading…');
  });

  it('a failed catalog is announced once: each row points to it instead of repeating it', () => {
    const message = 'http://x/data/catalog.json answered HTTP 404.';
    useCatalog.setState({ catalog: null, error: message });
    for (const id of ['parks', 'corridors', 'places', 'districts', 'context'] as const) {
      setLayer(id, { status: 'error', error: message });
    }
    for (const lang of LANGS) {
      setLang(lang);
      const root = render(<LayerPanel />);
      expect(findAll(root, attr('role', 'alert'))).toHaveLength(0);
      for (const r of rows(root)) {
        expect(r.attrs['data-status']).toBe('error');
        expect(text(findOne(r, hasClass('layer-error')))).toBe(translate(lang, 'layers.error.catalog'));
      }
    }
  });

  it('shows a failed layer’s message in an alert inside its row while the other rows still render', () => {
    setLayer('parks', { status: 'error', error: 'HTTP 404 parks.fgb', errorKind: 'http' });
    setLayer('districts', { status: 'ready', count: 9, features: [point('718')] });
    for (const lang of LANGS) {
      setLang(lang);
      const root = render(<LayerPanel />);
      const alert = findOne(root, attr('role', 'alert'));
      // The reason in the user's language, the technical detail after it.
      expect(text(alert)).toBe(
        lang === 'vi'
          ? 'Lỗi tải lớp: máy chủ không có tệp này (dữ liệu đã được dựng chưa?) (chi tiết: HTTP 404 parks.fgb)'
          : 'Layer failed to load: the server does not have this file (has the data been built?) (details: HTTP 404 parks.fgb)',
      );
      // The alert belongs to the parks row, and that row shows no legend.
      const parks = row(root, 'parks');
      expect(findAll(parks, attr('role', 'alert'))).toEqual([alert]);
      expect(findAll(parks, hasClass('legend'))).toHaveLength(0);
      expect(countText(parks)).toBe('');
      // Every other row is still there with its own state and legend.
      expect(rows(root)).toHaveLength(5);
      const districts = row(root, 'districts');
      expect(districts.attrs['data-status']).toBe('ready');
      expect(countText(districts)).toBe(lang === 'vi' ? '9 đối tượng' : '9 features');
      for (const id of ['corridors', 'places', 'districts', 'context'] as const) {
        expect(findAll(row(root, id), hasClass('legend'))).toHaveLength(1);
      }
    }
  });
});

describe('LayerPanel titles', () => {
  it('uses the locale table before the catalog arrives', () => {
    let root = render(<LayerPanel />);
    expect(titleText(row(root, 'parks'))).toBe('Khu công nghiệp');
    expect(titleText(row(root, 'corridors'))).toBe('Hành lang giao thông');
    setLang('en');
    root = render(<LayerPanel />);
    expect(titleText(row(root, 'parks'))).toBe('Industrial parks');
    expect(titleText(row(root, 'context'))).toBe('Surrounding boundaries');
  });

  it('uses the catalog’s title once loaded, falling back per layer and per empty title', () => {
    setCatalog([
      catalogLayer('parks', { vi: 'KCN theo danh mục', en: 'Parks per catalog' }),
      catalogLayer('places', { vi: 'Điểm theo danh mục', en: '' }),
    ]);
    let root = render(<LayerPanel />);
    expect(titleText(row(root, 'parks'))).toBe('KCN theo danh mục');
    expect(titleText(row(root, 'places'))).toBe('Điểm theo danh mục');
    expect(titleText(row(root, 'districts'))).toBe('Đơn vị hành chính cấp huyện');
    setLang('en');
    root = render(<LayerPanel />);
    expect(titleText(row(root, 'parks'))).toBe('Parks per catalog');
    expect(titleText(row(root, 'places'))).toBe('Places');
    expect(titleText(row(root, 'districts'))).toBe('Districts and cities');
  });

  it('useLayerTitle follows the catalog and the language', () => {
    expect(text(render(<Title id="corridors" />))).toBe('Hành lang giao thông');
    setCatalog([catalogLayer('corridors', { vi: 'Giao thông (DM)', en: 'Transport (cat.)' })]);
    expect(text(render(<Title id="corridors" />))).toBe('Giao thông (DM)');
    setLang('en');
    expect(text(render(<Title id="corridors" />))).toBe('Transport (cat.)');
  });
});

describe('LayerPanel accessibility', () => {
  it('labels the panel and every checkbox from the locale table, in both languages', () => {
    const expected = {
      vi: { panel: 'Lớp dữ liệu', parks: 'Hiện hoặc ẩn lớp Khu công nghiệp' },
      en: { panel: 'Layers', parks: 'Show or hide the Industrial parks layer' },
    };
    for (const lang of LANGS) {
      setLang(lang);
      const root = render(<LayerPanel />);
      expect(findOne(root, tag('section')).attrs['aria-label']).toBe(expected[lang].panel);
      expect(text(findOne(root, tag('h2')))).toBe(expected[lang].panel);
      const inputs = controls(root);
      // A checkbox, an opacity slider and a "Table" button (issue 8 §4) per layer (no "zoom to layer"
      // before the catalog is read).
      expect(inputs).toHaveLength(15);
      for (const input of inputs) expect(input.attrs['aria-label']).toBeTruthy();
      const tableButtons = findAll(root, (el) => el.tag === 'button' && 'data-table-open' in el.attrs);
      expect(tableButtons).toHaveLength(5);
      const word = lang === 'vi' ? 'Bảng' : 'Table';
      for (const b of tableButtons) {
        expect(text(b)).toBe(word);
        expect(b.attrs['aria-label']).toContain(word);
      }
      for (const r of rows(root)) {
        expect(findOne(r, attr('type', 'range')).attrs['aria-label']).toBe(
          translate(lang, 'layers.opacity.label', { title: titleText(r) }),
        );
        const input = findOne(r, attr('type', 'checkbox'));
        expect(input.attrs.type).toBe('checkbox');
        expect(input.attrs['aria-label']).toBe(translate(lang, 'layers.toggle', { title: titleText(r) }));
      }
      expect(findOne(row(root, 'parks'), attr('type', 'checkbox')).attrs['aria-label']).toBe(
        expected[lang].parks,
      );
      // The legends are labelled too.
      for (const legend of findAll(root, hasClass('legend'))) {
        expect(legend.attrs['aria-label']).toBe(lang === 'vi' ? 'Chú giải' : 'Legend');
      }
    }
  });

  it('ticks visible layers; unticking (the checkbox handler’s store action) hides its legend', () => {
    const box = (r: El) => findOne(r, attr('type', 'checkbox'));
    let parks = row(render(<LayerPanel />), 'parks');
    expect(box(parks).attrs).toHaveProperty('checked');
    expect(findAll(parks, hasClass('legend'))).toHaveLength(1);

    useLayers.getState().setVisible('parks', false);
    const root = render(<LayerPanel />);
    parks = row(root, 'parks');
    expect(box(parks).attrs).not.toHaveProperty('checked');
    expect(findAll(parks, hasClass('legend'))).toHaveLength(0);
    expect(box(row(root, 'places')).attrs).toHaveProperty('checked');
  });
});

describe('LayerPanel notices of the data boundary', () => {
  const problems = [
    {
      ordinal: 2,
      id: 'nan_point',
      name: 'Khu công nghiệp X',
      message: 'the position of the Point is [NaN, NaN]',
      messageKey: 'problem.geometry.nonFinite' as const,
    },
    { ordinal: 7, message: 'it has no geometry', messageKey: 'problem.geometry.missing' as const },
    {
      ordinal: 3,
      id: 'p3',
      message: 'column "code" holds the integer 1152921504606846976',
      messageKey: 'problem.value.integer' as const,
      column: 'code',
    },
  ];

  it('names the features without a valid location and the values kept in another form, in both languages', () => {
    setLayer('parks', { status: 'ready', count: 9, features: [], problems });
    for (const lang of LANGS) {
      setLang(lang);
      const r = row(render(<LayerPanel />), 'parks');
      const location = text(findOne(r, attr('data-testid', 'layer-problems-location')));
      const values = text(findOne(r, attr('data-testid', 'layer-problems-values')));
      expect(location).toContain(
        lang === 'vi' ? '2 đối tượng không có vị trí hợp lệ' : '2 features have no valid location',
      );
      expect(location).toContain(
        `Khu công nghiệp X (${lang === 'vi' ? 'toạ độ không phải số hữu hạn' : 'coordinates are not finite numbers'})`,
      );
      expect(location).toContain('#7');
      // The value's column is named with the reason.
      expect(values).toContain(
        `p3 (code: ${lang === 'vi' ? 'số nguyên quá lớn, giữ dạng văn bản' : 'integer too large, kept as text'})`,
      );
      expect(values).not.toContain('Khu công nghiệp X');
    }
  });

  it('shows no notice for a layer without problems', () => {
    setLayer('parks', { status: 'ready', count: 1, features: [point('a')], problems: [] });
    const r = row(render(<LayerPanel />), 'parks');
    expect(findAll(r, hasClass('layer-problems'))).toEqual([]);
  });
});
