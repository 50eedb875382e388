import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayerId } from '../data/schema';
import { formatters } from '../i18n';
import { userDescriptionOfKind } from '../layers/user-description';
import { useLanguage } from '../state/language';
import { useLayers } from '../state/layers';
import { type FeatureRef, useSelection } from '../state/selection';
import { useUserLayers } from '../state/user-layers-store';
import { chooserItems, chooserPosition, FeatureChooser } from './FeatureChooser';
import { attr, findAll, findOne, render, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const initial = {
  lang: useLanguage.getState(),
  layers: useLayers.getState(),
  selection: useSelection.getState(),
  user: useUserLayers.getState(),
};

beforeEach(() => {
  useLanguage.setState(initial.lang, true);
  useLayers.setState(initial.layers, true);
  useSelection.setState(initial.selection, true);
  useUserLayers.setState(initial.user, true);
});

const feature = (id: string, name_vi: string, name_en: string): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.64, 11.205] },
  properties: { id, name_vi, name_en },
});

const parks = [
  feature('lai_hung', 'KCN Lai Hưng', 'Lai Hung Industrial Park'),
  feature('bau_bang_stip', 'KCN khoa học công nghệ Bàu Bàng', 'Bau Bang STIP'),
  feature('odd', '<img src=x onerror=alert(1)>', '<b>bold</b>'),
];
const refs: FeatureRef[] = parks.map((f) => ({ layerId: 'parks', featureId: String(f.properties?.id) }));

function setParks(features: Feature[]) {
  useLayers.setState((s) => ({ layers: { ...s.layers, parks: { ...s.layers.parks, features } } }));
}

describe('chooserItems', () => {
  const lookup = (r: FeatureRef) => parks.find((f) => f.properties?.id === r.featureId) ?? null;
  const title = (id: LayerId) => `[${id}]`;

  it('names each feature with its layer, in the language asked for, in the given order', () => {
    const vi = chooserItems(refs.slice(0, 2), lookup, title, formatters('vi'));
    expect(vi.map((i) => i.label)).toEqual([
      'KCN Lai Hưng ([parks])',
      'KCN khoa học công nghệ Bàu Bàng ([parks])',
    ]);
    const en = chooserItems(refs.slice(0, 2), lookup, title, formatters('en'));
    expect(en.map((i) => i.label)).toEqual(['Lai Hung Industrial Park ([parks])', 'Bau Bang STIP ([parks])']);
  });

  it("titles an imported layer's features as the info panel does: 'Đối tượng số N' for an unnamed one", () => {
    const mine = [
      { type: 'Feature', geometry: null, properties: { id: 3835, LOAI: 503 } },
      { type: 'Feature', geometry: null, properties: { id: 7, ten: 'Chùa Bà' } },
    ] as unknown as Feature[];
    const own = (r: FeatureRef) => mine.find((x) => String(x.properties?.id) === r.featureId) ?? null;
    const refsOf = ['3835', '7'].map((featureId) => ({ layerId: 'user:1' as LayerId, featureId }));
    const items = chooserItems(refsOf, own, title, formatters('vi'), () => ({ big: false, idsMade: true }));
    expect(items.map((i) => i.label)).toEqual(['Đối tượng số 3.835 ([user:1])', 'Chùa Bà ([user:1])']);
    const en = chooserItems(refsOf, own, title, formatters('en'), () => ({ big: false, idsMade: true }));
    expect(en.map((i) => i.label)[0]).toMatch(/^Feature (no\. )?3,?835 \(\[user:1\]\)$/);
  });

  it('leaves out a feature that is no longer loaded', () => {
    const items = chooserItems(
      [{ layerId: 'parks', featureId: 'gone' }, refs[0]!],
      lookup,
      title,
      formatters('en'),
    );
    expect(items.map((i) => i.ref.featureId)).toEqual(['lai_hung']);
  });
});

describe('chooserPosition', () => {
  const viewport = { width: 1280, height: 800 };

  it('opens below and right of the point', () => {
    expect(chooserPosition({ x: 100, y: 100 }, 2, viewport)).toEqual({ left: 108, top: 108 });
  });

  it('flips above the point near the bottom and stays inside near the right edge', () => {
    // 2 lines: 64 + 2 × 34 = 132 px high; 300 px wide.
    expect(chooserPosition({ x: 1270, y: 780 }, 2, viewport)).toEqual({
      left: 1280 - 300 - 8,
      top: 780 - 132 - 8,
    });
  });

  it('fits a 320 px phone: 300 px wide, 8 px from the right edge', () => {
    expect(chooserPosition({ x: 300, y: 10 }, 3, { width: 320, height: 640 })).toEqual({ left: 12, top: 18 });
  });
});

describe('FeatureChooser', () => {
  // The component places itself in the window; these tests run without a DOM.
  beforeEach(() => {
    vi.stubGlobal('window', { innerWidth: 1280, innerHeight: 800 });
    return () => vi.unstubAllGlobals();
  });

  it('renders nothing without choices', () => {
    expect(findAll(render(<FeatureChooser />), attr('role', 'listbox'))).toEqual([]);
  });

  it('is a labelled listbox whose first option is active, with names as text, never as markup', () => {
    setParks(parks);
    useLanguage.setState({ lang: 'en' });
    useSelection.setState({ choices: { refs, point: { x: 50, y: 60 }, byKeyboard: true } });
    const root = render(<FeatureChooser />);
    const list = findOne(root, attr('role', 'listbox'));
    expect(list.attrs.tabindex).toBe('0');
    const title = findOne(root, attr('id', list.attrs['aria-labelledby']!));
    expect(text(title)).toBe('3 features here — choose one');
    const options = findAll(list, attr('role', 'option'));
    expect(options.map((o) => o.attrs['aria-selected'])).toEqual(['true', 'false', 'false']);
    expect(list.attrs['aria-activedescendant']).toBe(options[0]!.attrs.id);
    expect(text(options[2]!)).toBe('<b>bold</b> (Industrial parks)');
    expect(findAll(root, (el) => el.tag === 'img' || el.tag === 'b')).toEqual([]);
    expect(text(findOne(root, attr('id', list.attrs['aria-describedby']!)))).toMatch(/Enter/);
  });

  it('speaks Vietnamese by default', () => {
    setParks(parks);
    useSelection.setState({ choices: { refs: refs.slice(0, 2), point: { x: 0, y: 0 }, byKeyboard: false } });
    const root = render(<FeatureChooser />);
    expect(text(findOne(root, attr('id', 'chooser-title')))).toBe('Có 2 đối tượng ở đây — chọn một');
    expect(text(findAll(root, attr('role', 'option'))[0]!)).toBe('KCN Lai Hưng (Khu công nghiệp)');
  });

  it('names an imported layer by its file and an unnamed feature by its own id (not "undefined")', () => {
    const id = 'user:1';
    const description = userDescriptionOfKind(id, 'diem.csv', 'point', 0);
    useUserLayers.setState({
      layers: { [id]: { id, fileName: 'diem.csv', description, n: 1, fields: ['ma'] } },
    });
    useLayers.getState().addLayer(id);
    const pts: Feature[] = ['1', '2'].map((k) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.6, 11] },
      properties: { id: k, ma: `00${k}` },
    }));
    useLayers.getState().done(id, pts as never);
    useSelection.setState({
      choices: {
        refs: [
          { layerId: id, featureId: '2' },
          { layerId: id, featureId: '1' },
        ],
        point: { x: 0, y: 0 },
        byKeyboard: false,
      },
    });
    const options = findAll(render(<FeatureChooser />), attr('role', 'option')).map(text);
    expect(options).toEqual(['2 (diem.csv)', '1 (diem.csv)']);
  });
});
