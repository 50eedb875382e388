import type { Feature, Geometry } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CORRIDOR_KINDS, CORRIDOR_STATUSES, PARK_STATUSES, PLACE_KINDS } from '../data/schema';
import { type MessageKey, translate } from '../i18n';
import { categoryRule, withColorRule } from '../layers/color-by';
import { userDescriptionOfKind } from '../layers/user-description';
import { type Language, useLanguage } from '../state/language';
import { Legend } from './Legend';
import { findAll, findOne, hasClass, LANGS, render, tag, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => useLanguage.setState(initialLanguage, true));

const setLang = (lang: Language) => useLanguage.setState({ lang });

const feature = (geometry: Geometry, properties: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  geometry,
  properties,
});
const polygon: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [106.6, 11],
      [106.7, 11],
      [106.7, 11.1],
      [106.6, 11],
    ],
  ],
};
const line: Geometry = {
  type: 'LineString',
  coordinates: [
    [106.6, 11],
    [106.7, 11.1],
  ],
};
const pointGeom: Geometry = { type: 'Point', coordinates: [106.6, 11] };

/** The labels a screen reader reads, in order (swatches are aria-hidden). */
function labels(layerId: Parameters<typeof Legend>[0]['layerId'], features: Feature[] = []): string[] {
  const root = render(<Legend layerId={layerId} features={features} />);
  return findAll(root, hasClass('legend-entry')).map(text);
}

describe('Legend', () => {
  it('is a list labelled “legend” in the current language, with decorative swatches hidden', () => {
    for (const lang of LANGS) {
      setLang(lang);
      const root = render(<Legend layerId="parks" features={[]} />);
      const list = findOne(root, tag('ul'));
      expect(list.attrs['aria-label']).toBe(lang === 'vi' ? 'Chú giải' : 'Legend');
      const entries = findAll(list, hasClass('legend-entry'));
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.tag).toBe('li');
        const swatch = findOne(entry, hasClass('swatch'));
        expect(swatch.attrs['aria-hidden']).toBe('true');
      }
    }
  });

  it('lists every park status with its localized name', () => {
    expect(labels('parks')).toEqual(['Đang hoạt động', 'Mở rộng', 'Đang xây dựng', 'Quy hoạch']);
    setLang('en');
    expect(labels('parks')).toEqual(['Existing', 'Expanding', 'Under construction', 'Planned']);
    for (const lang of LANGS) {
      setLang(lang);
      expect(labels('parks', [feature(polygon, { status: 'planned' })])).toEqual(
        PARK_STATUSES.map((s) => translate(lang, `status.${s}` as MessageKey)),
      );
    }
  });

  it('adds the point entry only when a park has no outline yet', () => {
    expect(labels('parks', [feature(polygon)])).not.toContain('Chưa có ranh giới (điểm)');
    expect(labels('parks', [feature(polygon), feature(pointGeom)]).at(-1)).toBe('Chưa có ranh giới (điểm)');
    setLang('en');
    expect(labels('parks', [feature(pointGeom)]).at(-1)).toBe('No outline yet (point)');
  });

  it('lists every corridor kind and status while the layer loads', () => {
    for (const lang of LANGS) {
      setLang(lang);
      const expected = [
        ...CORRIDOR_KINDS.map((k) => translate(lang, `kind.${k}` as MessageKey)),
        ...CORRIDOR_STATUSES.map((s) => translate(lang, `corridorStatus.${s}` as MessageKey)),
      ];
      expect(labels('corridors')).toEqual(expected);
      expect(expected).toHaveLength(CORRIDOR_KINDS.length + CORRIDOR_STATUSES.length);
    }
    setLang('vi');
    expect(labels('corridors')).toContain('Đường sắt đô thị (metro)');
    setLang('en');
    expect(labels('corridors').slice(0, 2)).toEqual(['Expressway', 'National road']);
  });

  it('lists only the corridor kinds the data has once loaded, and every status', () => {
    const features = [
      feature(line, { kind: 'railway', sources: 'https://example.org/a' }),
      feature(line, { kind: 'expressway', sources: 'https://example.org/b' }),
      feature(line, { kind: 'railway', sources: 'https://example.org/c' }),
    ];
    expect(labels('corridors', features)).toEqual([
      'Đường cao tốc',
      'Đường sắt',
      'Hiện hữu',
      'Đang xây dựng',
      'Quy hoạch',
    ]);
    setLang('en');
    expect(labels('corridors', features)).toEqual([
      'Expressway',
      'Railway',
      'Existing',
      'Under construction',
      'Planned',
    ]);
  });

  it('draws railways as a cased double line and the status samples in a neutral grey, unlike any kind', () => {
    const root = render(<Legend layerId="corridors" features={[]} />);
    const entries = findAll(root, hasClass('legend-entry'));
    const strokes = (entry: (typeof entries)[number]) =>
      findAll(entry, tag('line')).map((l) => l.attrs.stroke);
    const railway = entries[CORRIDOR_KINDS.indexOf('railway')]!;
    expect(strokes(railway)).toHaveLength(2);
    const kindColours = new Set(entries.slice(0, CORRIDOR_KINDS.length).map((e) => strokes(e)[0]));
    const samples = entries.slice(CORRIDOR_KINDS.length);
    expect(samples).toHaveLength(CORRIDOR_STATUSES.length);
    for (const sample of samples) {
      expect(strokes(sample)).toHaveLength(1);
      expect(kindColours.has(strokes(sample)[0])).toBe(false);
      // A grey: red, green and blue equal.
      const [r, g, b] = (strokes(sample)[0] ?? '').match(/\d+/g)!.map(Number);
      expect(r === g && g === b).toBe(true);
    }
  });

  it('lists every place kind with its localized name', () => {
    expect(labels('places')).toEqual(['Đổi mới sáng tạo', 'Logistics', 'Hành chính']);
    setLang('en');
    expect(labels('places')).toEqual(['Innovation', 'Logistics', 'Administration']);
    expect(labels('places')).toHaveLength(PLACE_KINDS.length);
  });

  it('has one entry for the boundary layers', () => {
    expect(labels('districts')).toEqual(['Ranh giới thành phố, huyện']);
    expect(labels('context')).toEqual(['Ranh giới tỉnh và huyện lân cận']);
    setLang('en');
    expect(labels('districts')).toEqual(['City and district boundaries']);
    expect(labels('context')).toEqual(['Neighbouring province and district boundaries']);
  });

  it('adds an unsourced-sketch entry only when a corridor has no source', () => {
    const sourced = feature(line, { kind: 'provincial_road', sources: 'https://example.org/a' });
    const sketch = feature(line, { kind: 'provincial_road', sources: '' });
    expect(labels('corridors', [sourced])).not.toContain('Phác hoạ không có nguồn');
    expect(labels('corridors', [sourced, sketch]).at(-1)).toBe('Phác hoạ không có nguồn');
    setLang('en');
    expect(labels('corridors', [sourced, sketch]).at(-1)).toBe('Unsourced sketch');
  });

  it('says the district units are those of 2020 – mid-2025', () => {
    const root = render(<Legend layerId="districts" features={[]} />);
    expect(text(findOne(root, hasClass('legend-note')))).toContain('2020 – giữa 2025');
  });
  it('shows the features per entry "Colour by" counted, in the page’s numbers', () => {
    const rule = categoryRule('loai', ['kho', 'xưởng']);
    const d = withColorRule(userDescriptionOfKind('user:1', 'a.geojson', 'point', 0), 1, rule, true, {
      'v-kho': 1234,
      'v-xưởng': 5,
      missing: 2,
    });
    const entries = findAll(
      render(<Legend layerId="user:1" features={[]} description={d} />),
      hasClass('legend-entry'),
    );
    expect(entries.map((e) => text(findOne(e, hasClass('legend-entry-count'))))).toEqual(['1.234', '5', '2']);
    setLang('en');
    const en = findAll(
      render(<Legend layerId="user:1" features={[]} description={d} />),
      hasClass('legend-entry'),
    );
    expect(text(findOne(en[0]!, hasClass('legend-entry-count')))).toBe('1,234');
  });
});
